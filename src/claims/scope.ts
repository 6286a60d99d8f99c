import {firstIndexNotBefore} from './search.js';
import type {NumberLocale} from './locale.js';

/** A word of the sentence, from the nlcst tree (offsets into the sentence text; see `parsedSentences`). */
export interface WordTok {
  text: string;
  start: number;
  end: number;
}

/**
 * One sentence as the recognisers and refiners see it: its text, where it sits in the
 * whole text (`base`), the whole text (for context that crosses a sentence boundary, as
 * in "Dec. | 2") and its words from the retext tree.
 */
export interface Scope {
  text: string;
  base: number;
  full: string;
  words: WordTok[];
  /** How numbers are written in the text's language (unknown when not given). */
  locale?: NumberLocale;
}

/** Up to `n` characters of the whole text before sentence offset `at`. */
export function before(scope: Scope, at: number, n = 48): string {
  const abs = scope.base + at;
  return scope.full.slice(Math.max(0, abs - n), abs);
}

/** Up to `n` characters of the whole text from sentence offset `at`. */
export function after(scope: Scope, at: number, n = 48): string {
  const abs = scope.base + at;
  return scope.full.slice(abs, abs + n);
}

/** The index of the first word that starts at or after `at` (words.length if none). */
export function wordAtOrAfter(words: readonly WordTok[], at: number): number {
  return firstIndexNotBefore(words.length, (k) => words[k]!.start < at);
}

/** The index of the last word that ends at or before `at` (-1 if none). */
export function wordEndingBy(words: readonly WordTok[], at: number): number {
  return firstIndexNotBefore(words.length, (k) => words[k]!.end <= at) - 1;
}
