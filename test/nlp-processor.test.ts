import {describe, expect, it} from 'vitest';
import {toString} from 'nlcst-to-string';
import {visit} from 'unist-util-visit';
import type {Node} from 'nlcst';
import {MAX_PIECE, parseText, processor, sentencesOf} from '../src/nlp/processor.js';

const sentence = (i: number) => `Exports of item ${i} rose 3.5% to $1.2bn, the co-op said on Tuesday. `;

function everyPositionHoldsItsText(text: string) {
  const tree = parseText(text);
  visit(tree, (node: Node) => {
    const p = node.position!;
    if (node.type === 'RootNode') return;
    expect(text.slice(p.start.offset, p.end.offset)).toBe(toString(node as never));
  });
  return tree;
}

describe('parseText', () => {
  it('parses short text exactly as retext-english does', () => {
    const text = 'Trade rose 16% to $1.3 billion. It fell 2% in May.';
    expect(parseText(text)).toEqual(processor.parse(text));
  });

  it('cuts long text at sentence ends: same sentences, offsets into the whole text', () => {
    let text = '';
    for (let i = 0; text.length < 3 * MAX_PIECE; i++) text += sentence(i);
    const tree = everyPositionHoldsItsText(text);
    const whole = sentencesOf(processor.parse(text) as never).map((s) => [s.start, s.end, s.text]);
    expect(sentencesOf(tree).map((s) => [s.start, s.end, s.text])).toEqual(whole);
    expect(toString(tree)).toBe(text);
  });

  it('keeps line and column as parse-latin counts them across pieces', () => {
    let text = '';
    for (let i = 0; text.length < 2 * MAX_PIECE; i++) text += sentence(i) + (i % 7 === 6 ? '\r\n' : '');
    const mine = parseText(text);
    const theirs = processor.parse(text);
    const points = (t: Node) => {
      const out: string[] = [];
      visit(t, 'SentenceNode', (n: Node) => void out.push(`${n.position!.start.line}:${n.position!.start.column}`));
      return out;
    };
    expect(points(mine)).toEqual(points(theirs as Node));
  });

  it('handles one long line without sentence ends or spaces, never splitting a surrogate pair', () => {
    const spaced = 'word '.repeat(4 * MAX_PIECE / 5);
    expect(toString(everyPositionHoldsItsText(spaced))).toBe(spaced);
    // 'a' first puts a high surrogate right before the cut the limit would make.
    const solid = `a${'😀'.repeat(MAX_PIECE)}`;
    const tree = everyPositionHoldsItsText(solid);
    expect(toString(tree)).toBe(solid);
    visit(tree, (node: Node) => {
      const start = node.position!.start.offset!;
      const code = solid.charCodeAt(start);
      expect(code >= 0xdc00 && code <= 0xdfff, `a node starts inside a surrogate pair at ${start}`).toBe(false);
    });
  });
});
