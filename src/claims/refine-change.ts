import type {Candidate} from './types.js';
import type {Scope} from './scope.js';
import {after} from './scope.js';
import {CHANGE_AFTER, CHANGE_BEFORE, direction} from './change-words.js';

/**
 * Change from the words around the number: "increased by 16%", "rose 3%", "fell by $2bn",
 * "down 5%", "grew to $1bn" before it; "a 10% drop", "34% higher" after it; a written sign
 * on a percentage ("-1.3%").
 */
export function attachChange(cands: Candidate[], scope: Scope): Candidate[] {
  for (const c of cands) {
    if (c.kind === 'ordinal' || c.change) continue;
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
