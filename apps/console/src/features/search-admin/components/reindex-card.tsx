import { App, Button, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatChinaTime } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useReindexStatus } from '../api/get-reindex-status';
import { useStartReindex } from '../api/start-reindex';

const STATE_COLORS = { idle: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

/** A rebuild of the search index from the database, with its progress as it runs. */
export function ReindexCard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const status = useReindexStatus();
  const start = useStartReindex();
  if (status.isError) return <ApiErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  const current = status.data;
  const running = current?.state === 'running';
  const percent = current && current.total > 0 ? Math.round((current.done / current.total) * 100) : 0;
  return (
    <Space orientation="vertical" className="full-width">
      <Typography.Paragraph type="secondary">{t('searchAdmin.reindexIntro')}</Typography.Paragraph>
      {current && (
        <Space wrap>
          <Tag color={STATE_COLORS[current.state]}>{t(`searchAdmin.states.${current.state}`)}</Tag>
          {current.total > 0 && <Typography.Text>{t('searchAdmin.progress', { done: current.done, total: current.total })}</Typography.Text>}
          {current.finishedAt && <Typography.Text type="secondary">{t('searchAdmin.finishedAt', { time: formatChinaTime(current.finishedAt) })}</Typography.Text>}
        </Space>
      )}
      {current && current.state !== 'idle' && <Progress percent={percent} status={current.state === 'failed' ? 'exception' : running ? 'active' : 'normal'} />}
      {current?.error && <Typography.Text type="danger">{t('searchAdmin.error', { error: current.error })}</Typography.Text>}
      {start.isError && <ApiErrorAlert error={start.error} />}
      <Button
        type="primary"
        loading={start.isPending || running}
        disabled={status.isPending}
        onClick={() =>
          void modal.confirm({
            title: t('searchAdmin.reindexConfirm'),
            content: t('searchAdmin.reindexConfirmText'),
            onOk: () => start.mutateAsync(),
          })
        }
      >
        {t('searchAdmin.reindexStart')}
      </Button>
    </Space>
  );
}
