import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, type To } from 'react-router';
import { formatChinaTime, formatPrice, type OrderList as OrderPage, type OrderSummary } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { RecordList, type RecordAction, type RecordColumn } from '../../../components/record-list';
import { OrderChannel } from './order-channel';
import { OrderStatusTag } from './order-status-tag';

export interface OrderListProps {
  data: OrderPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Where an order opens; the supplier's own detail unless given. */
  orderLink?: (id: number) => To;
  /** Staff see every supplier's orders, so each names its supplier; they do not ship them. */
  forStaff?: boolean;
}

const supplierOrderLink = (id: number): To => `/orders/${id}`;

/** One page of orders; a paid one offers to ship it (its detail holds the shipping form), any other to view it. */
export function OrderList({ data, loading, page, pageSize, onPageChange, orderLink = supplierOrderLink, forStaff = false }: OrderListProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: RecordColumn<OrderSummary>[] = [
    { key: 'id', title: t('orders.no'), card: 'title', render: (order) => <Link to={orderLink(order.id)}>#{order.id}</Link> },
    { key: 'createdAt', title: t('orders.createdAt'), render: (order) => formatChinaTime(order.createdAt) },
    ...(forStaff ? [{ key: 'supplier', title: t('orderDetail.supplier'), render: (order: OrderSummary) => order.supplierName }] : []),
    { key: 'lineCount', title: t('orders.lineCount'), align: 'right', render: (order) => order.lineCount },
    { key: 'itemsFen', title: t('orders.itemsFen'), align: 'right', card: 'hidden', render: (order) => <Price fen={order.itemsFen} /> },
    { key: 'shippingFen', title: t('orders.shippingFen'), align: 'right', card: 'hidden', render: (order) => <Price fen={order.shippingFen} /> },
    {
      key: 'totalFen',
      title: t('orders.totalFen'),
      align: 'right',
      render: (order) => (
        <>
          <Typography.Text strong>
            <Price fen={order.totalFen} />
          </Typography.Text>
          {order.refundedFen > 0 && (
            <div>
              <Typography.Text type="secondary">{t('orders.refundedFen', { amount: formatPrice(order.refundedFen) })}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { key: 'status', title: t('orders.status'), card: 'extra', render: (order) => <OrderStatusTag status={order.status} /> },
    { key: 'channel', title: t('orderDetail.channel'), render: (order) => <OrderChannel order={order} /> },
  ];
  const actionsOf = (order: OrderSummary): RecordAction[] => {
    const open = () => navigate(orderLink(order.id));
    return [!forStaff && order.status === 'paid' ? { key: 'ship', label: t('orders.ship'), primary: true, onClick: open } : { key: 'open', label: t('orders.open'), onClick: open }];
  };
  return (
    <RecordList<OrderSummary>
      columns={columns}
      actions={{ title: t('orders.actions'), of: actionsOf }}
      records={data?.items}
      recordKey={(order) => order.id}
      loading={loading}
      emptyText={t('orders.empty')}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (count) => t('orders.total', { count }),
        onChange: onPageChange,
      }}
    />
  );
}
