import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ProductAdminView } from '@bangfu/contracts';
import { supplierProductKey } from './get-supplier-product';
import { supplierProductsKey } from './get-supplier-products';

/** Every change answers with the product as it now is: the editor shows that at once, and the list is asked again. */
export function useProductChanged(): (product: ProductAdminView) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (product: ProductAdminView) => {
      queryClient.setQueryData(supplierProductKey(product.id), product);
      void queryClient.invalidateQueries({ queryKey: supplierProductsKey });
    },
    [queryClient],
  );
}
