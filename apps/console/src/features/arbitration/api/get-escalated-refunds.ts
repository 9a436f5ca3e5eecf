import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The association's queue: refund requests a refused shopper escalated, oldest first. */
export const escalatedRefundsQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: [...queryKeys.arbitration, 'escalated', page, pageSize],
    queryFn: () => api.associationRefundRequests({ status: 'escalated', page, pageSize }),
    // Other staff decide from the same queue; each visit reads it afresh.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useEscalatedRefunds(page: number, pageSize: number) {
  return useQuery(escalatedRefundsQuery(page, pageSize));
}
