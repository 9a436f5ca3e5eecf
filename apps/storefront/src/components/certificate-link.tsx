import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CertificateBadge, QrCode } from '@bangfu/ui';

/** Where a certificate's QR code leads: printed on packaging, it must open on any phone, so the URL is absolute. */
const verifyPath = (no: string) => `/verify/${encodeURIComponent(no)}`;

/** A certificate as the storefront shows it: the badge and its QR code, both leading to the public check. */
export function CertificateLink({ label, no, validUntil }: { label: string; no: string; validUntil: string }) {
  const { t } = useTranslation();
  return (
    <Link to={verifyPath(no)} className="certificate-link">
      <CertificateBadge label={label} no={no} validUntil={validUntil} />
      <QrCode value={new URL(verifyPath(no), window.location.origin).href} size={72} label={t('verify.qr')} className="certificate-qr" />
    </Link>
  );
}
