import { QueryClient } from '@tanstack/react-query';

/** Nobody stands by an unattended counter to press "retry": keep trying, with the default backoff. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: true, staleTime: 60_000 },
  },
});
