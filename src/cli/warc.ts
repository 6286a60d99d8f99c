import type {WARCRecord} from 'warcio';
import {NewsparseError} from '../errors.js';
import type {PipelineItem} from '../stream/parse-stream.js';
import type {InputFile} from './inputs.js';
import {openInput, type ReadSettings} from './read-file.js';

type ReadError = (file: InputFile, error: unknown, where: {line?: number; record?: number}) => PipelineItem;

/** The media type of a record's payload: the HTTP Content-Type of a response, else the WARC one. */
function mediaType(record: WARCRecord): string {
  const http = record.httpHeaders?.headers.get('content-type');
  return (http ?? record.warcContentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Whether a record holds a page to parse, and as what: a WET conversion is text, a response is usually HTML. */
function formatOf(record: WARCRecord): 'html' | 'auto' | undefined {
  const type = mediaType(record);
  switch (record.warcType) {
    case 'conversion':
      return 'auto';
    case 'response':
    case 'resource':
      if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
      if (type === '' || type.startsWith('text/')) return 'auto';
      return undefined;
    default:
      return undefined;
  }
}

/**
 * warcio, an optional peer dependency: only WARC/WET input needs it, so it is loaded here, and
 * its absence is a `MISSING_DEPENDENCY` error that says what to install.
 */
async function loadWarcio(): Promise<typeof import('warcio')> {
  try {
    return await import('warcio');
  } catch (error) {
    throw new NewsparseError('MISSING_DEPENDENCY', 'reading WARC/WET files needs the optional peer dependency warcio: npm install warcio', {cause: error});
  }
}

/**
 * The articles of a WARC or WET file (gzipped or not), read with warcio one record at a time:
 * one per response, resource or conversion record holding text, with its WARC-Target-URI as
 * `url` and its WARC-Date as `referenceDate`. Request, metadata and warcinfo records, and
 * non-text payloads (images, scripts), are not articles and are passed over.
 */
export async function* readArchive(file: InputFile, settings: ReadSettings, readError: ReadError): AsyncGenerator<PipelineItem> {
  const {WARCParser} = await loadWarcio();
  let number = 0;
  try {
    for await (const record of WARCParser.iterRecords(openInput(file, settings.stdin) as AsyncIterable<Uint8Array>)) {
      number++;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield {kind: 'failed', record: {error: {code: 'BAD_ARCHIVE', message: `record ${number} does not start with a WARC/ version line: not a WARC/WET file?`}, source: {file: file.path, record: number}}};
        return;
      }
      const format = formatOf(record);
      if (!format) continue;
      const url = record.warcTargetURI ?? undefined;
      const date = record.warcDate ?? undefined;
      const source = {file: file.path, record: number};
      // A payload can hold at most its length in UTF-16 code units; refuse it unread when too long.
      if (record.warcContentLength > settings.maxInputLength * 3) {
        yield {
          kind: 'failed',
          record: {
            error: {code: 'INPUT_TOO_LARGE', message: `record ${number} is ${record.warcContentLength} bytes, longer than the input limit`},
            ...(url ? {url} : {}),
            source,
          },
        };
        continue;
      }
      const text = await record.contentText();
      yield {kind: 'text', text, format, ...(url ? {url} : {}), ...(date ? {referenceDate: date} : {}), source};
    }
    if (number === 0) {
      yield {kind: 'failed', record: {error: {code: 'BAD_ARCHIVE', message: 'no WARC record found: not a WARC/WET file?'}, source: {file: file.path, record: 1}}};
    }
  } catch (error) {
    const failed = readError(file, error, {record: number + 1});
    if (failed.kind === 'failed') failed.record.error.code = 'BAD_ARCHIVE';
    yield failed;
  }
}
