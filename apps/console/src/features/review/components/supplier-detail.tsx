import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type SupplierAdminView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';
import { useSupplier } from '../api/get-supplier';
import { REVIEW_PATHS } from '../paths';
import { AuditTrail } from './audit-trail';
import { DecisionButtons } from './decision-dialog';
import { DetailFrame, Section } from './detail-frame';
import { StatusTag } from './status-tag';
import { useSupplierStatusDecisions } from './supplier-status-decisions';

/** One supplier: its particulars and certificate, a suspend or reinstate, and everything recorded about it. */
export function SupplierDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const supplier = useSupplier(id);
  const statusDecisions = useSupplierStatusDecisions();
  return (
    <DetailFrame
      listPath={REVIEW_PATHS.suppliers}
      id={id}
      query={supplier}
      title={(s) => t('review.suppliers.detailTitle', { id: s.id, name: s.name })}
      main={(s) => <SupplierFields supplier={s} />}
      side={(s) => (
        <>
          {statusDecisions.decisionsOf(s).length > 0 && (
            <Section title={t('review.actions')}>
              <DecisionButtons decisions={statusDecisions.decisionsOf(s)} state={statusDecisions.state} />
            </Section>
          )}
          <Section title={t('review.suppliers.audit')}>
            <AuditTrail subject={`supplier:${s.id}`} />
          </Section>
        </>
      )}
    />
  );
}

function SupplierFields({ supplier: s }: { supplier: SupplierAdminView }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const none = t('review.none');
  const items = [
    { key: 'status', label: t('review.suppliers.status'), children: <StatusTag vocabulary="supplierStatus" status={s.status} /> },
    { key: 'entityType', label: t('review.suppliers.entityType'), children: t(`entityTypes.${s.entityType}`) },
    { key: 'creditCode', label: t('review.suppliers.creditCode'), children: <span className="review-code">{s.creditCode}</span> },
    { key: 'place', label: t('review.suppliers.place'), children: [countyName(s.countyCode, s.countyName), s.town, s.village].filter(Boolean).join(' · ') },
    { key: 'contact', label: t('review.suppliers.contact'), children: `${s.contactName} ${s.contactPhone}` },
    { key: 'households', label: t('review.suppliers.householdsLinked'), children: s.householdsLinked },
    { key: 'products', label: t('review.suppliers.productCount'), children: s.productCount },
    { key: 'createdAt', label: t('review.suppliers.createdAt'), children: formatChinaTime(s.createdAt) },
    {
      key: 'certificate',
      label: t('review.suppliers.certificate'),
      span: 2,
      children: s.certificate ? t('review.suppliers.certificateUntil', { no: s.certificate.no, until: s.certificate.validUntil }) : none,
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
