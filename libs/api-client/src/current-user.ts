import type { UserView } from '@bangfu/contracts';
import { isApiError } from './api-error';
import type { ApiClient } from './client';
import type { TokenStore } from './token-store';

/** The signed-in user, or null: no token, or one the API no longer accepts (expired, revoked), which is then forgotten. */
export async function currentUser(api: Pick<ApiClient, 'me'>, tokens: TokenStore): Promise<UserView | null> {
  if (!tokens.get()) return null;
  try {
    return await api.me();
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      tokens.clear();
      return null;
    }
    throw error;
  }
}
