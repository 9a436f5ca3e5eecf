import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { endSession } from '@bangfu/ui';
import { tokenStore } from '../../../lib/api-client';
import { meQuery } from './get-me';

export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => endSession(queryClient, tokenStore, meQuery.queryKey), [queryClient]);
}
