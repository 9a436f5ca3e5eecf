import List from 'antd-mobile/es/components/list';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderDetail } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';

export function OrderLines({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <List header={order.supplierName} className="order-lines">
      {order.lines.map((line) => (
        <List.Item
          key={line.id}
          description={
            <>
              {line.skuSpec} · <Price fen={line.unitPriceFen} /> × {line.quantity}
              {line.refundedQuantity > 0 && <span className="refunded-note"> {t('orders.refundedQuantity', { count: line.refundedQuantity })}</span>}
            </>
          }
          extra={<Price fen={line.lineTotalFen} className="price" />}
        >
          <Link to={`/products/${line.productId}`}>{line.productName}</Link>
        </List.Item>
      ))}
    </List>
  );
}
