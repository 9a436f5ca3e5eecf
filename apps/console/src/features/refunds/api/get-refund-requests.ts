import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RefundRequestStatus } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export const refundRequestsKey = ['supplier-refund-requests'] as const;

/** The latest 100 of the status, newest first; undefined status means all. */
export const getRefundRequestsQueryOptions = (status: RefundRequestStatus | undefined) =>
  queryOptions({
    queryKey: [...refundRequestsKey, status ?? 'all'],
    queryFn: async () => (await api.supplierRefundRequests({ status, pageSize: 100 })).items,
    staleTime: 0,
  });

export function useRefundRequests(status: RefundRequestStatus | undefined) {
  return useQuery(getRefundRequestsQueryOptions(status));
}
