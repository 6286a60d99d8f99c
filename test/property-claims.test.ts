// Property tests: extractNumericClaims on any text, and the claims parseArticle reports.
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {extractNumericClaims, isNewsparseError, parseArticle, type NumericClaim} from '../src/index.js';
import {expectArticleInvariants, expectClaimInvariants, offsetMap, projectArticle} from './helpers/invariants.js';
import {anyInput, anyUnicode, numericText} from './helpers/arbitraries.js';
import {FUZZ_TIMEOUT, fuzz} from './helpers/fuzz-config.js';

function claimsOrError(input: string): NumericClaim[] | null {
  try {
    return extractNumericClaims(input);
  } catch (error) {
    if (isNewsparseError(error)) return null;
    throw error;
  }
}

describe('extractNumericClaims properties', {timeout: FUZZ_TIMEOUT}, () => {
  it('never throws anything but NewsparseError; claims are schema-valid and inside their spans', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, numericText, anyInput), (input) => {
        const claims = claimsOrError(input);
        expect(claims, 'a string is never refused under the size limit').not.toBeNull();
        expectClaimInvariants(input, claims!);
      }),
      fuzz(800),
    );
  });

  it('gives the same claims for the same text', () => {
    fc.assert(
      fc.property(numericText, (input) => {
        expect(JSON.stringify(claimsOrError(input))).toBe(JSON.stringify(claimsOrError(input)));
      }),
      fuzz(150),
    );
  });

  it('gives the same claims for LF, CRLF and CR line ends, with spans mapped', () => {
    fc.assert(
      fc.property(numericText, fc.constantFrom('\r\n', '\r'), (raw, end) => {
        const lf = raw.replace(/\r\n?/g, '\n');
        const other = lf.replace(/\n/g, end);
        expect(projectArticle(claimsOrError(other))).toEqual(projectArticle(claimsOrError(lf), offsetMap(lf, other)));
      }),
      fuzz(200),
    );
  });

  it('parseArticle keeps the contract on number-heavy pages', () => {
    fc.assert(
      fc.property(fc.array(numericText, {minLength: 1, maxLength: 6}), (paras) => {
        const input = `A headline about the numbers\n\n${paras.join('\n\n')}`;
        expectArticleInvariants(input, parseArticle(input));
      }),
      fuzz(200),
    );
  });
});
