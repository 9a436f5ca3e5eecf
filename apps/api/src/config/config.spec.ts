import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, environmentWithDotEnv, loadConfig } from './config';

describe('loadConfig', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'bangfu-config-'));

  it('defaults to the embedded set-up', () => {
    const config = loadConfig({}, cwd);
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: join(cwd, 'data/bangfu.sqlite') });
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(readFileSync(join(cwd, 'data/jwt-secret'), 'utf8')).toBe(config.jwtSecret);
    expect(loadConfig({}, cwd).jwtSecret).toBe(config.jwtSecret);
  });

  it('reads a .env file, with the environment winning over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-dotenv-'));
    expect(environmentWithDotEnv({ PORT: '3100' }, dir)).toEqual({ PORT: '3100' });
    writeFileSync(join(dir, '.env'), '# local settings\nPORT=3200\nPUBLIC_URL="https://shop.example.cn"\nTRUST_PROXY=10.0.0.0/8\n');
    const config = loadConfig(environmentWithDotEnv({ PORT: '3100' }, dir), dir);
    expect(config.port).toBe(3100);
    expect(config.publicUrl).toBe('https://shop.example.cn');
    expect(config.trustProxy).toBe('10.0.0.0/8');
  });

  it('switches to MySQL and turns demo data off by default', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/bangfu' }, cwd);
    expect(config.database).toEqual({ kind: 'mysql', url: 'mysql://root@127.0.0.1:3306/bangfu' });
    expect(config.demoData).toBe(false);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'postgres://x', DEMO_DATA: 'maybe' }, cwd);
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).issues.map((i) => i.variable).sort();
      expect(variables).toEqual(['DATABASE_URL', 'DEMO_DATA', 'PORT']);
      expect((error as Error).message).toContain('PORT:');
    }
  });

  it('requires JWT_SECRET in production and complete Alipay keys', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' }, cwd)).toThrow(/JWT_SECRET: is required/);
    expect(() => loadConfig({ ALIPAY_APP_ID: '2021000000000000' }, cwd)).toThrow(/ALIPAY_APP_ID/);
  });
});
