import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@bangfu/contracts';
import { beginSession } from '@bangfu/ui';
import { api, tokenStore } from '../../../lib/api-client';
import { getMeQueryOptions } from './get-me';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => api.login(credentials),
    onSuccess: (session) => beginSession(queryClient, tokenStore, getMeQueryOptions().queryKey, session),
  });
}
