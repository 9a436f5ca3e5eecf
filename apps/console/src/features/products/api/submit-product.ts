import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useProductChanged } from './use-product-changed';

/** Sends the product to the association's review; it is `pending` and locked until decided. */
export function useSubmitProduct() {
  const changed = useProductChanged();
  return useMutation({ mutationFn: (id: number) => api.submitProduct(id), onSuccess: changed });
}
