import { useTranslation } from 'react-i18next';
import type { OrderLineView } from '@bangfu/contracts';
import { Price } from '@bangfu/ui';
import { RecordList, type RecordColumn } from '../../../components/record-list';

/** The goods of one order, what each cost and how many were refunded. */
export function OrderLines({ lines }: { lines: OrderLineView[] }) {
  const { t } = useTranslation();
  const columns: RecordColumn<OrderLineView>[] = [
    { key: 'product', title: t('orderDetail.product'), card: 'title', render: (line) => line.productName },
    { key: 'spec', title: t('orderDetail.spec'), card: 'title', render: (line) => line.skuSpec },
    { key: 'unitPrice', title: t('orderDetail.unitPrice'), align: 'right', render: (line) => <Price fen={line.unitPriceFen} /> },
    { key: 'quantity', title: t('orderDetail.quantity'), align: 'right', render: (line) => line.quantity },
    { key: 'refundedQuantity', title: t('orderDetail.refundedQuantity'), align: 'right', render: (line) => line.refundedQuantity },
    { key: 'lineTotal', title: t('orderDetail.lineTotal'), align: 'right', render: (line) => <Price fen={line.lineTotalFen} /> },
  ];
  return <RecordList<OrderLineView> size="small" columns={columns} records={lines} recordKey={(line) => line.id} />;
}
