import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useProductChanged } from './use-product-changed';

/** `POST …/list` or `…/unlist`: puts a certified product on sale in the store or takes it off. */
export function useSetProductListed() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: ({ id, listed }: { id: number; listed: boolean }) => (listed ? api.listProduct(id) : api.unlistProduct(id)),
    onSuccess: changed,
  });
}
