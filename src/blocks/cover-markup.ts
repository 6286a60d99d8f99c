import type {Block} from '../schema/article.js';

/**
 * Lossless blocks for markup input. Blocks come from the lines of the input's view
 * (input/html.ts, input/markdown.ts), where markup is blank, so their spans cover the
 * text but not the tags, comments, scripts and markdown marks around it. This step,
 * run once all roles are known, gives every non-whitespace character of the source a
 * block again, keeping the blocks in order and apart:
 *
 * - HTML: a block takes the closing tags that follow it (`</a></p>`, across whitespace)
 *   and the opening tags that lead to it (`<div><p class="x">`), and finishes the tag it
 *   starts or ends inside (a `<meta content="...">` value). Characters glued to its ends
 *   (the rest of an entity, `&rdquo;`) go with it too.
 * - Markdown: a block takes the rest of its source lines (`# `, `> `, `- `, `**`, `](url)`).
 * - Whatever is left between two blocks (the head, scripts, comments, runs of tags) is
 *   one `boilerplate` block with empty text, from its first to its last non-whitespace
 *   character.
 */
export function coverMarkup(source: string, blocks: readonly Block[], format: 'html' | 'markdown'): Block[] {
  const out: Block[] = [];
  let floor = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const limit = i + 1 < blocks.length ? blocks[i + 1]!.span.start : source.length;
    const start = Math.max(floor, format === 'html' ? htmlLeft(source, floor, b.span.start) : lineLeft(source, floor, b.span.start));
    pushGap(source, floor, start, out);
    const end = Math.max(start, format === 'html' ? htmlRight(source, b.span.end, limit) : lineRight(source, b.span.end, limit));
    out.push({...b, span: {start, end}});
    floor = end;
  }
  pushGap(source, floor, source.length, out);
  return out;
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));

/** A `boilerplate` block over the non-whitespace characters of [from, to), if any. */
function pushGap(source: string, from: number, to: number, out: Block[]): void {
  let s = from;
  while (s < to && isSpace(source.charCodeAt(s))) s++;
  let e = to;
  while (e > s && isSpace(source.charCodeAt(e - 1))) e--;
  if (e > s) out.push({role: 'boilerplate', text: '', span: {start: s, end: e}});
}

function htmlRight(source: string, end: number, limit: number): number {
  // inside a tag (a meta value): finish it
  for (let j = end; j < limit; j++) {
    const c = source[j];
    if (c === '<') break;
    if (c === '>') {
      end = j + 1;
      break;
    }
  }
  let pos = end;
  // characters glued to the end
  while (pos < limit && !isSpace(source.charCodeAt(pos)) && source[pos] !== '<') pos++;
  end = pos;
  for (;;) {
    let j = pos;
    while (j < limit && isSpace(source.charCodeAt(j))) j++;
    if (j >= limit || source[j] !== '<' || source[j + 1] !== '/') break;
    const close = source.indexOf('>', j);
    if (close < 0 || close >= limit) break;
    end = pos = close + 1;
  }
  return end;
}

function htmlLeft(source: string, floor: number, start: number): number {
  // inside a tag (a meta value): go back to its `<`
  for (let j = start - 1; j >= floor; j--) {
    const c = source[j];
    if (c === '>') break;
    if (c === '<') {
      start = j;
      break;
    }
  }
  let pos = start;
  while (pos > floor && !isSpace(source.charCodeAt(pos - 1)) && source[pos - 1] !== '>') pos--;
  start = pos;
  for (;;) {
    let j = pos;
    while (j > floor && isSpace(source.charCodeAt(j - 1))) j--;
    if (j <= floor || source[j - 1] !== '>') break;
    let open = j - 1;
    while (open >= floor && source[open] !== '<') open--;
    if (open < floor || !/^<[a-z]/i.test(source.slice(open, open + 2)) || /^<(?:script|style|template|noscript|iframe|svg|math|textarea|select|head)\b/i.test(source.slice(open, open + 10))) break;
    start = pos = open;
  }
  return start;
}

function lineRight(source: string, end: number, limit: number): number {
  let j = end;
  while (j < limit && source[j] !== '\n' && source[j] !== '\r') j++;
  while (j > end && isSpace(source.charCodeAt(j - 1))) j--;
  return j;
}

function lineLeft(source: string, floor: number, start: number): number {
  let j = start;
  while (j > floor && source[j - 1] !== '\n' && source[j - 1] !== '\r') j--;
  while (j < start && isSpace(source.charCodeAt(j))) j++;
  return j;
}
