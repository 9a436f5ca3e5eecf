import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../components/query-status';
import { useMe } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';

/** Once signed in (also right after a successful login) the visitor goes back where they came from. */
export function LoginRoute() {
  const me = useMe();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/me';
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={from} replace />;
  return <LoginForm />;
}
