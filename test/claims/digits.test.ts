import {describe, expect, it} from 'vitest';
import {claimOf, claims} from './helpers.js';

describe('digits with scale and currency', () => {
  it.each([
    ['Police said 90,000 people came.', '90,000', 'count', 90000, null],
    ['The rate was 1.3 now.', '1.3', 'count', 1.3, null],
    ['A total of 1,234.5 tons.', '1,234.5 tons', 'quantity', 1234.5, 'ton'],
    ['Output reached 3.9bn units.', '3.9bn', 'count', 3.9e9, null],
    ['It paid $9.3bn for it.', '$9.3bn', 'money', 9.3e9, 'USD'],
    ['The fund holds €1.2tn.', '€1.2tn', 'money', 1.2e12, 'EUR'],
    ['A deal worth US$55m was signed.', 'US$55m', 'money', 55e6, 'USD'],
    ['He earns £300k a year.', '£300k', 'money', 300e3, 'GBP'],
    ['The plan costs Rs 500 crore.', 'Rs 500 crore', 'money', 5e9, 'INR'],
    ['Reserves rose to ₽2.5 trillion.', '₽2.5 trillion', 'money', 2.5e12, 'RUB'],
    ['They raised USD 5 million.', 'USD 5 million', 'money', 5e6, 'USD'],
    ['A fine of 5 million rubles was set.', '5 million rubles', 'money', 5e6, 'RUB'],
    ['Budgets hit 2 billion soms.', '2 billion soms', 'money', 2e9, 'KGS'],
    ['It sold 10.5 million Australian dollars of bonds.', '10.5 million Australian dollars', 'money', 10.5e6, 'AUD'],
    ['Shares fell 34 cents.', '34 cents', 'money', 34, 'USX'],
    ['Worth C$6 a share.', 'C$6', 'money', 6, 'CAD'],
    ['Sold for HK$5.4m.', 'HK$5.4m', 'money', 5.4e6, 'HKD'],
    ['The app has 2.2 billion users.', '2.2 billion', 'count', 2.2e9, null],
    ['It sold 4.3M copies.', '4.3M', 'count', 4.3e6, null],
    ['It shipped 25k units.', '25k', 'count', 25e3, null],
  ])('%s -> %s', (text, words, kind, value, unit) => {
    const c = claimOf(text, words);
    expect(c).toMatchObject({kind, value, unit, bound: 'exact'});
  });

  it('reads the scale words thousand, k, million, m, mn, mln, billion, bn, b, trillion, tn, crore and lakh', () => {
    const values = ['$2 thousand', '$2k', '$2 million', '$2m', '$2mn', '$2 mln', '$2 billion', '$2bn', '$2b', '$2 trillion', '$2tn', 'Rs 2 crore', 'Rs 2 lakh']
      .map((s) => claims(`It cost ${s} in all.`)[0]?.value);
    expect(values).toEqual([2e3, 2e3, 2e6, 2e6, 2e6, 2e6, 2e9, 2e9, 2e9, 2e12, 2e12, 2e7, 2e5]);
  });

  it('keeps "m" after digits as metres when nothing makes it a million', () => {
    expect(claimOf('He is 1.8m tall.', '1.8m')).toMatchObject({kind: 'quantity', value: 1.8, unit: 'm'});
    expect(claimOf('It will ship 1.2m tons of ore.', '1.2m tons')).toMatchObject({kind: 'quantity', value: 1.2e6, unit: 'ton'});
  });

  it('reads a whole number with a fraction', () => {
    expect(claimOf('It takes 10 1/2 miles of cable.', '10 1/2 miles')).toMatchObject({value: 10.5, unit: 'mile'});
  });
});

describe('currency prefixes', () => {
  it.each([
    ['Worth $US55m in all.', 'USD'], ['Worth $A82m in all.', 'AUD'], ['Worth AUD1.5m in all.', 'AUD'],
    ['Worth c $ 16.4 million in all.', 'CAD'], ['Worth hk $ 10.05 billion in all.', 'HKD'], ['Worth 100元 in all.', 'CNY'],
  ])('%s -> %s', (text, unit) => {
    const [c] = claims(text);
    expect(c).toMatchObject({kind: 'money', unit});
  });
});
