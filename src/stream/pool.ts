import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {NewsparseError} from '../errors.js';
import {serializeRecord, type RecordTask, type TaskResult, type TaskSettings} from './task.js';
import type {ErrorRecord} from './types.js';

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
    run: async (task) => runTask(task, settings),
    close: async () => {},
  };
}

function failure(task: RecordTask, error: unknown, settings: TaskSettings): TaskResult {
  const message = error instanceof Error ? error.message : String(error);
  return failedResult({error: {code: 'PARSE_FAILED', message: `worker failed: ${message}`}, ...(task.source ? {source: task.source} : {})}, settings);
}

/** A record that failed before reaching the parser, serialized as the worker would have. */
export function failedResult(record: ErrorRecord, settings: TaskSettings): TaskResult {
  return {ok: false, code: record.error.code, value: serializeRecord(record, settings.serialize)};
}

/** A piscina pool of `jobs` worker threads, each running `runTask` from the shipped worker entry. */
export async function poolRunner(settings: TaskSettings, jobs: number, workerFile = defaultWorkerFile()): Promise<Runner> {
  if (!existsSync(workerFile)) {
    throw new NewsparseError('INVALID_OPTIONS', `jobs > 1 needs the worker entry ${workerFile}, which is missing (is the package built?)`);
  }
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
    resourceLimits: {maxYoungGenerationSizeMb: 16},
  });
  // A late reply after an early stop (--strict, a closed stdout) must not crash the process.
  pool.on('error', () => {});
  const inFlight = new Set<Promise<TaskResult>>();
  return {
    run: (task) => {
      const result = pool.run({task, settings}).catch((error: unknown) => failure(task, error, settings));
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
