import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatChinaTime, type OrderSummary } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { statusColor } from './order-status-tag';

export function OrderCard({ order }: { order: OrderSummary }) {
  const { t } = useTranslation();
  return (
    <Link to={`/orders/${order.id}`} className="order-card">
      <div className="order-card-head">
        <strong>{order.supplierName}</strong>
        <Tag color={statusColor(order.status)} fill="outline">
          {t(`orders.status.${order.status}`)}
        </Tag>
      </div>
      <div className="order-card-body muted">
        <span>{t('orders.no', { id: order.id })}</span>
        <span>{formatChinaTime(order.createdAt)}</span>
      </div>
      <div className="order-card-foot">
        <span className="muted">{t('orders.lineCount', { count: order.lineCount })}</span>
        <span>
          {t('orders.total')} <Price fen={order.totalFen} className="price" />
        </span>
      </div>
    </Link>
  );
}
