import { useState } from 'react';
import { Button, Drawer, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { LanguageSwitcher } from '@bangfu/ui';
import { useLogout } from '../features/auth/api/logout';
import { usePhoneLayout } from '../lib/use-phone-layout';
import type { ConsoleOutletContext } from './require-console-user';
import { isStaff, isSupplier } from './require-role';

/** The supplier's own pages, in the order of the day's work. */
const SUPPLIER_PAGES = [
  { key: '/orders', label: 'nav.orders' },
  { key: '/refunds', label: 'nav.refunds' },
  { key: '/products', label: 'nav.products' },
  { key: '/stock', label: 'nav.stock' },
  { key: '/settings/shipping', label: 'nav.shipping' },
  { key: '/certificate', label: 'nav.certificate' },
] as const;

/** What a shopper's account can do here: apply to become a supplier. */
const APPLICANT_PAGES = [{ key: '/apply', label: 'nav.apply' }] as const;

/** The association's pages. */
const STAFF_PAGES = [
  { key: '/association/applications', label: 'review.nav.applications' },
  { key: '/association/products', label: 'review.nav.products' },
  { key: '/association/suppliers', label: 'review.nav.suppliers' },
  { key: '/association/orders', label: 'nav.associationOrders' },
  { key: '/arbitration', label: 'nav.arbitration' },
  { key: '/association/search', label: 'nav.searchAdmin' },
] as const;

/** `/orders/12` lights up "orders". */
function selectedKey(pathname: string, keys: readonly string[]): string {
  return keys.filter((key) => key !== '/' && (pathname === key || pathname.startsWith(`${key}/`))).sort((a, b) => b.length - a.length)[0] ?? '/';
}

const menuIcon = (
  <svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true">
    <path d="M1 3h14v1.5H1zm0 4.25h14v1.5H1zm0 4.25h14V13H1z" />
  </svg>
);

/** The header and the menu of every signed-in page: a side menu on a desktop, a drawer behind a menu button on a phone. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const phone = usePhoneLayout();
  const [menuOpen, setMenuOpen] = useState(false);
  const context = useOutletContext<ConsoleOutletContext>();
  const pages = [
    { key: '/', label: 'nav.overview' } as const,
    ...(context.user.role === 'shopper' ? APPLICANT_PAGES : []),
    ...(isSupplier(context.user) ? SUPPLIER_PAGES : []),
    ...(isStaff(context.user) ? STAFF_PAGES : []),
  ];
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(pathname, pages.map((p) => p.key))]}
      items={pages.map((p) => ({ key: p.key, label: t(p.label) }))}
      onClick={({ key }) => {
        setMenuOpen(false);
        navigate(key);
      }}
    />
  );
  const account = (
    <>
      <span>
        {context.user.name} <Tag color="green">{t(`roles.${context.user.role}`)}</Tag>
      </span>
      <LanguageSwitcher />
      <Button onClick={logout}>{t('common.logout')}</Button>
    </>
  );

  return (
    <Layout className="console">
      <Layout.Header className="console-header">
        {phone && (
          <Button icon={menuIcon} aria-expanded={menuOpen} onClick={() => setMenuOpen(true)}>
            {t('nav.menu')}
          </Button>
        )}
        <Typography.Text strong className="console-brand">
          {t('brand.name')} · {t('apps.console')}
        </Typography.Text>
        {!phone && (
          <Space size="middle" wrap>
            {account}
          </Space>
        )}
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer
            placement="left"
            size={280}
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            title={t('brand.name')}
            styles={{ body: { padding: '8px 0' } }}
            footer={<div className="console-menu-account">{account}</div>}
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider theme="light" breakpoint="lg" collapsedWidth={0}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="console-content">
          <Outlet context={context} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
