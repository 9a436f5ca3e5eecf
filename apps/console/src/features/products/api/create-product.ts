import { useMutation } from '@tanstack/react-query';
import type { ProductDraftRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { useProductChanged } from './use-product-changed';

/** A new draft, its SKUs with their opening stock. */
export function useCreateProduct() {
  const changed = useProductChanged();
  return useMutation({ mutationFn: (draft: ProductDraftRequest) => api.createProduct(draft), onSuccess: changed });
}
