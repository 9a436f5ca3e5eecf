import type { TFunction } from 'i18next';
import { Carrier } from '@bangfu/contracts';

/** 顺丰 (SF) for a known carrier, EMS alone where the name is the code; any other code as it was stored. */
export function carrierName(t: TFunction, code: string): string {
  const carrier = Carrier.safeParse(code);
  if (!carrier.success) return code;
  const name = t(`carriers.${carrier.data}`);
  return name === code ? code : `${name} (${code})`;
}
