import type {BlockFeatures} from './types.js';

/**
 * A block's key: its visible text (the first KEY_CHARS characters) lower-cased, without
 * accents, letters and digits only, single spaces. Equal keys mean the same words: a menu
 * printed in the header and the footer, a caption printed once per image size, the headline
 * printed again in a teaser.
 *
 * Every block needs to know whether another block has its key, but few need the key itself.
 * So a block carries `keySig`, a hash of its key computed in one walk over its characters
 * without building the key string (building it was a third of the cost of a block's
 * features), and the key string is built only for blocks whose hash another block shares.
 */

/** Characters of a block that make its key: enough to tell repeated titles, captions and menus apart. */
export const KEY_CHARS = 300;

const DIACRITICS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_NOT_WORD = /[^a-z\d]+/g;
// punctuation of English pages past ASCII whose NFKD form has no letter or digit: no-break
// space £ © « ® · » ‐ – — ‘ ’ ‚ ‛ “ ” „ ‟ • … €
const PLAIN_PUNCTUATION = '\u00a0\u00a3\u00a9\u00ab\u00ae\u00b7\u00bb\u2010\u2013\u2014\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2022\u2026\u20ac';
// neither ASCII nor that punctuation
const NOT_PLAIN = new RegExp(`[^\\0-\\x7f${PLAIN_PUNCTUATION}]`);

/** Lower case, no accents, letters and digits only: equal keys mean the same words. */
export function textKey(text: string): string {
  // ASCII text needs no normalising, and its letters and digits are [a-z\d] once lower-cased;
  // so does text whose other characters are only the punctuation of English pages (curly
  // quotes, dashes, no-break spaces: no letters, digits or marks, before or after NFKD)
  if (!NOT_PLAIN.test(text)) return text.toLowerCase().replace(ASCII_NOT_WORD, ' ').trim();
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** The key of a block's visible text. */
export function blockKey(block: Pick<BlockFeatures, 'visible'>): string {
  return textKey(block.visible.slice(0, KEY_CHARS));
}

// For each ASCII code: its lower-case letter or digit, or 0 for a separator.
const ASCII_KEY = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c).toLowerCase();
  if (/[a-z\d]/.test(ch)) ASCII_KEY[c] = ch.charCodeAt(0);
}
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
// 0 is kept for "no key"; a small integer keeps the Map of hashes on its fast path
const finish = (h: number, words: number) => (words ? h & 0x3fffffff || 1 : 0);

// Greek capital sigma lower-cases by its place in the word (σ, or ς at a word's end): the
// one character whose piece of the key (below) is not its own (checked over every code point)
const CAPITAL_SIGMA = 0x3a3;
// each character's piece of the key: what textKey makes of it alone ("A" -> "a", "," -> " ",
// "É" -> "e", "ﬁ" -> "fi", "½" -> "1 2", "—" -> " ", "Ж" -> "ж", a combining accent -> "").
// NFKD, taking marks out and lower-casing work character by character (NFKD only reorders
// marks, which go), so a text's key is its characters' pieces put together, spaces folded
// and trimmed. ASCII's come from ASCII_KEY; the others are kept for the process, as
// count-words keeps its character kinds (pages use a few hundred).
const ASCII_PIECES = Array.from(ASCII_KEY, (k) => (k ? String.fromCharCode(k) : ' '));
const widePieces = new Map<number, string>();
function pieceOf(cp: number): string {
  if (cp < 128) return ASCII_PIECES[cp]!;
  let piece = widePieces.get(cp);
  if (piece === undefined) {
    piece = String.fromCodePoint(cp).normalize('NFKD').replace(DIACRITICS, '').toLowerCase().replace(NOT_WORD, ' ');
    if (widePieces.size < 65_536) widePieces.set(cp, piece);
  }
  return piece;
}

/**
 * FNV-1a over the key of `text`, the spaces between words included, read straight from the
 * pieces (pieceOf) of the text's first `limit` characters, without building the key or NFKD
 * over the text (that was most of the cost of a block's hash on pages in other scripts).
 * -1 when the text has a capital sigma (the key then needs textKey).
 */
function sigOfText(text: string, limit: number): number {
  let h = FNV_BASIS;
  let inWord = false;
  let words = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    // a surrogate pair is one character, unless the limit cuts it (as slice does)
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const cp = pair ? text.codePointAt(i)! : c;
    if (pair) i++;
    if (cp === CAPITAL_SIGMA) return -1;
    const piece = pieceOf(cp);
    for (let j = 0; j < piece.length; j++) {
      const k = piece.charCodeAt(j);
      if (k === SPACE) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        if (words++) h = Math.imul(h ^ SPACE, FNV_PRIME);
        inWord = true;
      }
      h = Math.imul(h ^ k, FNV_PRIME);
    }
  }
  return finish(h, words);
}

/** The same hash over a key string (words of any script, one space apart). */
function sigOfKey(key: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return finish(h, key.length);
}

/** A hash of the block key of `visible` (see blockKey): equal keys give equal hashes; 0 when the key is empty. */
export function keySig(visible: string): number {
  const sig = sigOfText(visible, KEY_CHARS);
  return sig >= 0 ? sig : sigOfKey(textKey(visible.slice(0, KEY_CHARS)));
}

/** Whether two blocks have the same key (the hashes first; the keys only when those agree). */
export function sameKey(a: BlockFeatures, b: BlockFeatures): boolean {
  return a.keySig !== 0 && a.keySig === b.keySig && blockKey(a) === blockKey(b);
}
