import {memoByText} from '../nlp/memo.js';
import type {Segment} from '../blocks/segment.js';
import type {Byline} from '../schema/article.js';
import type {Span} from '../schema/span.js';
import {articleTop, nearTopScore} from './article-top.js';
import {cleanBylineText, cleanNeeded, mayBeByline, needsCleaning, readByline, readCleanedByline, type BylineReading} from './authors.js';
import {mayStateDay, strictDates} from './strict-dates.js';
import type {FieldContext} from './types.js';

export {splitAuthors} from './authors.js';

/** A byline read at block `first`, running through block `last` ("By" on a line of its own, then the name). */
export interface BylineAt extends BylineReading {
  first: number;
  last: number;
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HAN_NAME = /^\p{sc=Han}{2,4}$/u;
const LEAD_ONLY = /^(?:by|written by|posted by|reporting by|author|authors|written|byline|著者|文|投稿者)\s*[:：●]?$/i;
// a line that only names the outlet or the author's role: "WebMD Health News", "eHow Contributor"
const ROLE_LINE = /\b(?:contributor|correspondent|editor|writer|reporter|columnist|staff|news|press|associated press|health news)\b/i;

/** True when `text` is a short line made of a full date and little else. */
export function isDateLine(text: string): boolean {
  return text.length <= 400 && /\d/.test(text) && isDateLineMemo(text);
}

// the detectors ask this of every block's neighbours: each distinct text is read once
const isDateLineMemo = memoByText(isDateLineUncached);

function isDateLineUncached(text: string): boolean {
  const clean = cleanBylineText(text);
  if (!clean || clean.length > 120 || !mayStateDay(clean)) return false;
  const results = strictDates(clean).filter((r) => r.start.isCertain('day'));
  if (!results.length) return false;
  let rest = clean;
  for (const r of results) rest = rest.replace(r.text, ' ');
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  if (words.length > 4) return false;
  // "Jane Doe/November 18, 2016" is a byline with its date
  const byline = readCleanedByline(text, clean);
  return !byline || (byline.shape !== 'explicit' && byline.shape !== 'name-date');
}

/**
 * Read the byline that starts at block `i`, looking at its neighbours for the weak shapes:
 * a bare name counts next to a date line, after a "By" line, or above a role line.
 */
export function readBylineAt(textAt: (j: number) => string | undefined, i: number): BylineAt | null {
  const text = textAt(i);
  if (text === undefined) return null;
  const self = ownReading(text);
  if (self === null) return null;
  if (typeof self === 'string') {
    const next = textAt(i + 1);
    if (next === undefined || next.length > 200) return null;
    const reading = readByline(`${self} ${next}`);
    return reading ? {...reading, shape: 'explicit', first: i, last: i + 1} : null;
  }
  const reading = self;
  if (reading.shape === 'explicit' || reading.shape === 'name-date') return {...reading, first: i, last: i};
  // a bare name in a script without capitals: only a short run of Han characters (a
  // Chinese or Japanese personal name); menu items read the same otherwise
  if (reading.shape === 'name' && CJK.test(reading.authors[0]!) && !HAN_NAME.test(reading.authors[0]!)) return null;
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

/**
 * What a text says by itself, before its neighbours are looked at: nothing (null), a lead
 * alone ("By" or "Author:", the names being on the next line), or a reading.
 */
type OwnReading = BylineReading | 'By' | 'Author:' | null;

// each distinct text read once per parse (menus, "Share" and teaser dates repeat on a page),
// as the date-line test is; long texts seldom repeat and are read where they are
const ownReadingOf = memoByText(readOwn);
const ownReading = (text: string): OwnReading => (text.length > 300 ? readOwn(text) : ownReadingOf(text));

function readOwn(text: string): OwnReading {
  if (text.length > 1000) return null;
  // a long block without link targets is prose, not a byline
  if (text.length > 300 && !/^\s*by\s/i.test(text) && !/\[|:\/\//.test(text)) return null;
  // whether the text needs cleaning, tested once (mayBeByline asks it again otherwise)
  let tidy = !needsCleaning(text);
  let clean = tidy ? text : cleanNeeded(text);
  // a byline the renderer ran into the share links after it: read its opening only
  if (clean.length > 300) {
    if (!/^by\s\p{Lu}/iu.test(clean)) return null;
    clean = clean.slice(0, 120);
    tidy = false;
  }
  if (!mayBeByline(clean, tidy)) return null;
  if (LEAD_ONLY.test(clean)) return /^by/i.test(clean) ? 'By' : 'Author:';
  return readCleanedByline(text, clean);
}

/** Block `i`'s byline reading, or null: see `bylineReadings`. */
export type BylineReadings = (i: number) => BylineAt | null;

/**
 * The byline readings of a page's blocks (`texts`, in order), each read when first asked for
 * and kept. The roles stage asks for every short block and its neighbours, and the byline
 * field asks again for every block: one page-wide reader serves both, so each block is read
 * once per parse. What a text says by itself is read once per text (ownReading), and
 * shared between the blocks that repeat it (frozen; the byline field copies what it hands out).
 */
export function bylineReadings(texts: readonly string[]): BylineReadings {
  const readings: Array<BylineAt | null | undefined> = new Array(texts.length);
  const textAt = (j: number) => texts[j];
  return (i) => {
    if (i < 0 || i >= texts.length) return null;
    let at = readings[i];
    if (at === undefined) readings[i] = at = readBylineAt(textAt, i);
    return at;
  };
}

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
  const bylineAt = ctx.bylineAt ?? bylineReadings(blocks.map((b) => b.segment.text));
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
    if (seg.lines.length > 1) bylineInLines(seg, blocks[i + 1]?.segment, (reading, text, span) => consider(reading, i, text, span));
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
function bylineInLines(seg: Segment, next: Segment | undefined, found: (r: BylineReading, text: string, span: Span) => void): void {
  for (const [k, line] of seg.lines.entries()) {
    if (k === 0 || line.text.length > 200) continue;
    if (LEAD_ONLY.test(line.text.trim()) && k === seg.lines.length - 1 && next && next.text.length <= 200) {
      const r = readByline(`By ${next.text}`);
      if (r) found({...r, shape: 'explicit'}, `${line.text} ${next.text}`, {start: line.start, end: next.end});
      continue;
    }
    const r = readByline(line.text);
    if (r && r.shape === 'explicit') found(r, line.text, {start: line.start, end: line.end});
  }
}
