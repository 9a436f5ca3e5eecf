import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../features/auth/api/get-me';
import { LoadError, Loading } from './query-status';

/** Pages of one's own (orders, checkout) send a visitor to log in, and the login page sends them back here. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" state={{ from: `${location.pathname}${location.search}` }} replace />;
  return <>{children}</>;
}
