import { Alert, Badge, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HealthView } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { useHealth } from '../api/get-health';

const BADGE = { up: 'success', down: 'error' } as const;

export function HealthCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const health = useHealth();
  const state = (status: HealthView['db' | 'search']['status']) => (
    <Badge status={BADGE[status]} text={t(`health.${status}`)} />
  );

  return (
    <Card title={t('health.title')} extra={health.isFetching && <Spin size="small" />}>
      {health.isPending ? (
        <Spin />
      ) : health.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(health.error)}
          action={
            <Button size="small" onClick={() => void health.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('health.overallLabel')}>
            <Badge
              status={health.data.status === 'ok' ? 'success' : 'warning'}
              text={t(`health.overall.${health.data.status}`)}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('health.db')}>
            <Space>
              {state(health.data.db.status)}
              <Typography.Text type="secondary">{health.data.db.driver}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('health.search')}>
            <Space>
              {state(health.data.search.status)}
              <Typography.Text type="secondary">{health.data.search.engine}</Typography.Text>
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('health.version')}>{health.data.version}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
