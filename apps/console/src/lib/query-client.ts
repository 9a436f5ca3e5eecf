import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@bangfu/api-client';

/** A 4xx answer will be the same next time; only network and server faults are worth retrying. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});
