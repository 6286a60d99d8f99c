// Minimal inputs of failures the property and adversarial tests found, one test each, so
// that each stays fixed even if the generators change.
import {describe, expect, it} from 'vitest';
import {extractNumericClaims, parseArticle} from '../src/index.js';
import {expectArticleInvariants, expectClaimInvariants, offsetMap, projectArticle} from './helpers/invariants.js';
import {parse} from './helpers/outcome.js';

/** The text with LF, CRLF and CR line ends parses to the same article, spans mapped. */
function expectSameForEveryLineEnd(lf: string): void {
  const a = parseArticle(lf);
  expectArticleInvariants(lf, a);
  for (const end of ['\r\n', '\r', '\u2028']) {
    const other = lf.replace(/\n/g, end);
    const b = parseArticle(other);
    expectArticleInvariants(other, b);
    expect(projectArticle(b), JSON.stringify(end)).toEqual(projectArticle(a, offsetMap(lf, other)));
  }
}

describe('regressions', () => {
  // fields/attributions.ts counted lines with split('\n'): with CR line ends a source line
  // far below the body was credited to the last paragraph.
  it('a source line after the body is read the same with CR line ends', () => {
    expectSameForEveryLineEnd(
      'Despite the difficult situation, our cooperation is developing successfully. We are implementing a programme of cooperation until 2026. The volume of trade is growing, the minister said.\n\nNo time to read?\n\n[TASS]\n',
    );
  });

  // options.ts let an exception from a getter on the options object escape as a plain Error.
  it('an options object whose getter throws is INVALID_OPTIONS', () => {
    const options = Object.defineProperty({}, 'maxBlocks', {enumerable: true, get: () => { throw new Error('boom'); }});
    expect(parse('Some text of an article.', options)).toEqual({code: 'INVALID_OPTIONS'});
  });

  // claims: a number that fits a double but not once scaled ("$9…9 trillion") gave
  // value: Infinity, which NumericClaimSchema (and JSON) refuse.
  it('numbers too large for a double once scaled give no claim with an infinite value', () => {
    const big = '9'.repeat(300);
    for (const text of [`It cost $${big} trillion.`, `It cost ${big}.5 billion dollars.`, `Between ${big} and ${big}0 million people came.`]) {
      expectClaimInvariants(text, extractNumericClaims(text));
      const article = `Costs soar\n\n${text} The figure was published on Monday by the ministry of finance.`;
      expectArticleInvariants(article, parseArticle(article));
    }
  });
});
