import { lazy, Suspense, useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { queryClient } from '../lib/query-client';
import { LoginRoute } from './routes/login';

// A signed-out visitor loads the login page alone; the menu, the guards and the pages come once signed in.
const SignedInConsole = lazy(() => import('./signed-in-console').then((m) => ({ default: m.SignedInConsole })));

/** Served under /console/; the router works below it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

/** Labels stay as written: antd would otherwise space out two-character ones (确 定, 发 货). */
const BUTTON_CONFIG = { autoInsertSpace: false };

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${t('apps.console')} · ${t('brand.name')}`;
  }, [t, i18n.language]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#2e7d32' } }} button={BUTTON_CONFIG}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename={basename}>
          <Routes>
            <Route path="login" element={<LoginRoute />} />
            <Route
              path="*"
              element={
                <Suspense fallback={<Spin size="large" className="page-spin" />}>
                  <SignedInConsole />
                </Suspense>
              }
            />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
