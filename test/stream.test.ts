import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ArticleSchema} from '../src/index.js';
import {parseStream, type OutputRecord} from '../src/stream/index.js';
import {mapOrdered} from '../src/stream/ordered.js';
import {readJsonLine} from '../src/stream/read-record.js';
import {csvCell, toCsvRows, csvColumns} from '../src/stream/csv.js';
import {splitLines} from '../src/cli/lines.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const workerFile = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'parse-worker.cjs');

const story = (n: number) => `Story number ${n}\nBy Kim Park\nThe council said ${n} people came to the meeting on Monday.\nIt was the largest meeting this year.`;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parseStream', () => {
  it('gives one output record per input, in order, with id, url and source kept', async () => {
    async function* feed() {
      yield story(1);
      yield {id: 'b', url: 'https://example.com/b', text: story(2), source: {file: 'feed.jsonl', line: 2}};
      yield {id: 'c', content: '   '};
      yield {id: 'd', body: story(4)};
      yield {id: 'e'};
    }
    const out = await collect(parseStream(feed()));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({headline: 'Story number 1'});
    expect(out[1]).toMatchObject({headline: 'Story number 2', id: 'b', url: 'https://example.com/b', source: {file: 'feed.jsonl', line: 2}});
    expect(out[2]).toEqual({error: {code: 'EMPTY_INPUT', message: expect.any(String)}, id: 'c'});
    expect(out[3]).toMatchObject({headline: 'Story number 4', id: 'd'});
    expect(out[4]).toEqual({error: {code: 'NO_TEXT', message: expect.stringContaining('"text" or "content" or "body"')}, id: 'e'});
    expect(ArticleSchema.safeParse(out[0]).success).toBe(true);
  });

  it('keeps only the chosen fields, and reads the named text field', async () => {
    const [out] = await collect(parseStream([{story: story(7), text: 'not this'}], {textField: 'story', fields: ['headline', 'byline']}));
    expect(Object.keys(out!)).toEqual(['headline', 'byline']);
    expect(out).toMatchObject({headline: 'Story number 7', byline: {authors: ['Kim Park']}});
  });

  it('parses on a worker-thread pool in input order (jobs: 2)', async () => {
    expect(existsSync(workerFile), `${workerFile}: build first`).toBe(true);
    const inputs = Array.from({length: 40}, (_, i) => (i % 9 === 4 ? {id: `x${i}`, text: ''} : {id: `x${i}`, text: story(i)}));
    const out: OutputRecord[] = await collect(parseStream(inputs, {jobs: 2, workerFile, fields: ['headline']}));
    expect(out.map((o) => o.id)).toEqual(inputs.map((i) => i.id));
    out.forEach((o, i) => {
      if (i % 9 === 4) expect(o).toMatchObject({error: {code: 'EMPTY_INPUT'}});
      else expect(o).toMatchObject({headline: `Story number ${i}`});
    });
  });

  it('rejects a bad jobs count with INVALID_OPTIONS', async () => {
    await expect(collect(parseStream([story(1)], {jobs: 0}))).rejects.toMatchObject({code: 'INVALID_OPTIONS'});
  });
});

describe('reading JSONL records safely', () => {
  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    const a = readJsonLine('{"__proto__": {"polluted": 1, "text": "inherited"}, "id": "a", "text": "Own text"}', {});
    const b = readJsonLine('{"constructor": {"prototype": {"polluted": 1}}, "text": "Own text"}', {});
    const c = readJsonLine('{"__proto__": {"text": "inherited"}}', {});
    const d = readJsonLine('{"text": "x"}', {textField: '__proto__'});
    expect(a).toMatchObject({text: 'Own text', id: 'a'});
    expect(b).toMatchObject({text: 'Own text'});
    expect(c).toMatchObject({error: {code: 'NO_TEXT'}});
    expect(d).toMatchObject({error: {code: 'NO_TEXT'}});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  });

  it('names what is wrong with a line', () => {
    expect(readJsonLine('{"text": ', {})).toMatchObject({error: {code: 'BAD_JSON'}});
    expect(readJsonLine('[1]', {})).toMatchObject({error: {code: 'NOT_AN_OBJECT', message: expect.stringContaining('array')}});
    expect(readJsonLine('null', {})).toMatchObject({error: {code: 'NOT_AN_OBJECT', message: expect.stringContaining('null')}});
    expect(readJsonLine('{"text": ["a"]}', {})).toMatchObject({error: {code: 'NO_TEXT', message: expect.stringContaining('object')}});
    expect(readJsonLine('{"id": 5, "url": 7, "text": "t"}', {})).toEqual({text: 't', id: '5'});
  });
});

describe('mapOrdered', () => {
  it('yields in input order however the calls finish, with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 1, 20, 5, 0, 15, 2, 25, 3, 10];
    const out = await collect(
      mapOrdered(
        delays.map((d, i) => [d, i] as const),
        async ([delay, i]) => {
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((r) => setTimeout(r, delay));
          inFlight--;
          return i;
        },
        3,
      ),
    );
    expect(out).toEqual(delays.map((_, i) => i));
    expect(most).toBe(3);
  });

  it('stops reading the source when the consumer stops', async () => {
    let read = 0;
    function* source() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield i;
      }
    }
    for await (const value of mapOrdered(source(), async (i) => i, 4)) if (value === 2) break;
    expect(read).toBeLessThan(10);
  });
});

describe('splitLines', () => {
  it('splits LF and CRLF lines across chunk and UTF-8 boundaries, skipping blank lines', async () => {
    const bytes = Buffer.from('{"a":"é"}\r\n\n  \n{"b":"記"}\n{"c":1}');
    const chunks = [bytes.subarray(0, 8), bytes.subarray(8, 9), bytes.subarray(9, 22), bytes.subarray(22)];
    const lines = await collect(splitLines(Readable.from(chunks), 100));
    expect(lines).toEqual([
      {text: '{"a":"é"}', line: 1, tooLong: false},
      {text: '{"b":"記"}', line: 4, tooLong: false},
      {text: '{"c":1}', line: 5, tooLong: false},
    ]);
  });

  it('drops the text of an over-long line instead of holding it', async () => {
    const lines = await collect(splitLines(Readable.from(['short\n', 'x'.repeat(50), 'y'.repeat(60), '\nok']), 100));
    expect(lines).toEqual([
      {text: 'short', line: 1, tooLong: false},
      {text: '', line: 2, tooLong: true},
      {text: 'ok', line: 3, tooLong: false},
    ]);
  });
});

describe('CSV rows', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3.5)).toBe('3.5');
  });

  it('writes an error record as one row with the error columns', () => {
    const columns = csvColumns('claim');
    const row = toCsvRows({error: {code: 'BAD_JSON', message: 'Unexpected end, of input'}, source: {file: 'f.jsonl', line: 3}}, {csv: 'claim', columns});
    expect(row).toBe('f.jsonl,3,,,,,,,,,,,,,,,,BAD_JSON,"Unexpected end, of input"\r\n');
  });
});
