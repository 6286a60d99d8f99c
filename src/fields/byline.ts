import type {Segment} from '../blocks/segment.js';
import type {Byline} from '../schema/article.js';
import type {Span} from '../schema/span.js';
import {articleTop, nearTopScore} from './article-top.js';
import {readByline, type BylineReading} from '../readers/authors.js';
import {bylineReadings, LEAD_ONLY} from '../readers/byline-readings.js';
import type {FieldContext} from './types.js';

export {splitAuthors} from '../readers/authors.js';
export {bylineReadings, isDateLine, readBylineAt, type BylineAt, type BylineReadings} from '../readers/byline-readings.js';

interface Candidate {
  reading: BylineReading;
  text: string;
  span: Span;
  score: number;
}

const SHAPE_SCORE: Record<BylineReading['shape'], number> = {explicit: 6, 'name-date': 4, 'name-role': 3.5, name: 3};

/**
 * The article's byline: of every block that reads as a byline, the one that sits where an
 * article's byline goes (after the headline, before the body), preferring explicit ones
 * ("By ...") and blocks the roles stage already called a byline.
 */
export function extractByline(ctx: FieldContext): Byline | null {
  const blocks = ctx.blocks;
  const top = articleTop(blocks);
  const bylineAt = ctx.bylineAt ?? bylineReadings(blocks.map((b) => b.segment.text), ctx.language ?? null);
  let best = null as Candidate | null;
  let fallback = null as Candidate | null;
  const consider = (reading: BylineReading, i: number, text: string, span: Span) => {
    let score = SHAPE_SCORE[reading.shape] + nearTopScore(i, top, blocks);
    if (blocks[i]!.role === 'byline') score += 2;
    // a blog post's footer: "Jane Doe — 2013-09-29 — in Code"
    if (reading.shape === 'name-date' && top.bodyEnd >= 0 && i > top.bodyEnd && i <= top.bodyEnd + 3) score += 5;
    ctx.trace?.candidate('byline', i, score, `${reading.shape} byline: ${text.slice(0, 80)}`);
    // a weak shape needs a good place; a name with a date anywhere is kept as a last resort
    if (reading.shape !== 'explicit' && score < 7) {
      if (reading.shape === 'name-date' && score >= 4 && !best && (!fallback || score > fallback.score)) fallback = {reading, text, span, score};
      return;
    }
    if (!best || score > best.score) best = {reading, text, span, score};
  };
  for (let i = 0; i < blocks.length; i++) {
    const seg = blocks[i]!.segment;
    if (seg.lines.length > 1) bylineInLines(seg, blocks[i + 1]?.segment, (reading, text, span) => consider(reading, i, text, span), ctx.language ?? null);
    if (seg.text.length > 1000) continue;
    const at = bylineAt(i);
    if (!at) continue;
    const first = blocks[at.first]!.segment;
    const last = blocks[at.last]!.segment;
    consider(at, i, at.first === at.last ? first.text : `${first.text} ${last.text}`, {start: first.start, end: last.end});
  }
  best ??= fallback;
  if (!best) return null;
  // a copy: readings are cached and shared between parses, the article is the caller's to change
  return {text: best.text, authors: [...best.reading.authors], span: best.span};
}

/**
 * A byline on one line of a block of several: where a wrapped title ran into "by Jane Doe"
 * on the next line, or a block ends with a bare "by" before the name.
 */
function bylineInLines(seg: Segment, next: Segment | undefined, found: (r: BylineReading, text: string, span: Span) => void, language: string | null): void {
  for (const [k, line] of seg.lines.entries()) {
    if (k === 0 || line.text.length > 200) continue;
    if (LEAD_ONLY.test(line.text.trim()) && k === seg.lines.length - 1 && next && next.text.length <= 200) {
      const r = readByline(`By ${next.text}`, language);
      if (r) found({...r, shape: 'explicit'}, `${line.text} ${next.text}`, {start: line.start, end: next.end});
      continue;
    }
    const r = readByline(line.text, language);
    if (r && r.shape === 'explicit') found(r, line.text, {start: line.start, end: line.end});
  }
}
