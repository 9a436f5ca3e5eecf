import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { endSession } from '@bangfu/ui';
import { tokenStore } from '../../../lib/api-client';
import { getMeQueryOptions } from './get-me';

export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => endSession(queryClient, tokenStore, getMeQueryOptions().queryKey), [queryClient]);
}
