import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@bangfu/contracts';

export function AccountCard({ user }: { user: UserView }) {
  const { t } = useTranslation();
  return (
    <Card title={t('overview.account')}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('common.name')}>{user.name}</Descriptions.Item>
        <Descriptions.Item label={t('common.phone')}>{user.phone}</Descriptions.Item>
        <Descriptions.Item label={t('common.role')}>
          <Tag color="green">{t(`roles.${user.role}`)}</Tag>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
