import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseArticle, type Article} from '../../src/index.js';
import {expectArticleInvariants} from '../helpers/invariants.js';

const seeds = ['bne-mishustin-visit', 'tass-russia-kyrgyzstan'];
const read = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

/** The seed as a plain HTML page: one <p> per line, with the characters an HTML writer escapes as entities. */
function asHtml(text: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/’/g, '&rsquo;').replace(/“/g, '&#8220;').replace(/”/g, '&#x201D;');
  const lines = text.split('\n').filter((l) => l.trim());
  return `<!doctype html>\n<html><head><style>p { margin: 0 }</style></head><body>\n${lines.map((l) => `  <p>${esc(l)}</p>`).join('\n')}\n<!-- end --></body></html>\n`;
}

/** The seed as markdown: paragraphs separated by blank lines. */
const asMarkdown = (text: string) => text.split('\n').filter((l) => l.trim()).join('\n\n');

const fields = (a: Article) => ({
  headline: a.headline,
  dek: a.dek,
  authors: a.byline?.authors ?? null,
  date: a.publishedAt?.iso ?? null,
  paragraphs: a.paragraphs.map((p) => p.text),
  captions: a.captions.map((c) => [c.text, c.credit]),
  related: a.related.map((r) => [r.rel, r.title]),
  claims: a.numericClaims.map((c) => [c.text, c.value]),
});

describe('the same article as text, HTML and markdown', () => {
  it.each(seeds)('%s gives the same fields in all three renderings', (name) => {
    const text = read(name);
    const html = asHtml(text);
    const md = asMarkdown(text);
    const fromText = parseArticle(text, {format: 'text'});
    const fromHtml = parseArticle(html);
    const fromMd = parseArticle(md, {format: 'markdown'});
    expectArticleInvariants(html, fromHtml);
    expectArticleInvariants(md, fromMd);
    expect(fields(fromHtml)).toEqual(fields(fromText));
    expect(fields(fromMd)).toEqual(fields(fromText));
  });
});
