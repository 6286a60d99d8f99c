/**
 * `newsparse/worker`: a BullMQ queue worker that parses feed records (`createWorker`).
 * Node only; needs the optional peer dependencies bullmq and ioredis.
 */
export {createWorker, type CreateWorkerOptions, type NewsparseWorker, type RedisConnection} from './bullmq.js';
export type {StreamInput, StreamRecord, OutputRecord, ArticleRecord, ErrorRecord, RecordSource, RecordOptions} from '../stream/types.js';
