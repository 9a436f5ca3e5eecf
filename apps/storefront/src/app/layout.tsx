import { Suspense, useEffect, useState } from 'react';
import NavBar from 'antd-mobile/es/components/nav-bar';
import TabBar from 'antd-mobile/es/components/tab-bar';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useNavigationType } from 'react-router';
import { LanguageSwitcher } from '@bangfu/ui';
import { CartIcon, HomeIcon, MeIcon, OrdersIcon } from '../components/icons';
import { Loading } from '../components/query-status';
import { ForgetStoredShopperData } from '../features/auth/shopper-data';
import { cartCount, useCartLines } from '../features/cart/cart-store';
import { captureRef } from '../features/checkout/attribution-ref';
import { PageTitleContext } from '../lib/use-page-title';
import { documentTitle, tabOf, titleKeyOf } from './page-title';
import { forgetStoredShopperData } from './shopper-data';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  const count = cartCount(useCartLines());
  const tab = tabOf(pathname);
  const isTabRoot = ['/', '/cart', '/orders', '/me'].includes(pathname);

  // A link from a village e-commerce point (?ref=vp_…) is remembered for this visit, whatever page it opens.
  useEffect(() => captureRef(search), [search]);
  // A new page starts at its top; going back keeps where the shopper was (the browser restores it).
  useEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
    // A toast belongs to the page that showed it. Toast's code (with its animation library) comes with the
    // pages that show toasts, not with the first page.
    return () => void import('antd-mobile/es/components/toast').then(({ default: Toast }) => Toast.clear());
  }, [pathname, navigationType]);
  useEffect(() => {
    document.title = documentTitle(pathname, pageTitle, t);
  }, [pathname, pageTitle, t, i18n.language]);

  return (
    <div className={tab ? 'app' : 'app app-no-tabs'}>
      <NavBar
        className="app-nav"
        backIcon={!isTabRoot}
        // Opened from a link (no history here), "back" goes home rather than out of the app.
        onBack={() => (window.history.state?.idx > 0 ? navigate(-1) : navigate('/'))}
        right={<LanguageSwitcher />}
      >
        {t(titleKeyOf(pathname))}
      </NavBar>
      <main className="app-body">
        <ForgetStoredShopperData value={forgetStoredShopperData}>
          <PageTitleContext value={setPageTitle}>
            {/* A page's code arrives on its first visit; the bars stay meanwhile. */}
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </PageTitleContext>
        </ForgetStoredShopperData>
      </main>
      {tab && (
        <TabBar className="app-tabs" activeKey={tab} onChange={(key) => void navigate(key)} safeArea>
          <TabBar.Item key="/" icon={<HomeIcon />} title={t('nav.home')} />
          <TabBar.Item key="/cart" icon={<CartIcon />} badge={count > 0 ? (count > 99 ? '99+' : count) : undefined} title={t('nav.cart')} />
          <TabBar.Item key="/orders" icon={<OrdersIcon />} title={t('nav.orders')} />
          <TabBar.Item key="/me" icon={<MeIcon />} title={t('nav.me')} />
        </TabBar>
      )}
    </div>
  );
}
