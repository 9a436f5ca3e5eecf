import { RegisterRequest } from './identity';

const register = (password: string, phone = '13912345678') => RegisterRequest.safeParse({ phone, password, name: '李娜' });
const problem = (password: string, phone?: string) => {
  const result = register(password, phone);
  return result.success ? null : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a new password', () => {
  it.each(['demo1234', 'tea-leaves-8', '汉中茶叶2026', 'Qinba mountain 9'])('accepts %p', (password) => {
    expect(problem(password)).toBeNull();
  });

  it.each([
    ['12345678', 'password: must contain at least one letter and one digit'],
    ['        ', 'password: must contain at least one letter and one digit'],
    ['abcdefgh', 'password: must contain at least one letter and one digit'],
    ['Password1', 'password: is one of the most common passwords'],
    ['short1', 'password: must be at least 8 characters'],
  ])('refuses %p', (password, message) => {
    expect(problem(password)).toEqual([message]);
  });

  it('refuses the phone number itself, also inside a longer password', () => {
    expect(problem('13912345678')).toContain('password: must contain at least one letter and one digit');
    expect(problem('x13912345678')).toEqual(['password: must not contain the phone number']);
    expect(problem('x13912345678', '13900000000')).toBeNull();
  });
});
