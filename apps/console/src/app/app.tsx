import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from '../lib/query-client';
import { ConsoleLayout } from './layout';
import { RequireConsoleUser } from './require-console-user';
import { LoginRoute } from './routes/login';
import { OverviewRoute } from './routes/overview';

/** Served under /console/; the router works below it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${t('apps.console')} · ${t('brand.name')}`;
  }, [t, i18n.language]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#2e7d32' } }}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename={basename}>
          <Routes>
            <Route path="login" element={<LoginRoute />} />
            <Route element={<RequireConsoleUser />}>
              <Route element={<ConsoleLayout />}>
                <Route index element={<OverviewRoute />} />
              </Route>
            </Route>
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
