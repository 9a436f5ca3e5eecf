import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Asked again each minute the overview stays open: new orders come in while the supplier looks. */
export const getOrderSummaryQueryOptions = () =>
  queryOptions({ queryKey: ['supplier-order-summary'], queryFn: () => api.supplierOrderSummary(), refetchInterval: 60_000 });

export function useOrderSummary() {
  return useQuery(getOrderSummaryQueryOptions());
}
