import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {alternation, ENGLISH, trieAlternation} from '../../src/attribution/lexicon.js';
import {fuzz} from '../helpers/fuzz-config.js';

const WORDS = [...ENGLISH.reportVerbs, ...ENGLISH.participles, ...ENGLISH.quoteVerbs.filter((w) => /^[a-z ]+$/.test(w))];
const flat = new RegExp(`\\b(?:${alternation(WORDS)})\\b`, 'gi');
const trie = new RegExp(`\\b(?:${trieAlternation(WORDS)})\\b`, 'gi');
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

// The trie finds what the flat alternation finds: the same places, the same words. Invented inputs.
describe('trieAlternation', () => {
  it('is null for a list it cannot write', () => {
    expect(trieAlternation(['said', 'Told'])).toBeNull();
    expect(trieAlternation(['wrote on Twitter'])).toBeNull();
    expect(trieAlternation(['co-signed'])).toBeNull();
  });

  it.each(['She said so.', 'He POINTED   OUT that', 'according\nto the poll', 'saidx says', 'they were saying, said', 'sa id', 'Told tells telling'])('%j', (text) => {
    expect(all(trie, text)).toEqual(all(flat, text));
  });

  it('on texts of cue words, their prefixes and glue (property)', () => {
    const word = fc.constantFrom(...WORDS, 'sa', 'poin', 'according', 'to', 'out', 'in', 'a', 'statement', 'x', '\u212a', 'ſ');
    const cased = fc.tuple(word, fc.nat(2)).map(([w, k]) => (k === 0 ? w : k === 1 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)));
    const text = fc.array(fc.tuple(cased, fc.constantFrom(' ', '  ', '\n', '', ',', '-', '_', '1')), {minLength: 1, maxLength: 10}).map((xs) => xs.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, (t) => {
      expect(all(trie, t), t).toEqual(all(flat, t));
    }), fuzz(4000));
  });
});
