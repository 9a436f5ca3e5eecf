import type { HTMLAttributes } from 'react';
import { formatPrice } from '@bangfu/contracts';

export interface PriceProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Integer fen, as every API money field. */
  fen: number;
}

/** `<Price fen={1250} />` → ¥12.50 */
export function Price({ fen, className, ...rest }: PriceProps) {
  return (
    <span className={className ? `bangfu-price ${className}` : 'bangfu-price'} {...rest}>
      {formatPrice(fen)}
    </span>
  );
}
