import { useState, type ReactNode } from 'react';
import Button from 'antd-mobile/es/components/button';
import Toast from 'antd-mobile/es/components/toast';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@bangfu/api-client';
import { formatPrice, ShippingAddress, type CheckoutRequest } from '@bangfu/contracts';
import { Price, useErrorMessage } from '@bangfu/ui';
import { ErrorText } from '../../../components/error-text';
import { EmptyState } from '../../../components/query-status';
import { useCartProducts } from '../../cart/api/get-cart-products';
import { removeFromCart, removePurchased, setQuantity, useCartLines } from '../../cart/cart-store';
import { goToCashier, startPayment } from '../../payments/api/start-payment';
import { isOpen } from '../../payments/api/get-payment';
import { usePlaceCheckout } from '../api/place-checkout';
import { attributionRef } from '../attribution-ref';
import { buyNowLine, clearBuyNow, setBuyNow, type BuyNowLine } from '../buy-now';
import { checkoutLines } from '../checkout-lines';
import { attemptKey, endAttempt } from '../idempotency';
import { CheckoutLines } from './checkout-lines';
import { ShortageNotice, shortageOf } from './shortage-notice';
import { useShippingFees } from '../use-shipping-fees';

interface CheckoutPageProps {
  buyNow: boolean;
  /** Where the order goes; null until the shopper has signed in and has an address. */
  address: ShippingAddress | null;
  /** Why the order cannot be placed yet, told on tapping submit while there is no address. */
  addressMissing: string;
  /** Above the goods: signing in, or the address. */
  header: ReactNode;
}

/** Checks out the selected cart lines, or the one "buy now" line. */
export function CheckoutPage({ buyNow, address, addressMissing, header }: CheckoutPageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const cart = useCartLines();
  const [single, setSingle] = useState<BuyNowLine | null>(() => (buyNow ? buyNowLine() : null));
  const source = buyNow ? (single ? [single] : []) : cart;
  const states = useCartProducts(source);
  const lines = checkoutLines(source, states);
  const checking = source.some((l) => states.get(l.skuId)?.kind === 'checking');
  const place = usePlaceCheckout();
  const shortage = shortageOf(place.error);

  const shipping = useShippingFees(lines);

  if (lines.length === 0 && !checking) {
    return (
      <EmptyState title={t('checkout.nothing')}>
        <Button color="primary" onClick={() => void navigate('/cart')}>
          {t('checkout.backToCart')}
        </Button>
      </EmptyState>
    );
  }

  const itemsFen = lines.reduce((sum, l) => sum + l.priceFen * l.quantity, 0);

  const changeQuantity = (skuId: number, quantity: number) => {
    place.reset();
    if (buyNow && single) {
      const next = { ...single, quantity };
      setBuyNow(next);
      setSingle(next);
    } else setQuantity(skuId, quantity);
  };
  const remove = (skuId: number) => {
    place.reset();
    if (buyNow) {
      clearBuyNow();
      setSingle(null);
    } else removeFromCart([skuId]);
  };

  const submit = async () => {
    if (!address) {
      Toast.show({ content: addressMissing });
      return;
    }
    const ref = attributionRef();
    const request: CheckoutRequest = {
      items: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
      // Only the address itself: an address-book entry also has its id and default mark.
      address: ShippingAddress.parse(address),
      channel: 'online',
      ...(ref ? { ref } : {}),
    };
    const placed = await place.mutateAsync({ cart: request, key: attemptKey(request) }).catch((error: unknown) => {
      // Should never happen (a changed cart gets a new key), but if it does the next tap must not repeat it.
      if (isApiError(error) && error.code === 'IDEMPOTENCY_KEY_REUSED') endAttempt();
      return null;
    });
    if (!placed) return;
    endAttempt();
    // The order page is where "back" from the cashier lands; it watches the payment until it settles.
    void navigate(`/orders/${placed.orders[0].id}?pay=${placed.payment.id}`, { replace: true });
    if (buyNow) clearBuyNow();
    else removePurchased(request.items);
    if (!isOpen(placed.payment.status)) return;
    try {
      goToCashier(await startPayment(placed.payment.id));
    } catch (error) {
      Toast.show({ content: errorMessage(error) });
    }
  };

  return (
    <div className="checkout-page">
      {header}
      <CheckoutLines lines={lines} fees={shipping.fees} />
      {place.isError &&
        (shortage ? (
          <ShortageNotice shortage={shortage} lines={lines} onChangeQuantity={changeQuantity} onRemove={remove} />
        ) : (
          <ErrorText error={place.error} className="section form-error" />
        ))}
      <div className="submit-bar">
        <span className="submit-bar-total">
          {shipping.totalFen === null ? (
            <>
              {t('checkout.itemsTotal')} <Price fen={itemsFen} className="price" />
              <small className="muted">{t('checkout.plusShipping')}</small>
            </>
          ) : (
            <>
              {t('checkout.total')} <Price fen={itemsFen + shipping.totalFen} className="price" />
              <small className="muted">{t('checkout.shippingIncluded', { fee: formatPrice(shipping.totalFen) })}</small>
            </>
          )}
        </span>
        <Button color="primary" shape="rounded" loading={place.isPending} disabled={checking || lines.length === 0} onClick={() => void submit()}>
          {t('checkout.submit')}
        </Button>
      </div>
    </div>
  );
}
