import type {Form} from './form.js';
import {stickyAt} from './form.js';

// "16%", "16 per cent", "16 percent", "24pc", "2 percentage points", "25 basis points"
const PERCENT = /(?:\s?(%)|\s?(percentage\s+points?|basis\s+points?)|\s(pp|ppts?|bps?)|\s?(pct)|(pc)|\s(per\s?cents?|percents?|percentage|prozent|pour\s?cent|por\s?ciento|por\s?cento|per\s?cento|procent))(?![\p{L}\p{N}])/iuy;

// "per cent of twenty-two" at the start of a clause: the percentage named first
const PERCENT_OF = /(?:^|[.:;!?]\s*)(?:per\s?cents?|percents?)\s+of\s+$/iu;

/** Percentages, percentage points ("pp") and basis points ("bp"). */
export const percent: Form = (n, scope) => {
  const m = stickyAt(PERCENT, scope.text, n.end);
  if (!m) {
    const of = PERCENT_OF.exec(scope.text.slice(Math.max(0, n.start - 24), n.start));
    if (of) return {start: n.start - of[0].trimStart().length, end: n.end, kind: 'percent', unit: '%'};
    return null;
  }
  const words = (m[2] ?? m[3] ?? '').toLowerCase();
  const unit = words.startsWith('percentage') || words.startsWith('pp') ? 'pp' : words.startsWith('b') ? 'bp' : '%';
  return {end: m.index + m[0].length, kind: 'percent', unit};
};
