import { lazy, Suspense } from 'react';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { ApplyInvitation } from '../../features/applications/components/apply-invitation';
import { AccountCard } from '../../features/auth/components/account-card';
import { HealthCard } from '../../features/health/components/health-card';
import type { ConsoleOutletContext } from '../require-console-user';
import { isSupplier } from '../require-role';

// The supplier's figures bring their cards and statistics with them, not into the console's first download.
const SupplierDay = lazy(() => import('./supplier-day').then((m) => ({ default: m.SupplierDay })));

export function OverviewRoute() {
  const { t } = useTranslation();
  const { user } = useOutletContext<ConsoleOutletContext>();
  return (
    <>
      <Typography.Title level={3}>{t('nav.overview')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {user.role === 'shopper' && (
          <Col xs={24}>
            <ApplyInvitation />
          </Col>
        )}
        {isSupplier(user) && (
          <Suspense fallback={null}>
            <SupplierDay />
          </Suspense>
        )}
        <Col xs={24} md={12}>
          <AccountCard user={user} />
        </Col>
        <Col xs={24} md={12}>
          <HealthCard />
        </Col>
      </Row>
    </>
  );
}
