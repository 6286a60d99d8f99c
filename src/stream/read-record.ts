import type {Format} from '../schema/options.js';
import type {Warning} from '../schema/article.js';
import {isFormat} from '../schema/names.js';
import type {ErrorRecord, RecordOptions, RecordSource, StreamInput} from './types.js';
import type {RecordTask} from './task.js';

/** The text of one record and what travels with it, or the reason there is none. */
export interface RecordText {
  text: string;
  id?: string;
  url?: string;
  referenceDate?: string;
  format?: Format;
  source?: RecordSource;
  /** Warnings from reading the record (a WARC-Date that is no date), added to the article's. */
  warnings?: Warning[];
}

const DEFAULT_TEXT_FIELDS = ['text', 'content', 'body'] as const;

/** An own property of a plain object, never one reached through its prototype. */
function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function sourceOf(value: unknown): RecordSource | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const file = own(value, 'file');
  if (typeof file !== 'string') return undefined;
  const source: RecordSource = {file};
  const line = own(value, 'line');
  const record = own(value, 'record');
  if (typeof line === 'number') source.line = line;
  if (typeof record === 'number') source.record = record;
  return source;
}

function fail(code: string, message: string, context: Omit<ErrorRecord, 'error'>): ErrorRecord {
  return {error: {code, message}, ...context};
}

/**
 * Read one input record into the text to parse. Only own fields are read, one by one, into
 * a fresh object: a record that sets `__proto__` or `constructor` cannot reach any prototype.
 */
export function readRecord(input: StreamInput, options: RecordOptions, source?: RecordSource): RecordText | ErrorRecord {
  if (typeof input === 'string') return {text: input, ...(source ? {source} : {})};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('NOT_AN_OBJECT', `expected a JSON object, got ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input}`, source ? {source} : {});
  }
  const where = source ?? sourceOf(own(input, 'source'));
  const id = idOf(own(input, options.idField ?? 'id'));
  const urlValue = own(input, options.urlField ?? 'url');
  const url = typeof urlValue === 'string' && urlValue ? urlValue : undefined;
  const context = {...(id !== undefined ? {id} : {}), ...(url ? {url} : {}), ...(where ? {source: where} : {})};

  const fields = options.textField ? [options.textField] : DEFAULT_TEXT_FIELDS;
  const field = fields.find((name) => own(input, name) !== undefined);
  if (field === undefined) {
    return fail('NO_TEXT', `the record has no ${fields.map((f) => JSON.stringify(f)).join(' or ')} field`, context);
  }
  const text = own(input, field);
  if (typeof text !== 'string') return fail('NO_TEXT', `the ${JSON.stringify(field)} field is ${text === null ? 'null' : typeof text}, not a string`, context);

  const referenceDate = own(input, 'referenceDate');
  const format = own(input, 'format');
  return {
    text,
    ...context,
    ...(typeof referenceDate === 'string' && referenceDate ? {referenceDate} : {}),
    ...(isFormat(format) ? {format} : {}),
  };
}

/** Parse one JSONL line into a record; JSON.parse makes `__proto__` an own data key, never a prototype. */
export function readJsonLine(raw: string, options: RecordOptions, source?: RecordSource): RecordText | ErrorRecord {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return fail('BAD_JSON', (error as Error).message, source ? {source} : {});
  }
  return readRecord(value as StreamInput, options, source);
}

/**
 * The text of a task: a JSONL line decoded, a record's fields read. Total: a record whose
 * reading throws (a getter, a Proxy trap) is a BAD_RECORD error record, not a failed stream.
 */
export function readTask(task: RecordTask, options: RecordOptions): RecordText | ErrorRecord {
  try {
    return task.kind === 'json'
      ? readJsonLine(task.raw, options, task.source)
      : task.kind === 'record'
        ? readRecord(task.input, options, task.source)
        : task;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {error: {code: 'BAD_RECORD', message: `reading the record threw: ${message}`}, ...(task.source ? {source: task.source} : {})};
  }
}
