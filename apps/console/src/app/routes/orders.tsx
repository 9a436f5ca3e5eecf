import { useState } from 'react';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { exportFilename, useExportSupplierOrders } from '../../features/orders/api/export-supplier-orders';
import { useSupplierOrders } from '../../features/orders/api/get-supplier-orders';
import { OrderDetailDrawer, useShownOrderId } from '../../features/orders/components/order-detail-drawer';
import { OrderFilters, type OrderFilterValue } from '../../features/orders/components/order-filters';
import { OrderList } from '../../features/orders/components/order-list';
import { SupplierOrderDetail } from '../../features/orders/components/supplier-order-detail';
import { useApiErrorLine } from '../../lib/use-api-error-text';
import { usePaging } from '../../lib/use-paging';

/** `/orders` lists the supplier's orders; `/orders/:orderId` opens one in a drawer above the same list. */
export function OrdersRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorLine = useApiErrorLine();
  const navigate = useNavigate();
  const params = useParams<{ orderId?: string }>();
  const shownId = useShownOrderId(params.orderId);

  const [filter, setFilter] = useState<OrderFilterValue>({});
  const paging = usePaging();
  const orders = useSupplierOrders({ ...filter, page: paging.page, pageSize: paging.pageSize });
  const exportCsv = useExportSupplierOrders();

  return (
    <>
      <Typography.Title level={3}>{t('orders.title')}</Typography.Title>
      <OrderFilters
        value={filter}
        onChange={(next) => {
          setFilter(next);
          paging.reset();
        }}
        exporting={exportCsv.isPending}
        onExport={() =>
          exportCsv.mutate(filter, {
            onSuccess: () => void message.success(t('orders.exported', { name: exportFilename(filter) })),
            onError: (error) => void message.error(errorLine(error)),
          })
        }
      />
      {orders.isError && <ApiErrorAlert error={orders.error} onRetry={() => void orders.refetch()} className="page-alert" />}
      {/* A failed first load shows only the error, not an empty list claiming there is nothing. */}
      {!(orders.isError && !orders.data) && (
        <OrderList
          data={orders.data}
          loading={orders.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={paging.onChange}
        />
      )}
      <OrderDetailDrawer orderId={shownId} open={params.orderId !== undefined} onClose={() => navigate('/orders')}>
        {(id) => <SupplierOrderDetail orderId={id} />}
      </OrderDetailDrawer>
    </>
  );
}
