import {createReadStream} from 'node:fs';
import {pipeline} from 'node:stream';
import type {Readable} from 'node:stream';
import {createGunzip} from 'node:zlib';
import type {Format} from '../schema/options.js';
import type {PipelineItem} from '../stream/parse-stream.js';
import {splitLines} from './lines.js';
import {showPath, type InputFile} from './inputs.js';

export interface ReadSettings {
  /** Largest text parsed, in UTF-16 code units. */
  maxInputLength: number;
  /** Longest JSONL line kept, in characters; longer lines become RECORD_TOO_LARGE records. */
  maxLineLength: number;
  /** URL and reference date for whole-file articles (JSONL and WARC records carry their own). */
  url?: string;
  referenceDate?: string;
  stdin: Readable;
}

const FORMAT_OF: Record<string, Format> = {text: 'auto', markdown: 'markdown', html: 'html'};

/** The bytes of a file (or stdin), gunzipped when it is a .gz; read errors surface while iterating. */
export function openInput(file: InputFile, stdin: Readable): Readable {
  const raw = file.path === '-' ? stdin : createReadStream(file.path);
  if (!file.gzip) return raw;
  return pipeline(raw, createGunzip(), () => {});
}

function readError(file: InputFile, error: unknown, where: {line?: number; record?: number}): PipelineItem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR'
          ? `bad or truncated gzip data (${(error as Error).message})`
          : (error as Error).message;
  return {kind: 'failed', record: {error: {code: 'READ_ERROR', message: `cannot read ${showPath(file.path)}: ${reason}`}, source: {file: file.path, ...where}}};
}

/** A whole file as one article, refused unread when its size alone proves it too large. */
async function* readWhole(file: InputFile, settings: ReadSettings): AsyncGenerator<PipelineItem> {
  // Every UTF-16 code unit takes at least one and at most three UTF-8 bytes.
  const byteLimit = settings.maxInputLength * 3;
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = openInput(file, settings.stdin);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > byteLimit) {
        stream.destroy();
        yield {
          kind: 'failed',
          record: {error: {code: 'INPUT_TOO_LARGE', message: `the input is longer than ${settings.maxInputLength} characters`}, source: {file: file.path, line: 1}},
        };
        return;
      }
      chunks.push(chunk);
    }
  } catch (error) {
    yield readError(file, error, {line: 1});
    return;
  }
  yield {
    kind: 'text',
    text: Buffer.concat(chunks).toString('utf8'),
    format: FORMAT_OF[file.kind] ?? 'auto',
    ...(settings.url ? {url: settings.url} : {}),
    ...(settings.referenceDate ? {referenceDate: settings.referenceDate} : {}),
    source: {file: file.path, line: 1},
  };
}

/** One task per non-blank line; the line is decoded (JSON.parse) by the worker, not here. */
async function* readJsonl(file: InputFile, settings: ReadSettings): AsyncGenerator<PipelineItem> {
  let line = 0;
  try {
    for await (const next of splitLines(openInput(file, settings.stdin) as AsyncIterable<Buffer>, settings.maxLineLength)) {
      line = next.line;
      const source = {file: file.path, line};
      if (next.tooLong) {
        yield {kind: 'failed', record: {error: {code: 'RECORD_TOO_LARGE', message: `line ${line} is longer than ${settings.maxLineLength} characters`}, source}};
      } else {
        yield {kind: 'json', raw: next.text, source};
      }
    }
  } catch (error) {
    yield readError(file, error, {line: line + 1});
  }
}

/** warcio (and its dependencies) load only when an archive is read. */
async function* readArchiveLazily(file: InputFile, settings: ReadSettings): AsyncGenerator<PipelineItem> {
  const {readArchive} = await import('./warc.js');
  yield* readArchive(file, settings, readError);
}

/** The records of one input file, in order: one for a text/markdown/HTML file, one per line or archive record otherwise. */
export function readFileRecords(file: InputFile, settings: ReadSettings): AsyncGenerator<PipelineItem> {
  switch (file.kind) {
    case 'jsonl':
      return readJsonl(file, settings);
    case 'warc':
      return readArchiveLazily(file, settings);
    default:
      return readWhole(file, settings);
  }
}
