import type {Candidate} from './types.js';
import type {Scope} from './scope.js';
import {after} from './scope.js';
import {CHANGE_AFTER, CHANGE_BEFORE, direction} from './change-words.js';

const LINKED = /^(?:(?:\s+\p{L}{1,20}){0,2},?\s+or\s+|\s*\(\s*)$/u;

/**
 * Change from the words around the number: "increased by 16%", "rose 3%", "fell by $2bn",
 * "down 5%", "grew to $1bn" before it; "a 10% drop", "34% higher" after it; a written sign
 * on a percentage ("-1.3%").
 */
export function attachChange(cands: Candidate[], scope: Scope): Candidate[] {
  let prev: Candidate | undefined;
  for (const c of cands) {
    const last = prev;
    prev = c;
    if (c.kind === 'ordinal' || c.change) continue;
    // "lost 162 points, or 2.1%", "fell by 1 to 1.5C (1.8 to 2.7F)": the same change, restated
    if (last?.change && LINKED.test(scope.text.slice(last.end, c.start))) {
      c.change = last.change;
      continue;
    }
    const left = scope.text.slice(Math.max(0, c.start - 32), c.start);
    const m = CHANGE_BEFORE.exec(left);
    if (m) {
      c.change = direction(m[1]!);
      continue;
    }
    const a = CHANGE_AFTER.exec(after(scope, c.end, 16));
    if (a && c.kind !== 'count') {
      c.change = direction(a[1]!);
      continue;
    }
    if (c.kind === 'percent' && c.numeral.sign) c.change = c.numeral.sign < 0 ? 'decrease' : 'increase';
  }
  return cands;
}
