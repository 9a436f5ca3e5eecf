import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '@bangfu/contracts';

const COLOR: Record<ProductStatus, string> = {
  draft: 'default',
  pending: 'orange',
  certified: 'green',
  rejected: 'red',
  revoked: 'red',
  expired: 'default',
};

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`productStatus.${status}`)}</Tag>;
}
