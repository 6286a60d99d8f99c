/*
 * What markdown costs to parse, told before remark-parse (micromark and
 * mdast-util-from-markdown) sees it. Some shapes make that parser's work grow faster than the
 * text: deep container nesting, blocks packed with emphasis or bracket delimiters, list
 * markers nested on one line (`- - - x`), long lists of nested items, and many headings
 * (setext ones above all). No article looks like that; input past one of these limits is read
 * as plain text, with a FORMAT_DOWNGRADED warning naming the reason. One linear pass.
 */

/** Container prefix (`>`, indentation) longer than this, or `>` marks more than this: too deep. */
export const MAX_PREFIX = 64;
export const MAX_QUOTE_DEPTH = 16;
/** Emphasis and link delimiters in one paragraph beyond this: micromark's work grows faster than the text. */
export const MAX_DELIMITERS = 400;
export const MAX_TOTAL_DELIMITERS = 50_000;
/** List markers at the start of one line (`- - - x` opens a list in a list in a list). */
export const MAX_MARKERS_PER_LINE = 6;
/** Lines that start a list item, and those of them that start a nested one (indented, or a second marker). */
export const MAX_LIST_ITEMS = 5_000;
export const MAX_NESTED_LIST_ITEMS = 500;
/** ATX (`#`) and setext headings together, and setext underlines alone (each is resolved against all before it). */
export const MAX_HEADINGS = 5_000;
export const MAX_SETEXT_HEADINGS = 300;

const isMarkerChar = (c: number) => c === 0x2d || c === 0x2b || c === 0x2a; // - + *
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isEol = (c: number) => c === 0x0a || c === 0x0d || Number.isNaN(c);

/** The list markers at `i` (a bullet or `1.`/`1)` followed by a space, repeated), and where the content starts. */
function listMarkers(source: string, i: number): {markers: number; at: number} {
  let markers = 0;
  for (;;) {
    const c = source.charCodeAt(i);
    let j = i;
    if (isMarkerChar(c)) j = i + 1;
    else if (isDigit(c)) {
      while (j - i < 9 && isDigit(source.charCodeAt(j))) j++;
      const d = source.charCodeAt(j);
      if (d !== 0x2e && d !== 0x29) break; // . )
      j++;
    } else break;
    if (!isBlank(source.charCodeAt(j))) break;
    markers++;
    while (isBlank(source.charCodeAt(j))) j++;
    i = j;
  }
  return {markers, at: i};
}

/** A line of one repeated `-`, `*` or `_` (spaces between allowed): a thematic break or setext underline, not a list. */
function isRuleLine(source: string, from: number): boolean {
  let mark = 0;
  let count = 0;
  for (let i = from; ; i++) {
    const c = source.charCodeAt(i);
    if (isEol(c)) return count >= 3;
    if (isBlank(c)) continue;
    if (c !== 0x2d && c !== 0x2a && c !== 0x5f) return false;
    if (mark && c !== mark) return false;
    mark = c;
    count++;
  }
}

/** A setext underline: `=`s or `-`s alone on the line (trailing blanks allowed). */
function isUnderline(source: string, from: number): boolean {
  const mark = source.charCodeAt(from);
  if (mark !== 0x3d && mark !== 0x2d) return false;
  let i = from;
  while (source.charCodeAt(i) === mark) i++;
  while (isBlank(source.charCodeAt(i))) i++;
  return isEol(source.charCodeAt(i));
}

/** Why markdown `source` is too costly to parse as markdown, or null when it is within every limit. */
export function markdownCostReason(source: string): string | null {
  let delimiters = 0;
  let total = 0;
  let listItems = 0;
  let nested = 0;
  let headings = 0;
  let setext = 0;
  let previousBlank = true;
  let i = 0;
  const n = source.length;
  while (i < n) {
    // the start of a line: its container prefix
    let prefix = 0;
    let quotes = 0;
    for (;;) {
      const c = source.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x3e) break;
      if (++prefix > MAX_PREFIX) return `a line nests more than ${MAX_PREFIX} characters of indentation or quote marks`;
      if (c === 0x3e && ++quotes > MAX_QUOTE_DEPTH) return `a line nests more than ${MAX_QUOTE_DEPTH} quote levels`;
      i++;
    }
    const first = source.charCodeAt(i);
    const blank = isEol(first);
    if (blank) {
      delimiters = 0; // a blank line ends the paragraph
    } else if (!previousBlank && prefix - quotes < 4 && isUnderline(source, i)) {
      if (++setext > MAX_SETEXT_HEADINGS) return `more than ${MAX_SETEXT_HEADINGS} setext headings`;
      if (++headings > MAX_HEADINGS) return `more than ${MAX_HEADINGS} headings`;
    } else if (first === 0x23) {
      let j = i;
      while (source.charCodeAt(j) === 0x23) j++;
      if (j - i <= 6 && (isBlank(source.charCodeAt(j)) || isEol(source.charCodeAt(j))) && ++headings > MAX_HEADINGS) return `more than ${MAX_HEADINGS} headings`;
      delimiters = 0;
    } else if ((isMarkerChar(first) || isDigit(first)) && !isRuleLine(source, i)) {
      const {markers, at} = listMarkers(source, i);
      if (markers > MAX_MARKERS_PER_LINE) return `a line opens more than ${MAX_MARKERS_PER_LINE} list markers`;
      if (markers) {
        if (++listItems > MAX_LIST_ITEMS) return `more than ${MAX_LIST_ITEMS} list items`;
        if ((prefix - quotes >= 2 || markers > 1) && ++nested > MAX_NESTED_LIST_ITEMS) return `more than ${MAX_NESTED_LIST_ITEMS} nested list items`;
        i = at;
      }
      // a list item starts a new block of inline content
      delimiters = 0;
    }
    // the rest of the line: delimiters
    for (; i < n; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) break;
      // * _ [ ] ` < ! ( )
      if (c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d || c === 0x60 || c === 0x3c || c === 0x21 || c === 0x28 || c === 0x29) {
        if (++delimiters > MAX_DELIMITERS) return `a paragraph holds more than ${MAX_DELIMITERS} emphasis or link delimiters`;
        if (++total > MAX_TOTAL_DELIMITERS) return `more than ${MAX_TOTAL_DELIMITERS} emphasis or link delimiters`;
      }
    }
    // past the line end (CRLF is one)
    if (source.charCodeAt(i) === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
    i++;
    previousBlank = blank;
  }
  return null;
}
