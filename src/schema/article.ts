import {z} from 'zod';
import {SpanSchema} from './span.js';
import {NumericClaimSchema} from './claim.js';
import {BlockRoleSchema} from './role.js';
import {ExplainSchema} from './explain.js';

export {BlockRoleSchema, type BlockRole} from './role.js';

export const BlockSchema = z.object({
  role: BlockRoleSchema,
  text: z.string(),
  span: SpanSchema,
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
});
export type Quote = z.infer<typeof QuoteSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

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
  /** Only with `explain: true`: the evidence behind every field and every block's role. */
  explain: ExplainSchema.optional(),
});
export type Article = z.infer<typeof ArticleSchema>;
