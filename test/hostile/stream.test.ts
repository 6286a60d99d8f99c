// parseStream under hostile records and sources: a record that cannot be read, a source that
// fails midway, a record past its time budget or its thread's heap. Each gives one error
// record in its place; the others come out, in order.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseStream, type OutputRecord} from '../../src/stream/index.js';
import {maxJobs} from '../../src/stream/parse-stream.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const workerFile = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'parse-worker.cjs');
const ARTICLE = 'Council approves bridge\n\nThe city council voted on Tuesday to build a new bridge over the river, the mayor said.';

async function collect(it: AsyncIterable<OutputRecord>): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}
const codeOf = (r: OutputRecord) => ('error' in r && r.error ? r.error.code : 'ok');

function throwingGetter(): Record<string, unknown> {
  return Object.defineProperty({id: 'g'}, 'text', {
    enumerable: true,
    get() {
      throw new Error('getter says no');
    },
  });
}
const trapProxy = () =>
  new Proxy({}, {
    get() {
      throw new Error('trap');
    },
    getOwnPropertyDescriptor() {
      throw new Error('trap');
    },
  });

describe.each([1, 2])('parseStream with jobs: %i', (jobs) => {
  const options = {jobs, workerFile, fields: ['headline']};

  it('gives one BAD_RECORD per record that throws when read, and goes on', async () => {
    const out = await collect(parseStream([{id: 'a', text: ARTICLE}, throwingGetter(), trapProxy(), {id: 'b', text: ARTICLE}], options));
    expect(out.map(codeOf)).toEqual(['ok', 'BAD_RECORD', 'BAD_RECORD', 'ok']);
    expect(out[0]!.id).toBe('a');
    expect(out[3]!.id).toBe('b');
  });

  it('writes the records read before a failing source, then one SOURCE_FAILED', async () => {
    function* source() {
      yield {id: '1', text: ARTICLE};
      yield {id: '2', text: ARTICLE};
      throw new Error('disk went away');
    }
    const out = await collect(parseStream(source(), options));
    expect(out.map(codeOf)).toEqual(['ok', 'ok', 'SOURCE_FAILED']);
    expect(out.slice(0, 2).map((r) => r.id)).toEqual(['1', '2']);
  });
});

describe('per-record limits on worker threads', () => {
  // A worker of our own: "hang" never returns, "grow" allocates until its heap is gone,
  // anything else is echoed. It tests the pool, not the parser.
  const dir = mkdtempSync(join(tmpdir(), 'newsparse-pool-'));
  const fake = join(dir, 'fake-worker.cjs');
  writeFileSync(
    fake,
    `module.exports = ({task}) => {
      if (task.text === 'hang') for (;;);
      if (task.text === 'grow') { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
      return {ok: true, value: {id: task.id, headline: task.text}};
    };`,
  );

  it('turns a record past its time budget into TIMEOUT, replaces the thread, and goes on', async () => {
    const inputs = [{id: '1', text: 'a'}, {id: '2', text: 'hang'}, {id: '3', text: 'b'}, {id: '4', text: 'hang'}, {id: '5', text: 'c'}];
    const started = performance.now();
    const out = await collect(parseStream(inputs, {jobs: 2, workerFile: fake, recordTimeout: 300}));
    expect(out.map(codeOf)).toEqual(['ok', 'TIMEOUT', 'ok', 'TIMEOUT', 'ok']);
    expect(out.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('turns a record that exhausts its thread heap into OUT_OF_MEMORY, and goes on', async () => {
    const out = await collect(parseStream([{id: '1', text: 'a'}, {id: '2', text: 'grow'}, {id: '3', text: 'b'}], {jobs: 2, workerFile: fake, maxWorkerHeapMb: 64, recordTimeout: 30_000}));
    expect(out.map(codeOf)).toEqual(['ok', 'OUT_OF_MEMORY', 'ok']);
  });

  it('refuses more threads than 4 per core, and bad limits', async () => {
    await expect(collect(parseStream([ARTICLE], {jobs: maxJobs() + 1, workerFile}))).rejects.toMatchObject({code: 'INVALID_OPTIONS'});
    await expect(collect(parseStream([ARTICLE], {jobs: 1e9, workerFile}))).rejects.toThrow(/at most/);
    await expect(collect(parseStream([ARTICLE], {jobs: 2, workerFile, recordTimeout: -1}))).rejects.toMatchObject({code: 'INVALID_OPTIONS'});
  });
});
