import type {Form} from './form.js';
import {stickyAt} from './form.js';
import {alternation, TIME_UNITS} from './lexicon.js';

const TIME = alternation(Object.keys(TIME_UNITS), 'iuy');
// ages: "15-year-old", "65 years old", "18 month-old", "eighteen months of age", "90 day old"
const AGE = /[\s-]?(years?|months?|weeks?|days?)(?:[\s-]?old|\s+of\s+age)(?!\p{L})/iuy;
const DURATION = new RegExp(String.raw`[\s-]?(${TIME})(?![\p{L}\p{N}])`, 'iuy');
// "three years ago", "two weeks from now", "2 years 1 month 21 days ago": a relative date
const AGO = /(?:,?\s+(?:and\s+)?(?:\d{1,3}|[a-z]{3,9}(?:[\s-][a-z]{3,5})?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)){0,3}\s+(?:ago|hence|(?:from|after|before)\s+(?:now|today|tomorrow|yesterday|tonight))\b/iy;
const AGED_BEFORE = /\b(?:aged|age|ages)\s$/iu;

/** Durations ("four months", "nearly five years", "3min") and ages ("15-year-old", "aged 25"). */
export const durations: Form = (n, scope) => {
  const {text} = scope;
  const age = stickyAt(AGE, text, n.end);
  if (age) return {end: age.index + age[0].length, kind: 'duration', unit: TIME_UNITS[age[1]!.toLowerCase()]!};
  const d = stickyAt(DURATION, text, n.end);
  if (d) {
    const end = d.index + d[0].length;
    const ago = stickyAt(AGO, text, end);
    return {end, kind: 'duration', unit: TIME_UNITS[d[1]!.toLowerCase()]!, notClaim: ago ? 'a relative date ("three years ago")' : undefined};
  }
  if (AGED_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start)) && !n.currency) {
    const start = n.start - (text.slice(Math.max(0, n.start - 6), n.start).match(AGED_BEFORE)![0].length);
    return {start, end: n.end, kind: 'duration', unit: 'year'};
  }
  return null;
};
