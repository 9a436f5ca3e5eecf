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
      queryClient.setQueryData(meQuery.queryKey, user);
    },
  });
}
