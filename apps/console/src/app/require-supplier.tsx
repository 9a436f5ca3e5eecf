import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useOutletContext } from 'react-router';
import type { ConsoleOutletContext } from './require-console-user';

/** Order, refund, stock and shipping pages act for one supplier; staff and accounts without one are turned back. */
export function RequireSupplier() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const context = useOutletContext<ConsoleOutletContext>();
  if (context.user.role === 'supplier' && context.user.supplierId !== null) return <Outlet context={context} />;
  return (
    <Result
      status="403"
      title={t('access.supplierOnlyTitle')}
      subTitle={t('access.supplierOnlyText')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('nav.overview')}
        </Button>
      }
    />
  );
}
