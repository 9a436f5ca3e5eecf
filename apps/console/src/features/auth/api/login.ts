import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@bangfu/contracts';
import { beginSession } from '@bangfu/ui';
import { api, tokenStore } from '../../../lib/api-client';
import { meQuery } from './get-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => api.login(credentials),
    onSuccess: (session) => beginSession(queryClient, tokenStore, meQuery.queryKey, session),
  });
}
