import {availableParallelism} from 'node:os';
import {NewsparseError} from '../errors.js';
import {mapOrdered} from './ordered.js';
import {failedResult, inlineRunner, poolRunner, type Runner} from './pool.js';
import type {RecordTask, TaskResult, TaskSettings} from './task.js';
import type {ErrorRecord, OutputRecord, RecordLimits, RecordOptions, StreamInput} from './types.js';

/** Options of `parseStream`: how records are read and parsed, and on how many threads. */
export interface ParseStreamOptions extends RecordOptions, RecordLimits {
  /**
   * Worker threads parsing in parallel (default 1: parse in this thread). `jobs > 1` runs a
   * piscina pool on the worker entry shipped in the package's dist/. At most 4 per core.
   * `recordTimeout` and `maxWorkerHeapMb` hold on worker threads only (jobs > 1).
   */
  jobs?: number;
  /** Path of the worker entry, for a build that lives elsewhere (default: beside this module). */
  workerFile?: string;
}

/** An item of the internal pipeline: a task for the parser, or a record that already failed. */
export type PipelineItem = RecordTask | {kind: 'failed'; record: ErrorRecord};

/** The number of worker threads used when none is asked for on the command line. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Run pipeline items through the parser, `jobs` at a time, yielding one result per item in
 * input order. The pool (when `jobs > 1`) is closed when the iteration ends or is abandoned.
 */
export async function* runPipeline(
  items: AsyncIterable<PipelineItem> | Iterable<PipelineItem>,
  settings: TaskSettings,
  jobs: number,
  workerFile?: string,
  limits: RecordLimits & {threads?: boolean} = {},
): AsyncGenerator<TaskResult> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new NewsparseError('INVALID_OPTIONS', `jobs must be a positive integer, not ${String(jobs)}`);
  const max = maxJobs();
  if (jobs > max) throw new NewsparseError('INVALID_OPTIONS', `jobs must be at most ${max} (4 per core), not ${jobs}: each thread holds a parser and its heap`);
  checkLimits(limits);
  // one record at a time in this thread, unless threads are asked for (jobs > 1, or a time
  // budget that only a thread that can be stopped can keep)
  const threads = jobs > 1 || limits.threads === true;
  const runner: Runner = threads ? await poolRunner(settings, jobs, workerFile, limits) : await inlineRunner(settings);
  try {
    yield* mapOrdered(items, (item) => (item.kind === 'failed' ? Promise.resolve(failedResult(item.record, settings)) : runner.run(item)), threads ? jobs * 4 : 1);
  } finally {
    await runner.close();
  }
}

/** The most worker threads a run may ask for: 4 per core. */
export function maxJobs(): number {
  return 4 * availableParallelism();
}

function checkLimits(limits: RecordLimits): void {
  const {recordTimeout, maxWorkerHeapMb} = limits;
  if (recordTimeout !== undefined && !(Number.isInteger(recordTimeout) && recordTimeout >= 0)) {
    throw new NewsparseError('INVALID_OPTIONS', `recordTimeout must be a whole number of milliseconds (0: none), not ${String(recordTimeout)}`);
  }
  if (maxWorkerHeapMb !== undefined && !(Number.isInteger(maxWorkerHeapMb) && maxWorkerHeapMb >= 64)) {
    throw new NewsparseError('INVALID_OPTIONS', `maxWorkerHeapMb must be a whole number of at least 64, not ${String(maxWorkerHeapMb)}`);
  }
}

/**
 * The source's records as tasks. A source that throws midway ends the stream with one
 * SOURCE_FAILED error record after the records read before it, which all come out.
 */
async function* toTasks(source: AsyncIterable<StreamInput> | Iterable<StreamInput>): AsyncGenerator<PipelineItem> {
  try {
    // a sync iterable is read without `for await`, which would await each record: that reads
    // its `then`, and a Proxy's trap would throw there and end the whole stream
    if (Symbol.asyncIterator in source) for await (const input of source) yield {kind: 'record', input};
    else for (const input of source) yield {kind: 'record', input};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    yield {kind: 'failed', record: {error: {code: 'SOURCE_FAILED', message: `the source of records failed: ${message}`}}};
  }
}

/**
 * Parse a stream of records into a stream of output records, one per input record, in input
 * order. Each input is a text or an object with a `text` (or `content`, `body`, or `textField`)
 * field and optional `url`, `id`, `referenceDate`, `format` and `source`. Each output is the
 * `Article` (or its `fields`) with the input's `id`, `url` and `source`, or an error record
 * `{error: {code, message}, id, url, source}` when the record could not be parsed.
 *
 * ```js
 * for await (const record of parseStream(feed, {jobs: 4})) console.log(record.headline)
 * ```
 */
export async function* parseStream(
  source: AsyncIterable<StreamInput> | Iterable<StreamInput>,
  options: ParseStreamOptions = {},
): AsyncGenerator<OutputRecord> {
  const {jobs = 1, workerFile, recordTimeout, maxWorkerHeapMb, ...recordOptions} = options;
  const settings: TaskSettings = {...recordOptions, serialize: 'object'};
  const limits = {...(recordTimeout !== undefined ? {recordTimeout} : {}), ...(maxWorkerHeapMb !== undefined ? {maxWorkerHeapMb} : {})};
  for await (const result of runPipeline(toTasks(source), settings, jobs, workerFile, limits)) {
    yield result.value as OutputRecord;
  }
}
