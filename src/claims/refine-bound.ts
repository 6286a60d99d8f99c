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
  'barely': 'approximate', 'under the age of': 'upper', 'over the age of': 'lower', 'above the age of': 'lower', 'give or take': 'approximate', 'an approximate': 'approximate', 'approaching': 'upper',
};
const VERB_QUALIFIERS = new Set(['averaged', 'averaging']);
// a qualifier right before the number; the slice is short, so trying each start is cheap
const BEFORE = new RegExp(String.raw`(?<![\p{L}])(${alternation(Object.keys(QUALIFIERS), 'iu')})\s+$|(~|≈)\s?$`, 'iu');
// verbs that put a floor under the number without being part of its words: "surpassed two billion dollars"
const VERB_BEFORE = /\b(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|topp(?:ed|ing)|tops|crossed|passed)\s+$/iu;
const AFTER = /^(?:\+|\s+or\s+(?:more|above|higher|over)\b|\s+plus\b|\s+or\s+so\b|\s+or\s+(?:less|fewer|below|under)\b)/iu;

/**
 * Bounds from qualifiers: "more than / over / at least / surpassed" -> lower; "nearly / almost
 * / up to / less than" -> upper; "about / around / some / roughly / ~" -> approximate. A
 * qualifier written next to the number joins the claim's words ("around 90,000"); a verb
 * ("surpassed") sets the bound but stays out of them.
 */
export function attachBound(cands: Candidate[], scope: Scope): Candidate[] {
  for (const c of cands) {
    if (c.kind === 'ordinal') continue;
    const left = scope.text.slice(Math.max(0, c.start - 32), c.start);
    const m = BEFORE.exec(left);
    if (m) {
      const q = (m[1] ?? m[2]!).toLowerCase();
      c.bound = m[2] ? 'approximate' : QUALIFIERS[q]!;
      if (!VERB_QUALIFIERS.has(q)) c.start -= m[0].length; // "averaged 7.3 points": a verb stays out
      continue;
    }
    if (VERB_BEFORE.test(left)) {
      c.bound = 'lower';
      continue;
    }
    const a = AFTER.exec(after(scope, c.end, 16));
    if (a) {
      const w = a[0].toLowerCase();
      c.bound = w.includes('so') ? 'approximate' : /less|fewer|below|under/.test(w) ? 'upper' : 'lower';
      c.end += a[0].length;
    }
  }
  return cands;
}
