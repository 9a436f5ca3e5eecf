import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ProductStatus, SupplierStatus } from '@bangfu/contracts';
import type { MessageKey } from '@bangfu/ui';

const COLOR: Record<ApplicationStatus | ProductStatus | SupplierStatus, string> = {
  pending: 'orange',
  changes_requested: 'blue',
  approved: 'green',
  rejected: 'red',
  draft: 'default',
  certified: 'green',
  revoked: 'red',
  expired: 'default',
  active: 'green',
  suspended: 'red',
};

export type StatusTagProps =
  | { vocabulary: 'applicationStatus'; status: ApplicationStatus }
  | { vocabulary: 'productStatus'; status: ProductStatus }
  | { vocabulary: 'supplierStatus'; status: SupplierStatus };

/** A state in words and a colour: waiting orange, good green, stopped red. */
export function StatusTag({ vocabulary, status }: StatusTagProps) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]}>{t(`review.${vocabulary}.${status}` as MessageKey)}</Tag>;
}
