import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Nodes, Root} from 'mdast';
import type {MarkupHint} from './hints.js';
import type {MarkupView} from './html.js';
import type {Span} from '../schema/span.js';
import {markdownCostReason} from './markdown-budget.js';
import {downgraded} from './downgrade.js';

/*
 * The markdown view (remark-parse, i.e. micromark, gives the source offsets of every
 * node). Markdown is already readable text, so the view starts as a copy of the source
 * and only the syntax a reader does not see is blanked to spaces, offset for offset:
 * `#` heading marks and setext underlines, `*`/`_` emphasis marks, list bullets,
 * blockquote `>` marks, thematic breaks, link definitions, lone HTML tags, and an image's
 * `![`...`](src)` around its alt text. The line breaks inside a paragraph or heading are
 * soft breaks and become spaces, so a paragraph is one line (hard breaks stay).
 * Inline links `[anchor](url)` stay as written: fields/links.ts keeps the anchor in the
 * paragraph text and moves the target to `links` (a link's title, `(url "title")`, is
 * dropped from the view). A mark blanked inside a word would split
 * it, so such a word's letters are pulled together (`closeGaps`) and its region reported
 * in `moved`.
 */

let parser: ReturnType<typeof makeParser> | undefined;
function makeParser() {
  return unified().use(remarkParse);
}

const LONE_TAG = /^(?:<\/?[A-Z][^<>]*>|<!--[\s\S]*-->)$/i;

/** Build the view of a markdown document; see the comment above. */
export function markdownView(source: string): MarkupView {
  const tooCostly = markdownCostReason(source);
  if (tooCostly) return downgraded(source, `The markdown was read as plain text: ${tooCostly}`);
  parser ??= makeParser();
  let tree: Root;
  try {
    // micromark drops a leading BOM, which would shift every position by one: parse a
    // space in its place (same length; one space of indent changes nothing in markdown)
    tree = parser.parse(source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source);
  } catch {
    return downgraded(source, 'The markdown parser failed on this input; it was read as plain text');
  }
  const codes = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) codes[i] = source.charCodeAt(i);
  const hints: MarkupHint[] = [];
  const moved: Span[] = [];

  /** Blank the visible characters of [from, to), keeping line ends. */
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = codes[i]!;
      if (c !== 0x0a && c !== 0x0d) codes[i] = 0x20;
    }
  };
  /** Soft line breaks inside [from, to) become spaces, except inside the hard breaks given. */
  const unwrap = (from: number, to: number, keep: ReadonlyArray<[number, number]>) => {
    for (let i = from; i < to; i++) {
      const c = codes[i]!;
      if ((c === 0x0a || c === 0x0d) && !keep.some(([s, e]) => i >= s && i < e)) codes[i] = 0x20;
    }
  };

  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    if (start == null || end == null) continue;
    const kids = 'children' in node ? node.children : [];
    const first = kids[0]?.position?.start.offset ?? end;
    const last = kids[kids.length - 1]?.position?.end.offset ?? end;
    switch (node.type) {
      case 'heading':
        hints.push({kind: 'heading', level: node.depth, start, end});
        blank(start, first);
        blank(last, end);
        unwrap(first, last, breaks(node));
        break;
      case 'paragraph':
        unwrap(start, end, breaks(node));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        blank(start, first);
        blank(last, end);
        break;
      case 'listItem':
        blank(start, first);
        break;
      case 'blockquote':
        blankQuoteMarks(source, start, end, blank);
        break;
      case 'thematicBreak':
      case 'definition':
        blank(start, end);
        break;
      case 'html':
        if (LONE_TAG.test(node.value.trim())) blank(start, end);
        break;
      case 'link':
        hints.push({kind: 'link', url: node.url, text: textOf(node), start, end});
        if (node.title != null) moved.push(...dropLinkTitle(source, codes, last, end));
        break;
      case 'image': {
        const alt = node.alt ?? '';
        const altStart = start + 2;
        if (alt && source.startsWith(`![${alt}]`, start)) {
          blank(start, altStart);
          blank(altStart + alt.length, end);
          hints.push({kind: 'caption', start, end});
        } else {
          blank(start, end);
        }
        break;
      }
      default:
        break;
    }
  }
  hints.sort((a, b) => a.start - b.start);
  moved.push(...closeGaps(source, codes));
  moved.sort((a, b) => a.start - b.start);
  let view = '';
  for (let i = 0; i < codes.length; i += 8192) view += String.fromCharCode(...codes.subarray(i, i + 8192));
  return {view, hints, moved};
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));

/**
 * A mark blanked inside a word (`*spring*,`, `foo**bar**`) would leave a space in it: pull
 * the word's visible characters together from its first one, and report the region as
 * moved (see input/html.ts) so spans that cut it are widened.
 */
function closeGaps(source: string, codes: Uint16Array): Span[] {
  const moved: Span[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const from = i;
    while (i < n && !isSpace(source.charCodeAt(i))) i++;
    // the visible characters of the source run [from, i), and whether a blank lies between them
    let first = -1;
    let last = -1;
    for (let j = from; j < i; j++) {
      if (codes[j] === 0x20) continue;
      if (first < 0) first = j;
      last = j;
    }
    if (first < 0) continue;
    let hole = false;
    for (let j = first; j <= last && !hole; j++) hole = codes[j] === 0x20;
    if (!hole) continue;
    let w = first;
    for (let j = first; j <= last; j++) if (codes[j] !== 0x20) codes[w++] = codes[j]!;
    for (; w <= last; w++) codes[w] = 0x20;
    moved.push({start: first, end: last + 1});
  }
  return moved;
}

/** Whether markdown `source` is past one of the parse limits of input/markdown-budget.ts. */
export function tooHardToParse(source: string): boolean {
  return markdownCostReason(source) !== null;
}

/** The text of a node's text and inline-code leaves. */
function textOf(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * `[anchor](url "title")`: the title is not shown, and fields/links.ts reads `(url)` only,
 * so the view holds `(url)` followed by blanks. Returns the region it rewrote.
 */
function dropLinkTitle(source: string, codes: Uint16Array, from: number, end: number): Span[] {
  const open = source.indexOf('](', from);
  if (open < 0 || open >= end) return [];
  const dest = /^\(\s*(\S+)/.exec(source.slice(open + 1, end));
  if (!dest || source[end - 1] !== ')') return [];
  const rewritten = `(${dest[1]!.replace(/^<(.*)>$/, '$1')})`;
  const start = open + 1;
  for (let i = 0; i < end - start; i++) codes[start + i] = i < rewritten.length ? rewritten.charCodeAt(i) : 0x20;
  return [{start, end}];
}

/** The source ranges of the hard line breaks inside a node. */
export function breaks(node: Nodes): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'break' && n.position?.start.offset != null && n.position.end.offset != null) {
      out.push([n.position.start.offset, n.position.end.offset]);
    }
    // one by one: a spread of 70,000 hard breaks' siblings overflows the call stack
    if ('children' in n) for (const child of n.children) stack.push(child);
  }
  return out;
}

/** `>` marks at the start of each line of a blockquote (nested ones too). */
function blankQuoteMarks(source: string, start: number, end: number, blank: (from: number, to: number) => void): void {
  let i = start;
  while (i < end) {
    // at a line start: skip indentation, blank each `>`
    let j = i;
    for (;;) {
      while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
      if (j < end && source[j] === '>') {
        blank(j, j + 1);
        j++;
      } else break;
    }
    const nl = source.indexOf('\n', j);
    if (nl < 0 || nl >= end) break;
    i = nl + 1;
  }
}
