import Button from 'antd-mobile/es/components/button';
import Checkbox from 'antd-mobile/es/components/checkbox';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Price } from '@bangfu/ui';
import { EmptyState } from '../../../components/query-status';
import { currentPrice, isBuyable, useCartProducts } from '../api/get-cart-products';
import { cartCount, groupBySupplier, setSelected, useCartLines } from '../cart-store';
import { CartLineItem } from './cart-line';

export function CartView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lines = useCartLines();
  const states = useCartProducts(lines);
  if (lines.length === 0) {
    return (
      <EmptyState title={t('cart.empty')}>
        <Button color="primary" onClick={() => void navigate('/search')}>
          {t('cart.goShopping')}
        </Button>
      </EmptyState>
    );
  }

  const buyable = lines.filter((l) => isBuyable(l, states));
  const chosen = buyable.filter((l) => l.selected);
  const totalFen = chosen.reduce((sum, l) => sum + currentPrice(l, states) * l.quantity, 0);
  const count = cartCount(chosen);
  const allChosen = buyable.length > 0 && chosen.length === buyable.length;

  return (
    <div className="cart-page">
      {groupBySupplier(lines).map((group) => {
        const groupBuyable = group.lines.filter((l) => isBuyable(l, states));
        return (
          <section key={group.supplierId} className="cart-group">
            <header className="cart-group-head">
              <Checkbox
                checked={groupBuyable.length > 0 && groupBuyable.every((l) => l.selected)}
                indeterminate={groupBuyable.some((l) => l.selected) && !groupBuyable.every((l) => l.selected)}
                disabled={groupBuyable.length === 0}
                onChange={(checked) => setSelected(groupBuyable.map((l) => l.skuId), checked)}
                aria-label={t('cart.select', { name: group.supplierName })}
              />
              <Link to={`/suppliers/${group.supplierId}`}>{group.supplierName}</Link>
            </header>
            {group.lines.map((line) => (
              <CartLineItem key={line.skuId} line={line} state={states.get(line.skuId)} />
            ))}
          </section>
        );
      })}
      <p className="muted cart-note">{t('cart.shippingNote')}</p>
      <div className="cart-bar">
        <Checkbox checked={allChosen} disabled={buyable.length === 0} onChange={(checked) => setSelected(buyable.map((l) => l.skuId), checked)}>
          {t('cart.selectAll')}
        </Checkbox>
        <span className="cart-bar-total">
          {t('cart.total')} <Price fen={totalFen} className="price" />
        </span>
        <Button color="primary" shape="rounded" disabled={chosen.length === 0} onClick={() => void navigate('/checkout')}>
          {t('cart.checkout', { count })}
        </Button>
      </div>
    </div>
  );
}
