import { Spin, Typography } from 'antd';
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
      {/* A plain panel: antd's Card would bring its tabs and skeleton into the first load. */}
      <section className="login-card" aria-labelledby="login-title">
        <header className="login-card-head">
          <span>{t('brand.name')}</span>
          <LanguageSwitcher />
        </header>
        <Typography.Title level={4} id="login-title">
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('apps.console')} · {t('login.audience')}
        </Typography.Paragraph>
        <LoginForm />
        {/* Accounts are made in the store, where sign-up checks the phone by SMS. */}
        <a href="/signup" className="login-signup">
          {t('login.signup')}
        </a>
      </section>
    </main>
  );
}
