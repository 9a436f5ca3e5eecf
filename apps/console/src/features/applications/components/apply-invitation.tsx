import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A shopper's account in the console: the one thing it can do here, and the way back to the store. */
export function ApplyInvitation() {
  const { t } = useTranslation();
  return (
    <Card title={t('apply.title')}>
      <Typography.Paragraph>{t('apply.invite')}</Typography.Paragraph>
      <Space wrap>
        <Link to="/apply">
          <Button type="primary">{t('apply.start')}</Button>
        </Link>
        <Button href="/">{t('access.toStorefront')}</Button>
      </Space>
    </Card>
  );
}
