import type {Article} from '../schema/article.js';
import type {Format} from '../schema/options.js';

/** Where an input record came from: its file (or `-` for stdin) and its line or archive record number. */
export interface RecordSource {
  file: string;
  /** 1-based line of a JSONL record (1 for a whole-file article). */
  line?: number;
  /** 1-based record number inside a WARC/WET file. */
  record?: number;
}

/** One input record of `parseStream`: a text, or an object holding one. */
export type StreamInput = string | StreamRecord;

/**
 * An input record: `text` (or the field named by `textField`), optional `url`, `id`,
 * `referenceDate` and `format`, and where it came from. Objects are read field by field,
 * never merged, so `__proto__` or `constructor` keys are plain data.
 */
export interface StreamRecord {
  [field: string]: unknown;
  source?: RecordSource;
}

/** What a failed record becomes: one error record in the output, in the input's place. */
export interface ErrorRecord {
  error: {code: string; message: string};
  id?: string;
  url?: string;
  source?: RecordSource;
}

/** A parsed record: the Article (or the `fields` kept of it) plus the input's id, url and source. */
export type ArticleRecord = Partial<Article> & {id?: string; url?: string; source?: RecordSource};

export type OutputRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return typeof (record as ErrorRecord).error === 'object' && (record as ErrorRecord).error !== null;
}

/** How input records are read and parsed; plain data, so it crosses to worker threads. */
export interface RecordOptions {
  /** Field holding the text; default: the first of `text`, `content`, `body` that is present. */
  textField?: string;
  /** Field holding the page URL (default `url`). */
  urlField?: string;
  /** Field holding the record id (default `id`). */
  idField?: string;
  /** Input format for `parseArticle` when a record does not say (default `auto`). */
  format?: Format;
  /** Resolves dates without a year when a record has no `referenceDate` of its own. */
  referenceDate?: string;
  /** Largest text parsed, in UTF-16 code units (parseArticle's `maxInputLength`). */
  maxInputLength?: number;
  /** Article fields to keep in the output (default: all). id, url, source and error are always kept. */
  fields?: string[];
}

/** The per-record limits of a pool of worker threads (see docs/limits.md). */
export interface RecordLimits {
  /**
   * Milliseconds one record may take on a worker thread (default 60,000; 0: none). A record past
   * it becomes a TIMEOUT error record; its thread is stopped and replaced.
   */
  recordTimeout?: number;
  /**
   * Heap (old generation) of each worker thread, in MB (default 768). A record that exhausts it
   * becomes an OUT_OF_MEMORY error record; the thread is replaced.
   */
  maxWorkerHeapMb?: number;
}

export const DEFAULT_RECORD_TIMEOUT = 60_000;
export const DEFAULT_MAX_WORKER_HEAP_MB = 768;

/** Error codes of error records, beyond those of `NewsparseError`. */
export const RECORD_ERROR_CODES = {
  BAD_JSON: 'the line is not valid JSON',
  NOT_AN_OBJECT: 'the JSON value is not an object',
  NO_TEXT: 'the record has no text field',
  RECORD_TOO_LARGE: 'the line is longer than the record size limit',
  READ_ERROR: 'the input could not be read',
  BAD_ARCHIVE: 'the WARC/WET file could not be read',
  BAD_RECORD: 'reading the record threw (a throwing getter, a revoked Proxy)',
  SOURCE_FAILED: 'the stream of records failed; the records before it were parsed',
  PARSE_FAILED: 'the parser failed unexpectedly',
} as const;
export type RecordErrorCode = keyof typeof RECORD_ERROR_CODES;
