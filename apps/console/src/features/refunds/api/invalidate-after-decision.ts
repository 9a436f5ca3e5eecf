import type { QueryClient } from '@tanstack/react-query';
import type { RefundRequestView } from '@bangfu/contracts';
import { queryKeys } from '../../../lib/query-keys';
import { refundRequestsKey } from './get-refund-requests';

/** A decision moves the request and its order; both lists and that order's detail are refetched. */
export function invalidateAfterDecision(queryClient: QueryClient, request: RefundRequestView): void {
  void queryClient.invalidateQueries({ queryKey: refundRequestsKey });
  void queryClient.invalidateQueries({ queryKey: queryKeys.supplierOrders });
  void queryClient.invalidateQueries({ queryKey: queryKeys.supplierOrder(request.orderId) });
}
