import { NavBar, TabBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@bangfu/ui';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  // The login page belongs to the "me" tab: that is where a visitor goes to sign in.
  const activeTab = pathname === '/' ? '/' : '/me';

  return (
    <div className="app">
      <NavBar className="app-nav" backIcon={false} right={<LanguageSwitcher />}>
        {t('brand.name')}
      </NavBar>
      <main className="app-body">
        <Outlet />
      </main>
      <TabBar className="app-tabs" activeKey={activeTab} onChange={(key) => navigate(key)} safeArea>
        <TabBar.Item key="/" title={t('nav.home')} />
        <TabBar.Item key="/me" title={t('nav.me')} />
      </TabBar>
    </div>
  );
}
