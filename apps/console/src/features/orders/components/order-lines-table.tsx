import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderLineView } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';

export function OrderLinesTable({ lines }: { lines: OrderLineView[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<OrderLineView> = [
    { title: t('orderDetail.product'), dataIndex: 'productName' },
    { title: t('orderDetail.spec'), dataIndex: 'skuSpec' },
    { title: t('orderDetail.unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (fen: number) => <Price fen={fen} /> },
    { title: t('orderDetail.quantity'), dataIndex: 'quantity', align: 'right' },
    { title: t('orderDetail.refundedQuantity'), dataIndex: 'refundedQuantity', align: 'right' },
    { title: t('orderDetail.lineTotal'), dataIndex: 'lineTotalFen', align: 'right', render: (fen: number) => <Price fen={fen} /> },
  ];
  return <Table<OrderLineView> rowKey="id" size="small" columns={columns} dataSource={lines} pagination={false} />;
}
