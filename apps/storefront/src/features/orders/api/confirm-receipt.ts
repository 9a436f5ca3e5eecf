import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterOrderChange } from './invalidate-orders';

export function useConfirmReceipt(orderId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.confirmReceipt(orderId),
    onSuccess: (detail) => afterOrderChange(queryClient, detail),
  });
}
