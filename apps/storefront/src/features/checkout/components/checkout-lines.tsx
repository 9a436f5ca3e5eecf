import Image from 'antd-mobile/es/components/image';
import { useTranslation } from 'react-i18next';
import { Price } from '@bangfu/ui';
import { groupBySupplier } from '../../cart/cart-store';
import type { CheckoutLine } from '../checkout-lines';

/** What is being bought, by supplier: each supplier's goods become one order with its own shipping. */
export function CheckoutLines({ lines, fees }: { lines: CheckoutLine[]; fees: Map<number, number> }) {
  const { t } = useTranslation();
  return (
    <>
      {groupBySupplier(lines).map((group) => (
        <section key={group.supplierId} className="section checkout-group">
          <h2>{group.supplierName}</h2>
          {group.lines.map((line) => (
            <div key={line.skuId} className="checkout-line">
              <Image src={line.imageUrl ?? undefined} alt="" width={56} height={56} fit="cover" lazy />
              <div className="checkout-line-body">
                <div className="checkout-line-name">{line.productName}</div>
                <div className="muted">
                  {line.skuSpec} / {line.unit} × {line.quantity}
                </div>
              </div>
              <Price fen={line.priceFen * line.quantity} className="price" />
            </div>
          ))}
          <p className="muted checkout-shipping">
            {t('checkout.shipping')}{' '}
            {fees.get(group.supplierId) === undefined ? '…' : fees.get(group.supplierId) === 0 ? t('checkout.freeShipping') : <Price fen={fees.get(group.supplierId) ?? 0} />}
          </p>
        </section>
      ))}
    </>
  );
}
