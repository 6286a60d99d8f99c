import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchesOf} from '../src/nlp/matches.js';
import {fuzz} from './helpers/fuzz-config.js';

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
const viaMatchesOf = (re: RegExp, text: string) => matchesOf(re, text).map((m) => [m.index, m[0], m[1]]);

describe('matchesOf', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included (property)', () => {
    // the empty pattern matches (empty) at every position: the case matchAll steps over by itself
    // eslint-disable-next-line regexp/no-empty-group
    const patterns = [/\d+(?:\.\d+)?/g, /(\p{L}+)/gu, /x*/g, /x*/gu, /(?:)/gu, /\b(one|two)\b/giu, /[😀a]?/gu];
    const piece = fc.oneof(fc.string({maxLength: 4}), fc.string({unit: 'binary', maxLength: 3}), fc.constantFrom('1.5', 'one', 'TWO', 'x', '😀', '\ud83d', ' '));
    fc.assert(fc.property(fc.constantFrom(...patterns), fc.array(piece, {maxLength: 20}).map((p) => p.join('')), (re, text) => {
      expect(viaMatchesOf(re, text)).toEqual(viaMatchAll(re, text));
    }), fuzz(2000));
  });

  it('starts from the beginning whatever lastIndex was, and lets the caller reuse the regex', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    const found = matchesOf(re, 'a1b2c3');
    expect(found.map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(matchesOf(re, 'z9').map((m) => m.index)).toEqual([1]);
  });

  it('wants a global regex', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
  });
});
