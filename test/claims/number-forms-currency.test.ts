import {describe, expect, it} from 'vitest';
import {claimOf, claims} from './helpers.js';

describe('number forms', () => {
  it.each([
    ['scientific notation with e', 'The dish held 1.5e6 cells.', '1.5e6', 1.5e6],
    ['scientific notation with a times sign', 'The dish held 3.2 × 10^5 cells.', '3.2 × 10^5', 3.2e5],
    ['scientific notation with a minus sign', 'The rate is 2.5×10−4 per year.', '2.5×10−4', 2.5e-4],
    ['scientific notation with superscripts', 'The rate is 6 x 10⁸ per year.', '6 x 10⁸', 6e8],
    ['the fraction slash', 'They cut 3⁄4 of the rope.', '3⁄4', 0.75],
    ['a vulgar fraction', 'Add ½ cup of water.', '½ cup', 0.5],
    ['a whole number and a vulgar fraction', 'The baby is 2¾ feet tall.', '2¾ feet', 2.75],
    ['an ASCII fraction before a measure', 'Leave a 1/4 inch gap.', '1/4 inch', 0.25],
  ])('%s', (_form, text, words, value) => {
    expect(claimOf(text, words).value).toBeCloseTo(value, 12);
  });

  it('keeps "24/7" and "9/11" out of fractions', () => {
    expect(claims('The shop is open 24/7 now.').map((c) => c.value)).not.toContain(24 / 7);
  });
});

describe('currency forms', () => {
  it.each([
    ['ringgit before the amount', 'A plate costs RM12.50 there.', 'RM12.50', 12.5, 'MYR'],
    ['rupiah before the amount', 'A room is Rp 450,000 a night.', 'Rp 450,000', 450000, 'IDR'],
    ['pence glued to the digits', 'A stamp now costs 85p more.', '85p', 85, 'GBX'],
    ['pence as a word', 'Fares rose by 20 pence.', '20 pence', 20, 'GBX'],
    ['sen', 'Petrol rose 20 sen a litre.', '20 sen', 20, 'sen'],
    ['an ISO code after the amount', 'The fund raised 5 million USD in May.', '5 million USD', 5e6, 'USD'],
    ['a trillion as T after a currency', 'Debt hit $2.3T last year.', '$2.3T', 2.3e12, 'USD'],
    ['a sign after the currency', 'The balance was $-42.10 at close.', '$-42.10', -42.1, 'USD'],
    ['a currency sign before the amount', 'Tickets cost ฿500 each.', '฿500', 500, 'THB'],
  ])('%s', (_form, text, words, value, unit) => {
    expect(claimOf(text, words)).toMatchObject({kind: 'money', value, unit});
  });

  it('reads "at 9p" as a time, not pence', () => {
    expect(claims('The show starts at 9p tonight.').map((c) => c.unit)).not.toContain('GBX');
  });
});
