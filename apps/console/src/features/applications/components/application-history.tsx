import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChinaTime, type ApplicationStatus, type ApplicationView } from '@bangfu/contracts';
import { useApplicationDecisions } from '../api/get-application-decisions';

const STATUS_COLORS: Record<ApplicationStatus, string> = { pending: 'processing', changes_requested: 'warning', approved: 'success', rejected: 'error' };

/** The applicant's applications, each with the association's decision and its reason. */
export function ApplicationHistory({ applications }: { applications: ApplicationView[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('apply.history')}>
      <List
        dataSource={applications}
        locale={{ emptyText: t('apply.noApplications') }}
        renderItem={(a) => (
          <List.Item key={a.id}>
            <Space orientation="vertical" size={2}>
              <Space wrap>
                <Typography.Text strong>{a.name}</Typography.Text>
                <Tag>{t(`apply.kinds.${a.kind}`)}</Tag>
                <Tag color={STATUS_COLORS[a.status]}>{t(`apply.statuses.${a.status}`)}</Tag>
              </Space>
              <Typography.Text type="secondary">
                {t('apply.submittedAt', { time: formatChinaTime(a.submittedAt) })}
                {a.decidedAt && ` · ${t('apply.decidedAt', { time: formatChinaTime(a.decidedAt) })}`}
              </Typography.Text>
              <ApplicationDecisions id={a.id} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Every decision the association made on one application, newest first, each with its reason. */
function ApplicationDecisions({ id }: { id: number }) {
  const { t } = useTranslation();
  const decisions = useApplicationDecisions(id);
  if (!decisions.data || decisions.data.items.length === 0) return null;
  return (
    <ul className="application-decisions">
      {decisions.data.items.map((d) => (
        <li key={`${d.decision}-${d.at}`}>
          <Typography.Text strong>{t(`apply.decisions.${d.decision}`)}</Typography.Text> <Typography.Text type="secondary">{formatChinaTime(d.at)}</Typography.Text>
          {d.reason && <div>{t('apply.reason', { reason: d.reason })}</div>}
        </li>
      ))}
    </ul>
  );
}

/** Where the latest application stands, and what the applicant can do next. */
export function ApplicationStanding({ latest, onApplyAgain, onOpenConsole }: { latest: ApplicationView; onApplyAgain: () => void; onOpenConsole: () => void }) {
  const { t } = useTranslation();
  if (latest.status === 'pending') return <Typography.Paragraph>{t('apply.pendingText')}</Typography.Paragraph>;
  if (latest.status === 'approved') {
    return (
      <Space orientation="vertical">
        <Typography.Paragraph>{t('apply.approvedText', { no: latest.certificateNo ?? '' })}</Typography.Paragraph>
        <Button type="primary" onClick={onOpenConsole}>
          {t('apply.toConsole')}
        </Button>
      </Space>
    );
  }
  return (
    <Space orientation="vertical">
      <Typography.Paragraph>{t('apply.rejectedText')}</Typography.Paragraph>
      <Button type="primary" onClick={onApplyAgain}>
        {t('apply.applyAgain')}
      </Button>
    </Space>
  );
}
