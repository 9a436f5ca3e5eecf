import { ShippingAddress } from '@bangfu/contracts';
import { readJson, writeJson } from '../../lib/storage';

/** The last address shipped to, offered again next time (this device only). */
const ADDRESS_KEY = 'bangfu.storefront.address.v1';

export function lastAddress(): ShippingAddress | null {
  return readJson(window.localStorage, ADDRESS_KEY, (value) => ShippingAddress.safeParse(value).data ?? null);
}

export function rememberAddress(address: ShippingAddress): void {
  writeJson(window.localStorage, ADDRESS_KEY, address);
}
