import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatChinaTime, type OrderSummary } from '@bangfu/contracts';
import { Price, ProductImage } from '@bangfu/ui';
import { totalLabelKey } from '../order-amount';
import { statusColor } from './order-status-tag';

const THUMBNAIL_SIZE = 56;

/** An order in the list: its supplier and status, pictures of what was bought, its number, time and total. */
export function OrderCard({ order, lazy }: { order: OrderSummary; lazy: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to={`/orders/${order.id}`} className="order-card">
      <div className="order-card-head">
        <strong>{order.supplierName}</strong>
        <Tag color={statusColor(order.status)} fill="outline">
          {t(`orders.status.${order.status}`)}
        </Tag>
      </div>
      <div className="order-card-goods">
        <span className="order-card-thumbnails">
          {order.thumbnailUrls.map((url) => (
            <ProductImage key={url} src={url} width={THUMBNAIL_SIZE} height={THUMBNAIL_SIZE} lazy={lazy} className="order-card-thumbnail" />
          ))}
        </span>
        <span className="muted">{t('orders.lineCount', { count: order.lineCount })}</span>
      </div>
      <div className="order-card-body muted">
        <span className="order-no">{t('orders.no', { no: order.orderNo })}</span>
        <span>{formatChinaTime(order.createdAt)}</span>
      </div>
      <div className="order-card-foot">
        <span>
          {t(totalLabelKey(order.status))} <Price fen={order.totalFen} className="price" />
        </span>
      </div>
    </Link>
  );
}
