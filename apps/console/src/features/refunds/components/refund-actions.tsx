import { useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RefundRequestView } from '@bangfu/contracts';
import { AcceptRefundDialog } from './accept-refund-dialog';
import { RejectRefundDialog } from './reject-refund-dialog';

/** A requested refund is accepted or rejected; one whose payout failed may be accepted again. */
export function RefundActions({ request }: { request: RefundRequestView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'accept' | 'reject' | null>(null);
  if (request.status !== 'requested' && request.status !== 'failed') return null;
  return (
    <Space>
      <Button type="primary" size="small" onClick={() => setOpen('accept')}>
        {request.status === 'failed' ? t('refunds.retry') : t('refunds.accept')}
      </Button>
      {request.status === 'requested' && (
        <Button danger size="small" onClick={() => setOpen('reject')}>
          {t('refunds.reject')}
        </Button>
      )}
      <AcceptRefundDialog request={request} open={open === 'accept'} onClose={() => setOpen(null)} />
      <RejectRefundDialog request={request} open={open === 'reject'} onClose={() => setOpen(null)} />
    </Space>
  );
}
