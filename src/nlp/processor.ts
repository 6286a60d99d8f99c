import {unified} from 'unified';
import retextEnglish from 'retext-english';
import type {Root, Sentence} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {visit} from 'unist-util-visit';

/**
 * The language layer: one frozen unified processor with retext-english, made once per
 * module load and shared by every stage. Parsing is pure; the processor holds no state
 * between calls.
 */
export const processor = unified().use(retextEnglish).freeze();

/** Parse text into an nlcst tree whose positions are offsets into `text`. */
export function parseText(text: string): Root {
  return processor.parse(text) as Root;
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
