import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@bangfu/api-client';
import type { CheckoutRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * POST /api/checkout. A lost connection or a server fault is retried once with the same key, which cannot
 * buy twice; answers such as a shortage are final.
 */
export function usePlaceCheckout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cart, key }: { cart: CheckoutRequest; key: string }) => api.checkout(cart, key),
    retry: (failures, error) => failures < 1 && isApiError(error) && (error.status === 0 || error.status >= 500),
    retryDelay: 800,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.orders }),
  });
}
