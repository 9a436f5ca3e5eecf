import { useMutation } from '@tanstack/react-query';
import type { ResetPasswordRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { useAccountSession } from './account-session';

/** Sets a new password with an SMS code sent for `reset_password`; the API signs the shopper in with it. */
export function useResetPassword() {
  const session = useAccountSession();
  return useMutation({
    mutationFn: (reset: ResetPasswordRequest) => api.resetPassword(reset),
    onSuccess: session.begin,
  });
}
