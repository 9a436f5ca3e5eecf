import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { UserView } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { useMe } from '../features/auth/api/get-me';

export type ConsoleOutletContext = { user: UserView };

/** Every account may sign in: a shopper's sees the supplier application, the others their own pages. */
export function RequireConsoleUser() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Spin size="large" className="page-spin" />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={errorMessage(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) return <Navigate to="/login" state={{ from: location.pathname }} replace />;
  return <Outlet context={{ user: me.data } satisfies ConsoleOutletContext} />;
}
