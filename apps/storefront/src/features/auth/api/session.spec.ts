import { describe, expect, it } from '@jest/globals';
import { ApiError, createTokenStore } from '@bangfu/api-client';
import { QueryClient } from '@tanstack/react-query';
import { beginSession, createSessionQueryClient, endSession } from '../../../../../../libs/ui/src/session';

const memory = () => {
  const values = new Map<string, string>();
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), removeItem: (k: string) => void values.delete(k) };
};
const user = (id: number) => ({ id, phone: `1380000000${id}`, name: `用户${id}`, role: 'shopper' as const, supplierId: null, createdAt: '2026-12-01T00:00:00.000Z' });

describe('a session on a shared phone', () => {
  it('shows the next account none of the last one’s orders', () => {
    const queryClient = new QueryClient();
    const tokens = createTokenStore(memory(), 'token');
    beginSession(queryClient, tokens, ['me'], { accessToken: 'token-a', user: user(1) });
    queryClient.setQueryData(['orders', 'list', { status: 'paid' }], { items: [{ id: 7 }], total: 1 });
    endSession(queryClient, tokens, ['me']);
    expect(tokens.get()).toBeNull();
    expect(queryClient.getQueryData(['orders', 'list', { status: 'paid' }])).toBeUndefined();
    expect(queryClient.getQueryData(['me'])).toBeNull();

    queryClient.setQueryData(['orders', 'list', {}], { items: [{ id: 8 }], total: 1 });
    beginSession(queryClient, tokens, ['me'], { accessToken: 'token-b', user: user(2) });
    expect(queryClient.getQueryData(['orders', 'list', {}])).toBeUndefined();
    expect(queryClient.getQueryData(['me'])).toEqual(user(2));
    expect(tokens.get()).toBe('token-b');
  });

  it('ends the session when the API refuses the token, but not for a wrong password', async () => {
    const tokens = createTokenStore(memory(), 'token');
    const queryClient = createSessionQueryClient(tokens, ['me']);
    beginSession(queryClient, tokens, ['me'], { accessToken: 'old-token', user: user(1) });
    queryClient.setQueryData(['orders'], { items: [], total: 0 });
    const wrongPassword = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () => Promise.reject(new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong phone number or password')),
    });
    await wrongPassword.execute(undefined).catch(() => undefined);
    expect(tokens.get()).toBe('old-token');
    await queryClient.fetchQuery({ queryKey: ['stock'], queryFn: () => Promise.reject(new ApiError(401, 'UNAUTHENTICATED', 'Sign in first')) }).catch(() => undefined);
    expect(tokens.get()).toBeNull();
    expect(queryClient.getQueryData(['orders'])).toBeUndefined();
    expect(queryClient.getQueryData(['me'])).toBeNull();
  });
});
