import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {NewsparseError} from '../errors.js';
import {serializeRecord, type RecordTask, type TaskResult, type TaskSettings} from './task.js';
import {readTask, type RecordText} from './read-record.js';
import {DEFAULT_MAX_WORKER_HEAP_MB, DEFAULT_RECORD_TIMEOUT, type ErrorRecord, type RecordLimits} from './types.js';

/** Runs tasks: in this thread, or on a pool of worker threads. */
export interface Runner {
  run(task: RecordTask): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The directory of this module's built file: `__dirname` in the CommonJS build, `import.meta.url` in ESM. */
function builtDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * The worker entry shipped beside the build, for both the ESM and the CommonJS builds:
 * `dist/parse-worker.cjs`, a CommonJS file that import()s the ES module `dist/parse-worker.js`
 * (piscina would require() the ES module itself, and require(esm) can abort a worker thread
 * on Node 20; see src/worker/parse-worker-loader.cjs).
 */
export function defaultWorkerFile(): string {
  return join(builtDir(), 'parse-worker.cjs');
}

/** Parse in this thread; the parser loads on first use. */
export async function inlineRunner(settings: TaskSettings): Promise<Runner> {
  const {runTask} = await import('./process-record.js');
  return {
    run: async (task) => {
      try {
        return runTask(task, settings);
      } catch (error) {
        return failure(task, error, settings, undefined, false, 0);
      }
    },
    close: async () => {},
  };
}

function failure(task: RecordTask, error: unknown, settings: TaskSettings, timeout: number | undefined, timedOut: boolean, heapMb: number): TaskResult {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as {code?: unknown}).code;
  // a JSONL line went to the thread undecoded: decode it here, on failure only, so that the
  // error record names the record (its id and url) as the article record would have
  const read = task.kind === 'text' ? task : task.kind === 'json' ? readTask(task, settings) : undefined;
  const named: Partial<Pick<RecordText, 'id' | 'url'>> = read && !('error' in read) ? read : {};
  const context = {
    ...(named.id !== undefined ? {id: named.id} : {}),
    ...(named.url !== undefined ? {url: named.url} : {}),
    ...(task.source ? {source: task.source} : {}),
  };
  const record: ErrorRecord = timedOut
    ? {error: {code: 'TIMEOUT', message: `the record took longer than its time budget of ${timeout} ms; its worker thread was replaced`}, ...context}
    : code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? {error: {code: 'OUT_OF_MEMORY', message: `the record exhausted its worker thread's heap of ${heapMb} MB; the thread was replaced`}, ...context}
      : {error: {code: 'PARSE_FAILED', message: `worker failed: ${message}`}, ...context};
  return failedResult(record, settings);
}

/** A record that failed before reaching the parser, serialized as the worker would have. */
export function failedResult(record: ErrorRecord, settings: TaskSettings): TaskResult {
  return {ok: false, code: record.error.code, value: serializeRecord(record, settings.serialize)};
}

/**
 * A piscina pool of `jobs` worker threads, each running `runTask` from the shipped worker entry.
 * Each record has a time budget (`recordTimeout`) and each thread a heap cap (`maxWorkerHeapMb`):
 * a record past either is an error record (TIMEOUT, OUT_OF_MEMORY), piscina replaces the thread,
 * and the run goes on. Records are handed to piscina only when a thread is free, so a record's
 * budget runs from its start, not from its place in a queue.
 */
export async function poolRunner(settings: TaskSettings, jobs: number, workerFile = defaultWorkerFile(), limits: RecordLimits = {}): Promise<Runner> {
  if (!existsSync(workerFile)) {
    throw new NewsparseError('INVALID_OPTIONS', `jobs > 1 needs the worker entry ${workerFile}, which is missing (is the package built?)`);
  }
  const timeout = limits.recordTimeout ?? DEFAULT_RECORD_TIMEOUT;
  const heapMb = limits.maxWorkerHeapMb ?? DEFAULT_MAX_WORKER_HEAP_MB;
  // piscina loads only when threads are asked for.
  const piscina = await import('piscina');
  // require('piscina') is the class itself; the CommonJS build's interop copies only enumerable
  // keys, so there its static `Piscina` getter is gone and the class is `default`.
  const Piscina = piscina.Piscina ?? (piscina as unknown as {default: typeof piscina.Piscina}).default;
  const pool = new Piscina<{task: RecordTask; settings: TaskSettings}, TaskResult>({
    filename: workerFile,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: Number.POSITIVE_INFINITY,
    // A smaller young generation per thread: ~15 MB less RSS each for ~3% more CPU (bench/feeds.mjs).
    resourceLimits: {maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: heapMb},
  });
  // A late reply after an early stop (--strict, a closed stdout) must not crash the process.
  pool.on('error', () => {});
  const inFlight = new Set<Promise<TaskResult>>();
  let active = 0;
  const waiting: Array<() => void> = [];
  const slot = async () => {
    while (active >= jobs) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  const runOne = async (task: RecordTask): Promise<TaskResult> => {
    // Read the record here, into plain data: a getter or a Proxy would throw inside piscina's
    // structured clone, outside any catch; a record that cannot be read is an error record.
    let plain: RecordTask = task;
    if (task.kind === 'record') {
      const read = readTask(task, settings);
      if ('error' in read) return failedResult(read, settings);
      plain = {kind: 'text', ...read};
    }
    await slot();
    const controller = timeout > 0 ? new AbortController() : undefined;
    let timedOut = false;
    const timer = controller
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
    try {
      return await pool.run({task: plain, settings}, controller ? {signal: controller.signal} : {});
    } catch (error) {
      return failure(plain, error, settings, timeout, timedOut, heapMb);
    } finally {
      clearTimeout(timer);
      release();
    }
  };

  return {
    run: (task) => {
      const result = runOne(task);
      inFlight.add(result);
      void result.finally(() => inFlight.delete(result));
      return result;
    },
    close: async () => {
      // Let the few tasks still in flight (at most the window) finish before the threads go.
      await Promise.all(inFlight);
      await pool.destroy();
    },
  };
}
