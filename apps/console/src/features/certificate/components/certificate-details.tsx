import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupplierProfileView } from '@bangfu/contracts';
import { useCountyName } from '@bangfu/ui';

type Certificate = NonNullable<SupplierProfileView['certificate']>;

/** What holds today: a valid certificate of a suspended supplier does not. */
export function certificateStanding(profile: SupplierProfileView, certificate: Certificate): 'valid' | 'revoked' | 'expired' | 'suspended' {
  if (certificate.status === 'revoked' || certificate.status === 'expired') return certificate.status;
  return profile.status === 'suspended' ? 'suspended' : 'valid';
}

const STANDING_COLORS = { valid: 'success', revoked: 'error', expired: 'default', suspended: 'warning' } as const;

/** The certificate's facts, on screen and on the printed page alike. */
export function CertificateDetails({ profile, certificate, bordered = false }: { profile: SupplierProfileView; certificate: Certificate; bordered?: boolean }) {
  const { t } = useTranslation();
  const countyName = useCountyName();
  const standing = certificateStanding(profile, certificate);
  return (
    <Descriptions column={1} bordered={bordered} size="middle">
      <Descriptions.Item label={t('supplierCertificate.no')}>
        <span className="certificate-no">{certificate.no}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('supplierCertificate.holder')}>{profile.name}</Descriptions.Item>
      <Descriptions.Item label={t('supplierCertificate.creditCode')}>{profile.creditCode}</Descriptions.Item>
      <Descriptions.Item label={t('supplierCertificate.place')}>
        {countyName(profile.countyCode, profile.countyName)} {profile.town} {profile.village ?? ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('supplierCertificate.validity')}>{t('supplierCertificate.validRange', { from: certificate.validFrom, until: certificate.validUntil })}</Descriptions.Item>
      <Descriptions.Item label={t('supplierCertificate.status')}>
        <Tag color={STANDING_COLORS[standing]}>{t(`supplierCertificate.statuses.${standing}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('supplierCertificate.issuer')}>{t('supplierCertificate.issuerName')}</Descriptions.Item>
    </Descriptions>
  );
}
