import { Navigate } from 'react-router';
import { LoadError, Loading } from '../../components/query-status';
import { useMe } from '../../features/auth/api/get-me';
import { AccountSummary } from '../../features/auth/components/account-summary';

export function MeRoute() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" state={{ from: '/me' }} replace />;
  return <AccountSummary user={me.data} />;
}
