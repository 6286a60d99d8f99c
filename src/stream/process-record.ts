import {parseArticle} from '../parse-article.js';
import {isNewsparseError} from '../errors.js';
import type {Article} from '../schema/article.js';
import {readTask, type RecordText} from './read-record.js';
import {serializeRecord, type RecordTask, type TaskResult, type TaskSettings} from './task.js';
import type {ArticleRecord, ErrorRecord, OutputRecord, RecordOptions} from './types.js';
import {isErrorRecord} from './types.js';

export type {RecordTask, TaskResult, TaskSettings} from './task.js';
export {readTask} from './read-record.js';

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
  const read = readTask(task, options);
  if ('error' in read) return read;
  return parseRecord(read, options);
}

/** `processRecord` then `serializeRecord`: what a pool worker runs for each task. */
export function runTask(task: RecordTask, settings: TaskSettings): TaskResult {
  const record = processRecord(task, settings);
  const failed = isErrorRecord(record);
  return {ok: !failed, ...(failed ? {code: record.error.code} : {}), value: serializeRecord(record, settings.serialize)};
}
