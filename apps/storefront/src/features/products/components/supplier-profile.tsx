import { useTranslation } from 'react-i18next';
import type { PublicSupplierView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { CertificateLink } from '../../../components/certificate-link';

export function SupplierProfile({ supplier }: { supplier: PublicSupplierView }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  return (
    <section className="section supplier-profile">
      <h1>{supplier.name}</h1>
      <p className="muted">
        {t(`entityTypes.${supplier.entityType}`)} · {t('product.city')} {countyName(supplier.countyCode, supplier.countyName)} {supplier.town}
        {supplier.village ? ` ${supplier.village}` : ''}
      </p>
      <CertificateLink label={t('supplier.certificate')} no={supplier.certificate.no} validUntil={supplier.certificate.validUntil} />
      <p className="households">{t('product.householdsLinked', { count: supplier.householdsLinked })}</p>
      {supplier.description && <p className="product-description">{supplier.description}</p>}
    </section>
  );
}
