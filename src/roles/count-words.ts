/**
 * Word counts for block features, in one pass over the characters.
 *
 * A word is what `[\p{L}\p{N}][\p{L}\p{N}'’.-]*` matches (with the u flag): a letter or digit,
 * then letters, digits, apostrophes, dots and hyphens. Matching that regex and then testing each word
 * with two more Unicode regexes was the largest part of computing block features (every
 * block of every page, body paragraphs included); this scan gives the same counts from a
 * table for ASCII and a per-character cache for the rest.
 */

export interface WordCounts {
  /** Words, as the regex above counts them. */
  words: number;
  /** Words of two or more UTF-16 units that start with a letter. */
  lettered: number;
  /** Of those, the ones that start with an upper-case letter. */
  capital: number;
  /** Chinese and Japanese characters (Han, Hiragana, Katakana) when they are counted apart, else 0. */
  cjk: number;
}

const SEPARATOR = 0;
const LETTER = 1;
const UPPER = 2;
const DIGIT = 3;
const JOINER = 4; // ' ’ . -: inside a word only
/** A flag on a kind: the character is Chinese or Japanese (Han, Hiragana, Katakana). */
const CJK = 8;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Z]/.test(ch) ? UPPER : /[a-z]/.test(ch) ? LETTER : /\d/.test(ch) ? DIGIT : /['.-]/.test(ch) ? JOINER : SEPARATOR;
}

const CJK_CHAR = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const UPPER_CHAR = /^\p{Lu}$/u;
const LETTER_CHAR = /^\p{L}$/u;
const NUMBER_CHAR = /^\p{N}$/u;
const wide = new Map<number, number>();

function kindOf(cp: number): number {
  let kind = wide.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = UPPER_CHAR.test(ch) ? UPPER : LETTER_CHAR.test(ch) ? LETTER : NUMBER_CHAR.test(ch) ? DIGIT : cp === 0x2019 ? JOINER : SEPARATOR;
    if (CJK_CHAR.test(ch)) kind |= CJK;
    // the cache holds the characters a page uses; it stays small (a few thousand at most)
    if (wide.size < 65_536) wide.set(cp, kind);
  }
  return kind;
}

/**
 * Count the words of `text`. With `cjkApart`, Chinese and Japanese characters are counted
 * in `cjk` and split words (as if replaced by spaces); otherwise they are letters.
 */
export function countWords(text: string, cjkApart: boolean): WordCounts {
  let words = 0;
  let lettered = 0;
  let capital = 0;
  let cjk = 0;
  // the current word: its first character's kind (SEPARATOR when not in a word) and its length
  let first = SEPARATOR;
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; ) {
    let kind = SEPARATOR;
    let units = 1;
    if (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) kind = ASCII[c]!;
      else {
        const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
        if (cp > 0xffff) units = 2;
        kind = kindOf(cp);
        if (kind & CJK) {
          if (cjkApart) {
            cjk++;
            kind = SEPARATOR;
          } else kind &= ~CJK;
        }
      }
    }
    if (kind === SEPARATOR || (kind === JOINER && first === SEPARATOR)) {
      // a word ends here (or at the end of the text)
      if ((first === LETTER || first === UPPER) && i - start >= 2) {
        lettered++;
        if (first === UPPER) capital++;
      }
      first = SEPARATOR;
    } else if (first === SEPARATOR) {
      words++;
      first = kind;
      start = i;
    }
    i += units;
  }
  return {words, lettered, capital, cjk};
}
