import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {blockKey, keySig, KEY_CHARS, textKey} from '../../src/roles/block-key.js';
import {pageFeatures} from '../../src/roles/features.js';
import type {Segment} from '../../src/blocks/segment.js';
import {fuzz} from '../helpers/fuzz-config.js';

const segmentsOf = (texts: string[]): Segment[] => {
  let at = 0;
  return texts.map((text) => {
    const s = {start: at, end: at + text.length, text, lines: [{start: at, end: at + text.length}], blankBefore: true} as unknown as Segment;
    at += text.length + 2;
    return s;
  });
};

// two different keys with the same hash, found by a birthday search over short words
function collidingKeys(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const key = `w${i.toString(36)}`;
    const sig = keySig(key);
    const other = seen.get(sig);
    if (other !== undefined) return [other, key];
    seen.set(sig, key);
  }
}

describe('keySig', () => {
  it('equal keys give equal hashes, whichever way the text spells them', () => {
    expect(keySig('Share this  story!')).toBe(keySig('SHARE — THIS story'));
    expect(keySig('Café «Noir»')).toBe(keySig('CAFE NOIR'));
    expect(keySig('Москва сегодня')).toBe(keySig('МОСКВА, сегодня.'));
    expect(keySig('Ｃａｆé ｶﾞｲﾄﾞ')).toBe(keySig('cafe ガイド'));
    // a letter past the BMP cut in half by KEY_CHARS counts as textKey counts the half left
    const cut = `${'a'.repeat(KEY_CHARS - 1)}𝐀`;
    expect(keySig(cut)).toBe(keySig('a'.repeat(KEY_CHARS - 1)));
    expect(keySig(cut)).not.toBe(keySig('a'.repeat(KEY_CHARS)));
    expect(keySig('---')).toBe(0);
    expect(keySig('')).toBe(0);
  });

  it('is the hash of textKey of the first KEY_CHARS characters (property)', () => {
    const piece = fc.oneof(fc.string({maxLength: 8}), fc.constantFrom('«', '’', '—', '\u00a0', 'é', 'İ', 'Ж', '½', ' ', 'Word', 'WORD', '2024'));
    const text = fc.array(piece, {maxLength: 80}).map((p) => p.join(''));
    fc.assert(fc.property(text, text, (a, b) => {
      const ka = textKey(a.slice(0, KEY_CHARS));
      const kb = textKey(b.slice(0, KEY_CHARS));
      expect(keySig(a) === 0).toBe(ka === '');
      if (ka === kb) expect(keySig(a)).toBe(keySig(b));
      expect(blockKey({visible: a})).toBe(ka);
    }), fuzz(1000));
  });

  it('hashes a text as it hashes its key, in any script (property)', () => {
    // Latin accents, ligatures, fractions, Cyrillic, Greek with both sigmas, kana with a
    // voicing mark, half-width kana, a combining accent, an emoji, a lone surrogate
    const piece = fc.oneof(fc.string({maxLength: 6}), fc.string({unit: 'binary', maxLength: 4}),
      fc.constantFrom('É', 'ß', 'ﬁ', '½', 'Ж', 'ΟΔΟΣ', 'Σα', 'ς', 'ガ', 'ｶﾞ', 'e\u0301', '😀', '\ud83d', 'İ', '—', ' '));
    const text = fc.array(piece, {maxLength: 80}).map((p) => p.join(''));
    fc.assert(fc.property(text, (a) => {
      const key = textKey(a.slice(0, KEY_CHARS));
      expect(keySig(a)).toBe(keySig(key));
      expect(keySig(a) === 0).toBe(key === '');
    }), fuzz(2000));
  });
});

describe('pageFeatures repeats', () => {
  it('counts blocks with the same key, and echoes only for neighbours', () => {
    const blocks = pageFeatures(segmentsOf(['Share this', 'A headline here', 'SHARE THIS!', 'Photo: Jane Doe', 'Photo — Jane Doe', 'The end.']));
    expect(blocks.map((b) => b.repeats)).toEqual([2, 1, 2, 2, 2, 1]);
    expect(blocks.map((b) => b.echoes)).toEqual([false, false, false, true, true, false]);
  });

  it('two texts whose hashes collide are not repeats of each other', () => {
    const [a, b] = collidingKeys();
    expect(a).not.toBe(b);
    expect(keySig(a)).toBe(keySig(b));
    const blocks = pageFeatures(segmentsOf([a, b, a.toUpperCase()]));
    expect(blocks.map((x) => x.repeats)).toEqual([2, 1, 2]);
    expect(blocks.map((x) => x.echoes)).toEqual([false, false, false]);
  });
});
