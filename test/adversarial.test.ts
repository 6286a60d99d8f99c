// Adversarial inputs, one test each: every one parses into a valid Article or raises a
// NewsparseError with a code. None may be slow: timings are not asserted here (no timed
// unit tests), but every input below is sized so that a quadratic step
// anywhere in the pipeline turns this file from seconds into minutes. The generous timeout
// is for a loaded machine (the inputs are megabytes), not a speed check.
import {describe, expect, it} from 'vitest';
import {ArticleSchema, type ParseOptions} from '../src/index.js';
import {article, claims, parse} from './helpers/outcome.js';

// A deterministic byte stream (no Math.random in tests).
function bytes(n: number, seed = 1): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe('adversarial inputs', {timeout: 300_000}, () => {
  it('empty text is EMPTY_INPUT; no claims', () => {
    expect(parse('')).toEqual({code: 'EMPTY_INPUT'});
    expect(claims('')).toEqual([]);
  });

  it('whitespace only, of every kind, is EMPTY_INPUT; no claims', () => {
    const ws = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    expect(parse(ws.repeat(1000))).toEqual({code: 'EMPTY_INPUT'});
    expect(claims(ws.repeat(1000))).toEqual([]);
  });

  it('invisible but non-whitespace characters are text, kept in a block', () => {
    const a = article(parse('\u200b\u200c\u200d\u2060'));
    expect(a.blocks).toHaveLength(1);
  });

  it.each(['x', '.', '1', '"', '[', '\u0000', '\ud800', '\udc00', '😀', '\u0301', 'ب'])('one character %j', (ch) => {
    const a = article(parse(ch));
    expect(a.blocks.map((b) => b.span)).toEqual([{start: 0, end: ch.length}]);
    claims(ch);
  });

  it('a single line at the 5,000,000-character default limit parses; one character more is INPUT_TOO_LARGE', () => {
    // a base64 blob, as a scraped data: URI leaves it
    const blob = bytes(3_750_000).toString('base64');
    expect(blob).toHaveLength(5_000_000);
    const a = article(parse(blob));
    expect(a.blocks).toHaveLength(1);
    expect(parse(`${blob}=`)).toEqual({code: 'INPUT_TOO_LARGE'});
    expect(claims(`${blob}=`)).toBe('INPUT_TOO_LARGE');
  });

  it('a 5 MB line (5 * 2^20 characters) is INPUT_TOO_LARGE by default, and maxInputLength raises the limit', () => {
    const line = 'x'.repeat(5 * 1024 * 1024);
    expect(parse(line)).toEqual({code: 'INPUT_TOO_LARGE'});
    expect(article(parse(line, {maxInputLength: line.length})).blocks).toHaveLength(1);
  });

  it('a 250,000-character line of prose words parses, and so do its claims', () => {
    const line = 'The trade volume rose by 16% to $1.3bn, officials said on Monday. '.repeat(4_000);
    const a = article(parse(line));
    expect(a.paragraphs).toHaveLength(1);
    expect(a.numericClaims.length).toBeGreaterThan(0);
    const c = claims(line);
    expect(Array.isArray(c) && c.length).toBeGreaterThan(0);
  });

  it('200,000 blank lines (LF, CRLF, whitespace-only) between two words', () => {
    for (const blank of ['\n', '\r\n', ' \t\u00a0\n']) {
      const input = `Start${blank.repeat(200_000)}End`;
      const a = article(parse(input));
      expect(a.blocks.map((b) => b.text)).toEqual(['Start', 'End']);
    }
    expect(parse('\n'.repeat(200_000))).toEqual({code: 'EMPTY_INPUT'});
  });

  it('100,000 one-character lines: the block cap merges the tail and a warning says so', () => {
    const input = 'x\n'.repeat(100_000);
    const a = article(parse(input));
    expect(a.blocks.length).toBeLessThanOrEqual(50_000);
    expect(a.warnings.map((w) => w.code)).toContain('TRUNCATED_BLOCKS');
    expect(claims(input)).toEqual([]);
  });

  it('random bytes and NULs decoded as UTF-8, Latin-1 and UTF-16', () => {
    const raw = bytes(100_000, 7);
    for (let i = 0; i < raw.length; i += 97) raw[i] = 0;
    for (const enc of ['utf8', 'latin1', 'utf16le'] as const) {
      const input = raw.toString(enc);
      parse(input);
      claims(input);
    }
    article(parse('\u0000'.repeat(100_000)));
  });

  it('a JSON document passed as text, pretty and minified', () => {
    const doc = Array.from({length: 1000}, (_, i) => ({
      id: i,
      title: `Exports rose ${i}% in the quarter`,
      body: 'He said: "the \\"figures\\" are [final]" — {ok: true}',
      tags: ['economy', null, 1.5e10, [[[[]]]]],
    }));
    for (const input of [JSON.stringify(doc, null, 2), JSON.stringify(doc)]) {
      parse(input);
      claims(input);
    }
  });

  it('an HTML document passed as text, with format auto and text', () => {
    const html = `<!doctype html><html><head><title>Exports rise</title><script>var a = "<p>";</script></head><body>${Array.from(
      {length: 1000},
      (_, i) => `<div class="c${i}"><p>Paragraph ${i} says exports rose ${i}% <a href="/a/${i}">more</a></p></div>`,
    ).join('\n')}</body></html>`;
    for (const format of ['auto', 'text'] as const) parse(html, {format});
    claims(html);
  });

  it('a minified script on one line', () => {
    const input = 'function a(b,c){return b+c*1e3>0?[1,2,3].map(x=>x*2):{"k":"v",n:-1.5e-7}};'.repeat(3_000);
    article(parse(input));
    claims(input);
  });

  it('50,000 numbers in a row, on one line and one per line', () => {
    const nums = Array.from({length: 50_000}, (_, i) => String((i * 7919) % 1_000_003));
    const line = nums.join(' ');
    expect(article(parse(line)).numericClaims.length).toBeGreaterThan(0);
    const c = claims(line);
    expect(Array.isArray(c) && c.length).toBeGreaterThan(0);
    article(parse(nums.join('\n')));
  });

  it('10,000 "[TASS]" tags: on one line, one per line, and after every sentence', () => {
    for (const input of ['[TASS]'.repeat(10_000), '[TASS]\n'.repeat(10_000), 'Trade grew by 5%. [TASS] '.repeat(10_000), 'Trade grew by 5%. [TASS]\n\n'.repeat(10_000)]) {
      parse(input);
      claims(input);
    }
  });

  it('deeply nested and unbalanced quotes and brackets', () => {
    const inputs = [
      '"'.repeat(100_000),
      `${'“'.repeat(20_000)}He said${'”'.repeat(20_000)}`,
      '«„“‘"'.repeat(20_000),
      `${'"He said \'she said “they said «'.repeat(5_000)} nothing`,
      '('.repeat(100_000),
      `${'['.repeat(50_000)}x${']'.repeat(50_000)}`,
      '[a]('.repeat(25_000),
      ' [http://'.repeat(10_000),
    ];
    for (const input of inputs) {
      parse(input);
      claims(input);
    }
  });

  it('a text of only dates, one per line and all on one line', () => {
    const dates = Array.from({length: 3_000}, (_, i) => [`${1 + (i % 28)} May ${1990 + (i % 30)}`, `2025-08-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, 'yesterday', 'Monday, August 14, 2025'][i % 4]!);
    for (const input of [dates.join('\n'), dates.join(' ')]) {
      const a = article(parse(input, {referenceDate: '2025-08-20'}));
      if (a.publishedAt) expect(ArticleSchema.shape.publishedAt.safeParse(a.publishedAt).success).toBe(true);
      claims(input);
    }
  });
});

describe('limits', {timeout: 300_000}, () => {
  it('maxBlocks keeps at most that many blocks, merges the rest losslessly and warns', () => {
    const input = Array.from({length: 50}, (_, i) => `Line number ${i} of the page.`).join('\n\n');
    for (const maxBlocks of [1, 2, 10, 49]) {
      const a = article(parse(input, {maxBlocks}));
      expect(a.blocks).toHaveLength(maxBlocks);
      expect(a.warnings.map((w) => w.code)).toContain('TRUNCATED_BLOCKS');
    }
    const all = article(parse(input, {maxBlocks: 50}));
    expect(all.blocks).toHaveLength(50);
    expect(all.warnings.map((w) => w.code)).not.toContain('TRUNCATED_BLOCKS');
  });

  it('bad limits are INVALID_OPTIONS', () => {
    for (const options of [{maxBlocks: 0}, {maxBlocks: -1}, {maxBlocks: 1.5}, {maxInputLength: 0}, {maxInputLength: Number.NaN}, {maxBlocks: '10'}]) {
      expect(parse('Some text here.', options as ParseOptions)).toEqual({code: 'INVALID_OPTIONS'});
    }
  });

  it('not a string is INVALID_INPUT, before anything reads it', () => {
    const hostile = {
      toString() {
        throw new Error('read me not');
      },
    };
    for (const input of [hostile, new String('text'), Symbol('x'), 1n, () => 'x']) {
      expect(parse(input as unknown as string)).toEqual({code: 'INVALID_INPUT'});
      expect(claims(input as unknown as string)).toBe('INVALID_INPUT');
    }
  });

  it('hostile options objects are INVALID_OPTIONS or ignored, never a crash', () => {
    const getterThrows = Object.defineProperty({}, 'format', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy({}, {get: () => { throw new Error('proxy'); }, ownKeys: () => { throw new Error('proxy'); }});
    const polluted = JSON.parse('{"__proto__": {"maxBlocks": 1}, "constructor": {"prototype": {"x": 1}}}');
    for (const options of [getterThrows, proxy, polluted, [], 'text', 5]) {
      const o = parse('A headline\n\nSome body text that is long enough to be a paragraph of prose here.', options as ParseOptions);
      if ('code' in o) expect(o.code).toBe('INVALID_OPTIONS');
    }
    expect(({} as {maxBlocks?: number}).maxBlocks).toBeUndefined();
  });
});
