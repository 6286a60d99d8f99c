import {parseArticle} from '../parse-article.js';
import {isNewsparseError} from '../errors.js';
import type {Article} from '../schema/article.js';
import {readJsonLine, readRecord, type RecordText} from './read-record.js';
import {toCsvRows, type CsvShape} from './csv.js';
import type {ArticleRecord, ErrorRecord, OutputRecord, RecordOptions, RecordSource, StreamInput} from './types.js';
import {isErrorRecord} from './types.js';

/** One unit of work: a JSONL line still to decode, or a record already in hand. */
export type RecordTask =
  | {kind: 'json'; raw: string; source?: RecordSource}
  | {kind: 'record'; input: StreamInput; source?: RecordSource}
  | ({kind: 'text'} & RecordText);

/** How a result travels back: as the record itself, or already serialized (JSON or CSV rows). */
export type Serialize = 'object' | 'json' | 'json-pretty' | CsvShape;

export interface TaskSettings extends RecordOptions {
  serialize: Serialize;
}

/** The outcome of one task: `value` is the output record, or its serialized text. */
export interface TaskResult {
  ok: boolean;
  code?: string;
  value: OutputRecord | string;
}

function toArticleRecord(article: Article, record: RecordText, fields: string[] | undefined): ArticleRecord {
  const kept: ArticleRecord = {};
  if (fields) {
    for (const field of fields) {
      if (Object.hasOwn(article, field)) (kept as Record<string, unknown>)[field] = (article as Record<string, unknown>)[field];
    }
  } else {
    Object.assign(kept, article);
  }
  if (record.id !== undefined) kept.id = record.id;
  if (record.url !== undefined) kept.url = record.url;
  if (record.source) kept.source = record.source;
  return kept;
}

function parseRecord(record: RecordText, options: RecordOptions): OutputRecord {
  const referenceDate = record.referenceDate ?? options.referenceDate;
  try {
    const article = parseArticle(record.text, {
      format: record.format ?? options.format ?? 'auto',
      ...(record.url ? {url: record.url} : {}),
      ...(referenceDate ? {referenceDate} : {}),
      ...(options.maxInputLength ? {maxInputLength: options.maxInputLength} : {}),
    });
    return toArticleRecord(article, record, options.fields);
  } catch (error) {
    const code = isNewsparseError(error) ? error.code : 'PARSE_FAILED';
    const message = error instanceof Error ? error.message : String(error);
    const failed: ErrorRecord = {error: {code, message}};
    if (record.id !== undefined) failed.id = record.id;
    if (record.url !== undefined) failed.url = record.url;
    if (record.source) failed.source = record.source;
    return failed;
  }
}

/** Decode, parse and shape one record. Pure and total: every failure is an error record. */
export function processRecord(task: RecordTask, options: RecordOptions): OutputRecord {
  const read =
    task.kind === 'json'
      ? readJsonLine(task.raw, options, task.source)
      : task.kind === 'record'
        ? readRecord(task.input, options, task.source)
        : task;
  if ('error' in read) return read;
  return parseRecord(read, options);
}

/** Serialize an output record as the CLI writes it. */
export function serializeRecord(record: OutputRecord, serialize: Serialize): OutputRecord | string {
  switch (serialize) {
    case 'object':
      return record;
    case 'json':
      return JSON.stringify(record);
    case 'json-pretty':
      return JSON.stringify(record, null, 2);
    default:
      return toCsvRows(record, serialize);
  }
}

/** `processRecord` then `serializeRecord`: what a pool worker runs for each task. */
export function runTask(task: RecordTask, settings: TaskSettings): TaskResult {
  const record = processRecord(task, settings);
  const failed = isErrorRecord(record);
  return {ok: !failed, ...(failed ? {code: record.error.code} : {}), value: serializeRecord(record, settings.serialize)};
}
