import { Col } from 'antd';
import { useTranslation } from 'react-i18next';
import { chinaDate, daysBetween, formatPrice } from '@bangfu/contracts';
import { useSupplierProfile } from '../../features/certificate/api/get-supplier-profile';
import { useOrderSummary } from '../../features/dashboard/api/get-order-summary';
import { DashboardTile } from '../../features/dashboard/components/dashboard-tile';
import { useSupplierProducts } from '../../features/products/api/get-supplier-products';
import { useSupplierStock } from '../../features/stock/api/get-supplier-stock';

const EXPIRY_WINDOW_DAYS = 30;

/** The supplier's day: what sold, what waits to ship, what runs low or runs out — each leading where it is dealt with. */
export function SupplierDay() {
  const { t } = useTranslation();
  const summary = useOrderSummary();
  const lowStock = useSupplierStock({ page: 1, pageSize: 1, lowOnly: true });
  const profile = useSupplierProfile();
  const certified = useSupplierProducts({ page: 1, pageSize: 100, status: 'certified', q: undefined });
  const today = chinaDate(new Date());
  const expiresSoon = (validUntil: string) => daysBetween(today, validUntil) <= EXPIRY_WINDOW_DAYS;
  const ownCertificate = profile.data?.certificate;
  const expiring =
    profile.data && certified.data
      ? (ownCertificate && expiresSoon(ownCertificate.validUntil) ? 1 : 0) + certified.data.items.filter((p) => p.certificate && expiresSoon(p.certificate.validUntil)).length
      : undefined;
  const tile = { xs: 24, sm: 12, xl: 8 } as const;
  return (
    <>
      {(['today', 'month'] as const).map((period) => (
        <Col {...tile} key={period}>
          <DashboardTile
            title={t(period === 'today' ? 'dashboard.salesToday' : 'dashboard.salesMonth')}
            value={summary.data && formatPrice(summary.data[period].salesFen)}
            note={summary.data && t('dashboard.ordersCount', { count: summary.data[period].orders })}
            error={summary.error}
            onRetry={() => void summary.refetch()}
            to="/orders"
            linkText={t('dashboard.toOrders')}
          />
        </Col>
      ))}
      <Col {...tile}>
        <DashboardTile
          title={t('dashboard.toShip')}
          value={summary.data?.toShip}
          attention={(summary.data?.toShip ?? 0) > 0}
          error={summary.error}
          onRetry={() => void summary.refetch()}
          to="/orders"
          linkText={t('dashboard.toShipLink')}
        />
      </Col>
      <Col {...tile}>
        <DashboardTile
          title={t('dashboard.lowStock')}
          value={lowStock.data?.total}
          attention={(lowStock.data?.total ?? 0) > 0}
          error={lowStock.error}
          onRetry={() => void lowStock.refetch()}
          to="/stock"
          linkText={t('dashboard.toStock')}
        />
      </Col>
      <Col {...tile}>
        <DashboardTile
          title={t('dashboard.expiring')}
          value={expiring}
          note={t('dashboard.expiringNote')}
          attention={(expiring ?? 0) > 0}
          error={profile.error ?? certified.error}
          onRetry={() => void Promise.all([profile.refetch(), certified.refetch()])}
          to={ownCertificate && expiresSoon(ownCertificate.validUntil) ? '/certificate' : '/products'}
          linkText={ownCertificate && expiresSoon(ownCertificate.validUntil) ? t('dashboard.toCertificate') : t('dashboard.toProducts')}
        />
      </Col>
    </>
  );
}
