import { Navigate, useLocation, useSearchParams } from 'react-router';
import { Loading } from '../../components/query-status';
import { useMe } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';

/** Only a path of this app: "//evil.example" or "https://…" must not become an open redirect. */
function safePath(path: string | null | undefined): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : null;
}

/**
 * Once signed in (also right after a successful login) the visitor goes back where they came from: the page
 * that sent them (router state), or ?from=/path for a link from outside.
 */
export function LoginRoute() {
  const me = useMe();
  const location = useLocation();
  const [params] = useSearchParams();
  const from = safePath((location.state as { from?: string } | null)?.from) ?? safePath(params.get('from')) ?? '/me';
  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={from} replace />;
  return <LoginForm />;
}
