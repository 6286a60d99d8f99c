/**
 * Input stage: raw text -> lines with offsets into the exact input.
 *
 * Line ends (LF, CRLF, CR, U+2028, U+2029) are handled here once; every later stage sees
 * lines whose `start`/`end` are UTF-16 offsets into the untouched input, and whose `text`
 * is the same slice with a few length-preserving clean-ups (so offsets inside `text` map to
 * the input by adding `start`).
 */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the line's first non-whitespace character. */
  start: number;
  /** Offset just past its last non-whitespace character. */
  end: number;
  /** `input.slice(start, end)` with NBSP, tabs and zero-width characters made spaces. */
  text: string;
  /** How many blank lines come right before this one. */
  blankBefore: number;
}

// Characters replaced by a plain space, one for one, so that offsets are kept.
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/g;

/** Make a slice of the input readable without changing its length. */
export function cleanSlice(slice: string): string {
  return slice.replace(SPACE_LIKE, ' ');
}

// Exactly JavaScript's \s: what counts as whitespace for losslessness. Zero-width
// characters are not whitespace there, so they stay inside lines (and become spaces in `text`).
const BLANK = /\s/;
function isBlankChar(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && BLANK.test(String.fromCharCode(code)));
}

/** Split the input into non-blank lines, in one pass. */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let index = 0;
  let blank = 0;
  let i = 0;
  const n = input.length;
  while (i <= n) {
    // find the end of this physical line
    let j = i;
    while (j < n) {
      const c = input.charCodeAt(j);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
      j++;
    }
    let s = i;
    while (s < j && isBlankChar(input.charCodeAt(s))) s++;
    let e = j;
    while (e > s && isBlankChar(input.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({index, start: s, end: e, text: cleanSlice(input.slice(s, e)), blankBefore: blank});
      blank = 0;
    } else if (index > 0 || j > i) {
      blank++;
    }
    if (j >= n) break;
    // CRLF counts as one line end
    i = input.charCodeAt(j) === 0x0d && input.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    index++;
  }
  return lines;
}

/**
 * Where offset `k` of the lines' texts joined by single spaces (a block's `text`) sits in
 * the input. Inside a line: the line's start plus the offset into it; on a joining space:
 * the end of the line before it. A line end can be longer than that one space (CRLF,
 * indentation, trailing spaces), so `block.start + k` is only right on the first line.
 */
export function inputOffset(lines: readonly Line[], k: number): number {
  let pos = 0;
  for (const line of lines) {
    const len = line.text.length;
    if (k <= pos + len) return line.start + Math.max(0, k - pos);
    pos += len + 1;
    if (k < pos) return line.end;
  }
  return lines.length ? lines[lines.length - 1]!.end : 0;
}
