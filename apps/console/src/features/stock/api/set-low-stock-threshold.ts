import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { supplierStockKey } from './get-supplier-stock';

export function useSetLowStockThreshold(skuId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lowStockThreshold: number) => api.setLowStockThreshold(skuId, lowStockThreshold),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supplierStockKey }),
  });
}
