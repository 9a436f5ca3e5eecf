import { useState } from 'react';
import type { AddressView } from '@bangfu/contracts';
import { useAddresses } from './api/get-addresses';

export type ChosenAddress = ReturnType<typeof useChosenAddress>;

/** The address an order goes to: the one the shopper picked, else the book's default (the API keeps one marked). */
export function useChosenAddress() {
  const addresses = useAddresses();
  const [chosenId, choose] = useState<number | null>(null);
  const items = addresses.data?.items ?? [];
  const address: AddressView | null = items.find((a) => a.id === chosenId) ?? items.find((a) => a.isDefault) ?? items[0] ?? null;
  return { addresses, address, choose };
}
