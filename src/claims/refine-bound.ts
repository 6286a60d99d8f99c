import type {Bound} from '../schema/claim.js';
import type {Candidate} from './types.js';
import type {Scope} from './scope.js';
import {after} from './scope.js';
import {alternation} from './lexicon.js';

const QUALIFIERS: Record<string, Bound> = {
  'more than': 'lower', 'over': 'lower', 'above': 'lower', 'at least': 'lower', 'upwards of': 'lower', 'in excess of': 'lower',
  'greater than': 'lower', 'no less than': 'lower', 'not less than': 'lower', 'north of': 'lower', 'just over': 'lower',
  'well over': 'lower', 'as few as': 'lower', 'as little as': 'lower', 'a minimum of': 'lower', 'a record': 'exact',
  'nearly': 'upper', 'almost': 'upper', 'close to': 'upper', 'under': 'upper', 'less than': 'upper', 'fewer than': 'upper',
  'up to': 'upper', 'as many as': 'upper', 'as much as': 'upper', 'as high as': 'upper', 'below': 'upper', 'no more than': 'upper',
  'not more than': 'upper', 'at most': 'upper', 'just under': 'upper', 'a maximum of': 'upper', 'shy of': 'upper',
  'about': 'approximate', 'around': 'approximate', 'some': 'approximate', 'roughly': 'approximate', 'approximately': 'approximate',
  'approx.': 'approximate', 'an estimated': 'approximate', 'estimated': 'approximate', 'circa': 'approximate', 'ca.': 'approximate',
  'or so': 'approximate', 'averaged': 'approximate', 'averaging': 'approximate', 'an average of': 'approximate', 'average of': 'approximate',
  'barely': 'approximate',
  // comparisons written out, with "or equal" in every order the language allows
  'larger than': 'lower', 'bigger than': 'lower', 'higher than': 'lower', 'older than': 'lower', 'longer than': 'lower',
  'heavier than': 'lower', 'taller than': 'lower', 'wider than': 'lower', 'exceeding': 'lower', 'no fewer than': 'lower',
  'not fewer than': 'lower',
  'smaller than': 'upper', 'lower than': 'upper', 'younger than': 'upper', 'shorter than': 'upper', 'lighter than': 'upper',
  'not exceeding': 'upper', 'no greater than': 'upper', 'no higher than': 'upper', 'no larger than': 'upper', 'no bigger than': 'upper',
  'under the age of': 'upper', 'over the age of': 'lower', 'above the age of': 'lower', 'give or take': 'approximate', 'an approximate': 'approximate', 'approaching': 'upper',
};
// "greater than or equal to", "higher or equal than", "at least or equal to": the same bound
const OR_EQUAL = String.raw`(?:\s+or\s+equal(?:\s+(?:to|than))?)?`;
const LOWER_WORDS = ['greater', 'larger', 'bigger', 'higher', 'more'];
const UPPER_WORDS = ['less', 'smaller', 'lower', 'fewer'];
for (const w of LOWER_WORDS) QUALIFIERS[`${w} or equal than`] = QUALIFIERS[`${w} or equal to`] = QUALIFIERS[`${w} than or equal to`] = 'lower';
for (const w of UPPER_WORDS) QUALIFIERS[`${w} or equal than`] = QUALIFIERS[`${w} or equal to`] = QUALIFIERS[`${w} than or equal to`] = 'upper';
/** Comparison signs before a number: ">10", "≥ 30", "< = 100", "~5" (U+223C as well as ASCII). */
const SIGN_BOUNDS: Record<string, Bound> = {'>': 'lower', '≥': 'lower', '›': 'lower', '⩾': 'lower', '<': 'upper', '≤': 'upper', '‹': 'upper', '⩽': 'upper',
  '~': 'approximate', '∼': 'approximate', '≈': 'approximate', '≃': 'approximate'};
const VERB_QUALIFIERS = new Set(['averaged', 'averaging']);
// a qualifier right before the number; the slice is short, so trying each start is cheap
const BEFORE = new RegExp(String.raw`(?<!\p{L})(${alternation(Object.keys(QUALIFIERS), 'iu')})${OR_EQUAL}\s+$|([<>≤≥‹›⩽⩾~∼≈≃])(?:\s?=)?\s?$`, 'iu');
// verbs that put a floor under the number without being part of its words: "surpassed two billion dollars"
const VERB_BEFORE = /\b(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|topp(?:ed|ing)|tops|crossed|passed)\s+$/iu;
// A match is a verb (ten letters at most) that ends where the trailing white space starts, so
// the pattern is tried on the end of the slice only: that verb and the character before it
// (which decides the \b), not on every start of 48 characters.
const VERB_REACH = 11;
const AFTER = /^(?:\+(?!\p{N})|\s+(?:or|and)\s+(?:more|above|higher|over|greater|larger|bigger|older|longer|up|upwards)\b|\s+plus\b|\s+or\s+so\b|\s+(?:or|and)\s+(?:less|fewer|below|under|lower|smaller|younger|shorter)\b)/iu;
// "(8 miles)" right after "more than 5 km": the same measure restated
const CONVERSION_GAP = /^\s*[([]\s*$/u;

/**
 * Bounds from qualifiers: "more than / over / at least / surpassed" -> lower; "nearly / almost
 * / up to / less than" -> upper; "about / around / some / roughly / ~" -> approximate. A
 * qualifier written next to the number joins the claim's words ("around 90,000"); a verb
 * ("surpassed") sets the bound but stays out of them.
 */
export function attachBound(cands: Candidate[], scope: Scope): Candidate[] {
  let prev: Candidate | undefined;
  for (const c of cands) {
    const last = prev;
    prev = c;
    if (c.kind === 'ordinal') continue;
    const left = scope.text.slice(Math.max(0, c.start - 48), c.start);
    const m = BEFORE.exec(left);
    if (m) {
      const q = (m[1] ?? m[2]!).toLowerCase();
      c.bound = m[2] ? SIGN_BOUNDS[m[2]]! : QUALIFIERS[q]!;
      if (!VERB_QUALIFIERS.has(q)) c.start -= m[0].length; // "averaged 7.3 points": a verb stays out
    } else if (VERB_BEFORE.test(left.slice(Math.max(0, left.trimEnd().length - VERB_REACH)))) {
      c.bound = 'lower';
      continue;
    } else if (last && CONVERSION_GAP.test(scope.text.slice(last.end, c.start))) {
      continue; // "more than 5 km (8 miles)": the bound is the measure's, never read again into its conversion
    }
    // "five hundred or more", "about 500 or more": the words after say which side
    if (c.bound !== 'exact' && c.bound !== 'approximate') continue;
    const a = AFTER.exec(after(scope, c.end, 24));
    if (a) {
      const w = a[0].toLowerCase();
      if (w.includes('so')) {
        if (c.bound === 'exact') c.bound = 'approximate';
      } else c.bound = /less|fewer|below|under|lower|smaller|younger|shorter/.test(w) ? 'upper' : 'lower';
      c.end += a[0].length;
    }
  }
  return cands;
}
