import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Not under "me": the session keeps only "who am I" when the account changes, and an address book must go. */
export const getAddressesQueryOptions = () => queryOptions({ queryKey: ['addresses'], queryFn: () => api.addresses() });

export function useAddresses() {
  return useQuery(getAddressesQueryOptions());
}
