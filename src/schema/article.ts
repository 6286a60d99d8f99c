import {z} from 'zod';
import {SpanSchema} from './span.js';
import {NumericClaimSchema} from './claim.js';

export const BlockRoleSchema = z.enum([
  'headline', 'dek', 'byline', 'dateline', 'body', 'caption', 'related', 'boilerplate', 'other',
]);
export type BlockRole = z.infer<typeof BlockRoleSchema>;

/** A calibrated probability (see docs/confidence.md). */
export const ConfidenceSchema = z.number().min(0).max(1);

export const BlockSchema = z.object({
  role: BlockRoleSchema,
  text: z.string(),
  span: SpanSchema,
  /** The chance the role is right (body or not, as the corpus gold tells). */
  confidence: ConfidenceSchema.optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const BylineSchema = z.object({
  text: z.string(),
  authors: z.array(z.string()),
  span: SpanSchema,
});
export type Byline = z.infer<typeof BylineSchema>;

export const PrecisionSchema = z.enum(['year', 'month', 'day', 'minute', 'second']);
export type Precision = z.infer<typeof PrecisionSchema>;

const ISO_BY_PRECISION: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  minute: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::00(?:\.000)?)?(?:Z|[+-]\d{2}:\d{2})?$/,
  second: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})?$/,
};

export const PublishedAtSchema = z
  .object({
    text: z.string(),
    iso: z.string(),
    precision: PrecisionSchema,
    span: SpanSchema,
  })
  .refine((d) => ISO_BY_PRECISION[d.precision].test(d.iso), {
    message: 'iso must match its precision (YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time)',
    path: ['iso'],
  });
export type PublishedAt = z.infer<typeof PublishedAtSchema>;

export const LinkSchema = z.object({
  text: z.string(),
  url: z.string(),
  span: SpanSchema,
});
export type Link = z.infer<typeof LinkSchema>;

export const ParagraphSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  links: z.array(LinkSchema).optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const AttributionSchema = z.object({
  /** The source named, e.g. "TASS", "Reuters". */
  source: z.string(),
  /** The tag as written, e.g. "[TASS]", "MOSCOW (Reuters) -". */
  raw: z.string(),
  /** How it is written: "tag", "dateline", "dash", "source-line", ... */
  kind: z.string(),
  /** Index into `paragraphs` of the paragraph it belongs to, or null. */
  paragraph: z.number().int().nonnegative().nullable(),
  span: SpanSchema,
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const RelatedRelSchema = z.enum(['previous', 'next', 'related', 'more']);
export type RelatedRel = z.infer<typeof RelatedRelSchema>;

export const RelatedSchema = z.object({
  rel: RelatedRelSchema,
  title: z.string(),
  url: z.string().nullable(),
  span: SpanSchema,
});
export type Related = z.infer<typeof RelatedSchema>;

export const CaptionSchema = z.object({
  text: z.string(),
  credit: z.string().nullable(),
  span: SpanSchema,
});
export type Caption = z.infer<typeof CaptionSchema>;

export const QuoteSchema = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  span: SpanSchema,
  /** The chance the speaker is right; for a null speaker, the chance there is none to name. */
  confidence: ConfidenceSchema.optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** The field a warning is about (LOW_CONFIDENCE names one). */
  field: z.string().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/**
 * How sure one top-level field is. `confidence`: the calibrated chance the field's value is
 * right; for a null field, the chance that null is right (the page has none). `missed`: for
 * a null field, the chance the page has one that was not found (1 - confidence); null when
 * the field has a value.
 */
export const FieldConfidenceSchema = z.object({
  confidence: ConfidenceSchema,
  missed: ConfidenceSchema.nullable(),
});
export type FieldConfidence = z.infer<typeof FieldConfidenceSchema>;

export const ArticleConfidenceSchema = z.object({
  headline: FieldConfidenceSchema,
  dek: FieldConfidenceSchema,
  byline: FieldConfidenceSchema,
  publishedAt: FieldConfidenceSchema,
  updatedAt: FieldConfidenceSchema,
  language: FieldConfidenceSchema,
});
export type ArticleConfidence = z.infer<typeof ArticleConfidenceSchema>;

export const ArticleSchema = z.object({
  headline: z.string().nullable(),
  dek: z.string().nullable(),
  byline: BylineSchema.nullable(),
  publishedAt: PublishedAtSchema.nullable(),
  /** When the page says it was last updated ("Updated …"); never the publication date. */
  updatedAt: PublishedAtSchema.nullable(),
  /** ISO 639-1 code of the article's language ("en", "de"), null when unsure. */
  language: z.string().nullable(),
  paragraphs: z.array(ParagraphSchema),
  attributions: z.array(AttributionSchema),
  related: z.array(RelatedSchema),
  captions: z.array(CaptionSchema),
  quotes: z.array(QuoteSchema),
  numericClaims: z.array(NumericClaimSchema),
  blocks: z.array(BlockSchema),
  warnings: z.array(WarningSchema),
  /** How sure each top-level field is (docs/confidence.md); parseArticle always fills it. */
  confidence: ArticleConfidenceSchema,
});
export type Article = z.infer<typeof ArticleSchema>;
/** An Article before its last stage has rated it: everything but `confidence`. */
export type ArticleDraft = Omit<Article, 'confidence'>;
