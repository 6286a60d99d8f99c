import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/index.js';

const PARAS = [
  'The city council voted on Tuesday to approve a new bridge across the harbour, ending a debate that had lasted for almost a decade.',
  'The mayor said the vote was a turning point for the region, and that construction would begin next spring if the permits arrive.',
  'Opponents promised to keep fighting the project in court, arguing that the environmental review had been rushed and incomplete.',
];

describe('parseArticle with the committed model', () => {
  it('a bare line of names under the headline is the byline when the byline reader finds none', () => {
    const text = ['Home', 'World', '', 'Council approves the new harbour bridge', 'Mara Lindqvist', '', ...PARAS.flatMap((p) => [p, ''])].join('\n');
    const a = parseArticle(text);
    expect(a.byline?.authors).toEqual(['Mara Lindqvist']);
    expect(text.slice(a.byline!.span.start, a.byline!.span.end)).toContain('Mara Lindqvist');
  });

  it('a menu line under the headline is no byline', () => {
    const text = ['Council approves the new harbour bridge', 'Top Stories', '', ...PARAS.flatMap((p) => [p, ''])].join('\n');
    expect(parseArticle(text).byline).toBeNull();
  });

  it('a bulleted list after the first paragraph stays body, and the paragraphs after it too', () => {
    const text = ['Council approves the new harbour bridge', '', PARAS[0], '', 'Key points:', '', '- The bridge opens in four years', '- Two districts share the cost', '', PARAS[1], '', PARAS[2], ''].join('\n');
    const texts = parseArticle(text).paragraphs.map((p) => p.text);
    expect(texts).toContain(PARAS[1]);
    expect(texts).toContain(PARAS[2]);
    expect(texts.some((t) => t.includes('Two districts share the cost'))).toBe(true);
  });
});
