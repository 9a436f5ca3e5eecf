import type { UserView } from '@bangfu/contracts';
import { ApiError } from './api-error';
import { currentUser } from './current-user';
import type { TokenStore } from './token-store';

function memoryTokens(initial: string | null): TokenStore {
  let token = initial;
  return { get: () => token, set: (t) => (token = t), clear: () => (token = null) };
}

const user: UserView = { id: 1, phone: '13800000003', name: '张晓雨', role: 'shopper', supplierId: null, createdAt: '2026-11-28T00:00:00.000Z' };

describe('currentUser', () => {
  it('asks nothing without a token', async () => {
    const me = jest.fn();
    await expect(currentUser({ me }, memoryTokens(null))).resolves.toBeNull();
    expect(me).not.toHaveBeenCalled();
  });

  it('returns the user for a valid token', async () => {
    await expect(currentUser({ me: async () => user }, memoryTokens('t'))).resolves.toEqual(user);
  });

  it('forgets a token the API refuses', async () => {
    const tokens = memoryTokens('expired');
    const refused = async (): Promise<UserView> => {
      throw new ApiError(401, 'UNAUTHENTICATED', 'The access token has expired');
    };
    await expect(currentUser({ me: refused }, tokens)).resolves.toBeNull();
    expect(tokens.get()).toBeNull();
  });

  it('keeps the token and reports other failures', async () => {
    const tokens = memoryTokens('t');
    const down = async (): Promise<UserView> => {
      throw new ApiError(503, 'INTERNAL', 'down');
    };
    await expect(currentUser({ me: down }, tokens)).rejects.toThrow('down');
    expect(tokens.get()).toBe('t');
  });
});
