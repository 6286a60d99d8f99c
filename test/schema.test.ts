import {describe, expect, expectTypeOf, it} from 'vitest';
import {z} from 'zod';
import {
  ArticleSchema, NumericClaimSchema, SpanSchema, PublishedAtSchema, articleJsonSchema, parseArticle,
  type Article, type NumericClaim, type Span, type BlockRole,
} from '../src/index.js';

describe('schemas', () => {
  it('are the source of the exported types', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>();
    expectTypeOf<NumericClaim>().toEqualTypeOf<z.infer<typeof NumericClaimSchema>>();
    expectTypeOf<Span>().toEqualTypeOf<{start: number; end: number}>();
    expectTypeOf<BlockRole>().toEqualTypeOf<
      'headline' | 'dek' | 'byline' | 'dateline' | 'body' | 'caption' | 'related' | 'boilerplate' | 'other'
    >();
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
  });

  it('rejects a span that ends before it starts', () => {
    expect(SpanSchema.safeParse({start: 5, end: 2}).success).toBe(false);
    expect(SpanSchema.safeParse({start: 2, end: 5}).success).toBe(true);
  });

  it('checks that iso matches precision', () => {
    const d = {text: 'August 14, 2025', span: {start: 0, end: 15}};
    expect(PublishedAtSchema.safeParse({...d, iso: '2025-08-14', precision: 'day'}).success).toBe(true);
    expect(PublishedAtSchema.safeParse({...d, iso: '2025-08', precision: 'day'}).success).toBe(false);
    expect(PublishedAtSchema.safeParse({...d, iso: '2025-08-14T09:12Z', precision: 'minute'}).success).toBe(true);
    expect(PublishedAtSchema.safeParse({...d, iso: '2025', precision: 'year'}).success).toBe(true);
  });

  it('rejects an article with a missing field', () => {
    const article = parseArticle('A title\n\nSome body text that goes on for a while, long enough to be prose.');
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    const {warnings: _w, ...broken} = article;
    expect(ArticleSchema.safeParse(broken).success).toBe(false);
  });

  it('exports a JSON Schema of Article', () => {
    const schema = articleJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(ArticleSchema.shape));
    // every field is required but the optional ones (explain, only with explain: true)
    const required = Object.entries(ArticleSchema.shape).filter(([, s]) => !s.safeParse(undefined).success).map(([k]) => k);
    expect(required).not.toContain('explain');
    expect((schema.required as string[]).sort()).toEqual(required.sort());
  });
});

describe('the plain name lists (schema/names.ts) and the schemas', () => {
  it('name the same Article fields, in the same order', async () => {
    const {ARTICLE_FIELDS} = await import('../src/schema/names.js');
    expect([...ARTICLE_FIELDS]).toEqual(Object.keys(ArticleSchema.shape));
  });

  it('name the same input formats', async () => {
    const {FORMATS, isFormat} = await import('../src/schema/names.js');
    const {FormatSchema} = await import('../src/schema/options.js');
    expect([...FORMATS]).toEqual(FormatSchema.options);
    for (const f of [...FORMATS, 'pdf', '', 1, null]) expect(isFormat(f)).toBe(FormatSchema.safeParse(f).success);
  });
});
