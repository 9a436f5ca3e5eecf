import { useMutation } from '@tanstack/react-query';
import type { RegisterRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { useAccountSession } from './account-session';

/** Opens the account and signs in to it. */
export function useRegister() {
  const session = useAccountSession();
  return useMutation({
    mutationFn: async (account: RegisterRequest) => {
      await api.register(account);
      // The SMS code is spent by now: the session is opened with the password.
      return api.login({ phone: account.phone, password: account.password });
    },
    onSuccess: session.begin,
  });
}
