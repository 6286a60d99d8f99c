import type {Candidate} from './types.js';
import type {Scope} from './scope.js';
import {after, before} from './scope.js';
import {CHANGE_BEFORE, CHANGE_FROM_BEFORE, direction} from './change-words.js';

const DASH = /^(?:\s?[-–—]\s?|[~∼])$/u;
// "5 to 7", "8- to 16-metre", "20 through 100"
const TO = /^\s*-?\s*(?:to|through|thru)\s*-?\s*$/iu;
const AND = /^\s+and\s+$/iu;
const OR = /^\s+or\s+$/iu;
const BETWEEN = /\bbetween\s+$/iu;
const FROM = /\bfrom\s+$/iu;
const BY = /\bby\s+$/iu;
const TILDE = /^[~∼]$/u;
// the counted noun after "10-20 people": a word in lower case, not one a score or a label is followed by
const NOUN_AFTER = /^\s+(\p{Ll}{3,})\b/u;
const NOT_COUNTED = new Set(('win wins loss losses defeat defeats victory victories draw draws lead leads scoreline score result ' +
  'aggregate thrashing home away win-loss record points goals runs games sets the and but for with from into after before ' +
  'against over under since until then when while was were are has had have will would could').split(' '));

/**
 * Whether two bare numbers joined by a dash are a range, not a score or a label: a tilde joins
 * them ("20~100"), or they rise and a counted noun follows ("10-20 people"), or they
 * rise past what any score reaches ("1000-4000").
 */
function looksLikeRange(a: Candidate, b: Candidate, gap: string, scope: Scope): boolean {
  if (TILDE.test(gap)) return true;
  if (!(a.value < b.value)) return false;
  if (a.value >= 1000) return true;
  const noun = NOUN_AFTER.exec(after(scope, b.end, 24))?.[1];
  return !!noun && !NOT_COUNTED.has(noun);
}

/**
 * Merges two numbers into one range: "5-7%", "between 5 and 7 million", "from $3 billion to
 * $5 billion", "$3bn-$5bn", "three or four years". The first bound takes the unit, currency
 * and scale of the second when it has none of its own (recorded in `implied`). "rose from X
 * to Y" is a change, not a range; "2-1" with no unit is a score and is dropped.
 */
export function mergeRanges(cands: Candidate[], scope: Scope): Candidate[] {
  const out: Candidate[] = [];
  const dropped = new Set<Candidate>();
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (dropped.has(a)) continue;
    if (!b || a.kind === 'ordinal' || b.kind === 'ordinal' || a.kind === 'range' || b.kind === 'range') {
      out.push(a);
      continue;
    }
    const gap = scope.text.slice(a.end, b.start);
    const left = before(scope, a.start, 40);
    // "$7/$9": two amounts with the same unit written on both sides of a slash
    const dash = DASH.test(gap) || (gap === '/' && a.unitWritten && b.unitWritten && a.unit === b.unit && a.kind === b.kind);
    const to = TO.test(gap);
    const between = AND.test(gap) && BETWEEN.test(left);
    const or = OR.test(gap) && !a.unitWritten && !a.numeral.digits && !b.numeral.digits;
    if (!dash && !to && !between && !or) {
      out.push(a);
      continue;
    }
    const aBare = !a.unitWritten;
    const bBare = !b.unitWritten;
    // "rose from $3bn to $5bn": a change from one level to another
    const from = CHANGE_FROM_BEFORE.exec(left);
    if (from && to) {
      b.change = direction(from[1]!);
      out.push(a);
      continue;
    }
    // "increased by $43.6 billion to $419.2 billion": an amount, then a level
    const changeBy = CHANGE_BEFORE.exec(left);
    if (changeBy && to && !aBare) {
      out.push(a);
      continue;
    }
    if (aBare && bBare && dash && a.numeral.digits && b.numeral.digits && !a.numeral.scaled && !b.numeral.scaled
      && !BETWEEN.test(left) && !FROM.test(left) && !BY.test(left) && !looksLikeRange(a, b, gap, scope)) {
      dropped.add(b); // "beat them 2-1": a score, or an identifier such as "737-800"
      continue;
    }
    let unit = b.unit;
    const implied = [...a.implied];
    if (!aBare && bBare) {
      // "$3-5 billion": the second bound takes the first's currency
      if (!(dash || between || (to && a.kind === 'money' && b.numeral.scaled))) {
        out.push(a);
        continue;
      }
      unit = a.unit;
    } else if (!aBare && !bBare && (a.kind !== b.kind || a.unit !== b.unit)) {
      out.push(a);
      continue;
    } else if (aBare && !bBare) {
      implied.push('unit');
    }
    let value = a.value;
    const scale = b.numeral.scale ?? 1;
    if (b.numeral.scaled && !a.numeral.scaled && !(a.numeral.currency && b.numeral.currency) && a.value * scale <= b.value) {
      value = a.value * scale;
      implied.push('scale');
    }
    const prefix = between ? BETWEEN.exec(left) : FROM.exec(left);
    const start = prefix && (between || to) ? Math.max(0, a.start - prefix[0].length) : a.start;
    out.push({
      ...a, start, end: b.end, kind: 'range', value, upper: b.value, unit: unit ?? a.unit,
      change: a.change ?? b.change, implied, source: `${a.source}+${b.source}`,
      unitWritten: a.unitWritten || b.unitWritten,
    });
    i++;
  }
  return out;
}
