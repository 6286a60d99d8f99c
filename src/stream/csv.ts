import {stringify} from 'csv-stringify/sync';
import type {Article} from '../schema/article.js';
import type {NumericClaim} from '../schema/claim.js';
import type {ArticleRecord, OutputRecord} from './types.js';
import {isErrorRecord} from './types.js';

/** CSV output: one row per article, or one row per numeric claim (`--claims`), with these columns. */
export interface CsvShape {
  csv: 'article' | 'claim';
  columns: string[];
}

const WHERE = ['file', 'line', 'record', 'id', 'url'];
const ERROR = ['error_code', 'error_message'];

export const ARTICLE_COLUMNS = ['headline', 'dek', 'authors', 'publishedAt', 'paragraphs', 'warnings'];
export const CLAIM_COLUMNS = ['text', 'kind', 'value', 'upper', 'unit', 'bound', 'change', 'subject', 'sentence', 'speaker', 'start', 'end'];

/** The full column list: where the record came from, the chosen columns, then the error columns. */
export function csvColumns(shape: 'article' | 'claim', fields?: string[]): string[] {
  const chosen = shape === 'claim' ? CLAIM_COLUMNS : fields?.length ? fields : ARTICLE_COLUMNS;
  return [...WHERE, ...chosen, ...ERROR];
}

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one): such a cell is prefixed with `'` so it shows as text (OWASP's CSV injection
 * advice). Numbers are written as numbers and never prefixed, nor is a lone mark ("-", stdin's file name).
 */
const FORMULA_START = /^[=+\-@\t\r]./s;

/** A cell's text: strings guarded against formula injection, numbers and booleans as written, anything else as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 rows (csv-stringify): fields with a comma, quote or line break are quoted, quotes doubled; each row ends in CRLF. */
export function csvRows(rows: unknown[][]): string {
  return stringify(
    rows.map((row) => row.map(cellText)),
    {record_delimiter: 'windows', quoted_match: /[\r\n]/},
  );
}

/** One cell as it appears in a row (quoted when it must be). */
export function csvCell(value: unknown): string {
  return csvRows([[value]]).slice(0, -2);
}

/** One row, without its line end. */
export function csvLine(cells: unknown[]): string {
  return csvRows([cells]).slice(0, -2);
}

function articleCell(record: ArticleRecord, column: string): unknown {
  const article = record as Partial<Article>;
  switch (column) {
    case 'authors':
      return article.byline?.authors.join('; ');
    case 'byline':
      return article.byline?.text;
    case 'publishedAt':
      return article.publishedAt?.iso;
    case 'paragraphs':
      return article.paragraphs?.map((p) => p.text).join('\n\n');
    case 'warnings':
      return article.warnings?.map((w) => w.code).join(' ');
    default:
      return Object.hasOwn(article, column) ? (article as Record<string, unknown>)[column] : undefined;
  }
}

function claimCell(claim: NumericClaim, column: string): unknown {
  if (column === 'start') return claim.span.start;
  if (column === 'end') return claim.span.end;
  return Object.hasOwn(claim, column) ? (claim as unknown as Record<string, unknown>)[column] : undefined;
}

function whereCell(record: OutputRecord, column: string): unknown {
  switch (column) {
    case 'file':
      return record.source?.file;
    case 'line':
      return record.source?.line;
    case 'record':
      return record.source?.record;
    case 'id':
      return record.id;
    default:
      return record.url;
  }
}

/**
 * The CSV rows (each ending in CRLF) of one output record. An error record is one row with the
 * error columns set; with `claim` rows, an article gives one row per numeric claim (none when it
 * states no number).
 */
export function toCsvRows(record: OutputRecord, shape: CsvShape): string {
  const cell = (column: string, claim?: NumericClaim): unknown => {
    if (WHERE.includes(column)) return whereCell(record, column);
    if (column === 'error_code') return isErrorRecord(record) ? record.error.code : undefined;
    if (column === 'error_message') return isErrorRecord(record) ? record.error.message : undefined;
    if (isErrorRecord(record)) return undefined;
    return claim ? claimCell(claim, column) : articleCell(record, column);
  };
  if (shape.csv === 'claim' && !isErrorRecord(record)) {
    const claims = (record as Partial<Article>).numericClaims ?? [];
    return claims.length ? csvRows(claims.map((claim) => shape.columns.map((c) => cell(c, claim)))) : '';
  }
  return csvRows([shape.columns.map((c) => cell(c))]);
}
