import { Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type AuditEntryView } from '@bangfu/contracts';
import type { MessageKey } from '@bangfu/ui';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { AUDIT_PAGE_SIZE, useAuditTrail, type AuditSubject } from '../api/get-audit-trail';

/** What an entry's `after` may name: the certificate a decision issued. */
function certificateOf(entry: AuditEntryView): string | null {
  const after = entry.after as { certificateNo?: unknown } | null;
  return typeof after?.certificateNo === 'string' ? after.certificateNo : null;
}

/** Who did what to a record and why, oldest first, as the association keeps it. */
export function AuditTrail({ subject }: { subject: AuditSubject }) {
  const { t, i18n } = useTranslation();
  const trail = useAuditTrail(subject);
  if (trail.isPending) return <Spin className="block-spin" />;
  if (trail.isError) return <ApiErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />;
  const { items, total } = trail.data;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.audit.empty')} />;
  // An action added to the API later still shows, as its code.
  const actionText = (action: string) => {
    const key = `review.audit.actions.${action}` as MessageKey;
    return i18n.exists(key) ? String(t(key)) : action;
  };
  return (
    <>
      <Timeline
        className="review-audit"
        items={items.map((entry) => {
          const certificate = certificateOf(entry);
          return {
            key: entry.id,
            content: (
              <>
                <Typography.Text strong>{actionText(entry.action)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {formatChinaTime(entry.at)} · {entry.actor?.name || t('review.audit.system')}
                  </Typography.Text>
                </div>
                {certificate && <div>{t('review.applications.certificateNo')} {certificate}</div>}
                {entry.reason && <div className="review-audit-reason">{t('review.audit.reason', { reason: entry.reason })}</div>}
              </>
            ),
          };
        })}
      />
      {total > items.length && <Typography.Text type="secondary">{t('review.audit.more', { shown: AUDIT_PAGE_SIZE, count: total })}</Typography.Text>}
    </>
  );
}
