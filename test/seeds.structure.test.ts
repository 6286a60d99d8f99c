import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../src/index.js';
import {expectArticleInvariants} from './helpers/invariants.js';

// The seeds' expectations for the structure: headline, paragraphs, related, boilerplate lines.
interface Expected {
  headline: string;
  paragraphs: {count: number; first: string; last: string};
  related: {rel: string; title: string}[];
  boilerplate?: string[];
  duplicateHeadline?: string;
}

const seeds = ['bne-mishustin-visit', 'tass-russia-kyrgyzstan'];
const read = (file: string) => readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');

describe.each(seeds)('seed %s: structure', (name) => {
  const input = read(`${name}.txt`);
  const expected = JSON.parse(read(`${name}.expected.json`)) as Expected;
  const article = parseArticle(input);

  it('keeps the contract invariants', () => {
    expectArticleInvariants(input, article);
  });

  it('headline', () => {
    expect(article.headline).toBe(expected.headline);
  });

  it('paragraphs: count, first and last', () => {
    expect(article.paragraphs).toHaveLength(expected.paragraphs.count);
    expect(article.paragraphs[0]!.text.startsWith(expected.paragraphs.first)).toBe(true);
    expect(article.paragraphs.at(-1)!.text.endsWith(expected.paragraphs.last)).toBe(true);
  });

  it('related: rel and title', () => {
    expect(article.related.map((r) => ({rel: r.rel, title: r.title}))).toEqual(expected.related);
  });

  it('the boilerplate lines have role boilerplate', () => {
    const lines = expected.boilerplate ?? [];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const blocks = article.blocks.filter((b) => b.text === line);
      expect(blocks.length, line).toBeGreaterThan(0);
      for (const b of blocks) expect(b.role, line).toBe('boilerplate');
    }
  });

  it('the headline is reported once; a copy of it is boilerplate', () => {
    const copies = article.blocks.filter((b) => b.text === expected.headline);
    expect(copies.filter((b) => b.role === 'headline')).toHaveLength(1);
    if (expected.duplicateHeadline) {
      expect(copies).toHaveLength(2);
      expect(copies.filter((b) => b.role === 'boilerplate')).toHaveLength(1);
    }
  });

  it('no paragraph is chrome or a related title', () => {
    const texts = article.paragraphs.map((p) => p.text);
    for (const line of expected.boilerplate ?? []) expect(texts).not.toContain(line);
    for (const r of expected.related) expect(texts).not.toContain(r.title);
  });
});
