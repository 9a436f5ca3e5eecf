import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { useAccountSession } from './account-session';

/** By password or by an SMS code sent for `login`. */
export function useLogin() {
  const session = useAccountSession();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => api.login(credentials),
    onSuccess: session.begin,
  });
}
