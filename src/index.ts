/**
 * newsparse: raw scraped news text -> typed, validated articles and numeric claims,
 * with the exact input span of every field.
 */
export {parseArticle} from './parse-article.js';
export {extractNumericClaims} from './extract-claims.js';
export {NewsparseError, isNewsparseError, ERROR_CODES, type NewsparseErrorCode} from './errors.js';
export * from './schema/index.js';
export {parseStream, type ParseStreamOptions} from './stream/parse-stream.js';
export type {StreamInput, StreamRecord, OutputRecord, ArticleRecord, ErrorRecord, RecordSource, RecordOptions} from './stream/types.js';
export {createWorker, type CreateWorkerOptions, type NewsparseWorker, type RedisConnection} from './worker/bullmq.js';
