import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StockAdjustmentRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { stockMovementsKey } from './get-stock-movements';
import { supplierStockKey } from './get-supplier-stock';

export type StockAdjustment = Pick<StockAdjustmentRequest, 'kind' | 'delta' | 'reason'>;

/** Goods received or a counted correction in the online warehouse; the list and the SKU's ledger are refetched. */
export function useAdjustStock(skuId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (adjustment: StockAdjustment) => api.adjustStock(skuId, adjustment),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: supplierStockKey });
      void queryClient.invalidateQueries({ queryKey: stockMovementsKey(skuId) });
    },
  });
}
