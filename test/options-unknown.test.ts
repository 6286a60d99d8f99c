import {describe, expect, it} from 'vitest';
import {parseArticle, extractNumericClaims, NewsparseError, type ParseOptions} from '../src/index.js';
import {nearestKey} from '../src/options.js';

function errorOf(fn: () => unknown): NewsparseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NewsparseError) return error;
    throw error;
  }
  throw new Error('expected a NewsparseError');
}

const text = 'A headline here\n\nSome body text that is long enough to be a paragraph of prose.';

describe('unknown option keys', () => {
  it('parseArticle throws INVALID_OPTIONS naming the key and the nearest known one', () => {
    const e = errorOf(() => parseArticle(text, {refDate: '2024-05-01'} as unknown as ParseOptions));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toContain('"refDate"');
    expect(e.message).toContain('did you mean "referenceDate"');
  });

  it('a small typo is matched to its option', () => {
    const e = errorOf(() => parseArticle(text, {fromat: 'text'} as unknown as ParseOptions));
    expect(e.message).toContain('did you mean "format"');
  });

  it('a key like no option lists the options instead', () => {
    const e = errorOf(() => parseArticle(text, {colour: 'blue'} as unknown as ParseOptions));
    expect(e.message).toContain('"colour"');
    expect(e.message).toContain('the options are format, url, referenceDate');
  });

  it('extractNumericClaims refuses unknown keys too', () => {
    expect(errorOf(() => extractNumericClaims('It rose 5%.', {maxInput: 10} as never)).code).toBe('INVALID_OPTIONS');
  });

  it('known keys are still accepted', () => {
    expect(parseArticle(text, {format: 'text', referenceDate: '2024-05-01'}).paragraphs.length).toBeGreaterThan(0);
  });

  it('nearestKey prefers few edits and abbreviations', () => {
    const known = ['format', 'url', 'referenceDate', 'maxInputLength', 'maxBlocks'];
    expect(nearestKey('maxblock', known)).toBe('maxBlocks');
    expect(nearestKey('urll', known)).toBe('url');
    expect(nearestKey('zzzzzz', known)).toBeNull();
  });
});
