import {unified} from 'unified';
import {tagEnd} from './tag-end.js';
import rehypeParse from 'rehype-parse';
import type {Element, Root, RootContent} from 'hast';
import type {Span} from '../schema/span.js';
import type {MarkupHint} from './hints.js';
import type {Warning} from '../schema/article.js';
import {BLOCK, OPAQUE} from './html-elements.js';
import {htmlCostReason} from './html-budget.js';
import {tagStripView} from './tag-strip.js';

/**
 * What the input stage makes of markup: a *view* of the input that every later stage
 * reads instead of the source, plus the structural hints found on the way.
 */
export interface MarkupView {
  /**
   * The same length as the input, offset for offset: text stays where it stands, markup
   * is blanked to spaces, block boundaries are newlines. Lines split from it therefore
   * carry offsets into the exact input.
   */
  view: string;
  hints: MarkupHint[];
  /**
   * Regions of the input (sorted, disjoint) whose visible text was moved to the start of
   * the region when it was written into the view; see `writeWord`. A span that starts or
   * ends strictly inside one should be widened to it before it is reported.
   */
  moved: Span[];
  /** What the reader had to give up on (FORMAT_DOWNGRADED: markup too costly or unparsable, read more cheaply). */
  warnings?: Warning[];
}

/*
 * How the HTML view is built (rehype-parse, i.e. parse5, gives the source offsets of every
 * element, its opening and closing tag, its attributes and every text node):
 *
 * - Everything starts as spaces. The text of text nodes is written back at its place.
 * - The contents of script, style, template, noscript, iframe, svg, math, select and
 *   textarea, of hidden elements (`hidden`, inline `display: none`),
 *   comments and the doctype stay blank: a reader never sees them. The head is
 *   blank but for `<title>` and the few `<meta>` values that name the author or the
 *   publication date, which are written into the view at the attribute value's own
 *   offsets (so a date read there has a span in the input).
 * - Hints: headings, title, figcaption, time, links, author marks, and page chrome
 *   (nav, footer, aside, form, button, menu, and a `<header>` without the h1 in it).
 * - A block-level element (p, div, li, h1-h6, tr, figcaption, ...) writes two newlines at
 *   its opening and closing tag (every tag is at least three characters long), so each
 *   block element is a paragraph of its own; `<br>` writes one newline.
 *
 * Entities and inline tags. A rendered *word* is a run of text without whitespace, which
 * may be cut by inline tags (`<a>Smith</a>.`, `<em>fifth</em>,`) and may contain character
 * references (`don&rsquo;t`, `&pound;5m`, `AT&amp;T`). Its decoded text is never longer
 * than its source, so we write the decoded word contiguously at the start of its source
 * region and fill the rest of the region with spaces. Words stay whole for every later
 * step (word counts, sentence ends, names), entities come out decoded, no filler
 * character can leak into output text, and the only cost is a drift inside the region:
 * such regions are recorded in `moved`, and spans touching them are widened to the whole
 * region at the end (fields/markup-output.ts). Output text of markup input has its
 * whitespace collapsed, as HTML rendering does. Words without references or inline tags
 * are copied in place and are not recorded. Where an inline tag has letters on both
 * sides (`5<sup>th</sup>`) the two parts stay apart, so each stays inside the source
 * words that a span check reads.
 */

/** Elements that separate words without starting a new line (table cells, images, inputs). */
const SEPARATE = new Set(['td', 'th', 'img', 'input', 'picture', 'source']);
const CHROME = new Set(['nav', 'footer', 'aside', 'form', 'button', 'menu']);

const META_PUBLISHED = /^(?:(?:og:)?article:published_time|article\.published|datepublished|pubdate|publishdate|publish[-_]date|published[-_]?(?:date|time)|date|dc\.date(?:\.issued)?|dcterms\.(?:date|issued|created)|sailthru\.date|parsely-pub-date)$/i;
const META_AUTHOR = /^(?:author|(?:og:)?article:author|byl|dc\.creator|dcterms\.creator|parsely-author|sailthru\.author)$/i;
const JSONLD_DATE = /"datePublished"\s*:\s*"([^"\\\n]{4,40})"/;
const JSONLD_AUTHOR_NAME = /"name"\s*:\s*"([^"\\\n]{2,80})"/;
const JSONLD_AUTHOR_STRING = /^"author"\s*:\s*"([^"\\\n]{2,80})"/;

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const STRAY_TAG = /^<\/?[a-z][^<>]*>$/i;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const isAsciiSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

let parser: ReturnType<typeof makeParser> | undefined;
function makeParser() {
  // not `verbose`: it keeps positions for every tag and attribute (about 40% more tree);
  // the tag and attribute offsets the view needs are read from the source (openingTag)
  return unified().use(rehypeParse);
}

interface Chunk {
  start: number;
  end: number;
  value: string;
}

/** Build the view of an HTML document; see the comment above for what it holds. */
export function htmlView(source: string): MarkupView {
  const tooCostly = htmlCostReason(source);
  if (tooCostly) return tagStripView(source, tooCostly);
  parser ??= makeParser();
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch {
    // parse5 is meant to accept anything; if it ever does not, strip the tags instead
    return tagStripView(source, 'the HTML parser failed on this input');
  }
  return new ViewBuilder(source).build(tree);
}

class ViewBuilder {
  private readonly codes: Uint16Array;
  private readonly hints: MarkupHint[] = [];
  private readonly moved: Span[] = [];
  private readonly headers: Span[] = [];
  private word: Chunk[] = [];
  private pre = 0;

  constructor(private readonly source: string) {
    this.codes = new Uint16Array(source.length).fill(SPACE);
  }

  build(tree: Root): MarkupView {
    // an explicit stack: malformed pages nest tens of thousands of elements deep
    type Step = {node: RootContent; exit: boolean};
    const stack: Step[] = [];
    const pushChildren = (children: readonly RootContent[]) => {
      for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i]!, exit: false});
    };
    pushChildren(tree.children);
    while (stack.length) {
      const {node, exit} = stack.pop()!;
      if (node.type === 'text') {
        const p = node.position;
        if (p?.start.offset != null && p.end.offset != null) this.text(p.start.offset, p.end.offset, node.value);
        continue;
      }
      if (node.type !== 'element') {
        // comments, doctype: invisible, and they end a word
        this.flushWord();
        continue;
      }
      if (exit) {
        this.leave(node);
        continue;
      }
      if (this.enter(node)) {
        stack.push({node, exit: true});
        pushChildren(node.children);
      }
    }
    this.flushWord();
    this.moved.sort((a, b) => a.start - b.start);
    return {view: decode(this.codes), hints: siteHeaders(this.hints, this.headers), moved: this.moved};
  }

  /** Returns whether to walk into the element's children. */
  private enter(el: Element): boolean {
    const tag = el.tagName;
    this.hint(el);
    if (OPAQUE.has(tag) || isHidden(el)) {
      this.flushWord();
      if (tag === 'script' && String(el.properties.type ?? '').toLowerCase() === 'application/ld+json') this.jsonLd(el);
      return false;
    }
    if (tag === 'meta') {
      this.meta(el);
      return false;
    }
    if (tag === 'br') {
      this.flushWord();
      this.newlines(opening(this.source, el), 1);
      return false;
    }
    if (BLOCK.has(tag)) {
      this.flushWord();
      this.newlines(opening(this.source, el), 2);
    } else if (SEPARATE.has(tag)) {
      this.flushWord();
    }
    if (tag === 'pre') this.pre++;
    return true;
  }

  private leave(el: Element): void {
    const tag = el.tagName;
    if (BLOCK.has(tag)) {
      this.flushWord();
      this.newlines(closing(this.source, el), 2);
    } else if (SEPARATE.has(tag)) {
      this.flushWord();
    }
    if (tag === 'pre') this.pre--;
  }

  private hint(el: Element): void {
    const start = el.position?.start.offset;
    const end = el.position?.end.offset;
    if (start == null || end == null) return;
    const tag = el.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) this.hints.push({kind: 'heading', level: Number(heading[1]), start, end});
    else if (tag === 'title') this.hints.push({kind: 'title', start, end});
    else if (tag === 'figcaption') this.hints.push({kind: 'caption', start, end});
    else if (tag === 'time') this.hints.push({kind: 'time', datetime: attr(el, 'dateTime'), start, end});
    else if (CHROME.has(tag)) this.hints.push({kind: 'chrome', tag, start, end});
    else if (tag === 'header') this.headers.push({start, end});
    if (tag === 'a') {
      const href = attr(el, 'href');
      if (href && !/^\s*(?:#|javascript:)/i.test(href)) this.hints.push({kind: 'link', url: href.trim(), text: textOf(el), start, end});
    }
    const tokens = [...list(el.properties.rel), ...list(el.properties.itemProp)];
    if (tokens.some((t) => t.toLowerCase() === 'author') || list(el.properties.className).some((c) => /byline/i.test(c))) {
      this.hints.push({kind: 'author', start, end});
    }
  }

  /** `<meta name="author" content="...">` and publication dates: written where the value stands. */
  private meta(el: Element): void {
    const key = attr(el, 'name') ?? attr(el, 'property') ?? list(el.properties.itemProp)[0] ?? null;
    if (!key) return;
    const name = META_PUBLISHED.test(key) ? 'published' : META_AUTHOR.test(key) ? 'author' : null;
    const content = attr(el, 'content');
    if (!name || !content?.trim()) return;
    if (name === 'author' && /^\s*(?:https?:|www\.)/i.test(content)) return;
    const at = attributeSpan(this.source, opening(this.source, el), 'content');
    const value = at && attributeValue(this.source, at.start, at.end);
    if (!value) return;
    this.flushWord();
    this.newlines(opening(this.source, el), 2);
    this.text(value.start, value.end, content);
    this.flushWord();
    const end = el.position?.end.offset;
    if (end != null && end - 1 >= value.end) this.codes[end - 1] = NEWLINE;
    this.hints.push({kind: 'meta', name, start: value.start, end: value.end});
  }

  /** JSON-LD: the first `datePublished` and the first author's `name`, as written. */
  private jsonLd(el: Element): void {
    const child = el.children[0];
    const from = child?.position?.start.offset;
    if (child?.type !== 'text' || from == null) return;
    const json = child.value.length === (child.position?.end.offset ?? 0) - from ? child.value : null;
    if (!json) return;
    const exposed: Array<[Span, 'published' | 'author']> = [];
    const date = JSONLD_DATE.exec(json);
    if (date) exposed.push([valueSpan(date, from), 'published']);
    const author = json.indexOf('"author"');
    if (author >= 0) {
      // "author": "Jane Doe", or {"name": ...} / [{"name": ...}] up to the object's first `}`
      const rest = json.slice(author, author + 400);
      const direct = JSONLD_AUTHOR_STRING.exec(rest);
      const close = rest.indexOf('}');
      const name = direct ?? JSONLD_AUTHOR_NAME.exec(close < 0 ? rest : rest.slice(0, close));
      if (name && !/^(?:https?:|www\.)/i.test(name[1]!)) exposed.push([valueSpan(name, from + author), 'author']);
    }
    for (const [span, name] of exposed.sort((a, b) => a[0].start - b[0].start)) {
      // the quotes around the value are blank script text: they take the line breaks
      this.codes[span.start - 1] = NEWLINE;
      this.codes[span.end] = NEWLINE;
      for (let i = span.start; i < span.end; i++) this.codes[i] = this.source.charCodeAt(i);
      this.hints.push({kind: 'meta', name, start: span.start, end: span.end});
    }
  }

  /** A text node at [start, end) of the source whose decoded value is `value`. */
  private text(start: number, end: number, value: string): void {
    const raw = this.source.slice(start, end);
    let rawRuns = runs(raw);
    const valueRuns = value.split(/[\t\n\f\r ]+/).filter(Boolean);
    if (rawRuns.length !== valueRuns.length) {
      // parse5 drops a stray end tag (`a </span> b`) and joins the text around it into one node
      rawRuns = rawRuns.filter(([s, e]) => !STRAY_TAG.test(raw.slice(s, e)));
    }
    if (rawRuns.length !== valueRuns.length) {
      // a reference decoded to whitespace (&#32;): keep the node as one word-run
      this.flushWord();
      const collapsed = value.replace(/[\t\n\f\r ]+/g, ' ').trim();
      if (collapsed) this.word.push({start, end, value: collapsed});
      this.flushWord();
      return;
    }
    let at = 0;
    for (let i = 0; i < rawRuns.length; i++) {
      const [s, e] = rawRuns[i]!;
      if (s > at) this.whitespace(start + at, start + s);
      else if (this.word.length && WORD_END.test(this.word[this.word.length - 1]!.value) && WORD_START.test(valueRuns[i]!)) {
        // letters on both sides of an inline tag (`5<sup>th</sup>`) stay two words: the
        // source has a tag between them, and a span check reading the source sees two
        this.flushWord();
      }
      this.word.push({start: start + s, end: start + e, value: valueRuns[i]!});
      at = e;
    }
    if (at < raw.length || !rawRuns.length) this.whitespace(start + at, end);
  }

  /** Source whitespace between words: ends the word; inside `<pre>` its newlines stay. */
  private whitespace(from: number, to: number): void {
    this.flushWord();
    if (!this.pre) return;
    for (let i = from; i < to; i++) if (this.source.charCodeAt(i) === NEWLINE) this.codes[i] = NEWLINE;
  }

  /** Write the pending word into the view; see the comment at the top of the file. */
  private flushWord(): void {
    const chunks = this.word;
    if (!chunks.length) return;
    this.word = [];
    const first = chunks[0]!;
    const last = chunks[chunks.length - 1]!;
    if (chunks.length === 1 && first.value.length === first.end - first.start && this.source.startsWith(first.value, first.start)) {
      for (let i = first.start; i < first.end; i++) this.codes[i] = this.source.charCodeAt(i);
      return;
    }
    const text = chunks.map((c) => c.value).join('');
    const width = last.end - first.start;
    for (let i = 0; i < Math.min(text.length, width); i++) this.codes[first.start + i] = text.charCodeAt(i);
    this.moved.push({start: first.start, end: last.end});
  }

  private newlines(tag: Span | undefined, count: number): void {
    if (!tag) return;
    for (let i = 0; i < count && tag.start + i < tag.end; i++) this.codes[tag.start + i] = NEWLINE;
  }
}

/**
 * Sort the hints, adding a `chrome` hint for each `<header>` without an `<h1>` inside:
 * the site's header (logo, tagline, menus), not the article's (headline, byline).
 */
function siteHeaders(hints: MarkupHint[], headers: readonly Span[]): MarkupHint[] {
  // h1s by start: an h1 inside a header is the first that starts at or after the header's
  // start (elements nest), found by binary search, not by comparing every pair
  const h1s = hints.filter((h) => h.kind === 'heading' && h.level === 1).sort((a, b) => a.start - b.start);
  for (const header of headers) {
    let lo = 0;
    let hi = h1s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h1s[mid]!.start < header.start) lo = mid + 1;
      else hi = mid;
    }
    const h1 = h1s[lo];
    if (!(h1 && h1.end <= header.end)) hints.push({kind: 'chrome', tag: 'header', ...header});
  }
  return hints.sort((a, b) => a.start - b.start);
}

/**
 * `hidden` or an inline `display: none`/`visibility: hidden`: not on the screen.
 * (`aria-hidden` is not: it hides from screen readers what sighted readers do see.)
 */
function isHidden(el: Element): boolean {
  const p = el.properties;
  if (p.hidden != null && p.hidden !== false) return true;
  const style = p.style;
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const startsWithName = (source: string, at: number, name: string) => source.slice(at, at + name.length).toLowerCase() === name.toLowerCase();

/**
 * The element's start tag, read from the source (rehype-parse runs without `verbose`, which
 * would keep it at the cost of a far larger tree); undefined for an element without one.
 */
function opening(source: string, el: Element): Span | undefined {
  const start = el.position?.start.offset;
  const end = el.position?.end.offset;
  if (start == null || end == null || source.charCodeAt(start) !== 0x3c || !startsWithName(source, start + 1, el.tagName)) return undefined;
  const close = tagEnd(source, start + 1 + el.tagName.length, end);
  return close < 0 ? undefined : {start, end: close};
}

/** The element's end tag, read from the source; undefined when it has none (an implied end). */
function closing(source: string, el: Element): Span | undefined {
  const end = el.position?.end.offset;
  if (end == null || source.charCodeAt(end - 1) !== 0x3e) return undefined;
  const start = source.lastIndexOf('</', end - 1);
  const last = el.children[el.children.length - 1]?.position?.end.offset ?? el.position?.start.offset ?? 0;
  if (start < last || !startsWithName(source, start + 2, el.tagName)) return undefined;
  // nothing but blanks between the name and the `>`
  const rest = source.slice(start + 2 + el.tagName.length, end - 1);
  return /^[^<>]*$/.test(rest) && !/^[a-z0-9-]/i.test(rest) ? {start, end} : undefined;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Where the attribute `name` (its first occurrence, as parse5 keeps) stands in a start tag, name and value. */
function attributeSpan(source: string, tag: Span | undefined, name: string): Span | null {
  if (!tag) return null;
  const text = source.slice(tag.start, tag.end);
  const nameEnd = /^<[^\s/>]+/.exec(text)?.[0].length ?? 1;
  ATTRIBUTE.lastIndex = nameEnd;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    if (m[1]!.toLowerCase() === name) return {start: tag.start + m.index, end: tag.start + m.index + m[0].length};
  }
  return null;
}

/** The visible text inside an element, whitespace collapsed. */
function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: Element['children'] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' && !OPAQUE.has(n.tagName)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function attr(el: Element, name: string): string | null {
  const v = el.properties[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(' ');
  return null;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : [];
}

/** The value inside an attribute written `name = "value"`, `name='value'` or `name=value`. */
function attributeValue(source: string, start: number, end: number): Span | null {
  const eq = source.indexOf('=', start);
  if (eq < 0 || eq >= end) return null;
  let s = eq + 1;
  while (s < end && isAsciiSpace(source.charCodeAt(s))) s++;
  const q = source[s];
  if (q === '"' || q === "'") return source[end - 1] === q && end - 1 > s + 1 ? {start: s + 1, end: end - 1} : null;
  return s < end ? {start: s, end} : null;
}

function valueSpan(m: RegExpExecArray, offset: number): Span {
  const start = offset + m.index + m[0].length - 1 - m[1]!.length;
  return {start, end: start + m[1]!.length};
}

/** [start, end) of each run of non-whitespace (HTML whitespace) in `s`. */
function runs(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const from = i;
    while (i < s.length && !isAsciiSpace(s.charCodeAt(i))) i++;
    out.push([from, i]);
  }
  return out;
}

function decode(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
