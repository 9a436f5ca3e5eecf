import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddressInput } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { getAddressesQueryOptions } from './get-addresses';

/**
 * Adds an address (no id) or replaces one. The book is read again before the save counts as done: marking a
 * default unmarks another, and the first address becomes the default by itself.
 */
export function useSaveAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, address }: { id: number | null; address: AddressInput }) => (id === null ? api.addAddress(address) : api.updateAddress(id, address)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getAddressesQueryOptions().queryKey }),
  });
}
