import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SupplierDetail } from '../../features/review/components/supplier-detail';
import { SupplierRegistry } from '../../features/review/components/supplier-registry';
import { idParam } from '../../features/review/paths';

/** `/association/suppliers`: the registry of certified suppliers; the filters live in the address. */
export function AssociationSuppliersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('review.suppliers.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.suppliers.intro')}</Typography.Paragraph>
      <SupplierRegistry />
    </>
  );
}

/** `/association/suppliers/:supplierId`: one supplier and its record. */
export function AssociationSupplierRoute() {
  const { supplierId } = useParams<{ supplierId: string }>();
  return <SupplierDetail id={idParam(supplierId)} />;
}
