import {describe, expect, it} from 'vitest';
import {claimOf, claims} from './helpers.js';

// Invented sentences, one per kind of comparison the bound reader knows.
describe('comparison signs and words set the bound', () => {
  it.each([
    ['Readings of >40 were flagged.', '>40', 40, 'lower'],
    ['Readings of ≥ 35 were flagged.', '≥ 35', 35, 'lower'],
    ['Readings of >= 35 were flagged.', '>= 35', 35, 'lower'],
    ['Only scores < 12 passed.', '< 12', 12, 'upper'],
    ['Only scores ≤12 passed.', '≤12', 12, 'upper'],
    ['Only scores < = 12 passed.', '< = 12', 12, 'upper'],
    ['Only scores ‹ 12 passed.', '‹ 12', 12, 'upper'],
    ['The crowd was ∼400 strong.', '∼400', 400, 'approximate'],
    ['The crowd was ~400 strong.', '~400', 400, 'approximate'],
    ['Buyers must be older than 21 to enter.', 'older than 21', 21, 'lower'],
    ['Trucks larger than 40 tonnes are barred.', 'larger than 40 tonnes', 40, 'lower'],
    ['Loans smaller than 900 dollars are free.', 'smaller than 900 dollars', 900, 'upper'],
    ['Bids greater than or equal to 70 win.', 'greater than or equal to 70', 70, 'lower'],
    ['Bids less than or equal to 70 lose.', 'less than or equal to 70', 70, 'upper'],
    ['Bids higher or equal than 70 win.', 'higher or equal than 70', 70, 'lower'],
    ['Costs in excess of 8 million pounds were cut.', 'in excess of 8 million pounds', 8e6, 'lower'],
    ['Teams of 11 or more players enter.', '11 or more', 11, 'lower'],
    ['Teams of 11 or greater enter.', '11 or greater', 11, 'lower'],
    ['Shops with 30 staff or fewer are exempt.', '30', 30, 'exact'],
    ['No more than 25 guests may attend.', 'No more than 25', 25, 'upper'],
  ])('%s -> %s', (text, words, value, bound) => {
    expect(claimOf(text, words)).toMatchObject({value, bound});
  });

  it('lets "or more" after a number overrule "about" before it', () => {
    expect(claimOf('They hired about 600 or more people.', 'about 600 or more')).toMatchObject({value: 600, bound: 'lower'});
  });

  it('keeps a bound out of a conversion in brackets', () => {
    const out = claims('The road runs for more than 5 km (3.1 miles) along the coast.');
    expect(out.map((c) => [c.text, c.bound])).toEqual([['more than 5 km', 'lower'], ['3.1 miles', 'exact']]);
  });

  it('reads a sign after a comparison as a minus', () => {
    expect(claimOf('Nights fell to <-30 degrees.', '<-30 degrees')).toMatchObject({value: -30, bound: 'upper'});
  });

  it('reads "negative" as a minus sign', () => {
    expect(claimOf('It ranged between negative eight and twelve.', 'between negative eight and twelve')).toMatchObject({kind: 'range', value: -8, upper: 12});
  });

  it('reads a spaced dash as a dash, not a minus', () => {
    expect(claimOf('Expect 5 km - 8 km of queues.', '5 km - 8 km')).toMatchObject({kind: 'range', value: 5, upper: 8});
  });
});

describe('the year rule keeps real numbers', () => {
  it.each([
    ['The furnace runs at 1300 K.', '1300 K', 1300],
    ['The run took 1500 s in all.', '1500 s', 1500],
    ['Prices sit above 1200 most days.', 'above 1200', 1200],
  ])('%s -> %s', (text, words, value) => {
    expect(claimOf(text, words).value).toBe(value);
  });

  it('keeps both bounds of a range whose other bound is no year', () => {
    expect(claimOf('Each lot holds 1000-4000 crates.', '1000-4000')).toMatchObject({kind: 'range', value: 1000, upper: 4000});
    expect(claimOf('Each lot holds 500 to 1500 crates.', '500 to 1500')).toMatchObject({kind: 'range', value: 500, upper: 1500});
  });

  it('keeps a pair of years as years', () => {
    expect(claims('The survey ran from 2010 to 2015.')).toEqual([]);
    expect(claims('The survey ran 2010-2015 in the north.')).toEqual([]);
  });

  it('reads "from N to M in <year>" as numbers, not a ratio', () => {
    const out = claims('Sales went from 200 to 300 in 2008.');
    expect(out.map((c) => [c.kind, c.value, c.upper])).toEqual([['range', 200, 300]]);
  });

  it('reads "N in M" as a ratio when M is no year', () => {
    expect(claimOf('Two in 5 voters agreed.', 'Two in 5')).toMatchObject({kind: 'ratio', value: 0.4});
  });
});

describe('ranges written other ways', () => {
  it.each([
    ['Crews of 20~100 worked.', '20~100', 20, 100],
    ['Crews of 20 through 100 worked.', '20 through 100', 20, 100],
    ['Fees run 5k-20k a year.', '5k-20k', 5000, 20000],
  ])('%s -> %s', (text, words, value, upper) => {
    expect(claimOf(text, words)).toMatchObject({kind: 'range', value, upper});
  });
});
