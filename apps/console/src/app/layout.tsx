import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { LanguageSwitcher } from '@bangfu/ui';
import { useLogout } from '../features/auth/api/logout';
import type { ConsoleOutletContext } from './require-console-user';

export function ConsoleLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const context = useOutletContext<ConsoleOutletContext>();

  return (
    <Layout className="console">
      <Layout.Header className="console-header">
        <Typography.Text strong className="console-brand">
          {t('brand.name')} · {t('apps.console')}
        </Typography.Text>
        <Space size="middle" wrap>
          <span>
            {context.user.name} <Tag color="green">{t(`roles.${context.user.role}`)}</Tag>
          </span>
          <LanguageSwitcher />
          <Button onClick={logout}>{t('common.logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider theme="light" breakpoint="lg" collapsedWidth={0}>
          <Menu
            mode="inline"
            selectedKeys={[pathname]}
            items={[{ key: '/', label: t('nav.overview') }]}
            onClick={({ key }) => navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content className="console-content">
          <Outlet context={context} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
