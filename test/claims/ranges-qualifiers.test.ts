import {describe, expect, it} from 'vitest';
import {claimOf, claims} from './helpers.js';

describe('ranges', () => {
  it.each([
    ['Growth will be 5-7% this year.', '5-7%', 5, 7, '%'],
    ['It will hire between 5 and 7 million workers.', 'between 5 and 7 million', 5e6, 7e6, null],
    ['It is valued from $3 billion to $5 billion.', 'from $3 billion to $5 billion', 3e9, 5e9, 'USD'],
    ['It is valued at $3bn-$5bn.', '$3bn-$5bn', 3e9, 5e9, 'USD'],
    ['It is valued at $3-5 billion.', '$3-5 billion', 3e9, 5e9, 'USD'],
    ['Fines range from $200 to $4 million.', 'from $200 to $4 million', 200, 4e6, 'USD'],
    ['It lasts three or four years.', 'three or four years', 3, 4, 'year'],
  ])('%s -> %s', (text, words, value, upper, unit) => {
    expect(claimOf(text, words)).toMatchObject({kind: 'range', value, upper, unit});
  });

  it('reads "rose from X to Y" as a change, not a range', () => {
    const out = claims('Sales rose from $3 billion to $5 billion.');
    expect(out.map((c) => [c.text, c.kind, c.change])).toEqual([
      ['$3 billion', 'money', null],
      ['$5 billion', 'money', 'increase'],
    ]);
  });

  it('reads "increased by X to Y" as an amount and a level', () => {
    const out = claims('The deficit increased by $43.6 billion to $419.2 billion.');
    expect(out.map((c) => [c.value, c.change])).toEqual([[43.6e9, 'increase'], [419.2e9, null]]);
  });

  it('drops a score such as 2-1', () => {
    expect(claims('They beat Charlton 2-1 on Sunday.')).toEqual([]);
  });
});

describe('bounds from qualifiers', () => {
  it.each([
    ['more than 500 people', 'lower'], ['over 500 people', 'lower'], ['above 500 people', 'lower'],
    ['at least 500 people', 'lower'], ['upwards of 500 people', 'lower'],
    ['nearly 500 people', 'upper'], ['almost 500 people', 'upper'], ['close to 500 people', 'upper'],
    ['under 500 people', 'upper'], ['less than 500 people', 'upper'], ['up to 500 people', 'upper'],
    ['as many as 500 people', 'upper'],
    ['about 500 people', 'approximate'], ['around 500 people', 'approximate'], ['some 500 people', 'approximate'],
    ['roughly 500 people', 'approximate'], ['approximately 500 people', 'approximate'], ['an estimated 500 people', 'approximate'],
    ['~500 people', 'approximate'],
  ])('"%s" -> %s', (phrase, bound) => {
    const c = claimOf(`Police counted ${phrase} there.`, phrase.replace(/ people$/, ''));
    expect(c).toMatchObject({value: 500, bound, subject: 'people'});
  });

  it.each([['surpassed'], ['exceeded']])('"%s" sets a lower bound and stays out of the words', (verb) => {
    expect(claimOf(`Investments have ${verb} two billion dollars.`, 'two billion dollars')).toMatchObject({bound: 'lower'});
  });

  it('reads "or more" after the number', () => {
    expect(claimOf('It costs 500 dollars or more.', '500 dollars or more')).toMatchObject({bound: 'lower'});
  });
});

describe('change', () => {
  it.each([
    ['Trade turnover increased by 16%.', '16%', 'increase'],
    ['Exports rose 3% last year.', '3%', 'increase'],
    ['Profit fell by $2bn.', '$2bn', 'decrease'],
    ['The index was down 5% at noon.', '5%', 'decrease'],
    ['It was a 10% drop in sales.', '10%', 'decrease'],
    ['Revenue grew to $1bn.', '$1bn', 'increase'],
    ['Shares plunged 4.28 percent on Monday.', '4.28 percent', 'decrease'],
    ['The FTSE lost 162 points, or 2.14%, to close lower.', '2.14%', 'decrease'],
  ])('%s -> %s', (text, words, change) => {
    expect(claimOf(text, words).change).toBe(change);
  });

  it('leaves a level without a change word unchanged', () => {
    expect(claimOf('Trade amounted to $1.3 billion.', '$1.3 billion').change).toBeNull();
  });
});

describe('subject', () => {
  it('takes the counted noun after a count', () => {
    expect(claimOf('Around 90,000 Kyrgyz citizens could be deported.', 'Around 90,000').subject).toBe('Kyrgyz citizens');
  });

  it('takes what changed from before the change verb', () => {
    expect(claimOf('In the first five months, trade turnover increased by 16%.', '16%').subject).toBe('trade turnover');
    expect(claimOf('Last year, the volume of trade reached $3.9 billion.', '$3.9 billion').subject).toBe('volume of trade');
  });

  it('is null when the sentence does not say', () => {
    expect(claimOf('Migrants, millions of whom work there, left.', 'millions').subject).toBeNull();
  });
});

describe('speaker', () => {
  it('takes "X said" and "according to X" in the sentence', () => {
    expect(claimOf('Exports rose 5%, Jane Doe said.', '5%').speaker).toBe('Jane Doe');
    expect(claimOf('Exports rose 5%, according to the Central Bank.', '5%').speaker).toBe('Central Bank');
    expect(claimOf('Mishustin said trade grew 16%.', '16%').speaker).toBe('Mishustin');
  });

  it('is null when nobody is named, and not a pronoun', () => {
    expect(claimOf('Exports rose 5% last year.', '5%').speaker).toBeNull();
    expect(claimOf('He said exports rose 5%.', '5%').speaker).toBeNull();
  });
});
