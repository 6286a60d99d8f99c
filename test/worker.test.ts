import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {once} from 'node:events';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {Readable} from 'node:stream';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Queue} from 'bullmq';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {freePort, startRedis, until} from './helpers/redis.js';
import {ArticleSchema} from '../src/index.js';
import {createWorker} from '../src/worker/index.js';

// A real Redis (Debian's redis-server; .ci/run installs it), started on a free loopback port.
// Without redis-server on PATH the queue tests are skipped, and one line says how to run them.
const hasRedis = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;
if (!hasRedis) console.log('queue worker tests skipped: no redis-server on PATH (apt-get install redis-server, or run bash .ci/run, to include them)');
const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');
let redis: ChildProcess;
let port: number;
const dir = mkdtempSync(join(tmpdir(), 'newsparse-worker-'));

beforeAll(async () => {
  if (!hasRedis) return;
  port = await freePort();
  redis = await startRedis(port, dir);
}, 30_000);

afterAll(async () => {
  if (redis && redis.exitCode === null) {
    redis.kill('SIGTERM');
    await once(redis, 'exit');
  }
});

const connection = () => ({host: '127.0.0.1', port});
const story = (n: number) => `Story number ${n}\nBy Kim Park\nThe council said ${n} people came to the meeting on Monday.\nIt was the largest meeting this year.`;

describe.skipIf(!hasRedis)('createWorker on BullMQ over a real Redis', () => {
  it('parses feed records from the queue into a JSONL sink; a bad record fails its job once, without retries', async () => {
    const queue = new Queue('feed-sink', {connection: connection()});
    const sink = join(dir, 'sink.jsonl');
    const worker = await createWorker({connection: connection(), queue: 'feed-sink', sink});
    try {
      await worker.ready();
      await queue.add('parse', {id: 'a', url: 'https://example.com/a', text: story(1)});
      await queue.add('parse', {id: 'b', text: '   '}, {attempts: 3});
      await queue.add('parse', {id: 'c', content: story(3)});
      await until(async () => {
        const counts = await queue.getJobCounts('completed', 'failed');
        return counts.completed === 2 && counts.failed === 1;
      }, 'three jobs');
      const [failed] = await queue.getFailed();
      expect(failed!.attemptsMade).toBe(1);
      expect(failed!.failedReason).toMatch(/^EMPTY_INPUT: /);
      expect(worker.processed).toBe(3);
    } finally {
      await worker.close();
      await queue.obliterate({force: true});
      await queue.close();
    }
    const lines = readFileSync(sink, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual(['a', 'b', 'c']);
    const a = lines.find((l) => l.id === 'a');
    expect(a).toMatchObject({headline: 'Story number 1', url: 'https://example.com/a'});
    expect(ArticleSchema.safeParse(a).success).toBe(true);
    expect(lines.find((l) => l.id === 'b')).toMatchObject({error: {code: 'EMPTY_INPUT'}});
  });

  it('writes output records to a results queue, and returns the article when there is no sink', async () => {
    const queue = new Queue('feed-results', {connection: connection()});
    const results = new Queue('feed-out', {connection: connection()});
    const plain = new Queue('feed-plain', {connection: connection()});
    const toQueue = await createWorker({connection: `redis://127.0.0.1:${port}`, queue: 'feed-results', resultsQueue: 'feed-out', fields: ['headline']});
    const toReturn = await createWorker({connection: connection(), queue: 'feed-plain', fields: ['headline']});
    try {
      await Promise.all([toQueue.ready(), toReturn.ready()]);
      await queue.add('parse', {id: 'r1', text: story(5)});
      const job = await plain.add('parse', {text: story(6)});
      await until(async () => (await results.getJobCounts('waiting')).waiting === 1 && (await plain.getJobCounts('completed')).completed === 1, 'results');
      const [out] = await results.getWaiting();
      expect(out!.data).toEqual({headline: 'Story number 5', id: 'r1'});
      const done = await plain.getJob(job.id!);
      expect(done!.returnvalue).toEqual({headline: 'Story number 6', id: job.id});
    } finally {
      await toQueue.close();
      await toReturn.close();
      for (const q of [queue, results, plain]) {
        await q.obliterate({force: true});
        await q.close();
      }
    }
  });

  it('runs as `newsparse worker` until SIGTERM, then exits 0', async () => {
    expect(existsSync(CLI), `${CLI}: build first`).toBe(true);
    const sink = join(dir, 'cli-sink.jsonl');
    const child = spawn(process.execPath, [CLI, 'worker', '--redis', `redis://127.0.0.1:${port}`, '--queue', 'feed-cli', '--sink', sink], {stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const queue = new Queue('feed-cli', {connection: connection()});
    try {
      await until(() => stderr.includes('taking jobs'), 'the worker to start');
      await queue.addBulk([1, 2, 3, 4].map((n) => ({name: 'parse', data: {id: `w${n}`, text: story(n)}})));
      await until(async () => (await queue.getJobCounts('completed')).completed === 4, 'four jobs');
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(stderr).toMatch(/stopped after 4 jobs/);
      const ids = readFileSync(sink, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
      expect(ids.sort()).toEqual(['w1', 'w2', 'w3', 'w4']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await queue.obliterate({force: true});
      await queue.close();
    }
  });

  it('gives up with exit 1 when Redis cannot be reached', async () => {
    const nobody = await freePort();
    const child = spawn(process.execPath, [CLI, 'worker', '--redis', `redis://127.0.0.1:${nobody}`, '--connect-timeout', '2'], {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toMatch(/ECONNREFUSED/);
    expect(stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+ within 2 s/);
  });

});

describe('optional peers', () => {
  it('says how to install bullmq when it is missing', async () => {
    vi.resetModules();
    vi.doMock('bullmq', () => {
      throw new Error("Cannot find package 'bullmq'");
    });
    try {
      const {createWorker: fresh} = await import('../src/worker/bullmq.js');
      await expect(fresh({connection: {host: '127.0.0.1', port: 1}})).rejects.toMatchObject({
        name: 'NewsparseError',
        code: 'MISSING_DEPENDENCY',
        message: expect.stringContaining('npm install bullmq'),
      });
    } finally {
      vi.doUnmock('bullmq');
    }
  });

  it('reads WARC files without warcio (the archive reader is newsparse\'s own)', async () => {
    vi.resetModules();
    vi.doMock('warcio', () => {
      throw new Error("Cannot find package 'warcio'");
    });
    try {
      const {readArchive} = await import('../src/cli/warc.js');
      const text = 'Harbour ferry opens\n\nThe new ferry terminal opened on Monday.\n';
      const head = `WARC/1.0\r\nWARC-Type: conversion\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n`;
      const records = readArchive({path: '-', kind: 'warc', gzip: false}, {maxInputLength: 1000, maxLineLength: 2000, stdin: Readable.from([Buffer.from(`${head}${text}\r\n\r\n`)])}, () => {
        throw new Error('not a read error');
      });
      const first = await records.next();
      expect(first.value).toMatchObject({kind: 'text', text, format: 'auto'});
      expect((await records.next()).done).toBe(true);
    } finally {
      vi.doUnmock('warcio');
    }
  });
});
