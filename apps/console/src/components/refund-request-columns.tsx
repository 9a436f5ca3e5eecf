import { formatChinaTime, type RefundRequestView } from '@bangfu/contracts';
import type { ReactNode } from 'react';
import { Typography, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Price } from '@bangfu/ui';
import { RefundPhotos } from './refund-photos';

type Column = TableColumnType<RefundRequestView>;

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
    { title: t('refundRequest.id'), dataIndex: 'id', render: (id: number) => `#${id}` },
    ...(orderCell ? [{ title: t('refundRequest.order'), dataIndex: 'orderId', render: orderCell } satisfies Column] : []),
    { title: t('refundRequest.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatChinaTime(at) },
    { title: t('refundRequest.amount'), dataIndex: 'amountFen', align: 'right', render: (fen: number) => <Price fen={fen} /> },
    {
      title: t('refundRequest.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, r) => t('refundRequest.pieces', { count: r.lines.reduce((sum, l) => sum + l.quantity, 0) }),
    },
    { title: t('refundRequest.reason'), dataIndex: 'reason', width: 240, render: (reason: string) => <ReasonText text={reason} /> },
  ];
  const photos: Column = { title: t('refundRequest.photos'), dataIndex: 'photos', render: (photos: string[]) => <RefundPhotos photos={photos} /> };
  return { leading, photos };
}
