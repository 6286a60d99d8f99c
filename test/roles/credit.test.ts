import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/index.js';

// Invented wire copy: a story, then its credit block and the agency's standards line.
const story = (tail: string) => `Bridge opens after five years of work

By Jane Doe

LONDON (Reuters) - The new bridge over the river opened on Monday after five years of work, the city council said.

The bridge cost 40 million pounds, the council said in a statement on its website.

${tail}
`;

describe('wire credit blocks are boilerplate', () => {
  it.each([
    'Reporting by Jane Doe; Editing by John Roe',
    '(Reporting by Jane Doe in London; Additional reporting by Ann Poe in Paris; Editing by John Roe)',
    'Writing by Jane Doe; editing by John Roe.',
    'Our Standards: The Thomson Reuters Trust Principles.',
  ])('%s', (tail) => {
    const article = parseArticle(story(tail));
    expect(article.blocks.find((b) => b.text === tail)?.role).toBe('boilerplate');
    expect(article.paragraphs.map((p) => p.text)).not.toContain(tail);
  });

  it('a sentence that mentions reporting stays body', () => {
    const tail = 'Reporting by local papers had questioned the cost of the bridge for years, and the council answered them on Monday.';
    const article = parseArticle(story(tail));
    expect(article.paragraphs.map((p) => p.text)).toContain(tail);
  });
});
