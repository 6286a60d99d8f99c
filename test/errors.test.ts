import {describe, expect, it} from 'vitest';
import {parseArticle, extractNumericClaims, NewsparseError, isNewsparseError, ArticleSchema} from '../src/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof NewsparseError) return error.code;
    throw error;
  }
  return undefined;
}

describe('bad input', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', {text: 'x'}],
    ['a Buffer', Buffer.from('hello')],
  ])('%s is INVALID_INPUT', (_name, value) => {
    expect(codeOf(() => parseArticle(value as unknown as string))).toBe('INVALID_INPUT');
    expect(codeOf(() => extractNumericClaims(value as unknown as string))).toBe('INVALID_INPUT');
  });

  it('empty or blank text is EMPTY_INPUT for parseArticle and no claims for extractNumericClaims', () => {
    expect(codeOf(() => parseArticle(''))).toBe('EMPTY_INPUT');
    expect(codeOf(() => parseArticle(' \n\t\r\n '))).toBe('EMPTY_INPUT');
    expect(extractNumericClaims('')).toEqual([]);
    expect(extractNumericClaims('  \n ')).toEqual([]);
  });

  it('input over maxInputLength is INPUT_TOO_LARGE', () => {
    expect(codeOf(() => parseArticle('x'.repeat(101), {maxInputLength: 100}))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => extractNumericClaims('1 '.repeat(60), {maxInputLength: 100}))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => parseArticle('x'.repeat(100), {maxInputLength: 100}))).toBeUndefined();
  });

  it('bad options are INVALID_OPTIONS', () => {
    expect(codeOf(() => parseArticle('text here', {format: 'pdf' as never}))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => parseArticle('text here', {referenceDate: 'not a date'}))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => parseArticle('text here', 'text' as never))).toBe('INVALID_OPTIONS');
  });

  it('errors carry a message and are recognised across copies', () => {
    try {
      parseArticle('');
      expect.unreachable();
    } catch (error) {
      expect(isNewsparseError(error)).toBe(true);
      expect((error as Error).message).toMatch(/empty/);
      expect((error as Error).name).toBe('NewsparseError');
    }
    const foreign = Object.assign(new Error('x'), {name: 'NewsparseError', code: 'EMPTY_INPUT'});
    expect(isNewsparseError(foreign)).toBe(true);
    expect(isNewsparseError(new Error('x'))).toBe(false);
  });

  it('junk that is still a string gives a valid article', () => {
    for (const junk of ['\u0000\u0001\u0002\uFFFD', '}{][', '\uD800 lone surrogate', '1'.repeat(10_000)]) {
      const article = parseArticle(junk);
      expect(ArticleSchema.safeParse(article).success).toBe(true);
    }
  });
});
