import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { JobScheduler } from './job-scheduler';

const scheduler = (jobs = true) => new JobScheduler({ jobs } as AppConfig);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('JobScheduler', () => {
  // The failing job logs each failure; the test reads the counts instead.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));

  it('never starts a run while the previous one of the same job is going', async () => {
    const jobs = scheduler();
    let running = 0;
    let most = 0;
    let runs = 0;
    jobs.every('slow job', 5, async () => {
      runs++;
      most = Math.max(most, ++running);
      await sleep(40);
      running--;
    }, { runNow: true });
    await sleep(150);
    await jobs.beforeApplicationShutdown();
    expect(most).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(5);
  });

  it('lets a run in flight finish at shutdown, and starts none after', async () => {
    const jobs = scheduler();
    const steps: string[] = [];
    jobs.every('expiry', 20, async () => {
      steps.push('started');
      await sleep(100);
      steps.push('finished');
    }, { runNow: true });
    expect(jobs.inFlight).toBe(1);
    await jobs.beforeApplicationShutdown();
    expect(steps).toEqual(['started', 'finished']);
    expect(jobs.inFlight).toBe(0);
    await sleep(60);
    expect(steps).toEqual(['started', 'finished']);
  });

  it('keeps going after a failed run, and runs nothing when jobs are off', async () => {
    const jobs = scheduler();
    let runs = 0;
    jobs.every('flaky', 10, async () => {
      runs++;
      throw new Error('database away');
    }, { runNow: true });
    await sleep(60);
    await jobs.beforeApplicationShutdown();
    expect(runs).toBeGreaterThan(1);

    const off = scheduler(false);
    let ran = false;
    off.every('never', 5, async () => {
      ran = true;
    }, { runNow: true });
    await sleep(20);
    expect(ran).toBe(false);
  });
});
