import Button from 'antd-mobile/es/components/button';
import Checkbox from 'antd-mobile/es/components/checkbox';
import Stepper from 'antd-mobile/es/components/stepper';
import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_QUANTITY_PER_LINE } from '@bangfu/contracts';
import { Price, ProductImage } from '@bangfu/ui';
import type { LineState } from '../api/get-cart-products';
import { removeFromCart, setQuantity, setSelected, type CartLine } from '../cart-store';

const IMAGE_SIZE = 72;

export function CartLineItem({ line, state }: { line: CartLine; state: LineState | undefined }) {
  const { t } = useTranslation();
  const unavailable = state?.kind === 'gone' || state?.kind === 'soldOut';
  const priceFen = state && 'priceFen' in state ? state.priceFen : line.priceFen;
  return (
    <div className={unavailable ? 'cart-line cart-line-unavailable' : 'cart-line'} data-sku={line.skuId}>
      <Checkbox
        checked={line.selected && !unavailable}
        disabled={unavailable}
        onChange={(checked) => setSelected([line.skuId], checked)}
        aria-label={t('cart.select', { name: line.productName })}
      />
      <Link to={`/products/${line.productId}`} className="cart-line-image">
        <ProductImage src={line.imageUrl} width={IMAGE_SIZE} height={IMAGE_SIZE} lazy className="cart-line-picture" />
      </Link>
      <div className="cart-line-body">
        <Link to={`/products/${line.productId}`} className="cart-line-name">
          {line.productName}
        </Link>
        <div className="cart-line-spec">
          {line.skuSpec} / {line.unit}
          {state?.kind === 'gone' && <Tag color="default">{t('cart.gone')}</Tag>}
          {state?.kind === 'soldOut' && <Tag color="default">{t('product.outOfStock')}</Tag>}
        </div>
        <div className="cart-line-foot">
          <span>
            <Price fen={priceFen} className="price" />
            {priceFen !== line.priceFen && (
              <span className="price-was">
                <Price fen={line.priceFen} />
              </span>
            )}
          </span>
          <Stepper
            min={1}
            max={MAX_QUANTITY_PER_LINE}
            digits={0}
            value={line.quantity}
            onChange={(value) => setQuantity(line.skuId, value || 1)}
            aria-label={t('product.quantity')}
          />
        </div>
      </div>
      <Button className="cart-line-remove" fill="none" size="mini" onClick={() => removeFromCart([line.skuId])}>
        {t('cart.remove')}
      </Button>
    </div>
  );
}
