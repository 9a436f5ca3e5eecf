import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@bangfu/contracts';
import { api, tokenStore } from '../../../lib/api-client';
import { meQuery } from './get-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => api.login(credentials),
    onSuccess: ({ accessToken, user }) => {
      tokenStore.set(accessToken);
      // Whatever was cached belonged to an earlier session, perhaps another account's.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQuery.queryKey[0] });
      queryClient.setQueryData(meQuery.queryKey, user);
    },
  });
}
