/**
 * `newsparse/node`: parse feeds of records in order, on worker threads when asked
 * (`parseStream`). Node only; the core parser is the `newsparse` entry.
 */
export {parseStream, type ParseStreamOptions} from './parse-stream.js';
export {RECORD_ERROR_CODES, isErrorRecord, type RecordErrorCode} from './types.js';
export type {StreamInput, StreamRecord, OutputRecord, ArticleRecord, ErrorRecord, RecordSource, RecordOptions} from './types.js';
