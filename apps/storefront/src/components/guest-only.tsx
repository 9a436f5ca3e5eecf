import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../features/auth/api/get-me';
import { useReturnPath } from '../lib/use-return-path';
import { Loading } from './query-status';

/**
 * The pages for signing in (login, sign-up, password reset). Once signed in, also right after succeeding here,
 * the visitor goes back where they came from, or to their account.
 */
export function GuestOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  const from = useReturnPath() ?? '/me';
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={from} replace />;
  return <>{children}</>;
}
