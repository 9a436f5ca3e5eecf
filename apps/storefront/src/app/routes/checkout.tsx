import { useSearchParams } from 'react-router';
import { RequireLogin } from '../../components/require-login';
import { CheckoutPage } from '../../features/checkout/components/checkout-page';

export function CheckoutRoute() {
  const [params] = useSearchParams();
  return (
    <RequireLogin>
      <CheckoutPage buyNow={params.get('buyNow') === '1'} />
    </RequireLogin>
  );
}
