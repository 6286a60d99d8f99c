import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {lastWords} from '../../src/claims/change-words.js';
import {prevWord, PREV_WORD} from '../../src/claims/refine-drop-not-claims.js';
import {fuzz} from '../helpers/fuzz-config.js';
import {claims} from './helpers.js';

const LAST_WORDS = /(\p{L}+)(?:\s+(?:by|to|of))?\s+$/u;
const viaRegex = (left: string) => {
  const m = LAST_WORDS.exec(left);
  return m ? [m[0], m[1]] : null;
};

// lastWords reads backwards what the end-anchored regex finds. Invented inputs.
describe('lastWords: what the regex finds', () => {
  it.each(['prices rose ', 'rose by ', 'it went up to ', 'By ', 'to ', 'x-by ', 'grew\tby\n', 'rose by to ', 'rose', ' ', '', 'fell 5 ', 'a \u{1d400}\u{1d401} ', '\udc00by ', 'café of  '])('%j', (left) => {
    expect(lastWords(left)).toEqual(viaRegex(left));
  });

  it('on strings of words, spaces and signs (property)', () => {
    const part = fc.constantFrom('rose', 'by', 'to', 'of', 'By', 'TO', 'fell', 'a', 'é', '\u{1d400}', '\ud835', '\udc00', ' ', '  ', '\t', '\u00a0', '\n', '-', ',', '5', '$', '.');
    fc.assert(fc.property(fc.array(part, {maxLength: 10}), (parts) => {
      const left = parts.join('');
      expect(lastWords(left), JSON.stringify(left)).toEqual(viaRegex(left));
    }), fuzz(5000));
  });
});

describe('attachBound reads a verb before the number from the end of the slice', () => {
  it.each([
    ['Sales surpassed 5 million units.', 'lower'], ['Sales bypassed 5 million units.', 'exact'], ['It topped   40%.', 'lower'],
    ['The fund, which passed 300 members,', 'lower'], ['a surpassing 12 points', 'lower'], ['xsurpassing 12 points', 'exact'],
  ])('%s', (text, bound) => {
    expect(claims(text)[0]!.bound).toBe(bound);
  });
});

describe('prevWord: what PREV_WORD finds', () => {
  const viaPrev = (left: string) => PREV_WORD.exec(left)?.[1];
  it.each(['about ', 'No. ', 'in  ', 'Boeing\r\n', 'A&B ', "O'Neil’s ", '5-a ', '-.x ', '12 ', '', ' ', 'word', 'é5 ', '\u{1d400}7 ', '\ud835x ', 'x\udc00 '])('%j', (left) => {
    expect(prevWord(left)).toBe(viaPrev(left));
  });

  it('on strings of letters, digits, signs and spaces (property)', () => {
    const part = fc.constantFrom('a', 'Row', 'é', '5', '&', "'", '’', '.', '-', ',', '$', ' ', '  ', '\n', '\u00a0', '\u{1d400}', '\u{1d7ce}', '\ud835', '\udc00', 'ſ');
    fc.assert(fc.property(fc.array(part, {maxLength: 12}), (parts) => {
      const left = parts.join('');
      expect(prevWord(left), JSON.stringify(left)).toBe(viaPrev(left));
    }), fuzz(5000));
  });
});
