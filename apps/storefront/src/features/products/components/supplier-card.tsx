import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicProductView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';

export function SupplierCard({ supplier }: { supplier: PublicProductView['supplier'] }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  return (
    <Link to={`/suppliers/${supplier.id}`} className="supplier-card">
      <span className="supplier-card-label">{t('product.supplier')}</span>
      <strong className="supplier-card-name">{supplier.name}</strong>
      <span className="supplier-card-meta">
        {t(`entityTypes.${supplier.entityType}`)} · {countyName(supplier.countyCode, supplier.countyName)} {supplier.town}
        {supplier.village ? ` ${supplier.village}` : ''}
      </span>
      <span className="supplier-card-more" aria-hidden="true">
        ›
      </span>
    </Link>
  );
}
