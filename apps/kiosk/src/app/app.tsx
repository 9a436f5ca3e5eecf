import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../lib/query-client';
import { useKioskSession } from './use-kiosk-session';
import { WelcomeScreen } from './welcome-screen';

export function App() {
  const { t, i18n } = useTranslation();
  useKioskSession();
  useEffect(() => {
    document.title = `${t('apps.kiosk')} · ${t('brand.name')}`;
  }, [t, i18n.language]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <QueryClientProvider client={queryClient}>
        <WelcomeScreen />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
