// The queue worker's durability and shutdown: a job is acknowledged only after its sink line is
// written, a failed write fails the job (so it is retried), and SIGTERM with Redis gone stops
// within --stop-timeout. Needs redis-server; without it these tests are skipped, visibly.
import {spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {freePort, startRedis, until} from '../helpers/redis.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) process.stderr.write('test/hostile/worker.test.ts: SKIPPED, redis-server is not installed\n');
const dir = mkdtempSync(join(tmpdir(), 'newsparse-hostile-worker-'));

describe.runIf(hasRedis)('the queue worker, hostile conditions', () => {
  it.runIf(existsSync('/dev/full'))('fails (never completes) a job whose sink write fails, and does not crash', async () => {
    const port = await freePort();
    const redis = await startRedis(port, dir);
    const {Queue} = await import('bullmq');
    const {createWorker} = await import('../../src/worker/index.js');
    const queue = new Queue('full-disk', {connection: {host: '127.0.0.1', port}});
    const worker = await createWorker({connection: {host: '127.0.0.1', port}, queue: 'full-disk', sink: '/dev/full'});
    try {
      await worker.ready();
      const job = await queue.add('a', {text: 'Harbour ferry opens\n\nThe new ferry terminal opened on Monday, the harbour master said.'}, {attempts: 1});
      await until(async () => (await job.getState()) === 'failed', 'the job to fail');
      const failed = await queue.getJob(job.id!);
      expect(failed!.failedReason).toMatch(/ENOSPC|no space/i);
      expect(await queue.getCompletedCount()).toBe(0);
    } finally {
      await worker.close(true, 5_000);
      await queue.close();
      redis.kill('SIGTERM');
      await once(redis, 'exit');
    }
  });

  it('stops within --stop-timeout on SIGTERM after Redis has gone away', async () => {
    const port = await freePort();
    const redis = await startRedis(port, dir);
    const worker = spawn(process.execPath, [CLI, 'worker', '--redis', `redis://127.0.0.1:${port}`, '--queue', 'gone', '--stop-timeout', '2'], {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    worker.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await until(() => stderr.includes('taking jobs'), 'the worker to start');
    redis.kill('SIGKILL');
    await once(redis, 'exit');
    await new Promise((r) => setTimeout(r, 1_000));
    const stopAsked = performance.now();
    worker.kill('SIGTERM');
    const exited = once(worker, 'exit');
    const bound = new Promise((r) => setTimeout(r, 10_000, 'still running'));
    const outcome = await Promise.race([exited, bound]);
    if (outcome === 'still running') worker.kill('SIGKILL');
    expect(outcome).not.toBe('still running');
    expect(performance.now() - stopAsked).toBeLessThan(2_000 + 3_000);
    // either bullmq closed in time, or the bound cut it short and said so
    expect(stderr).toMatch(/did not answer within 2 s|stopped after \d+ jobs/);
  });
});
