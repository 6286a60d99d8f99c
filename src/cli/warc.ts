import {Readable} from 'node:stream';
import {brotliDecompressSync, createGunzip, gunzipSync, inflateRawSync, inflateSync} from 'node:zlib';
import type {Warning} from '../schema/article.js';
import type {PipelineItem} from '../stream/parse-stream.js';
import type {RecordSource} from '../stream/types.js';
import {ByteReader, ReadLimitError} from './byte-reader.js';
import type {InputFile} from './inputs.js';
import {openInput, type ReadSettings} from './read-file.js';

type ReadError = (file: InputFile, error: unknown, where: {line?: number; record?: number}) => PipelineItem;

/*
 * WARC and WET files (gzipped or not), read record by record with limits at every step (see
 * docs/limits.md): a header line of at most MAX_LINE bytes, a header block of at most
 * MAX_HEADER bytes, a Content-Length of digits only, a record read into memory only when
 * its payload can be parsed (at most 3 bytes per character of maxInputLength), and a gzip,
 * deflate or brotli Content-Encoding inflated to that size at most. Every step consumes
 * input, so a cut-off file ends with a BAD_ARCHIVE record after the records before it; a
 * broken header (a line too long, a bad Content-Length) leaves no way to find the next
 * record, so it ends the file the same way.
 */

export const MAX_LINE = 64 * 1024;
export const MAX_HEADER = 256 * 1024;
/** Room for the HTTP headers of a response beside its payload. */
const HTTP_HEADER_ROOM = MAX_HEADER;

interface Header {
  version: string;
  fields: Map<string, string>;
}

/** The media type of a record's payload: the HTTP Content-Type of a response, else the WARC one. */
function formatOf(type: string | undefined, media: string): 'html' | 'auto' | undefined {
  switch (type) {
    case 'conversion':
      return 'auto';
    case 'response':
    case 'resource':
      if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
      if (media === '' || media.startsWith('text/')) return 'auto';
      return undefined;
    default:
      return undefined;
  }
}

const mediaOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/** `Name: value` lines up to the blank line, folded continuation lines joined; null at a clean end of input. */
async function readFields(reader: ByteReader, first: string | null): Promise<Header> {
  const fields = new Map<string, string>();
  let size = 0;
  let last: string | undefined;
  for (;;) {
    const raw = await reader.readLine(MAX_LINE);
    if (raw === null) throw new ReadLimitError('truncated', 'the file ends inside a record header');
    size += raw.length + 1;
    if (size > MAX_HEADER) throw new ReadLimitError('line', `a record header is longer than ${MAX_HEADER} bytes`);
    const line = raw.toString('utf8');
    if (!line.trim()) break;
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      fields.set(last, `${fields.get(last)!} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  return {version: first ?? '', fields};
}

/** `WARC-Date` as an ISO date, a 14-digit ARC-style stamp read as one; anything else is not a date. */
export function archiveDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const arc = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  const iso = arc ? `${arc[1]}-${arc[2]}-${arc[3]}T${arc[4]}:${arc[5]}:${arc[6]}Z` : value;
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : iso;
}

/** The HTTP message in a response block: its headers and body, or null when the block holds none. */
function splitHttp(block: Buffer): {headers: Map<string, string>; body: Buffer} | null {
  let end = block.indexOf('\r\n\r\n');
  let skip = 4;
  const lf = block.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) {
    end = lf;
    skip = 2;
  }
  if (end < 0 || end > HTTP_HEADER_ROOM || !block.subarray(0, 5).toString('latin1').startsWith('HTTP/')) return null;
  const headers = new Map<string, string>();
  for (const line of block.subarray(0, end).toString('latin1').split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    }
  }
  return {headers, body: block.subarray(end + skip)};
}

/** A chunked transfer-encoded body, joined; a malformed one is taken as far as it reads. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const nl = body.indexOf('\n', at);
    if (nl < 0) break;
    const size = Number.parseInt(body.subarray(at, nl).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 2;
  }
  return parts.length ? Buffer.concat(parts) : body;
}

/** A Content-Encoded body decoded, inflating to `max` bytes at most (a gzip bomb throws RangeError). */
function decode(body: Buffer, encoding: string | undefined, max: number): Buffer {
  const options = {maxOutputLength: max};
  switch (encoding?.toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, options);
    case 'deflate':
      try {
        return inflateSync(body, options);
      } catch (error) {
        if (error instanceof RangeError) throw error;
        return inflateRawSync(body, options);
      }
    case 'br':
      return brotliDecompressSync(body, options);
    default:
      return body;
  }
}

/** The file's bytes, gunzipped when they start with the gzip magic whatever the file is called. */
async function* archiveBytes(file: InputFile, settings: ReadSettings): AsyncGenerator<Buffer> {
  const raw = openInput(file, settings.stdin) as AsyncIterable<Buffer>;
  if (file.gzip) {
    yield* raw;
    return;
  }
  const peek = new ByteReader(raw);
  const head = await peek.peek(2);
  if (head[0] === 0x1f && head[1] === 0x8b) yield* Readable.from(peek.rest()).pipe(createGunzip()) as AsyncIterable<Buffer>;
  else yield* peek.rest();
}

function failed(code: string, message: string, source: RecordSource, url?: string): PipelineItem {
  return {kind: 'failed', record: {error: {code, message}, ...(url ? {url} : {}), source}};
}

/**
 * The articles of a WARC or WET file: one per response, resource or conversion record holding
 * text, with its WARC-Target-URI as `url` and its WARC-Date as `referenceDate` (a date that
 * does not read as one is left out with an ARCHIVE_DATE_IGNORED warning). Request, metadata
 * and warcinfo records, and non-text payloads (images, scripts), are not articles and are
 * passed over.
 */
export async function* readArchive(file: InputFile, settings: ReadSettings, readError: ReadError): AsyncGenerator<PipelineItem> {
  const reader = new ByteReader(archiveBytes(file, settings));
  const maxBytes = settings.maxInputLength * 3;
  let number = 0;
  try {
    for (;;) {
      const line = await reader.readLine(MAX_LINE);
      if (line === null) break;
      const version = line.toString('utf8').trim();
      if (!version) continue; // the blank lines between records
      number++;
      const source = {file: file.path, record: number};
      if (!version.startsWith('WARC/')) {
        yield failed('BAD_ARCHIVE', `record ${number} does not start with a WARC/ version line: not a WARC/WET file?`, source);
        return;
      }
      const header = await readFields(reader, version);
      const lengthField = header.fields.get('content-length') ?? '';
      if (!/^\d{1,15}$/.test(lengthField)) {
        yield failed('BAD_ARCHIVE', `record ${number} has a bad Content-Length (${JSON.stringify(lengthField.slice(0, 40))}): the records after it cannot be found`, source);
        return;
      }
      const length = Number(lengthField);
      const type = header.fields.get('warc-type');
      const url = header.fields.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1') || undefined;
      const warcMedia = mediaOf(header.fields.get('content-type'));
      const http = warcMedia === 'application/http' || (type === 'response' && warcMedia.startsWith('application/http'));
      // a response's own media type is known only from its HTTP headers: read it if it may hold text
      const maybe = type === 'conversion' || type === 'resource' ? formatOf(type, warcMedia) : type === 'response' ? 'auto' : undefined;
      if (!maybe) {
        await reader.skip(length);
        continue;
      }
      if (length > maxBytes + (http ? HTTP_HEADER_ROOM : 0)) {
        await reader.skip(length);
        yield failed('INPUT_TOO_LARGE', `record ${number} is ${length} bytes, longer than the input limit`, source, url);
        continue;
      }
      const block = await reader.read(length);
      let payload = block;
      let format = maybe;
      if (type === 'response') {
        const message = http || block.subarray(0, 5).toString('latin1') === 'HTTP/' ? splitHttp(block) : null;
        const media = message ? mediaOf(message.headers.get('content-type')) : warcMedia;
        const chosen = formatOf('response', media);
        if (!chosen) continue;
        format = chosen;
        if (message) {
          payload = /chunked/i.test(message.headers.get('transfer-encoding') ?? '') ? dechunk(message.body) : message.body;
          try {
            payload = decode(payload, message.headers.get('content-encoding'), maxBytes);
          } catch (error) {
            if (error instanceof RangeError) {
              yield failed('INPUT_TOO_LARGE', `record ${number}'s body inflates past the input limit of ${maxBytes} bytes`, source, url);
            } else {
              yield failed('BAD_ARCHIVE', `record ${number}'s ${message.headers.get('content-encoding')} body cannot be decoded: ${(error as Error).message}`, source, url);
            }
            continue;
          }
        }
      }
      const rawDate = header.fields.get('warc-date');
      const date = archiveDate(rawDate);
      const warnings: Warning[] =
        rawDate && !date ? [{code: 'ARCHIVE_DATE_IGNORED', message: `The record's WARC-Date ${JSON.stringify(rawDate.slice(0, 40))} is not a date; it was not used as the reference date`}] : [];
      yield {
        kind: 'text',
        text: payload.toString('utf8'),
        format,
        ...(url ? {url} : {}),
        ...(date ? {referenceDate: date} : {}),
        ...(warnings.length ? {warnings} : {}),
        source,
      };
    }
    if (number === 0) {
      yield failed('BAD_ARCHIVE', 'no WARC record found: not a WARC/WET file?', {file: file.path, record: 1});
    }
  } catch (error) {
    if (error instanceof ReadLimitError) {
      const where = error.kind === 'truncated' ? `the file is cut off inside record ${number}` : `record ${number}: ${error.message}`;
      yield failed('BAD_ARCHIVE', `${where}; the records after it cannot be read`, {file: file.path, record: Math.max(number, 1)});
      return;
    }
    const item = readError(file, error, {record: number + 1});
    if (item.kind === 'failed') item.record.error.code = 'BAD_ARCHIVE';
    yield item;
  } finally {
    await reader.close().catch(() => {});
  }
}
