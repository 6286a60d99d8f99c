import {expect} from 'vitest';
import {ArticleSchema, type Article} from '../../src/index.js';

/** Every object that carries a span, with the text it claims to come from. */
export function* spanned(article: Article): Generator<[string, {span: {start: number; end: number}; text?: string; raw?: string}]> {
  for (const k of ['paragraphs', 'attributions', 'related', 'captions', 'quotes', 'numericClaims', 'blocks'] as const) {
    for (const o of article[k]) yield [k, o];
  }
  if (article.byline) yield ['byline', article.byline];
  if (article.publishedAt) yield ['publishedAt', article.publishedAt];
}

const words = (s: string) => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The contract's invariants: schema-valid, spans inside the input and holding their text, blocks lossless and in order. */
export function expectArticleInvariants(input: string, article: Article): void {
  const parsed = ArticleSchema.safeParse(article);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  for (const [kind, o] of spanned(article)) {
    expect(o.span.start, kind).toBeGreaterThanOrEqual(0);
    expect(o.span.end, kind).toBeLessThanOrEqual(input.length);
    expect(o.span.start, kind).toBeLessThanOrEqual(o.span.end);
    // the object's words appear in order inside its span (gaps allowed: a paragraph drops link targets and tags)
    const src = words(input.slice(o.span.start, o.span.end));
    const own = words(o.raw ?? o.text ?? '');
    let k = 0;
    for (const t of src) if (k < own.length && t === own[k]) k++;
    expect(k, `${kind} ${JSON.stringify((o.raw ?? o.text ?? '').slice(0, 60))} not inside its span`).toBe(own.length);
  }
  const covered = new Uint8Array(input.length);
  let last = -1;
  for (const b of article.blocks) {
    expect(b.span.start, 'blocks in order, not overlapping').toBeGreaterThanOrEqual(last);
    last = b.span.end;
    covered.fill(1, b.span.start, b.span.end);
  }
  for (let i = 0; i < input.length; i++) {
    if (!/\s/.test(input[i]!) && !covered[i]) {
      expect.fail(`character ${i} (${JSON.stringify(input.slice(i, i + 10))}) belongs to no block`);
    }
  }
}
