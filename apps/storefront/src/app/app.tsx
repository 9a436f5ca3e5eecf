import { QueryClientProvider } from '@tanstack/react-query';
import ConfigProvider from 'antd-mobile/es/components/config-provider';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from '../lib/query-client';
import { AppLayout } from './layout';
import { lazyPage } from './lazy-page';
import { HomeRoute } from './routes/home';

// The home page comes with the first download; every other page loads when first opened.
const AddressesRoute = lazyPage(() => import('./routes/addresses'), 'AddressesRoute');
const CartRoute = lazyPage(() => import('./routes/cart'), 'CartRoute');
const CheckoutRoute = lazyPage(() => import('./routes/checkout'), 'CheckoutRoute');
const ForgotPasswordRoute = lazyPage(() => import('./routes/forgot-password'), 'ForgotPasswordRoute');
const LoginRoute = lazyPage(() => import('./routes/login'), 'LoginRoute');
const MeRoute = lazyPage(() => import('./routes/me'), 'MeRoute');
const OrderRoute = lazyPage(() => import('./routes/order'), 'OrderRoute');
const OrdersRoute = lazyPage(() => import('./routes/orders'), 'OrdersRoute');
const ProductRoute = lazyPage(() => import('./routes/product'), 'ProductRoute');
const SearchRoute = lazyPage(() => import('./routes/search'), 'SearchRoute');
const SignupRoute = lazyPage(() => import('./routes/signup'), 'SignupRoute');
const SupplierRoute = lazyPage(() => import('./routes/supplier'), 'SupplierRoute');
const VerifyRoute = lazyPage(() => import('./routes/verify'), 'VerifyRoute');

export function App() {
  const { i18n } = useTranslation();

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
              <Route path="verify/:certificateNo" element={<VerifyRoute />} />
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
