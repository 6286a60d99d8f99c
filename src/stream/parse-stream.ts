import {availableParallelism} from 'node:os';
import {NewsparseError} from '../errors.js';
import {mapOrdered} from './ordered.js';
import {failedResult, inlineRunner, poolRunner, type Runner} from './pool.js';
import type {RecordTask, TaskResult, TaskSettings} from './task.js';
import type {ErrorRecord, OutputRecord, RecordOptions, StreamInput} from './types.js';

/** Options of `parseStream`: how records are read and parsed, and on how many threads. */
export interface ParseStreamOptions extends RecordOptions {
  /**
   * Worker threads parsing in parallel (default 1: parse in this thread). `jobs > 1` runs a
   * piscina pool on the worker entry shipped in the package's dist/.
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
): AsyncGenerator<TaskResult> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new NewsparseError('INVALID_OPTIONS', `jobs must be a positive integer, not ${String(jobs)}`);
  const runner: Runner = jobs > 1 ? await poolRunner(settings, jobs, workerFile) : await inlineRunner(settings);
  try {
    yield* mapOrdered(items, (item) => (item.kind === 'failed' ? Promise.resolve(failedResult(item.record, settings)) : runner.run(item)), jobs > 1 ? jobs * 4 : 1);
  } finally {
    await runner.close();
  }
}

async function* toTasks(source: AsyncIterable<StreamInput> | Iterable<StreamInput>): AsyncGenerator<PipelineItem> {
  for await (const input of source) yield {kind: 'record', input};
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
  const {jobs = 1, workerFile, ...recordOptions} = options;
  const settings: TaskSettings = {...recordOptions, serialize: 'object'};
  for await (const result of runPipeline(toTasks(source), settings, jobs, workerFile)) {
    yield result.value as OutputRecord;
  }
}
