import * as chrono from 'chrono-node';
import type {Byline} from '../schema/article.js';
import {articleTop, nearTopScore} from './article-top.js';
import {cleanBylineText, readByline, type BylineReading} from './authors.js';
import type {FieldContext} from './types.js';

export {splitAuthors} from './authors.js';

/** A byline read at block `first`, running through block `last` ("By" on a line of its own, then the name). */
export interface BylineAt extends BylineReading {
  first: number;
  last: number;
}

const LEAD_ONLY = /^(?:by|written by|posted by|reporting by|author|authors|written|byline|著者|文|投稿者)\s*[:：●]?$/i;
// a line that only names the outlet or the author's role: "WebMD Health News", "eHow Contributor"
const ROLE_LINE = /\b(?:contributor|correspondent|editor|writer|reporter|columnist|staff|news|press|associated press|health news)\b/i;

/** True when `text` is a short line made of a full date and little else. */
export function isDateLine(text: string): boolean {
  const clean = cleanBylineText(text);
  if (!clean || clean.length > 120) return false;
  const results = chrono.strict.parse(clean, new Date(Date.UTC(2000, 0, 1))).filter((r) => r.start.isCertain('day'));
  if (!results.length) return false;
  let rest = clean;
  for (const r of results) rest = rest.replace(r.text, ' ');
  const words = rest.match(/[\p{L}]{2,}/gu) ?? [];
  return words.length <= 4;
}

/**
 * Read the byline that starts at block `i`, looking at its neighbours for the weak shapes:
 * a bare name counts next to a date line, after a "By" line, or above a role line.
 */
export function readBylineAt(textAt: (j: number) => string | undefined, i: number): BylineAt | null {
  const text = textAt(i);
  if (text === undefined || text.length > 300) return null;
  const clean = cleanBylineText(text);
  if (LEAD_ONLY.test(clean)) {
    const next = textAt(i + 1);
    if (next === undefined || next.length > 200) return null;
    const reading = readByline(`${/^by/i.test(clean) ? 'By' : 'Author:'} ${next}`);
    return reading ? {...reading, shape: 'explicit', first: i, last: i + 1} : null;
  }
  const reading = readByline(text);
  if (!reading) return null;
  if (reading.shape === 'explicit' || reading.shape === 'name-date') return {...reading, first: i, last: i};
  const prev = textAt(i - 1);
  const next = textAt(i + 1);
  const prevClean = prev === undefined ? '' : cleanBylineText(prev);
  if (LEAD_ONLY.test(prevClean)) return {...reading, shape: 'explicit', first: i - 1, last: i};
  const nextIsDate = next !== undefined && isDateLine(next);
  const prevIsDate = prev !== undefined && isDateLine(prev);
  if (nextIsDate || prevIsDate) return {...reading, first: i, last: i};
  if (reading.shape === 'name' && next !== undefined && next.length <= 60 && ROLE_LINE.test(next)) return {...reading, first: i, last: i};
  if (reading.shape === 'name-role') return {...reading, first: i, last: i};
  return null;
}

const SHAPE_SCORE: Record<BylineReading['shape'], number> = {explicit: 6, 'name-date': 4, 'name-role': 2.5, name: 3};

/**
 * The article's byline: of every block that reads as a byline, the one that sits where an
 * article's byline goes (after the headline, before the body), preferring explicit ones
 * ("By ...") and blocks the roles stage already called a byline.
 */
export function extractByline(ctx: FieldContext): Byline | null {
  const blocks = ctx.blocks;
  const top = articleTop(blocks);
  const textAt = (j: number) => blocks[j]?.segment.text;
  let best: {at: BylineAt; score: number} | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.segment.text.length > 300) continue;
    const at = readBylineAt(textAt, i);
    if (!at) continue;
    let score = SHAPE_SCORE[at.shape] + nearTopScore(i, top, blocks);
    if (blocks[i]!.role === 'byline') score += 2;
    if (at.shape !== 'explicit' && score < 7) continue;
    if (!best || score > best.score) best = {at, score};
  }
  if (!best) return null;
  const first = blocks[best.at.first]!.segment;
  const last = blocks[best.at.last]!.segment;
  const span = {start: first.start, end: last.end};
  return {text: best.at.first === best.at.last ? first.text : `${first.text} ${last.text}`, authors: best.at.authors, span};
}
