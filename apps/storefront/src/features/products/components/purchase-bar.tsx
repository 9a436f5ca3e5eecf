import Badge from 'antd-mobile/es/components/badge';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CartIcon } from '../../../components/icons';

interface PurchaseBarProps {
  cartCount: number;
  disabled: boolean;
  onAddToCart: () => void;
  onBuyNow: () => void;
}

/** Kept at the bottom of the product page, where the thumb is. */
export function PurchaseBar({ cartCount, disabled, onAddToCart, onBuyNow }: PurchaseBarProps) {
  const { t } = useTranslation();
  return (
    <div className="purchase-bar">
      <Link to="/cart" className="purchase-bar-cart" aria-label={t('nav.cart')}>
        <Badge content={cartCount > 0 ? (cartCount > 99 ? '99+' : cartCount) : null}>
          <CartIcon />
        </Badge>
        <span>{t('nav.cart')}</span>
      </Link>
      <Button className="purchase-bar-add" color="warning" disabled={disabled} onClick={onAddToCart}>
        {t('product.addToCart')}
      </Button>
      <Button className="purchase-bar-buy" color="primary" disabled={disabled} onClick={onBuyNow}>
        {t('product.buyNow')}
      </Button>
    </div>
  );
}
