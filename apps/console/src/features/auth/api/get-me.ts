import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@bangfu/api-client';
import type { UserView } from '@bangfu/contracts';
import { api, tokenStore } from '../../../lib/api-client';

/** The signed-in user, or null: no token, or one the API no longer accepts (expired, revoked). */
export async function getMe(): Promise<UserView | null> {
  if (!tokenStore.get()) return null;
  try {
    return await api.me();
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      tokenStore.clear();
      return null;
    }
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: ['me'], queryFn: getMe });

export function useMe() {
  return useQuery(meQuery);
}
