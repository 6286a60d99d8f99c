import type {Form} from './form.js';
import {numeralAt, stickyAt} from './form.js';

const IN = /\s+(?:in|out\s+of)\s+/iy;
const TIMES = /\s+times\b/iy;

/** Ratios: fractions and multipliers ("a third", "three-quarters", "twice", "6.5 times"), "one in five". */
export const ratios: Form = (n, scope, all) => {
  const {text} = scope;
  if (n.ratio) return {end: n.end, kind: 'ratio', unit: null};
  const inMatch = stickyAt(IN, text, n.end);
  if (inMatch && n.value > 0) {
    const at = inMatch.index + inMatch[0].length;
    const next = numeralAt(all, at);
    // "300 in 2008" is a number and a year, never a ratio
    const year = next && next.digits && !next.formatted && Number.isInteger(next.value) && next.value >= 1000 && next.value <= 2100 && next.end - next.start === 4;
    const of = next && next.value > n.value && !next.currency && !year ? next : undefined;
    if (of) return {end: of.end, kind: 'ratio', unit: null, value: n.value / of.value, consumed: [of]};
  }
  const times = stickyAt(TIMES, text, n.end);
  if (times) return {end: times.index + times[0].length, kind: 'ratio', unit: '×'};
  return null;
};
