import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseArticle} from '../src/index.js';

// The seeds' expectations for the fields: byline, publishedAt, attributions, captions, quotes.
interface Expected {
  byline: {authors: string[]} | null;
  publishedAt: {iso: string; precision: string} | null;
  attributions: {source: string; raw: string; paragraph: number}[];
  captions: {text: string; credit: string | null}[];
  quotes?: {startsWith: string; speaker: string | null}[];
}

const seeds = ['bne-mishustin-visit', 'tass-russia-kyrgyzstan'];
const read = (file: string) => readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');

describe.each(seeds)('seed %s: fields', (name) => {
  const input = read(`${name}.txt`);
  const expected = JSON.parse(read(`${name}.expected.json`)) as Expected;
  const article = parseArticle(input);

  it('byline authors', () => {
    if (expected.byline === null) expect(article.byline).toBeNull();
    else expect(article.byline?.authors).toEqual(expected.byline.authors);
  });

  it('publishedAt iso and precision', () => {
    if (expected.publishedAt === null) expect(article.publishedAt).toBeNull();
    else expect(article.publishedAt && {iso: article.publishedAt.iso, precision: article.publishedAt.precision}).toEqual(expected.publishedAt);
  });

  it('attributions: source, raw and paragraph index', () => {
    expect(article.attributions.map((a) => ({source: a.source, raw: a.raw, paragraph: a.paragraph}))).toEqual(expected.attributions);
    for (const a of article.attributions) {
      expect(input.slice(a.span.start, a.span.end)).toBe(a.raw);
      // the paragraph's text leaves the tag out; its span still covers the whole line
      const p = article.paragraphs[a.paragraph!]!;
      expect(p.text).not.toContain(a.raw);
      expect(p.span.end).toBeGreaterThanOrEqual(a.span.end);
    }
  });

  it('captions: text and credit', () => {
    expect(article.captions.map((c) => ({text: c.text, credit: c.credit}))).toEqual(expected.captions);
  });

  it('quotes: start and speaker, spans on the quote marks', () => {
    // the expectations list the direct quotes; a speaker may be the fuller name that holds
    // the expected one ("Adylbek Kasymaliev" for "Kasymaliev")
    const want = expected.quotes ?? [];
    const direct = article.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(want.length);
    for (const [i, q] of want.entries()) {
      expect(direct[i]!.text.startsWith(q.startsWith)).toBe(true);
      if (q.speaker === null) expect(direct[i]!.speaker).toBeNull();
      else expect(direct[i]!.speaker).toContain(q.speaker);
    }
    for (const q of direct) {
      const slice = input.slice(q.span.start, q.span.end);
      expect(slice).toMatch(/^["“«]/);
      expect(slice).toMatch(/["”»]$/);
      expect(slice.slice(1, -1).trim()).toBe(q.text);
    }
  });
});
