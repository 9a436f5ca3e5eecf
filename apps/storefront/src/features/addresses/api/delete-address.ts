import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { getAddressesQueryOptions } from './get-addresses';

/** The API answers with the whole book: deleting the default moves the mark to another address. */
export function useDeleteAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.deleteAddress(id),
    onSuccess: (book) => queryClient.setQueryData(getAddressesQueryOptions().queryKey, book),
  });
}
