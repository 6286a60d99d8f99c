import type {Paragraph} from '../schema/article.js';
import type {AttributionLexicon} from './lexicon.js';
import {cueAfter, cueBefore, type QuoteCue} from './quote-cues.js';
import {opensWithQuote, quotedPassages} from './quote-marks.js';
import type {Speech} from './types.js';

/**
 * Detector: the quoted passages of the body paragraphs, each with the cue and source written
 * beside it. A passage of fewer than four words is a title or a scare quote unless a cue
 * follows it ("Yes," she said). A passage a paragraph leaves open runs on into the next
 * paragraph when that one opens with a mark.
 */
export function detectQuotes(paragraphs: readonly Paragraph[], source: string, lex: AttributionLexicon): Speech[] {
  const out: Speech[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const raw = source.slice(p.span.start, p.span.end);
    if (!/''|[“”„«»「」"]/.test(raw)) continue;
    const next = paragraphs[i + 1];
    const nextOpens = next ? opensWithQuote(source.slice(next.span.start, next.span.end)) : false;
    for (const q of quotedPassages(raw)) {
      const inner = raw.slice(q.innerStart, q.innerEnd);
      const text = inner.trim();
      if (!text) continue;
      // scripts written without spaces between words count by characters
      const words = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text) ? Math.floor(text.length / 3) : text.split(/\s+/).length;
      const after: QuoteCue | null = q.open ? null : cueAfter(raw, q.end, lex);
      const before: QuoteCue | null = after ? null : cueBefore(raw, q.start, lex);
      const cue = after ?? before;
      if (words < 4 && !(cue && /[,.!?]$/.test(text))) continue;
      // a passage left open is a quote only when the quote plainly runs on (the next paragraph
      // reopens it) or is a long passage of its own
      if (q.open && !nextOpens && words < 8) continue;
      const at = p.span.start;
      const shift = (c: QuoteCue | null) => (c ? {
        cue: c.cue ? {text: c.cue.text, span: {start: at + c.cue.start, end: at + c.cue.end}} : null,
        source: {...c.source, start: at + c.source.start, end: at + c.source.end},
      } : {cue: null, source: null});
      const {cue: cueOut, source: src} = shift(cue);
      out.push({kind: embedded(raw, q.start, q.end, text, lex) ? 'mixed' : 'direct', text, span: {start: at + q.start, end: at + q.end}, source: src, speaker: null, cue: cueOut, paragraph: i, open: q.open});
    }
  }
  return out;
}

/**
 * A quoted phrase inside a sentence of the writer's own words (said the plan was "a disaster
 * for us all"): the words before the mark run straight into it, with no colon or comma, and
 * no reporting verb right before it (He said "…" is still a direct quote).
 */
function embedded(raw: string, start: number, end: number, inner: string, lex: AttributionLexicon): boolean {
  const before = raw.slice(Math.max(0, start - 40), start);
  if (!/[\p{L}\p{N}]\s*$/u.test(before)) return false;
  const last = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (lex.quoteVerbs.includes(last) || last === 'that' && /\b(?:said|says|wrote|writes|added)\s+that\s*$/.test(before)) return /^\p{Ll}/u.test(inner);
  return true;
}
