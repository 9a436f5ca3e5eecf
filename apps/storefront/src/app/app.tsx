import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from '../lib/query-client';
import { AppLayout } from './layout';
import { AddressesRoute } from './routes/addresses';
import { CartRoute } from './routes/cart';
import { CheckoutRoute } from './routes/checkout';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { MeRoute } from './routes/me';
import { OrderRoute } from './routes/order';
import { OrdersRoute } from './routes/orders';
import { ProductRoute } from './routes/product';
import { SearchRoute } from './routes/search';
import { SignupRoute } from './routes/signup';
import { SupplierRoute } from './routes/supplier';

export function App() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = `${t('apps.storefront')} · ${t('brand.name')}`;
  }, [t, i18n.language]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<HomeRoute />} />
              <Route path="search" element={<SearchRoute />} />
              <Route path="products/:id" element={<ProductRoute />} />
              <Route path="suppliers/:id" element={<SupplierRoute />} />
              <Route path="cart" element={<CartRoute />} />
              <Route path="checkout" element={<CheckoutRoute />} />
              <Route path="orders" element={<OrdersRoute />} />
              <Route path="orders/:id" element={<OrderRoute />} />
              <Route path="login" element={<LoginRoute />} />
              <Route path="signup" element={<SignupRoute />} />
              <Route path="forgot-password" element={<ForgotPasswordRoute />} />
              <Route path="me" element={<MeRoute />} />
              <Route path="me/addresses" element={<AddressesRoute />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
