import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app, web } = await createApp(config);
  await app.listen(config.port, config.host);
  closeOnSignals(app);
  const base = config.publicUrl;
  const lines = [
    '',
    `帮扶集市 Bangfu Market is running (${config.database.kind === 'sqlite' ? `embedded: ${config.database.file}` : 'MySQL'})`,
    `  storefront  ${base}/`,
    `  console     ${base}/console`,
    `  kiosk       ${base}/kiosk`,
    `  API docs    ${base}/api/docs`,
  ];
  if (config.demoData) {
    lines.push('', `  demo logins (password ${DEMO_PASSWORD}):`, ...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(9)} ${a.phone}`));
  }
  if (web.missing.length) lines.push(`  not built: ${web.missing.join(', ')} (npm run build)`);
  process.stdout.write(lines.join('\n') + '\n\n');
}

/**
 * SIGTERM or SIGINT: stop taking requests first and let those in flight answer, then let running jobs and the
 * search sync finish (their beforeApplicationShutdown hooks), then close the database.
 */
function closeOnSignals(app: INestApplication): void {
  const close = (signal: NodeJS.Signals) => {
    process.stderr.write(`${signal}: closing\n`);
    const server = app.getHttpServer() as Server;
    new Promise<void>((resolve) => server.close(() => resolve()))
      .then(() => app.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`Failed to close: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
