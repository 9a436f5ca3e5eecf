import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { DatabaseConfig } from '../../apps/api/src/config/config';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { Database } from '../../apps/api/src/database/database';
import type { ScratchDatabase } from './test-app';

export { scratchDatabase, type ScratchDatabase } from './test-app';

/**
 * The real API as a separate OS process, so a test can SIGKILL it like a power cut and start it again on the
 * same database. It runs from the TypeScript sources through test/bench/run.js (transpile on require, workspace
 * aliases), exactly as `main.ts` starts in production, only without a build.
 */

const ROOT = join(__dirname, '..', '..');
const RUNNER = join(ROOT, 'test', 'bench', 'run.js');
const MAIN = join(ROOT, 'apps', 'api', 'src', 'main.ts');
/** Kept output per process; a crash test only needs the tail to explain a failure. */
const MAX_OUTPUT = 200_000;

/**
 * A connection of the test's own to a database a server process made: no migrations (the server ran them),
 * only what a check or a role change needs. Close it before killing the server on SQLite, so the restarted
 * server is the first to open the file again and does the WAL recovery itself, as after a real crash.
 */
export async function connectDatabase(config: DatabaseConfig): Promise<Database> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  return new Database(dataSource);
}

/** A port free right now; the OS picks it, so parallel suites do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Everything the process wrote to stdout and stderr, interleaved (the tail, if it wrote a lot). */
  output(): string;
  /** Settles when the process is gone. */
  exited: Promise<ServerExit>;
  /** SIGKILL: no shutdown hook, no flush, no rollback by the process itself. */
  kill(): Promise<ServerExit>;
  /** SIGTERM and wait (the app's shutdown hooks close the database); SIGKILL if it hangs. */
  stop(timeoutMs?: number): Promise<ServerExit>;
}

const live = new Set<ChildProcess>();

/** SIGKILLs every server process still running; for afterAll/afterEach, so a failed test leaves none behind. */
export async function killAllServers(): Promise<void> {
  const waits = [...live].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  );
  await Promise.all(waits);
  live.clear();
}

// Last resort if jest tears the worker down without running afterAll: kill() is synchronous enough for 'exit'.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface StartOptions {
  /** Extra or overriding environment variables for the app. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

/**
 * Starts main.ts on the database with the test environment the app validates (config.ts) and resolves once
 * /api/health answers 200. Only PATH is inherited: a developer's ALIPAY_* or MEILI_HOST must not leak in.
 */
export async function startServer(db: ScratchDatabase, options: StartOptions = {}): Promise<ServerProcess> {
  // The port is free when probed but may be taken before the child binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startOnPort(db, port, options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOnPort(db: ScratchDatabase, port: number, options: StartOptions): Promise<ServerProcess> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JOBS: 'false',
    DEMO_DATA: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: db.databaseUrl,
    DATA_DIR: db.dir,
    WEB_DIST_DIR: join(db.dir, 'web'),
    // Crash suites open many accounts from 127.0.0.1; the sign-up throttle has its own test.
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: '100000',
    ...options.env,
  };
  const child = spawn(process.execPath, [RUNNER, MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > MAX_OUTPUT) output = output.slice(-MAX_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    port,
    pid: child.pid ?? -1,
    output: () => output,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  // A holder, not a `let`: the callback's assignment is invisible to the loop's narrowing.
  const state: { gone: ServerExit | null } = { gone: null };
  void exited.then((exit) => (state.gone = exit));
  for (;;) {
    if (state.gone) throw new Error(`API process exited before it was ready (${describeExit(state.gone)}):\n${output}`);
    if (await healthy(url)) return server;
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`API process was not ready after ${options.readyTimeoutMs ?? 90_000} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export function describeExit(exit: ServerExit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}
