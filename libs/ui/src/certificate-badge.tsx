import { chinaDate } from '@bangfu/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** Certificates are issued by the Hanzhong association, so their dates are days in China time. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface CertificateBadgeProps {
  /** Whose certificate it is, in the reader's language: a supplier's (供应商认定证书) or a product's (产品认定证书). */
  label: string;
  /** 证书编号 */
  no: string;
  /** ISO date (valid through that day) or ISO timestamp. */
  validUntil: string;
}

function validity(validUntil: string, now: Date): { lastDay: string; expired: boolean } {
  const today = chinaDate(now);
  if (DATE_ONLY.test(validUntil)) return { lastDay: validUntil, expired: validUntil < today };
  const until = new Date(validUntil);
  return { lastDay: chinaDate(until), expired: until.getTime() < now.getTime() };
}

const badge: CSSProperties = {
  display: 'inline-flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.25em 0.75em',
  padding: '0.25em 0.75em',
  borderRadius: 4,
  border: '1px solid currentColor',
  fontSize: '0.85em',
  lineHeight: 1.5,
};

export function CertificateBadge({ label, no, validUntil }: CertificateBadgeProps) {
  const { t } = useTranslation();
  const { lastDay, expired } = validity(validUntil, new Date());
  return (
    <span className="bangfu-certificate" style={{ ...badge, color: expired ? '#8c8c8c' : '#237804' }}>
      <strong>{label}</strong>
      <span>
        {t('certificate.no')} {no}
      </span>
      <span>{expired ? t('certificate.expiredOn', { date: lastDay }) : t('certificate.validUntil', { date: lastDay })}</span>
    </span>
  );
}
