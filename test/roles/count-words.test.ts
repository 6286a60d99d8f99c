import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {countWords} from '../../src/roles/count-words.js';
import {anyUnicode, exoticPieces} from '../helpers/arbitraries.js';
import {fuzz} from '../helpers/fuzz-config.js';

// The definitions the scan replaces: a word regex, then two regex tests per word.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
function byRegex(text: string, cjkApart: boolean) {
  const cjk = cjkApart ? (text.match(CJK)?.length ?? 0) : 0;
  const words = (cjk ? text.replace(CJK, ' ') : text).match(WORD) ?? [];
  const lettered = words.filter((w) => w.length >= 2 && /^\p{L}/u.test(w));
  return {words: words.length, lettered: lettered.length, capital: lettered.filter((w) => /^\p{Lu}/u.test(w)).length, cjk};
}

describe('countWords', () => {
  it('counts words, capitalised words and Chinese and Japanese characters', () => {
    expect(countWords("The U.S. economy's 3.5% rise — O'Neil said", true)).toEqual({words: 7, lettered: 6, capital: 3, cjk: 0});
    // CJK characters split words when counted apart, and are letters otherwise
    expect(countWords('東京Tokyo駅 新聞', true)).toEqual({words: 1, lettered: 1, capital: 1, cjk: 5});
    expect(countWords('東京Tokyo駅 新聞', false)).toEqual({words: 2, lettered: 2, capital: 0, cjk: 0});
    // the long-vowel mark is of no one script: a letter, not a CJK character
    expect(countWords('ニュース', true)).toEqual({words: 1, lettered: 0, capital: 0, cjk: 3});
    // a joiner does not start a word; an astral letter is two UTF-16 units
    expect(countWords("-'. 𝐀 a", true)).toEqual({words: 2, lettered: 1, capital: 1, cjk: 0});
  });

  it('agrees with the regex definition on any text', () => {
    const text = fc.array(fc.oneof(anyUnicode, fc.constantFrom(...exoticPieces, "’", "'", '.', '-', ' ', '漢字', 'ひら', 'カタ', '⺀', '〇', 'Ǆ', '𝐀b', '\ud800')), {maxLength: 40}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (t, apart) => {
        expect(countWords(t, apart)).toEqual(byRegex(t, apart));
      }),
      fuzz(2000),
    );
  });
});
