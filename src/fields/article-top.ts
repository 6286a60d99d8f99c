import type {RoledBlock} from '../roles/index.js';
import type {Segment} from '../blocks/segment.js';
import {longerThan} from '../blocks/white-space.js';

/** Where the article starts: the headline block and the first and last body blocks (-1 when none). */
export interface ArticleTop {
  headline: number;
  /** The headline and every copy of it (pages often print the title twice, apart). */
  headlines: number[];
  bodyStart: number;
  bodyEnd: number;
}

export function articleTop(blocks: readonly RoledBlock[]): ArticleTop {
  let bodyEnd = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i]!.role === 'body') {
      bodyEnd = i;
      break;
    }
  }
  const headline = blocks.findIndex((b) => b.role === 'headline');
  const key = (i: number) => blocks[i]!.segment.text.toLowerCase().replace(/\s+/g, ' ').trim();
  const headlines: number[] = [];
  if (headline >= 0) {
    const k = key(headline);
    for (let i = 0; i < blocks.length; i++) if (i === headline || (keyFits(blocks[i]!.segment.text, k) && key(i) === k)) headlines.push(i);
  }
  return {
    headline,
    headlines,
    bodyStart: blocks.findIndex((b) => b.role === 'body'),
    bodyEnd,
  };
}

/**
 * False when `key(text)` surely differs from `key`: it starts with the text's first
 * non-space character, lower-cased (told here for ASCII); it keeps every printable ASCII
 * character of the text (lower-casing and folding spaces drop none); and it is at most twice
 * as long as the text. Stops counting past the key's length, so neither a page's body
 * paragraphs nor its menu lines are lower-cased just to be told apart from its headline.
 */
function keyFits(text: string, key: string): boolean {
  const length = key.length;
  // nor can it be much shorter: lower-casing at most doubles a character ("İ")
  if (text.length * 3 < length) return false;
  const first = text.trimStart().charCodeAt(0);
  if (first < 128 && (first >= 65 && first <= 90 ? first + 32 : first) !== key.charCodeAt(0)) return false;
  let kept = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c > 32 && c < 127 && ++kept > length) return false;
  }
  return true;
}

/**
 * How well a block's position fits the article's own metadata (byline, date): right after
 * the headline is best, then just before the body; inside or after the body is poor.
 */
export function nearTopScore(i: number, top: ArticleTop, blocks: readonly RoledBlock[]): number {
  let score = 0;
  let near = 0;
  for (const h of top.headlines) {
    const d = i - h;
    if (d > 0 && d <= 12) near = Math.max(near, 6 - d * 0.4);
    else if (d < 0 && d >= -6) near = Math.max(near, 2.5 + d * 0.2);
  }
  score += near;
  if (top.bodyStart >= 0) {
    const d = top.bodyStart - i;
    if (d >= 0 && d <= 15) score += 3 - d * 0.2;
    else if (i > top.bodyStart && (i <= top.bodyStart + 2)) score += 1;
  }
  const b = blocks[i]!;
  if (b.role === 'body' && longerThan(b.segment.text, 160)) score -= 5;
  if (top.bodyEnd >= 0 && i > top.bodyEnd) score -= 2;
  return score;
}

/** Input offset of position `index` in a segment's `text` (its lines joined by single spaces). */
export function sourceOffset(segment: Segment, index: number): number {
  let pos = 0;
  for (const line of segment.lines) {
    if (index <= pos + line.text.length) return line.start + Math.max(0, index - pos);
    pos += line.text.length + 1;
  }
  return segment.end;
}
