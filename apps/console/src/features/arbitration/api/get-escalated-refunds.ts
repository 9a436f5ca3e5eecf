import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const associationRefundRequestsKey = ['association-refund-requests'] as const;

/** The association's queue: refund requests a refused shopper escalated, oldest first. */
export const getEscalatedRefundsQueryOptions = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: [...associationRefundRequestsKey, 'escalated', page, pageSize],
    queryFn: () => api.associationRefundRequests({ status: 'escalated', page, pageSize }),
    // Other staff decide from the same queue; each visit reads it afresh.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });

export function useEscalatedRefunds(page: number, pageSize: number) {
  return useQuery(getEscalatedRefundsQueryOptions(page, pageSize));
}
