// Hostile shapes of every input format, generated here at growing sizes. Each must parse to a
// valid Article (with FORMAT_DOWNGRADED where its markup is past a parse limit), in time that
// grows near-linearly with its size and stays within a multiple of a benign input of the same
// size and format. `npm test` runs small sizes; `npm run fuzz` (HOSTILE_SCALE) runs large ones.
import {describe, expect, it} from 'vitest';
import {ArticleSchema, parseArticle, type Article} from '../../src/index.js';
import type {Format} from '../../src/schema/options.js';
import {expectArticleInvariants} from '../helpers/invariants.js';

const SCALE = process.env.HOSTILE_SCALE ? Number(process.env.HOSTILE_SCALE) : 1;

/** The fastest of three runs: a loaded machine adds noise, never speed. */
function time(input: string, format: Format): {ms: number; article: Article} {
  let best = Number.POSITIVE_INFINITY;
  let article: Article | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    article = parseArticle(input, {format});
    best = Math.min(best, performance.now() - t);
  }
  return {ms: best, article: article!};
}

/** Repeat `unit` until the text is about `size` characters. */
const fill = (unit: (i: number) => string, size: number) => {
  let s = '';
  for (let i = 0; s.length < size; i++) s += unit(i);
  return s;
};

const BENIGN_HTML = (size: number) => `<html><body>${fill(() => '<p>The council met on Tuesday to vote on the <b>new</b> bridge.</p>\n', size)}</body></html>`;
const BENIGN_MD = (size: number) => fill(() => 'The council met on Tuesday to vote on the *new* bridge.\n\n', size);
const BENIGN_TEXT = (size: number) => fill(() => 'The council met on Tuesday to vote on the new bridge, which will cost $4 million.\n\n', size);

interface Shape {
  name: string;
  format: Format;
  make: (size: number) => string;
  benign: (size: number) => string;
  /** The shape is past a parse limit at the sizes tried: its reader must say so. */
  downgraded: boolean;
  size: number;
}

const shapes: Shape[] = [
  {name: 'one paragraph with no line break (prose with figures)', format: 'text', make: (n) => fill((i) => `The council met on day ${i} and voted 7 to 2 on the bridge, which will cost about $4 million, the mayor said. `, n), benign: BENIGN_TEXT, downgraded: false, size: 200_000},
  {name: 'one paragraph of many short quotes', format: 'text', make: (n) => fill((i) => `"We will build ${i % 50} bridges," he said. `, n), benign: BENIGN_TEXT, downgraded: false, size: 800_000},
  {name: 'a run of figures with no sentence end', format: 'text', make: (n) => fill((i) => `$${i % 97}m rose ${i % 13}% `, n), benign: BENIGN_TEXT, downgraded: false, size: 200_000},
  {name: 'distinct open formatting elements (<b id=N>)', format: 'html', make: (n) => `<html><body>${fill((i) => `<b id=x${i}>w `, n)}</body></html>`, benign: BENIGN_HTML, downgraded: true, size: 40_000},
  {name: '<p><b> repeated', format: 'html', make: (n) => `<html><body>${fill(() => '<p><b>w ', n)}</body></html>`, benign: BENIGN_HTML, downgraded: true, size: 40_000},
  {name: 'a run of <br>', format: 'html', make: (n) => `<html><body><p>${fill(() => '<br>', n)}</p></body></html>`, benign: BENIGN_HTML, downgraded: true, size: 600_000},
  {name: 'many <header>s and <h1>s', format: 'html', make: (n) => `<html><body>${fill((i) => `<header>site ${i}</header><h1>head ${i}</h1>`, n)}</body></html>`, benign: BENIGN_HTML, downgraded: false, size: 100_000},
  {name: 'a long <title> and many <h2>s', format: 'html', make: (n) => `<html><head><title>${fill(() => 'word ', n / 2)}</title></head><body>${fill((i) => `<h2>word ${i} word</h2>`, n / 2)}</body></html>`, benign: BENIGN_HTML, downgraded: false, size: 100_000},
  {name: 'list markers nested on one line', format: 'markdown', make: (n) => `${fill(() => '- ', n)}x\n`, benign: BENIGN_MD, downgraded: true, size: 8_000},
  {name: 'ordered markers after a link (auto picks markdown)', format: 'auto', make: (n) => `[a](https://example.com/a)\n\n${fill(() => '1. ', n)}x\n`, benign: BENIGN_MD, downgraded: true, size: 8_000},
  {name: 'many nested list lines', format: 'markdown', make: (n) => fill((i) => `${' '.repeat((i % 6) * 2)}- item ${i}\n`, n), benign: BENIGN_MD, downgraded: true, size: 40_000},
  {name: 'many ATX headings', format: 'markdown', make: (n) => fill((i) => `# heading ${i}\n`, n), benign: BENIGN_MD, downgraded: true, size: 120_000},
  {name: 'many setext headings', format: 'markdown', make: (n) => fill((i) => `heading ${i}\n===\n`, n), benign: BENIGN_MD, downgraded: true, size: 40_000},
];

describe.each(shapes)('hostile input: $name', (shape) => {
  it('gives a valid Article, in time near-linear in its size and near a benign input of that size', () => {
    const size = Math.round(shape.size * SCALE);
    const small = time(shape.make(size / 4), shape.format);
    const large = time(shape.make(size), shape.format);
    const input = shape.make(size);
    const benign = time(shape.benign(input.length), shape.format === 'auto' ? 'markdown' : shape.format);
    expect(ArticleSchema.safeParse(large.article).success).toBe(true);
    expectArticleInvariants(input, large.article);
    expect(large.article.warnings.some((w) => w.code === 'FORMAT_DOWNGRADED')).toBe(shape.downgraded);
    // four times the size: a quadratic step would take sixteen times as long
    expect(large.ms, `${small.ms.toFixed(0)} ms at a quarter of the size`).toBeLessThan(small.ms * 8 + 150);
    expect(large.ms, `benign ${benign.ms.toFixed(0)} ms`).toBeLessThan(benign.ms * 20 + 150);
  });
});

describe('dates past year 9999', () => {
  it.each(['9999-12-31T23:59:59Z', new Date(8.64e15)])('a year-less date read against %s gives no iso the schema refuses', (referenceDate) => {
    const article = parseArticle('Council approves bridge\n\nMay 8\n\nThe city council voted to build a new bridge over the river, the mayor said.', {referenceDate});
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    if (article.publishedAt) expect(article.publishedAt.iso).toMatch(/^\d{4}(?:-|$)/);
    else expect(article.warnings.map((w) => w.code)).toContain('DATE_OUT_OF_RANGE');
  });
});

describe('the cheaper readers keep the contract', () => {
  it('the tag-stripping reader keeps spans, text and every character', () => {
    const input = `<html><head><title>Bridge</title><script>var x = "<p>";</script></head><body>${'<b class="k">'.repeat(600)}<p>The council met on Tuesday to vote on the bridge, the mayor said.</p><!-- note --><br><p>It &amp; more.</p></body></html>`;
    const article = parseArticle(input, {format: 'html'});
    expect(article.warnings.map((w) => w.code)).toContain('FORMAT_DOWNGRADED');
    expectArticleInvariants(input, article);
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('The council met on Tuesday');
    expect(text).not.toContain('var x');
    expect(text).not.toContain('<');
  });
});
