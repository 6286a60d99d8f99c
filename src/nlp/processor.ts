import {unified} from 'unified';
import retextEnglish from 'retext-english';
import type {Node, Paragraph, Root, Sentence} from 'nlcst';
import type {Point} from 'unist';
import {toString} from 'nlcst-to-string';
import {visit} from 'unist-util-visit';
import {memoByText} from './memo.js';

/**
 * The language layer: one frozen unified processor with retext-english, made once per
 * module load and shared by every stage. Parsing is pure; the processor holds no state
 * between calls.
 */
export const processor = unified().use(retextEnglish).freeze();

/**
 * Longest text handed to retext in one piece. parse-latin's word-merging plugins splice the
 * token array of a sentence once per merge ("e.g.", "co-op", "3.5"), so one long sentence
 * costs O(n²): a 1 MB line with no sentence end takes seconds. Longer texts are cut at a
 * sentence end (else at a space) and parsed piece by piece, which keeps parsing linear.
 * News paragraphs are far shorter than this and are parsed whole, as before.
 */
export const MAX_PIECE = 8192;

/**
 * Each piece of `text` parsed on its own (one piece for a text of up to MAX_PIECE
 * characters), with where it starts. A tree's positions are offsets into its piece: a
 * reader that only needs offsets adds `start` itself, and pays nothing to move the tree's
 * points (`parseText` moves them; on a 1 MB line that was a quarter of parsing).
 */
export function* parsePieces(text: string): Generator<{start: number; tree: Root}> {
  for (let start = 0; start < text.length;) {
    const end = cutPoint(text, start);
    yield {start, tree: processor.parse(text.slice(start, end)) as Root};
    start = end;
  }
}

/** A word of a parsed sentence: its text, and where it starts and ends in the sentence. */
export interface SentenceWord {
  text: string;
  start: number;
  end: number;
}

/** A sentence of a parsed text: where it starts and ends in the text, and its words. */
export interface ParsedSentence {
  start: number;
  end: number;
  words: SentenceWord[];
}

/**
 * The sentences of `text` as retext reads them (each piece of `parsePieces` parsed, its
 * sentences moved to where the piece starts), with their words: all that the claims stage
 * and the reported-speech reader read of a tree. The two stages read the same paragraphs, so
 * each text is parsed once per parse (memoised); only this reading is kept, not the trees,
 * which are many times larger (kept for the whole parse, they were copied by young-generation
 * collections). The answer is shared, not copied: callers only read it.
 */
export const parsedSentences: (text: string) => readonly ParsedSentence[] = memoByText((text) => {
  const out: ParsedSentence[] = [];
  for (const {start, tree} of parsePieces(text)) sentencesOfTree(tree, start, out);
  return out;
}, 1024, {freeze: false});

/**
 * Push the sentences of an nlcst tree (root > paragraph > sentence; a sentence right under
 * the root too) to `out`, offsets moved by `at`. A sentence or word with no position is
 * skipped (retext gives every node one).
 */
export function sentencesOfTree(tree: Root, at = 0, out: ParsedSentence[] = []): ParsedSentence[] {
  const walk = (node: Root | Paragraph): void => {
    for (const child of node.children) {
      if (child.type === 'SentenceNode') {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start !== undefined && end !== undefined) out.push({start: at + start, end: at + end, words: wordsOfSentence(child, start)});
      } else if (child.type === 'ParagraphNode') walk(child);
    }
  };
  walk(tree);
  return out;
}

/** The words of an nlcst sentence, with offsets relative to the sentence start. */
function wordsOfSentence(node: Sentence, sentenceStart: number): SentenceWord[] {
  const out: SentenceWord[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode') continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    let text = '';
    for (const part of child.children) if ('value' in part) text += part.value;
    out.push({text, start: start - sentenceStart, end: end - sentenceStart});
  }
  return out;
}

/** Parse text into an nlcst tree whose positions are offsets into `text`. */
export function parseText(text: string): Root {
  if (text.length <= MAX_PIECE) return processor.parse(text) as Root;
  const children: Root['children'] = [];
  const at: Point = {line: 1, column: 1, offset: 0};
  let from = 0;
  for (const {start, tree: piece} of parsePieces(text)) {
    advance(text, from, start, at);
    shiftPositions(piece, at);
    children.push(...piece.children);
    from = start;
  }
  advance(text, from, text.length, at);
  const first = children[0]?.position?.start ?? {line: 1, column: 1, offset: 0};
  return {type: 'RootNode', children, position: {start: first, end: {...at}}};
}

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029;
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?

/** Where the piece starting at `start` ends: after a sentence end and its space, else after a space, else at the limit. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_PIECE;
  if (limit >= text.length) return text.length;
  const floor = start + MAX_PIECE / 2;
  for (let i = limit - 1; i > floor; i--) {
    if (isSpace(text.charCodeAt(i)) && isStop(text.charCodeAt(i - 1))) return i + 1;
  }
  for (let i = limit - 1; i > floor; i--) {
    if (isSpace(text.charCodeAt(i))) return i + 1;
  }
  // No space at all: cut at the limit, but never between the halves of a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit;
}

/** Move `at` (line, column, offset as parse-latin counts them) over text[from, to). */
function advance(text: string, from: number, to: number, at: Point): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || (c === 0x0a && text.charCodeAt(i - 1) !== 0x0d)) {
      at.line++;
      at.column = 1;
    } else if (c !== 0x0a) {
      at.column++;
    }
  }
  at.offset = to;
}

/**
 * Make a piece's positions relative to the whole text. parse-latin shares point objects
 * between nodes (a word and its text node), so each point is moved once, in place, and
 * remembered (the piece's tree is new and ours; moving its points allocates nothing, where
 * new points for every node were a sixth of parsing a 1 MB line).
 */
function shiftPositions(tree: Root, at: Point): void {
  const moved = new Set<Point>();
  const shift = (p: Point): void => {
    if (moved.has(p)) return;
    moved.add(p);
    if (p.line === 1) p.column += at.column - 1;
    p.line += at.line - 1;
    p.offset = (p.offset ?? 0) + (at.offset ?? 0);
  };
  // A plain stack walk: unist-util-visit's generic visitor (tests, ancestor stacks) cost
  // more than parsing the piece did on a 1 MB line.
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      shift(node.position.start);
      shift(node.position.end);
    }
    const children = (node as {children?: Node[]}).children;
    if (children) for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}

export interface SentenceSpan {
  text: string;
  /** Offset into the text given to `sentencesOf`, plus `offset`. */
  start: number;
  end: number;
  node: Sentence;
}

/** The sentences of an nlcst tree, with offsets shifted by `offset`. */
export function sentencesOf(tree: Root, offset = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  visit(tree, 'SentenceNode', (node: Sentence) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    out.push({text: toString(node), start: start + offset, end: end + offset, node});
  });
  return out;
}
