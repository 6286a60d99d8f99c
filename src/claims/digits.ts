import type {NumericClaim} from '../schema/claim.js';
import type {SentenceSpan} from '../nlp/processor.js';
import type {ClaimContext} from './types.js';

const CURRENCY: Record<string, string> = {$: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '¥': 'JPY'};
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
// a currency sign, digits with separators, an optional scale word, an optional percent
const NUMBER = /([$€£₽¥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|trillion|bn|mn|mln|tn|[kmb])\b)?(\s?%|\s(?:per ?cent)\b)?/gi;

/** Baseline recogniser: digits with an optional currency sign, scale and percent. */
export function digitClaims(sentence: SentenceSpan, ctx: ClaimContext = {}): NumericClaim[] {
  const out: NumericClaim[] = [];
  for (const m of sentence.text.matchAll(NUMBER)) {
    const [text, sign, int, frac, scale, percent] = m;
    const start = sentence.start + m.index;
    const before = sentence.text[m.index - 1] ?? ' ';
    const after = sentence.text[m.index + text.length] ?? ' ';
    if (/[\p{L}\d-]/u.test(before) || /[\p{L}\d]/u.test(after)) continue; // part of an identifier
    const n = Number(int!.replace(/,/g, '') + (frac ?? ''));
    if (!sign && !scale && !percent && /^(?:1[89]|20)\d\d$/.test(int!) && !frac) continue; // a year
    const value = n * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
    out.push({
      text,
      span: {start, end: start + text.length},
      kind: percent ? 'percent' : sign ? 'money' : 'count',
      value,
      unit: percent ? '%' : sign ? (CURRENCY[sign] ?? null) : null,
      bound: 'exact',
      change: null,
      subject: null,
      sentence: sentence.text,
      speaker: ctx.defaultSpeaker ?? null,
    });
  }
  return out;
}
