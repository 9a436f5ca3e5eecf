import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, LoadError, Loading } from '../../components/query-status';
import { RequireLogin } from '../../components/require-login';
import { useIdParam } from '../../lib/use-id-param';
import { usePageTitle } from '../../lib/use-page-title';
import { useOrder } from '../../features/orders/api/get-order';
import { OrderDetail } from '../../features/orders/components/order-detail';
import { PaymentStatus } from '../../features/payments/components/payment-status';

/** /orders/:id, and /orders/:id?pay=<payment id> after leaving for the cashier: the payment is watched on top. */
export function OrderRoute() {
  const { t } = useTranslation();
  const id = useIdParam();
  const [params] = useSearchParams();
  const paymentId = Number(params.get('pay'));
  return (
    <RequireLogin>
      {id === null ? (
        <EmptyState title={t('errors.NOT_FOUND')} />
      ) : (
        <>
          {Number.isSafeInteger(paymentId) && paymentId > 0 && <PaymentStatus paymentId={paymentId} />}
          <OrderById id={id} />
        </>
      )}
    </RequireLogin>
  );
}

function OrderById({ id }: { id: number }) {
  const { t } = useTranslation();
  const order = useOrder(id);
  usePageTitle(order.data && t('orders.no', { no: order.data.orderNo }));
  if (order.isPending) return <Loading />;
  if (order.isError) return <LoadError error={order.error} onRetry={() => void order.refetch()} />;
  return <OrderDetail order={order.data} onStale={() => void order.refetch()} />;
}
