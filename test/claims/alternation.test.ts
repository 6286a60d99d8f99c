import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {alternation, escapeRe, CURRENCY_ADJECTIVE_WORDS, MONTHS, ORDINAL_WORDS, TIME_UNITS, UNITS} from '../../src/claims/lexicon.js';
import {INCREASE_WORDS, DECREASE_WORDS} from '../../src/claims/change-words.js';
import {fuzz} from '../helpers/fuzz-config.js';

/** The alternation as it was written before the trie: the words flat, longest first. */
const flat = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');

/** The same regex around the trie and around the flat alternation; every match of both, from every place. */
function sameEverywhere(words: readonly string[], flags: string, around: (w: string) => string, text: string) {
  const sticky = flags.includes('y') ? flags : `${flags}y`;
  const trie = new RegExp(around(alternation(words, flags)), sticky);
  const plain = new RegExp(around(flat(words)), sticky);
  for (let at = 0; at <= text.length; at++) {
    trie.lastIndex = at;
    plain.lastIndex = at;
    const a = trie.exec(text);
    const b = plain.exec(text);
    expect(a && [...a], `${JSON.stringify(text)} at ${at}`).toEqual(b && [...b]);
  }
}

// the patterns the claims stage wraps its word lists in (a unit, a verb before "from", a month)
const AROUND = [(w: string) => `\\s?-?(${w})(?![\\p{L}\\p{N}])`, (w: string) => `\\b(${w})(?:\\s+\\p{Ll}+){0,3}?\\s+from`, (w: string) => `(?:${w})\\b`, (w: string) => `(${w})`];

describe('alternation', () => {
  it('writes a trie: a shared start once, longer words before shorter ones', () => {
    expect(alternation(['kg', 'km', 'km/h'], 'iu')).toBe('k(?:m(?:\\/h|)|g)');
    expect(alternation(['a'], 'iu')).toBe('a');
  });

  it('keeps characters the regex takes for each other (µ and μ under i and u) in one flat group, in order', () => {
    const src = alternation(['µg', 'μg', 'mg'], 'iu');
    expect(src).toContain('µg|μg');
    expect(new RegExp(`^(?:${src})$`, 'iu').test('Μg')).toBe(true); // capital mu
    expect(alternation(['Ab', 'ab'], 'u')).toBe('Ab|ab');
  });

  it('matches what the flat alternation matches, in every lexicon and pattern', () => {
    const lists: [readonly string[], string][] = [
      [Object.keys(UNITS), 'iu'], [Object.keys(TIME_UNITS), 'iu'], [MONTHS, 'iu'], [Object.keys(ORDINAL_WORDS), 'iu'],
      [['about', 'around', 'almost', 'at least', 'at most', 'more than', 'more', 'up to'], 'iu'], [[...INCREASE_WORDS, ...DECREASE_WORDS], 'iu'], [CURRENCY_ADJECTIVE_WORDS, 'iu'],
    ];
    for (const [words, flags] of lists) {
      // every word, in other cases and with what may follow it
      const text = words.flatMap((w) => [w, w.toUpperCase(), `${w[0]!.toUpperCase()}${w.slice(1)}`, `${w}s`, `${w}-x`, `${w} from`]).join(' ');
      for (const around of AROUND) sameEverywhere(words, flags, around, text);
    }
  });

  it('refuses i without u', () => {
    expect(() => alternation(['a'], 'i')).toThrow(TypeError);
  });

  it('matches what the flat alternation matches on random words and texts (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', 'k', 'K', '\u212a', 's', '\u017f', 'µ', 'μ', 'Μ', '/', '.', '😀', '²', ' ');
    const word = fc.array(alphabet, {minLength: 1, maxLength: 4}).map((cs) => cs.join(''));
    const flags = fc.constantFrom('iu', 'u', '');
    fc.assert(fc.property(fc.array(word, {minLength: 1, maxLength: 12}), flags, fc.array(alphabet, {maxLength: 16}).map((cs) => cs.join('')), fc.constantFrom(...AROUND), (words, f, text, around) => {
      sameEverywhere(words, f, around, text);
    }), fuzz(800));
  });
});
