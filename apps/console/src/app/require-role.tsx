import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useOutletContext } from 'react-router';
import type { UserView } from '@bangfu/contracts';
import type { ConsoleOutletContext } from './require-console-user';

/** Acts for one supplier: a supplier account linked to its supplier. */
export const isSupplier = (user: UserView) => user.role === 'supplier' && user.supplierId !== null;

/** Association work; the API lets admins through every staff route too. */
export const isStaff = (user: UserView) => user.role === 'staff' || user.role === 'admin';

/** Applies for itself: a shopper's account becomes its supplier's once staff approve. */
export const isApplicant = (user: UserView) => user.role === 'shopper' || user.role === 'supplier';

export interface RequireRoleProps {
  allows: (user: UserView) => boolean;
  /** Under `access.`: `<denied>Title` and `<denied>Text` explain who the pages are for. */
  denied: 'supplierOnly' | 'staffOnly' | 'applicantOnly';
}

/** Pages for one kind of console user; others are told whose pages these are and sent back to the overview. */
export function RequireRole({ allows, denied }: RequireRoleProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const context = useOutletContext<ConsoleOutletContext>();
  if (allows(context.user)) return <Outlet context={context} />;
  return (
    <Result
      status="403"
      title={t(`access.${denied}Title`)}
      subTitle={t(`access.${denied}Text`)}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('nav.overview')}
        </Button>
      }
    />
  );
}
