import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupplierProfileView } from '@bangfu/contracts';
import { QrCode } from '@bangfu/ui';
import { verifyUrl } from '../verify-url';
import { CertificateDetails } from './certificate-details';

/** The certificate as printed for packaging and counters: its facts and the QR code of its public check. */
export function PrintableCertificate({ profile, certificate }: { profile: SupplierProfileView; certificate: NonNullable<SupplierProfileView['certificate']> }) {
  const { t } = useTranslation();
  return (
    <article className="printable-certificate">
      <Typography.Title level={2} className="printable-certificate-title">
        {t('supplierCertificate.heading')}
      </Typography.Title>
      <div className="printable-certificate-body">
        <CertificateDetails profile={profile} certificate={certificate} bordered />
        <figure className="printable-certificate-qr">
          <QrCode value={verifyUrl(certificate.no)} size={168} label={t('supplierCertificate.qr')} />
          <figcaption>{t('supplierCertificate.scan')}</figcaption>
        </figure>
      </div>
    </article>
  );
}
