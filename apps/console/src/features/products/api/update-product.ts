import { useMutation } from '@tanstack/react-query';
import type { ProductPatchRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';
import { useProductChanged } from './use-product-changed';

export function useUpdateProduct() {
  const changed = useProductChanged();
  return useMutation({ mutationFn: ({ id, patch }: { id: number; patch: ProductPatchRequest }) => api.updateProduct(id, patch), onSuccess: changed });
}
