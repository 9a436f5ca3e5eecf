import { useMutation } from '@tanstack/react-query';
import type { ResetPasswordRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { useAccountSession } from './account-session';

/** Sets a new password with an SMS code sent for `reset_password`, then signs in with it. */
export function useResetPassword() {
  const session = useAccountSession();
  return useMutation({
    mutationFn: async (reset: ResetPasswordRequest) => {
      await api.resetPassword(reset);
      // The SMS code is spent by now: the session is opened with the password.
      return api.login({ phone: reset.phone, password: reset.password });
    },
    onSuccess: session.begin,
  });
}
