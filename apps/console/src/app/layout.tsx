import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { LanguageSwitcher } from '@bangfu/ui';
import { useLogout } from '../features/auth/api/logout';
import type { ConsoleOutletContext } from './require-console-user';
import { isStaff, isSupplier } from './require-role';

/** The supplier's own pages, in the order of the day's work. */
const SUPPLIER_PAGES = [
  { key: '/orders', label: 'nav.orders' },
  { key: '/refunds', label: 'nav.refunds' },
  { key: '/stock', label: 'nav.stock' },
  { key: '/settings/shipping', label: 'nav.shipping' },
] as const;

/** The association's pages. */
const STAFF_PAGES = [
  { key: '/association/orders', label: 'nav.associationOrders' },
  { key: '/arbitration', label: 'nav.arbitration' },
] as const;

/** `/orders/12` lights up "orders". */
function selectedKey(pathname: string, keys: readonly string[]): string {
  return keys.filter((key) => key !== '/' && (pathname === key || pathname.startsWith(`${key}/`))).sort((a, b) => b.length - a.length)[0] ?? '/';
}

export function ConsoleLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const context = useOutletContext<ConsoleOutletContext>();
  const pages = [
    { key: '/', label: 'nav.overview' } as const,
    ...(isSupplier(context.user) ? SUPPLIER_PAGES : []),
    ...(isStaff(context.user) ? STAFF_PAGES : []),
  ];

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
            selectedKeys={[selectedKey(pathname, pages.map((p) => p.key))]}
            items={pages.map((p) => ({ key: p.key, label: t(p.label) }))}
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
