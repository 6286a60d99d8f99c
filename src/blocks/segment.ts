import type {Line} from '../input/lines.js';

/** A run of input lines that reads as one unit; roles are given to blocks. */
export interface Segment {
  /** Offset of the first non-whitespace character. */
  start: number;
  /** Offset just past the last non-whitespace character. */
  end: number;
  /** The lines' texts joined by single spaces where a line was wrapped, newlines otherwise. */
  text: string;
  /** The lines the block is made of (at least one). */
  lines: Line[];
  /** Blank lines before the block's first line. */
  blankBefore: number;
}

/**
 * Lines -> blocks. Scrapers' innerText and html-to-text write one paragraph per line, so a
 * non-blank line is a block of its own; lines are joined only where a paragraph was
 * hard-wrapped (see `isWrapContinuation`).
 */
export function segment(lines: readonly Line[]): Segment[] {
  const blocks: Segment[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (!current.length) return;
    const first = current[0]!;
    const last = current[current.length - 1]!;
    blocks.push({
      start: first.start,
      end: last.end,
      text: current.map((l) => l.text).join(' '),
      lines: current,
      blankBefore: first.blankBefore,
    });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = current[current.length - 1];
    if (prev && !(line.blankBefore === 0 && isWrapContinuation(prev, line, lines[i + 1]))) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

const WRAP_MIN = 55;
const WRAP_MAX = 100;

/**
 * A line continues the one before when the text was hard-wrapped: the previous line is of
 * wrap width (55-100 characters), does not end a sentence and is not a title (most words
 * capitalised), and this one carries on in lower case without opening a byline or date
 * ("by Jane Doe", "updated 3 May"). Short lines and lines that end with sentence
 * punctuation stand alone.
 */
export function isWrapContinuation(prev: Line, line: Line, _next?: Line): boolean {
  const len = prev.text.length;
  if (len < WRAP_MIN || len > WRAP_MAX) return false;
  if (/[.!?:"”’)\]]$/.test(prev.text)) return false;
  if (!/^[a-z(,;]/.test(line.text)) return false;
  if (HEADER_LEAD.test(line.text)) return false;
  return !isTitleCase(prev.text);
}

const HEADER_LEAD = /^(?:by|from|via|updated|posted|published|photo|image|source|credit)\b/i;
const WORDS = /\p{L}[\p{L}'’-]*/gu;
const SMALL_WORD = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|vs|via|nor|so|yet)$/i;

/** Most words (small words aside) start with a capital: a title, not wrapped prose. */
function isTitleCase(text: string): boolean {
  let big = 0;
  let all = 0;
  for (const w of text.match(WORDS) ?? []) {
    if (SMALL_WORD.test(w)) continue;
    all++;
    if (w[0] !== w[0]!.toLowerCase()) big++;
  }
  return all >= 3 && big / all >= 0.7;
}
