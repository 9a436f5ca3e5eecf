import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@bangfu/api-client';
import type { CheckoutLine } from '../checkout-lines';

interface Shortage {
  skuId: number;
  available: number | null;
}

/** A 409 about one SKU (STOCK_INSUFFICIENT or SKU_UNAVAILABLE) as { skuId, available }; null for anything else. */
export function shortageOf(error: unknown): Shortage | null {
  if (!isApiError(error) || (error.code !== 'STOCK_INSUFFICIENT' && error.code !== 'SKU_UNAVAILABLE')) return null;
  const details = error.details as { skuId?: unknown; available?: unknown } | undefined;
  if (typeof details?.skuId !== 'number') return null;
  return { skuId: details.skuId, available: error.code === 'STOCK_INSUFFICIENT' && typeof details.available === 'number' ? details.available : null };
}

interface ShortageNoticeProps {
  shortage: Shortage;
  lines: CheckoutLine[];
  onChangeQuantity: (skuId: number, quantity: number) => void;
  onRemove: (skuId: number) => void;
}

/** Names the product that fell short and offers the two fixes: buy what is left, or leave it out. */
export function ShortageNotice({ shortage, lines, onChangeQuantity, onRemove }: ShortageNoticeProps) {
  const { t } = useTranslation();
  const line = lines.find((l) => l.skuId === shortage.skuId);
  const name = line ? `${line.productName}（${line.skuSpec}）` : t('checkout.unknownSku');
  const { available } = shortage;
  return (
    <div className="shortage" role="alert">
      <p>
        {available === null
          ? t('checkout.unavailable', { name })
          : available > 0
            ? t('checkout.shortage', { name, available, wanted: line?.quantity ?? '?' })
            : t('checkout.soldOut', { name })}
      </p>
      <div className="shortage-actions">
        {line && available !== null && available > 0 && (
          <Button size="small" color="primary" onClick={() => onChangeQuantity(line.skuId, available)}>
            {t('checkout.takeAvailable', { available })}
          </Button>
        )}
        {line && (
          <Button size="small" onClick={() => onRemove(line.skuId)}>
            {t('checkout.removeLine')}
          </Button>
        )}
      </div>
    </div>
  );
}
