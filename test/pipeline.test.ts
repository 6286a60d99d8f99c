import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../src/index.js';
import {expectArticleInvariants} from './helpers/invariants.js';

const seeds = ['bne-mishustin-visit', 'tass-russia-kyrgyzstan'];
const read = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

describe('parseArticle pipeline', () => {
  it.each(seeds)('keeps the contract invariants on %s', (name) => {
    const input = read(name);
    expectArticleInvariants(input, parseArticle(input));
  });

  it('gives offsets into the exact input with CRLF line ends', () => {
    const lf = read('bne-mishustin-visit');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseArticle(lf);
    const b = parseArticle(crlf);
    expectArticleInvariants(crlf, b);
    expect(b.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    expect(b.headline).toBe(a.headline);
    for (const p of b.paragraphs) expect(crlf.slice(p.span.start, p.span.end)).toBe(p.text);
  });

  it('keeps offsets after a BOM, NBSP and zero-width characters', () => {
    const input = '\uFEFFHeadline\u00a0here today\n\nThe body\u200b starts here and runs on for long enough to count as prose text.\n';
    const article = parseArticle(input);
    expectArticleInvariants(input, article);
  });

  it('is deterministic', () => {
    const input = read('tass-russia-kyrgyzstan');
    expect(JSON.stringify(parseArticle(input))).toBe(JSON.stringify(parseArticle(input)));
  });

  it('puts every line of the input in a block with a role', () => {
    const input = 'Menu\nHome\n\nA short title for a story\n\nBody text that runs on and on, long enough to be a paragraph of prose.\n\n© 2025 All rights reserved';
    const article = parseArticle(input);
    expectArticleInvariants(input, article);
    expect(article.blocks.map((b) => b.text)).toEqual([
      'Menu', 'Home', 'A short title for a story',
      'Body text that runs on and on, long enough to be a paragraph of prose.', '© 2025 All rights reserved',
    ]);
  });
});
