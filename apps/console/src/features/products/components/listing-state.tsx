import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProductAdminView } from '@bangfu/contracts';

/** `listed` means on sale only once certified; before that it says whether certification will put it on sale. */
export function ListingState({ product }: { product: Pick<ProductAdminView, 'status' | 'listed'> }) {
  const { t } = useTranslation();
  if (!product.listed) return <Typography.Text type="secondary">{t('products.unlisted')}</Typography.Text>;
  if (product.status === 'certified') return <Typography.Text type="success">{t('products.listed')}</Typography.Text>;
  return <Typography.Text type="secondary">{t('products.listedAfterCertification')}</Typography.Text>;
}
