import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {mayBeNumberWord, NUMBER_WORD_LIST} from '../../src/claims/number-words.js';
import {claimsOfText, mayHoldNumber} from '../../src/claims/index.js';
import {ORDINAL_WORDS} from '../../src/claims/lexicon.js';
import {fuzz} from '../helpers/fuzz-config.js';
import {claimOf, claims} from './helpers.js';

describe('number words and fractions', () => {
  it.each([
    ['They invested two billion in roads.', 'two billion', 'count', 2e9],
    ['Investments passed two billion dollars.', 'two billion dollars', 'money', 2e9],
    ['He bought a dozen eggs.', 'a dozen', 'count', 12],
    ['Half a million people marched.', 'Half a million', 'count', 5e5],
    ['Half a dozen firms bid.', 'Half a dozen', 'count', 6],
    ['Three-quarters of voters agreed.', 'Three-quarters', 'ratio', 0.75],
    ['A third of those screened were ill.', 'A third', 'ratio', 1 / 3],
    ['One in five adults smokes.', 'One in five', 'ratio', 0.2],
    ['Prices are twice as high.', 'twice', 'ratio', 2],
    ['Two hundred and fifty people came.', 'Two hundred and fifty', 'count', 250],
    ['Ninety-five delegates voted.', 'Ninety-five', 'count', 95],
    ['The stock trades at 6.5 times earnings.', '6.5 times', 'ratio', 6.5],
  ])('%s -> %s', (text, words, kind, value) => {
    expect(claimOf(text, words)).toMatchObject({kind, value});
  });

  it('reads vague plurals as the scale, a lower bound, up to ten times it', () => {
    expect(claimOf('Migrants, millions of whom work there, left.', 'millions')).toMatchObject({kind: 'count', value: 1e6, upper: 1e7, bound: 'lower'});
    expect(claimOf('Hundreds of people gathered.', 'Hundreds')).toMatchObject({value: 100, bound: 'lower', subject: 'people'});
    expect(claimOf('There are tens of thousands of students.', 'tens of thousands')).toMatchObject({value: 1e4, bound: 'lower'});
    expect(claimOf('Dozens of homes burned.', 'Dozens')).toMatchObject({value: 12, bound: 'lower'});
  });

  it('does not count "one" used as a pronoun, or number words inside names and compounds', () => {
    expect(claims('He wanted the same one again.')).toEqual([]);
    expect(claims('Each one has a view.')).toEqual([]);
    expect(claims('It was a one-time gain.')).toEqual([]);
    expect(claims('Apple One is a bundle.')).toEqual([]);
  });

  it('counts a number word in a compound: "six-cylinder" engines have six cylinders', () => {
    expect(claimOf('It has a six-cylinder engine.', 'six')).toMatchObject({kind: 'count', value: 6});
  });

  it('does not read "a" or "the third" as numbers', () => {
    expect(claims('A man saw a dog.')).toEqual([]);
    expect(claims('The third quarter was calm.')).toEqual([]);
  });
});

describe('mayBeNumberWord', () => {
  it('passes over words that start as no number word does, in any case', () => {
    for (const w of ['the', 'to', 'of', 'that', 'from', 'The', 'ABOUT', 'x']) expect(mayBeNumberWord(w), w).toBe(false);
    for (const w of ['two', 'Two', 'TWO', 'tWo', 'a', 'A', 'an', 'An', 'Million', 'thirteen', 'twenties', 'hal', 'Ünter']) expect(mayBeNumberWord(w), w).toBe(true);
  });

  it('never passes over a number word, whatever its case or what follows (property)', () => {
    const caseOf = (w: string, bits: boolean[]) => [...w].map((c, i) => (bits[i % bits.length] ? c.toUpperCase() : c)).join('');
    const numberWord = fc.tuple(fc.constantFrom(...NUMBER_WORD_LIST), fc.array(fc.boolean(), {minLength: 1, maxLength: 12})).map(([w, bits]) => caseOf(w, bits));
    const word = fc.oneof(numberWord, fc.string({minLength: 1, maxLength: 12}), fc.tuple(numberWord, fc.string({maxLength: 4})).map(([a, b]) => a + b));
    fc.assert(fc.property(word, (w) => {
      if (NUMBER_WORD_LIST.includes(w.toLowerCase())) expect(mayBeNumberWord(w), w).toBe(true);
    }), fuzz(3000));
  });
});

describe('the claims gate (mayHoldNumber)', () => {
  it('passes every word a claim without digits starts at, in any case', () => {
    const words = [...NUMBER_WORD_LIST.filter((w) => w !== 'a' && w !== 'an' && w !== 'zero'), ...Object.keys(ORDINAL_WORDS)];
    for (const w of words) {
      for (const v of [w, w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`]) expect(mayHoldNumber(`they said ${v}-fold, or so`), v).toBe(true);
    }
  });

  it('reads the ordinals and fractions the hand-written gate had missed', () => {
    expect(claimsOfText('It is the ninth-largest city.').map((c) => [c.kind, c.value])).toEqual([['ordinal', 9]]);
    expect(claimsOfText('the twentieth-biggest bank').map((c) => [c.kind, c.value])).toEqual([['ordinal', 20]]);
    expect(claimsOfText('They lost a ninth of the herd.').map((c) => c.text)).toEqual(['a ninth']);
  });
});
