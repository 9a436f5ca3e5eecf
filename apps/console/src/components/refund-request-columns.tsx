import { formatChinaTime, type RefundRequestView } from '@bangfu/contracts';
import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Price } from '@bangfu/ui';
import type { RecordColumn } from './record-list';
import { RefundPhotos } from './refund-photos';

type Column = RecordColumn<RefundRequestView>;

/** A reason someone typed: up to three lines, the rest behind "more". */
export function ReasonText({ text }: { text: string | null }) {
  if (!text) return '—';
  return (
    <Typography.Paragraph className="refund-reason" ellipsis={{ rows: 3, expandable: 'collapsible' }}>
      {text}
    </Typography.Paragraph>
  );
}

/**
 * The columns of a refund request that the supplier's list, the association's queue and an order's detail show:
 * `leading` is what was asked for, left to right; `photos` goes after whatever a screen puts beside the reason.
 * `orderCell` null leaves the order out, for requests listed inside their order.
 */
export function useRefundRequestColumns(orderCell: ((orderId: number) => ReactNode) | null): { leading: Column[]; photos: Column } {
  const { t } = useTranslation();
  const leading: Column[] = [
    { key: 'id', title: t('refundRequest.id'), card: 'title', render: (r) => `#${r.id}` },
    ...(orderCell ? [{ key: 'order', title: t('refundRequest.order'), render: (r) => orderCell(r.orderId) } satisfies Column] : []),
    { key: 'createdAt', title: t('refundRequest.createdAt'), render: (r) => formatChinaTime(r.createdAt) },
    { key: 'amount', title: t('refundRequest.amount'), align: 'right', render: (r) => <Price fen={r.amountFen} /> },
    {
      key: 'quantity',
      title: t('refundRequest.quantity'),
      align: 'right',
      render: (r) => t('refundRequest.pieces', { count: r.lines.reduce((sum, l) => sum + l.quantity, 0) }),
    },
    { key: 'reason', title: t('refundRequest.reason'), width: 240, card: 'block', render: (r) => <ReasonText text={r.reason} /> },
  ];
  const photos: Column = { key: 'photos', title: t('refundRequest.photos'), card: 'block', render: (r) => <RefundPhotos photos={r.photos} /> };
  return { leading, photos };
}
