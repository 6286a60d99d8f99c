/**
 * Names the schemas define, as plain lists: for code that must know them without loading zod
 * (the command line's main thread, which only hands records to worker threads). The schemas
 * are built from these or checked against them (test/schema.test.ts), so the two never drift.
 */

/** The input formats `parseArticle` reads (`ParseOptions.format`). */
export const FORMATS = ['auto', 'text', 'markdown', 'html'] as const;

/** Whether `value` names an input format. */
export const isFormat = (value: unknown): value is (typeof FORMATS)[number] => typeof value === 'string' && (FORMATS as readonly string[]).includes(value);

/** The fields of an Article, in the schema's order. */
export const ARTICLE_FIELDS = [
  'headline', 'dek', 'byline', 'publishedAt', 'updatedAt', 'language', 'paragraphs', 'attributions', 'related', 'captions',
  'quotes', 'numericClaims', 'blocks', 'warnings', 'explain', 'confidence',
] as const;
