import { useAccountSession } from './account-session';

export function useLogout(): () => void {
  return useAccountSession().end;
}
