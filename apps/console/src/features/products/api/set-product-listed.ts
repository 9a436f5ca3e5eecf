import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useProductChanged } from './use-product-changed';

/** `POST …/list` or `…/unlist`: puts a certified product on sale in the store or takes it off, saying why. */
export function useSetProductListed() {
  const changed = useProductChanged();
  return useMutation({
    mutationFn: ({ id, listed, reason }: { id: number; listed: boolean; reason?: string }) => (listed ? api.listProduct(id) : api.unlistProduct(id, reason)),
    onSuccess: changed,
  });
}
