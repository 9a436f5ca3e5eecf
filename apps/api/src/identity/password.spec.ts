import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and rejects others', async () => {
    const stored = await hashPassword('demo1234');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifyPassword('demo1234', stored)).resolves.toBe(true);
    await expect(verifyPassword('demo12345', stored)).resolves.toBe(false);
    await expect(verifyPassword('demo1234', 'plain')).resolves.toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});
