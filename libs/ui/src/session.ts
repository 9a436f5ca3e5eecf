import { isApiError, type TokenStore } from '@bangfu/api-client';
import type { UserView } from '@bangfu/contracts';
import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * Signing in and out on a shared phone or counter PC: everything cached was fetched with the last account's
 * token and must not be shown to the next one, so all queries but "who am I" are dropped.
 */
function forgetAccountData(queryClient: QueryClient, meKey: QueryKey): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
}

export function beginSession(queryClient: QueryClient, tokens: TokenStore, meKey: QueryKey, session: { accessToken: string; user: UserView }): void {
  tokens.set(session.accessToken);
  forgetAccountData(queryClient, meKey);
  queryClient.setQueryData(meKey, session.user);
}

/** Tokens are stateless on the API, so ending a session means forgetting ours and what it fetched. */
export function endSession(queryClient: QueryClient, tokens: TokenStore, meKey: QueryKey): void {
  tokens.clear();
  forgetAccountData(queryClient, meKey);
  queryClient.setQueryData(meKey, null);
}

/**
 * The query client of an app with accounts. A token the API stopped accepting (expired, or its account gone)
 * ends the session, so pages of one's own send the visitor to log in; a wrong password (INVALID_CREDENTIALS)
 * is also a 401 and is not this. A 4xx answer will be the same next time: only network and server faults
 * are retried.
 */
export function createSessionQueryClient(tokens: TokenStore, meKey: QueryKey): QueryClient {
  const forgetRefusedToken = (error: unknown) => {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED' && tokens.get()) endSession(client, tokens, meKey);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetRefusedToken }),
    mutationCache: new MutationCache({ onError: forgetRefusedToken }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
