import { killAllServers, scratchDatabase, startServer } from '../support/server-process';
import { TEST_DB } from '../support/test-app';

/** SIGTERM as a deployment sends it: the process stops taking requests, drains its jobs and ends cleanly. */
describe(`graceful shutdown on ${TEST_DB}`, () => {
  afterAll(() => killAllServers());

  it('closes the HTTP server, drains its jobs and exits 0 on SIGTERM', async () => {
    const db = scratchDatabase();
    try {
      const server = await startServer(db, { env: { JOBS: 'true' } });
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      const exit = await server.stop(20_000);
      expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('SIGTERM: closing');
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    } finally {
      await db.discard();
    }
  });
});
