import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RefundRequestStatus } from '@bangfu/contracts';

const COLOR: Record<RefundRequestStatus, string> = {
  requested: 'orange',
  rejected: 'default',
  escalated: 'purple',
  refunding: 'blue',
  refunded: 'green',
  failed: 'red',
  declined: 'default',
};

export function RefundStatusTag({ status }: { status: RefundRequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`refundStatus.${status}`)}</Tag>;
}
