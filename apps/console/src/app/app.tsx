import { lazy, Suspense, useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from '../lib/query-client';
import { ConsoleLayout } from './layout';
import { RequireConsoleUser } from './require-console-user';
import { RequireStaff } from './require-staff';
import { RequireSupplier } from './require-supplier';
import { LoginRoute } from './routes/login';
import { OverviewRoute } from './routes/overview';

// Role pages load on first visit: the login page and the overview do without their tables and pickers.
const OrdersRoute = lazy(() => import('./routes/orders').then((m) => ({ default: m.OrdersRoute })));
const RefundsRoute = lazy(() => import('./routes/refunds').then((m) => ({ default: m.RefundsRoute })));
const StockRoute = lazy(() => import('./routes/stock').then((m) => ({ default: m.StockRoute })));
const ShippingSettingsRoute = lazy(() => import('./routes/shipping-settings').then((m) => ({ default: m.ShippingSettingsRoute })));
const AssociationOrdersRoute = lazy(() => import('./routes/association-orders').then((m) => ({ default: m.AssociationOrdersRoute })));
const ArbitrationRoute = lazy(() => import('./routes/arbitration').then((m) => ({ default: m.ArbitrationRoute })));

/** Served under /console/; the router works below it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${t('apps.console')} · ${t('brand.name')}`;
  }, [t, i18n.language]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#2e7d32' } }}>
      {/* AntApp gives toasts and dialogs the theme and locale above. */}
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter basename={basename}>
            <Routes>
              <Route path="login" element={<LoginRoute />} />
              <Route element={<RequireConsoleUser />}>
                <Route element={<ConsoleLayout />}>
                  <Route index element={<OverviewRoute />} />
                  <Route
                    element={
                      <Suspense fallback={<Spin size="large" className="page-spin" />}>
                        <RequireSupplier />
                      </Suspense>
                    }
                  >
                    {/* One route for the list and an open order, so the list keeps its filters under the drawer. */}
                    <Route path="orders/:orderId?" element={<OrdersRoute />} />
                    <Route path="refunds" element={<RefundsRoute />} />
                    <Route path="stock" element={<StockRoute />} />
                    <Route path="settings/shipping" element={<ShippingSettingsRoute />} />
                  </Route>
                  <Route
                    element={
                      <Suspense fallback={<Spin size="large" className="page-spin" />}>
                        <RequireStaff />
                      </Suspense>
                    }
                  >
                    <Route path="association/orders/:orderId?" element={<AssociationOrdersRoute />} />
                    <Route path="arbitration" element={<ArbitrationRoute />} />
                  </Route>
                </Route>
              </Route>
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
