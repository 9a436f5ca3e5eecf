import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@bangfu/api-client';
import { tokenStore } from './api-client';

/**
 * A token the API stopped accepting (expired) is forgotten and the visitor becomes anonymous, so pages of
 * one's own send them to log in and back. A wrong password (INVALID_CREDENTIALS) is also a 401, and is not this.
 */
function forgetRefusedToken(error: unknown): void {
  if (!isApiError(error) || error.code !== 'UNAUTHENTICATED' || !tokenStore.get()) return;
  tokenStore.clear();
  queryClient.setQueryData(['me'], null);
}

/** A 4xx answer will be the same next time; only network and server faults are worth retrying. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetRefusedToken }),
  mutationCache: new MutationCache({ onError: forgetRefusedToken }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});
