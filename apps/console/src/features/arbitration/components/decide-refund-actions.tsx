import { useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RefundRequestView } from '@bangfu/contracts';
import { DecideRefundDialog } from './decide-refund-dialog';

/** An escalated request is refunded or its refusal upheld; either choice opens its own dialog. */
export function DecideRefundActions({ request }: { request: RefundRequestView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'refund' | 'uphold' | null>(null);
  if (request.status !== 'escalated') return null;
  return (
    <Space>
      <Button type="primary" size="small" onClick={() => setOpen('refund')}>
        {t('arbitration.refund')}
      </Button>
      <Button danger size="small" onClick={() => setOpen('uphold')}>
        {t('arbitration.uphold')}
      </Button>
      <DecideRefundDialog request={request} refund open={open === 'refund'} onClose={() => setOpen(null)} />
      <DecideRefundDialog request={request} refund={false} open={open === 'uphold'} onClose={() => setOpen(null)} />
    </Space>
  );
}
