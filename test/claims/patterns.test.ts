// One hand-written input for each pattern behind a miss found while scoring (no corpus text).
import {describe, expect, it} from 'vitest';
import {claimOf, claims} from './helpers.js';

describe('patterns found while scoring', () => {
  it('reads an en dash between numbers as a range, not a minus sign', () => {
    expect(claimOf('Bake it for ~20 – 30min at most.', '~20 – 30min')).toMatchObject({kind: 'range', value: 20, upper: 30, unit: 'minute', bound: 'approximate'});
  });

  it('reads "0-to-60-mph" and "100,000 to-150,000 year-old" as ranges', () => {
    expect(claimOf('It cut 2 seconds off the 0-to-60-mph time.', '0-to-60-mph')).toMatchObject({kind: 'range', value: 0, upper: 60, unit: 'mph'});
    expect(claimOf('It is a 100,000 to-150,000 year-old bone.', '100,000 to-150,000 year-old')).toMatchObject({kind: 'range', value: 1e5, upper: 1.5e5});
  });

  it('reads a spaced upper-case C or F after digits as a temperature', () => {
    expect(claimOf('Ice melts at 12 C here.', '12 C')).toMatchObject({kind: 'quantity', unit: '°C', value: 12});
  });

  it('reads "35m of" as a million', () => {
    expect(claimOf('It has 35m of its devices in homes.', '35m')).toMatchObject({kind: 'count', value: 35e6});
  });

  it('reads a minus sign written as a word', () => {
    expect(claimOf('It can dip to minus-130 degrees Fahrenheit.', 'minus-130 degrees Fahrenheit')).toMatchObject({value: -130, unit: '°F'});
    expect(claimOf('We need minus five percent.', 'minus five percent')).toMatchObject({value: -5, unit: '%'});
  });

  it('drops a signed bare count and a leading-zero number', () => {
    expect(claims('They bought thousands of COVID -19 tests.').map((c) => c.text)).toEqual(['thousands']);
    expect(claims('It opened at 0815 sharp.')).toEqual([]);
  });

  it('drops an index name and keeps its signed change', () => {
    expect(claims('In Europe: Stoxx 50 -1.3% FTSE -0.6%.').map((c) => [c.text, c.change])).toEqual([['-1.3%', 'decrease'], ['-0.6%', 'decrease']]);
  });

  it('drops number words inside hyphenated words', () => {
    expect(claims('It set a production-four-door record.')).toEqual([]);
  });

  it('drops street addresses with number ranges and labels such as "Unit 3"', () => {
    expect(claims('Unit 3 at 16-18 Industrial Avenue was leased.')).toEqual([]);
  });

  it('does not read a capitalised "Stone" as a unit', () => {
    expect(claims('During 2016 Stone spoke to officials.')).toEqual([]);
  });

  it('reads a restated change in brackets', () => {
    const out = claims('Temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit).');
    expect(out.map((c) => [c.kind, c.value, c.upper, c.change])).toEqual([['range', 1, 1.5, 'decrease'], ['range', 1.8, 2.7, 'decrease']]);
  });

  it('reads "$A" and "$US" before digits', () => {
    expect(claimOf('Worth $US55,931,000 ($A82,615,680) in all.', '$A82,615,680')).toMatchObject({unit: 'AUD', value: 82615680});
  });
});

describe('qualifier and change patterns found while scoring', () => {
  it('reads "under the age of" as an upper bound', () => {
    expect(claimOf('Children under the age of 5 years were hit.', 'under the age of 5 years')).toMatchObject({bound: 'upper', value: 5});
  });

  it('reads an average as approximate, keeping the verb out of the words', () => {
    expect(claimOf('He averaged 7.3 points a game.', '7.3 points')).toMatchObject({bound: 'approximate'});
  });

  it('carries a change to a restatement after "<noun> or"', () => {
    expect(claimOf('Jobs grew by 125,600 positions or 2.2 per cent.', '2.2 per cent').change).toBe('increase');
  });
});

describe('count and range patterns found while scoring', () => {
  it('counts a number before a name when a qualifier says it is a count', () => {
    expect(claimOf('Police say about 460 Kia cars were stolen.', 'about 460')).toMatchObject({value: 460, bound: 'approximate'});
  });

  it('reads a decimal written without a leading zero', () => {
    expect(claimOf('He shot .534 from the field.', '.534')).toMatchObject({value: 0.534});
  });

  it('reads two amounts of the same currency around a slash as a range', () => {
    expect(claimOf('The risk-reward is $7/$9 a share.', '$7/$9')).toMatchObject({kind: 'range', value: 7, upper: 9, unit: 'USD'});
  });
});
