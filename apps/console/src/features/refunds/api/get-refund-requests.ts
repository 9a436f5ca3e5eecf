import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RefundRequestStatus } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export const refundRequestsKey = ['supplier-refund-requests'] as const;

export interface RefundRequestsFilter {
  /** Undefined means every status. */
  status: RefundRequestStatus | undefined;
  page: number;
  pageSize: number;
}

/** One page of the requests of the status, newest first. */
export const getRefundRequestsQueryOptions = ({ status, page, pageSize }: RefundRequestsFilter) =>
  queryOptions({
    queryKey: [...refundRequestsKey, status ?? 'all', page, pageSize],
    queryFn: () => api.supplierRefundRequests({ status, page, pageSize }),
    staleTime: 0,
  });

export function useRefundRequests(filter: RefundRequestsFilter) {
  return useQuery({ ...getRefundRequestsQueryOptions(filter), placeholderData: keepPreviousData });
}
