import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@bangfu/contracts';

const root = join(__dirname, '..', '..');
const MAIN = join(root, 'dist/api/apps/api/src/main.js');
export const SCREENSHOTS = join(root, 'dist/browser-screenshots');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The demo logins the served market seeds (README), by role. */
export const DEMO_LOGINS = {
  staff: { phone: '13800000001', password: 'demo1234' },
  supplier: { phone: '13800000002', password: 'demo1234' },
  shopper: { phone: '13800000003', password: 'demo1234' },
} as const;

/** A valid unified social credit code of a Hanzhong cooperative (GB 32100 check character), different each call. */
export function creditCode(): string {
  let body = '93610723';
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * CREDIT_CODE_ALPHABET.length)];
  return body + creditCodeCheckChar(body);
}

/** A 400 × 280 PNG with a word on it, drawn by the browser, so an upload is a real picture (a licence scan, a photo). */
export async function drawnPng(page: Page, text: string, colour = '#cf1322'): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([label, ink]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 280;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#fffbe6';
      g.fillRect(0, 0, 400, 280);
      g.fillStyle = ink;
      g.font = '32px sans-serif';
      g.fillText(label, 60, 150);
      return canvas.toDataURL('image/png');
    },
    [text, colour] as const,
  );
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** Signs in on the console's login page and waits for the overview. */
export async function consoleSignIn(page: Page, baseUrl: string, account: { phone: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel('手机号').fill(account.phone);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('当前账户').waitFor();
}

export interface ServedMarket {
  baseUrl: string;
  browser: Browser;
  page(viewport?: { width: number; height: number }): Promise<Page>;
  /** The code of one of the demo data's village e-commerce points, which checkout credits sales to. */
  villagePointCode(): Promise<string>;
  stop(): Promise<void>;
}

/** The built marketplace as `npm start` runs it (embedded database, demo data) on a free port, plus Chromium. */
export async function serveMarket(): Promise<ServedMarket> {
  if (!existsSync(MAIN)) throw new Error('Build first: npm run build');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'bangfu-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: `sqlite:${join(dataDir, 'market.sqlite')}`, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await waitUntilHealthy(baseUrl, server, () => output);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    baseUrl,
    browser,
    async villagePointCode() {
      const res = await fetch(`${baseUrl}/api/village-points/1`);
      if (!res.ok) throw new Error(`the demo data has no village point 1: ${res.status}`);
      return ((await res.json()) as { code: string }).code;
    },
    async page(viewport = { width: 390, height: 844 }) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilHealthy(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error(`the server did not become healthy:\n${output()}`);
}
