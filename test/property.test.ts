// Property tests: whatever text a scraper produced, parseArticle answers within the contract.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parseArticle, isNewsparseError, type Article} from '../src/index.js';
import {expectArticleInvariants, expectCloseConfidences, offsetMap, projectArticle} from './helpers/invariants.js';
import {anyInput, anyUnicode, dirtySeed, lfText, pageText} from './helpers/arbitraries.js';
import {FUZZ_TIMEOUT, fuzz} from './helpers/fuzz-config.js';

/** parseArticle, or null when it raised a NewsparseError; any other throw fails the property. */
function parseOrError(input: string): Article | null {
  try {
    return parseArticle(input);
  } catch (error) {
    if (isNewsparseError(error)) return null;
    throw error;
  }
}

describe('parseArticle properties', {timeout: FUZZ_TIMEOUT}, () => {
  it('never throws anything but NewsparseError, on any unicode', () => {
    fc.assert(
      fc.property(anyUnicode, (input) => {
        const article = parseOrError(input);
        if (article) expectArticleInvariants(input, article);
        else expect(input.trim()).toBe(''); // only empty input is refused
      }),
      fuzz(600),
    );
  });

  it('keeps the contract on pages of real lines, chrome and dirty characters', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const article = parseOrError(input);
        if (article) expectArticleInvariants(input, article);
      }),
      fuzz(800),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(fc.oneof(pageText, dirtySeed), (input) => {
        const a = parseOrError(input);
        const b = parseOrError(input);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      fuzz(200),
    );
  });

  it('gives the same fields for LF, CRLF and CR line ends, with spans mapped to each input', () => {
    fc.assert(
      fc.property(lfText, fc.constantFrom('\r\n', '\r'), (lf, end) => {
        const other = lf.replace(/\n/g, end);
        const a = parseOrError(lf);
        const b = parseOrError(other);
        if (!a || !b) {
          expect(b).toBe(a);
          return;
        }
        expectArticleInvariants(other, b);
        expect(projectArticle(b)).toEqual(projectArticle(a, offsetMap(lf, other)));
        expectCloseConfidences(a, b);
      }),
      fuzz(300),
    );
  });
});
