import {describe, expect, it} from 'vitest';
import {parseArticle} from '../../src/index.js';
import {readInput} from '../../src/input/index.js';
import {markdownView, tooHardToParse} from '../../src/input/markdown.js';
import {expectArticleInvariants} from '../helpers/invariants.js';

const ARTICLE = `[Home](/) | [World](/world) | [Sport](/sport)

# Council approves the new river bridge plan

By Jane Doe | May 6, 2024

![The old bridge at dawn](https://example.org/img/bridge.jpg)

The city council voted on **Monday** to approve the [new bridge plan](https://example.org/plan),
which will cost £12m over the next three years.

> "This is a day we have waited for," said Mayor Ann Smith, who has pushed for the
> crossing since her election.

Work is expected to start in the *spring*, and the bridge should open to traffic before the end of 2027.

- Cost: £12m over three years
- Length: 240 metres

---

© 2024 The Daily Example. All rights reserved.
`;

describe('markdown input', () => {
  it('finds headline, byline, date, caption and paragraphs, and keeps the invariants', () => {
    const a = parseArticle(ARTICLE, {format: 'markdown'});
    expectArticleInvariants(ARTICLE, a);
    expect(a.headline).toBe('Council approves the new river bridge plan');
    expect(a.byline?.authors).toEqual(['Jane Doe']);
    expect(a.publishedAt?.iso).toBe('2024-05-06');
    expect(a.captions.map((c) => c.text)).toEqual(['The old bridge at dawn']);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('The city council voted on Monday to approve the new bridge plan, which will cost £12m over the next three years.');
    expect(texts).toContain('"This is a day we have waited for," said Mayor Ann Smith, who has pushed for the crossing since her election.');
    expect(texts).toContain('Work is expected to start in the spring, and the bridge should open to traffic before the end of 2027.');
    for (const t of texts) expect(t).not.toMatch(/\*\*|^> |^#|\]\(/);
  });

  it('is detected with format "auto"', () => {
    expect(readInput(ARTICLE).format).toBe('markdown');
    expect(parseArticle(ARTICLE).headline).toBe('Council approves the new river bridge plan');
  });

  it('keeps link anchors in the text and moves targets to links', () => {
    const a = parseArticle(ARTICLE, {format: 'markdown'});
    const p = a.paragraphs[0]!;
    expect(p.links?.map((l) => [l.text, l.url])).toEqual([['new bridge plan', 'https://example.org/plan']]);
    const link = p.links![0]!;
    expect(ARTICLE.slice(link.span.start, link.span.end)).toContain('new bridge plan');
  });

  it('blanks markdown syntax in the view, offset for offset, and joins soft-wrapped lines', () => {
    const src = '## A *sub* heading ##\n\n> quoted\n> text\n\n- item **one**\n\n![alt words](x.png)\n\n***\n';
    const {view, hints} = markdownView(src);
    expect(view).toHaveLength(src.length);
    const lines = view.split('\n').map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(lines).toEqual(['A sub heading', 'quoted text', 'item one', 'alt words']);
    expect(hints.map((h) => h.kind)).toEqual(['heading', 'caption']);
  });

  it('gives the same fields with CRLF line ends, with offsets into the CRLF input', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const a = parseArticle(ARTICLE, {format: 'markdown'});
    const b = parseArticle(crlf, {format: 'markdown'});
    expectArticleInvariants(crlf, b);
    expect(b.headline).toBe(a.headline);
    expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
  });

  it('covers every character of syntax-only and tiny inputs', () => {
    for (const input of ['#', '# ', '---', '> ', '**', '![](x.png)', '[a](b)', '- \n- x', '```\ncode\n```']) {
      expectArticleInvariants(input, parseArticle(input, {format: 'markdown'}));
    }
  });

  it('reads input that would make micromark crawl (deep nesting, packed delimiters) as plain text', () => {
    expect(tooHardToParse(ARTICLE)).toBe(false);
    expect(tooHardToParse(Array.from({length: 300}, (_, i) => `- [Item ${i}](/p/${i})`).join('\n'))).toBe(false);
    expect(tooHardToParse('> '.repeat(50))).toBe(true);
    expect(tooHardToParse(`${' '.repeat(100)}- deep item`)).toBe(true);
    expect(tooHardToParse('*a* '.repeat(500))).toBe(true);
    expect(tooHardToParse('['.repeat(1000))).toBe(true);
    const hostile = `# Title\n\n${'*_'.repeat(5000)}`;
    const {view, hints} = markdownView(hostile);
    expect(view).toBe(hostile);
    expect(hints).toEqual([]);
    expectArticleInvariants(hostile, parseArticle(hostile, {format: 'markdown'}));
  });

  it('drops a link title, keeping the anchor in the text and the URL in links', () => {
    const input = '# Budget agreed\n\nThe committee published [the full budget](https://example.org/budget.pdf "Budget 2025 (PDF)") on Tuesday, after six hours of talks.\n';
    const a = parseArticle(input, {format: 'markdown'});
    expectArticleInvariants(input, a);
    const p = a.paragraphs[0]!;
    expect(p.text).toBe('The committee published the full budget on Tuesday, after six hours of talks.');
    expect(p.links?.map((l) => [l.text, l.url])).toEqual([['the full budget', 'https://example.org/budget.pdf']]);
  });
});
