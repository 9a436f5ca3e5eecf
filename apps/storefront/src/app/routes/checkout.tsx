import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../components/query-status';
import { AddressChooser } from '../../features/addresses/components/address-chooser';
import { useChosenAddress } from '../../features/addresses/use-chosen-address';
import { useMe } from '../../features/auth/api/get-me';
import { CheckoutAccount } from '../../features/auth/components/checkout-account';
import { CheckoutPage } from '../../features/checkout/components/checkout-page';

/** A visitor checks out too: they sign up or log in right here, above the goods, and the cart stays. */
export function CheckoutRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const buyNow = params.get('buyNow') === '1';
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <CheckoutPage buyNow={buyNow} address={null} addressMissing={t('checkout.signInFirst')} header={<CheckoutAccount />} />;
  return <ShopperCheckout buyNow={buyNow} />;
}

function ShopperCheckout({ buyNow }: { buyNow: boolean }) {
  const { t } = useTranslation();
  const chosen = useChosenAddress();
  return <CheckoutPage buyNow={buyNow} address={chosen.address} addressMissing={t('checkout.addressFirst')} header={<AddressChooser {...chosen} />} />;
}
