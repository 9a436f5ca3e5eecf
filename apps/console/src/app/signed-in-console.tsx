import { lazy, Suspense } from 'react';
import { App as AntApp, Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { ConsoleLayout } from './layout';
import { RequireApplicant } from './require-applicant';
import { RequireConsoleUser } from './require-console-user';
import { RequireStaff } from './require-staff';
import { RequireSupplier } from './require-supplier';
import { OverviewRoute } from './routes/overview';

// Role pages load on first visit: the overview does without their tables and pickers.
const ApplyRoute = lazy(() => import('./routes/apply').then((m) => ({ default: m.ApplyRoute })));
const CertificateRoute = lazy(() => import('./routes/certificate').then((m) => ({ default: m.CertificateRoute })));
const CertificatePrintRoute = lazy(() => import('./routes/certificate-print').then((m) => ({ default: m.CertificatePrintRoute })));
const SearchAdminRoute = lazy(() => import('./routes/search-admin').then((m) => ({ default: m.SearchAdminRoute })));
const OrdersRoute = lazy(() => import('./routes/orders').then((m) => ({ default: m.OrdersRoute })));
const RefundsRoute = lazy(() => import('./routes/refunds').then((m) => ({ default: m.RefundsRoute })));
const ProductsRoute = lazy(() => import('./routes/products').then((m) => ({ default: m.ProductsRoute })));
const ProductEditorRoute = lazy(() => import('./routes/product-editor').then((m) => ({ default: m.ProductEditorRoute })));
const StockRoute = lazy(() => import('./routes/stock').then((m) => ({ default: m.StockRoute })));
const ShippingSettingsRoute = lazy(() => import('./routes/shipping-settings').then((m) => ({ default: m.ShippingSettingsRoute })));
const AssociationOrdersRoute = lazy(() => import('./routes/association-orders').then((m) => ({ default: m.AssociationOrdersRoute })));
const ArbitrationRoute = lazy(() => import('./routes/arbitration').then((m) => ({ default: m.ArbitrationRoute })));
const AssociationApplicationsRoute = lazy(() => import('./routes/association-applications').then((m) => ({ default: m.AssociationApplicationsRoute })));
const AssociationApplicationRoute = lazy(() => import('./routes/association-applications').then((m) => ({ default: m.AssociationApplicationRoute })));
const AssociationProductsRoute = lazy(() => import('./routes/association-products').then((m) => ({ default: m.AssociationProductsRoute })));
const AssociationProductRoute = lazy(() => import('./routes/association-products').then((m) => ({ default: m.AssociationProductRoute })));
const AssociationSuppliersRoute = lazy(() => import('./routes/association-suppliers').then((m) => ({ default: m.AssociationSuppliersRoute })));
const AssociationSupplierRoute = lazy(() => import('./routes/association-suppliers').then((m) => ({ default: m.AssociationSupplierRoute })));

/** Everything behind the login: the account check, the menu and the pages. */
export function SignedInConsole() {
  return (
    // AntApp gives toasts and dialogs the theme and locale above; the login page has neither.
    <AntApp>
      <Routes>
        <Route element={<RequireConsoleUser />}>
          <Route element={<ConsoleLayout />}>
            <Route index element={<OverviewRoute />} />
            <Route
              element={
                <Suspense fallback={<Spin size="large" className="page-spin" />}>
                  <RequireApplicant />
                </Suspense>
              }
            >
              <Route path="apply" element={<ApplyRoute />} />
            </Route>
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
              <Route path="products" element={<ProductsRoute />} />
              <Route path="products/new" element={<ProductEditorRoute />} />
              <Route path="products/:productId" element={<ProductEditorRoute />} />
              <Route path="stock" element={<StockRoute />} />
              <Route path="settings/shipping" element={<ShippingSettingsRoute />} />
              <Route path="certificate" element={<CertificateRoute />} />
              <Route path="certificate/print" element={<CertificatePrintRoute />} />
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
              <Route path="association/applications" element={<AssociationApplicationsRoute />} />
              <Route path="association/applications/:applicationId" element={<AssociationApplicationRoute />} />
              <Route path="association/products" element={<AssociationProductsRoute />} />
              <Route path="association/products/:productId" element={<AssociationProductRoute />} />
              <Route path="association/suppliers" element={<AssociationSuppliersRoute />} />
              <Route path="association/suppliers/:supplierId" element={<AssociationSupplierRoute />} />
              <Route path="association/search" element={<SearchAdminRoute />} />
            </Route>
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </AntApp>
  );
}
