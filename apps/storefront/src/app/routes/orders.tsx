import { RequireLogin } from '../../components/require-login';
import { OrderList } from '../../features/orders/components/order-list';

export function OrdersRoute() {
  return (
    <RequireLogin>
      <OrderList />
    </RequireLogin>
  );
}
