import {z} from 'zod';
import {SpanSchema} from './span.js';
import {NumericClaimSchema} from './claim.js';

export const BlockRoleSchema = z.enum([
  'headline', 'dek', 'byline', 'dateline', 'body', 'caption', 'related', 'boilerplate', 'other',
]);
export type BlockRole = z.infer<typeof BlockRoleSchema>;

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

/** The verb or phrase that marks an attribution: "said", "told", "according to". */
export const CueSchema = z.object({
  text: z.string(),
  span: SpanSchema,
});
export type Cue = z.infer<typeof CueSchema>;

/**
 * Who said what. `direct`: every word is inside quote marks, `span` covers the marks;
 * `mixed`: reported speech with a quoted part, `indirect`: reported speech ("she said the
 * plan would fail"); for both `span` covers the content.
 */
export const QuoteSchema = z.object({
  text: z.string(),
  /** The fullest name the article gives the source ("he" -> "Jane Doe"), or a description as written ("a campaign spokesman"). */
  speaker: z.string().nullable(),
  span: SpanSchema,
  kind: z.enum(['direct', 'mixed', 'indirect']),
  cue: CueSchema.nullable(),
  /** The words naming the source at the cue, as written: "he", "Doe", "Sen. Jane Doe". */
  speakerMention: z.string().nullable(),
  /** Where `speakerMention` is in the input. */
  speakerSpan: SpanSchema.nullable(),
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
});
export type Article = z.infer<typeof ArticleSchema>;
