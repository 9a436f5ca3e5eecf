import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ShipRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { getSupplierOrderQueryOptions } from './get-supplier-order';

export function useShipOrder(orderId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shipment: ShipRequest) => api.shipOrder(orderId, shipment),
    onSuccess: (order) => {
      queryClient.setQueryData(getSupplierOrderQueryOptions(orderId).queryKey, order);
      void queryClient.invalidateQueries({ queryKey: queryKeys.supplierOrders });
    },
  });
}
