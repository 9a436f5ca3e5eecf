import { Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitcher } from '@bangfu/ui';
import { useMe } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';

/** Once signed in (also right after a successful login) the user goes back where they came from. */
export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (me.isPending) return <Spin size="large" className="page-spin" />;
  if (me.data) return <Navigate to={from} replace />;
  return (
    <main className="login-page">
      <Card className="login-card" extra={<LanguageSwitcher />} title={t('brand.name')}>
        <Typography.Title level={4}>{t('login.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('apps.console')} · {t('login.audience')}
        </Typography.Paragraph>
        <LoginForm />
      </Card>
    </main>
  );
}
