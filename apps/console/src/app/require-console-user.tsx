import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role, UserView } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { useMe } from '../features/auth/api/get-me';
import { useLogout } from '../features/auth/api/logout';

const CONSOLE_ROLES: ReadonlySet<Role> = new Set<Role>(['supplier', 'staff', 'admin']);

export type ConsoleOutletContext = { user: UserView };

/** Shoppers have accounts too; the console turns them to the store rather than showing empty pages. */
export function RequireConsoleUser() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const me = useMe();
  const logout = useLogout();

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
  if (!CONSOLE_ROLES.has(me.data.role)) {
    return (
      <Result
        status="403"
        title={t('access.deniedTitle')}
        subTitle={t('access.deniedText')}
        extra={[
          <Button key="store" type="primary" href="/">
            {t('access.toStorefront')}
          </Button>,
          <Button key="logout" onClick={logout}>
            {t('common.logout')}
          </Button>,
        ]}
      />
    );
  }
  return <Outlet context={{ user: me.data } satisfies ConsoleOutletContext} />;
}
