import type {Attribution, Paragraph} from '../schema/article.js';
import type {NumericClaim} from '../schema/claim.js';
import {claimsOfText} from '../claims/index.js';
import {NOT_A_SOURCE} from './lexicon.js';
import type {Speech} from './types.js';

/**
 * The numeric claims of the body, each with who makes it: the resolved speaker of the
 * attribution (quote or reported speech) whose content holds it; else the paragraph's source
 * tag ("TASS"); else what the claim's own sentence says ("according to X"). A speaker is a
 * person, an organisation or a named source, never a weekday, a month or a lone adjective.
 */
export function claimsWithSpeakers(paragraphs: readonly Paragraph[], source: string, speech: readonly Speech[], attributions: readonly Attribution[], language: string | null = null, maxClaims = Number.POSITIVE_INFINITY): NumericClaim[] {
  const out: NumericClaim[] = [];
  // each paragraph's tag and speech looked up once, not searched for per paragraph (that
  // was quadratic: 8,000 tagged paragraphs took most of a minute)
  const tagOf = new Map<number, string>();
  for (const a of attributions) if (a.paragraph !== null && !tagOf.has(a.paragraph)) tagOf.set(a.paragraph, a.source);
  const spoken = speech.filter((s) => s.speaker && isSpeaker(s.speaker)).sort((a, b) => a.span.start - b.span.start);
  let q = 0;
  for (const [i, p] of paragraphs.entries()) {
    // the budget spent: the rest of the body is not read (the caller warns; one more claim than
    // the budget is kept to tell it so, and dropped there)
    if (out.length > maxClaims) break;
    const raw = source.slice(p.span.start, p.span.end);
    while (q < spoken.length && spoken[q]!.span.end <= p.span.start) q++;
    const near: {speaker: string | null; span: {start: number; end: number}}[] = [];
    for (let k = q; k < spoken.length && spoken[k]!.span.start < p.span.end; k++) if (spoken[k]!.span.end > p.span.start) near.push({speaker: spoken[k]!.speaker, span: spoken[k]!.span});
    // one by one: push(...claims) overflows the call stack past ~100,000 claims in a paragraph
    const limit = Number.isFinite(maxClaims) ? maxClaims + 1 - out.length : undefined;
    for (const c of claimsOfText(raw, p.span.start, {defaultSpeaker: tagOf.get(i) ?? null, quotes: near, language, ...(limit !== undefined ? {limit} : {})})) {
      if (c.speaker !== null && !isSpeaker(c.speaker)) c.speaker = tagOf.get(i) ?? null;
      // "officials said": a bare plural names no one; the paragraph's source tag says more
      else if (c.speaker !== null && GENERIC.test(c.speaker) && tagOf.has(i)) c.speaker = tagOf.get(i)!;
      out.push(c);
    }
  }
  return out;
}

const GENERIC = /^\p{Ll}+$/u;
const DATE_LIKE = /^(?:\d|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$)/;
// "Chinese", "American", "Kyrgyz": words for a people or a place's adjective, not a source
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|ic|i)$/u;

/** Can this be a claim's speaker? Not a weekday, a month, a date or a lone adjective. */
export function isSpeaker(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (!words[0]) return false;
  if (words.every((w) => NOT_A_SOURCE.has(w.toLowerCase().replace(/[.,]$/, '')) || DATE_LIKE.test(w))) return false;
  if (words.length === 1 && DEMONYM.test(words[0]) && !/ian$/.test(words[0])) return false;
  // a clause, not a name: "they turned to the department which"
  if (words.length > 8 || words.some((w) => /^(?:which|who|that)$/i.test(w))) return false;
  return true;
}
