import {createWriteStream, type WriteStream} from 'node:fs';
import {once} from 'node:events';
import {NewsparseError} from '../errors.js';
import {processRecord} from '../stream/process-record.js';
import type {OutputRecord, RecordOptions, StreamInput} from '../stream/types.js';
import {isErrorRecord} from '../stream/types.js';

/** Where Redis is: a `redis://` URL, or host and port (and optional password, db). */
export type RedisConnection = string | {host?: string; port?: number; username?: string; password?: string; db?: number};

/** Options of `createWorker`. */
export interface CreateWorkerOptions extends RecordOptions {
  /** Redis to connect to (default `redis://127.0.0.1:6379`). */
  connection?: RedisConnection;
  /** The queue producers add feed records to (default `newsparse`). */
  queue?: string;
  /** Add each output record as a job to this queue, for a downstream consumer. */
  resultsQueue?: string;
  /** Append each output record as one JSONL line to this file. */
  sink?: string;
  /** Jobs in flight in this process (default 1; parsing is CPU-bound: run one process per core instead). */
  concurrency?: number;
  /** Told of connection and queue errors (Redis down, ...); the worker keeps retrying meanwhile. */
  onError?: (error: Error) => void;
}

/** A running queue worker. */
export interface NewsparseWorker {
  readonly queue: string;
  /** Resolves once connected to Redis and taking jobs. */
  ready(): Promise<void>;
  /** Jobs this worker has finished (parsed or failed). */
  readonly processed: number;
  /** Stop taking jobs, let the ones in flight finish (unless `force`), and disconnect. */
  close(force?: boolean): Promise<void>;
}

type BullMQ = typeof import('bullmq');

async function loadBullMQ(): Promise<BullMQ> {
  try {
    // bullmq needs its Redis client, ioredis, an optional peer of its own.
    await import('ioredis');
    return await import('bullmq');
  } catch (error) {
    throw new NewsparseError(
      'MISSING_DEPENDENCY',
      'the queue worker needs the optional peer dependencies bullmq and ioredis: npm install bullmq ioredis',
      {cause: error},
    );
  }
}

/**
 * BullMQ's connection options. A URL is checked to be redis:// or rediss:// and then handed to
 * ioredis whole, which reads its user, password, db and query options (`?family=6`, ...).
 */
function connectionOptions(connection: RedisConnection = 'redis://127.0.0.1:6379') {
  if (typeof connection !== 'string') return {...connection, maxRetriesPerRequest: null};
  let url: URL;
  try {
    url = new URL(connection);
  } catch {
    throw new NewsparseError('INVALID_OPTIONS', `not a Redis URL: ${JSON.stringify(connection)}`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new NewsparseError('INVALID_OPTIONS', `not a redis:// URL: ${connection}`);
  return {url: connection, maxRetriesPerRequest: null};
}

async function appendLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

/**
 * Start a BullMQ worker that parses feed records: each job's data is a record as `parseStream`
 * takes it (`{text, url, id, referenceDate}`, or the fields named by `textField` and the rest).
 * The output record (the Article with id, url and source, or an error record) goes to the
 * results queue, the JSONL sink, or, with neither, the job's return value. A record that cannot
 * be parsed fails its job with BullMQ's `UnrecoverableError` (no retries: the same input fails
 * the same way); anything else throws and BullMQ retries the job as the producer asked.
 *
 * bullmq is an optional peer dependency, loaded only here.
 */
export async function createWorker(options: CreateWorkerOptions = {}): Promise<NewsparseWorker> {
  const {connection, queue = 'newsparse', resultsQueue, sink, concurrency = 1, onError, ...recordOptions} = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new NewsparseError('INVALID_OPTIONS', 'concurrency must be a positive integer');
  const {Worker, Queue, UnrecoverableError} = await loadBullMQ();
  const redis = connectionOptions(connection);
  const results = resultsQueue ? new Queue(resultsQueue, {connection: redis}) : undefined;
  const out = sink ? createWriteStream(sink, {flags: 'a'}) : undefined;
  if (out) await once(out, 'open');
  let processed = 0;

  const worker = new Worker(
    queue,
    async (job) => {
      const data = job.data as StreamInput;
      const record: OutputRecord = processRecord({kind: 'record', input: data}, recordOptions);
      if (record.id === undefined && job.id !== undefined) record.id = job.id;
      if (results) await results.add(isErrorRecord(record) ? 'error' : 'article', record);
      if (out) await appendLine(out, JSON.stringify(record) + '\n');
      if (isErrorRecord(record)) throw new UnrecoverableError(`${record.error.code}: ${record.error.message}`);
      return results || out ? {id: record.id} : record;
    },
    {connection: redis, concurrency, autorun: true},
  );
  worker.on('completed', () => processed++);
  worker.on('failed', () => processed++);
  // A lost connection is retried by ioredis; errors are reported, never thrown.
  worker.on('error', (error) => onError?.(error));
  results?.on('error', (error) => onError?.(error));

  return {
    queue,
    ready: () => worker.waitUntilReady().then(() => undefined),
    get processed() {
      return processed;
    },
    close: async (force = false) => {
      await worker.close(force);
      await results?.close();
      if (out) {
        out.end();
        await once(out, 'close');
      }
    },
  };
}
