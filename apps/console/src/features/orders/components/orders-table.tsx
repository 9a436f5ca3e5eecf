import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { formatChinaTime, formatPrice, type OrderList, type OrderSummary } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { OrderChannel } from './order-channel';
import { OrderStatusTag } from './order-status-tag';

export interface OrdersTableProps {
  data: OrderList | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Where an order opens; the supplier's own detail unless given. */
  orderLink?: (id: number) => To;
  /** Staff see every supplier's orders, so each row names its supplier. */
  showSupplier?: boolean;
}

const supplierOrderLink = (id: number): To => `/orders/${id}`;

export function OrdersTable({ data, loading, page, pageSize, onPageChange, orderLink = supplierOrderLink, showSupplier = false }: OrdersTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<OrderSummary> = [
    { title: t('orders.no'), dataIndex: 'id', render: (id: number) => <Link to={orderLink(id)}>#{id}</Link> },
    { title: t('orders.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatChinaTime(at) },
    ...(showSupplier ? [{ title: t('orderDetail.supplier'), dataIndex: 'supplierName' }] : []),
    { title: t('orders.lineCount'), dataIndex: 'lineCount', align: 'right' },
    { title: t('orders.itemsFen'), dataIndex: 'itemsFen', align: 'right', render: (fen: number) => <Price fen={fen} /> },
    { title: t('orders.shippingFen'), dataIndex: 'shippingFen', align: 'right', render: (fen: number) => <Price fen={fen} /> },
    {
      title: t('orders.totalFen'),
      dataIndex: 'totalFen',
      align: 'right',
      render: (fen: number, order) => (
        <>
          <Typography.Text strong>
            <Price fen={fen} />
          </Typography.Text>
          {order.refundedFen > 0 && (
            <div>
              <Typography.Text type="secondary">{t('orders.refundedFen', { amount: formatPrice(order.refundedFen) })}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    { title: t('orders.status'), dataIndex: 'status', render: (status: OrderSummary['status']) => <OrderStatusTag status={status} /> },
    { title: t('orderDetail.channel'), key: 'channel', render: (_, order) => <OrderChannel order={order} /> },
    { key: 'open', render: (_, order) => <Link to={orderLink(order.id)}>{t('orders.open')}</Link> },
  ];
  return (
    <Table<OrderSummary>
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      locale={{ emptyText: t('orders.empty') }}
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
