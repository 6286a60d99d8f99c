import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {BEFORE_DIGITS, mayFollowPrefix} from '../../src/claims/digits.js';
import {fuzz} from '../helpers/fuzz-config.js';

describe('mayFollowPrefix', () => {
  it('reads a currency or sign before the digits only where one can end', () => {
    expect(mayFollowPrefix('cost $5', 6)).toBe(true);
    expect(mayFollowPrefix('US$ 5', 4)).toBe(true);
    expect(mayFollowPrefix('minus 5', 6)).toBe(true);
    expect(mayFollowPrefix('in 2019', 3)).toBe(false); // a word, but no currency code
    expect(mayFollowPrefix('USD 5', 4)).toBe(true);
    expect(mayFollowPrefix('Rs. 500', 4)).toBe(true);
    expect(mayFollowPrefix('bonus 5', 6)).toBe(false);
    expect(mayFollowPrefix('(5)', 1)).toBe(false);
    expect(mayFollowPrefix('at 5, 6', 6)).toBe(false);
  });

  it('is true wherever the prefix pattern finds a currency or sign', () => {
    const piece = fc.constantFrom('$', 'US', 'us', 'U.S.', 'hk', 'c', 'a', 'r', 's', '€', '£', '₽', '₹', 'usd', 'EUR', 'Rs', 'rs.', 'kgs', 'minus', '-', '−', '+',
      ' ', '  ', '\u00a0', '\t', 'x', '(', ',', '.', '\u212a', 'ſ', 'Rſ', '\u212azt', 'uſd', 'Δ', '1', 'é',
      'in', 'bonus', 'minus-', 'A', 'sdkk', 'chf.', '_', 'xusd');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 8}).map((p) => p.join('')), (lead) => {
        const m = BEFORE_DIGITS.exec(lead.slice(-14));
        if (m && m[0] !== '') expect(mayFollowPrefix(`${lead}5`, lead.length), JSON.stringify(lead)).toBe(true);
      }),
      fuzz(3000),
    );
  });
});
