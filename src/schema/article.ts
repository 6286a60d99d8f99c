import {z} from 'zod';
import {SpanSchema} from './span.js';
import {NumericClaimSchema} from './claim.js';
import {BlockRoleSchema} from './role.js';
import {ExplainSchema} from './explain.js';

export {BlockRoleSchema, type BlockRole} from './role.js';

/** A calibrated probability (see docs/confidence.md). */
export const ConfidenceSchema = z.number().min(0).max(1).describe('A calibrated probability between 0 and 1');

/** One block of the input (a line or a paragraph of it) and its role. */
export const BlockSchema = z
  .object({
    /** What the block is. */
    role: BlockRoleSchema,
    /** The block's text. */
    text: z.string().describe("The block's text"),
    /** Where the block is in the input. */
    span: SpanSchema,
    /** The chance the role is right (body or not, as the corpus gold tells). */
    confidence: ConfidenceSchema.optional(),
  })
  .describe('One block of the input and its role; together the blocks cover every non-whitespace character');
export type Block = z.infer<typeof BlockSchema>;

/** The byline: who wrote the article. */
export const BylineSchema = z
  .object({
    /** The byline as written, e.g. "By Jane Doe and Kim Park, Reuters". */
    text: z.string().describe('The byline as written, e.g. "By Jane Doe and Kim Park"'),
    /** The people named as authors, in order, e.g. ["Jane Doe", "Kim Park"]. */
    authors: z.array(z.string()).describe('The people named as authors, in order'),
    /** Where the byline is in the input. */
    span: SpanSchema,
  })
  .describe('The byline: who wrote the article');
export type Byline = z.infer<typeof BylineSchema>;

/** How precise a date is: what `iso` holds. */
export const PrecisionSchema = z
  .enum(['year', 'month', 'day', 'minute', 'second'])
  .describe('How precise the date is: year (YYYY), month (YYYY-MM), day (YYYY-MM-DD), minute or second (ISO 8601 date-time)');
export type Precision = z.infer<typeof PrecisionSchema>;

/** The form `iso` takes at each precision; JSON Schema gets the same patterns. */
export const ISO_BY_PRECISION: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  minute: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::00(?:\.000)?)?(?:Z|[+-]\d{2}:\d{2})?$/,
  second: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})?$/,
};

/** A date the article states, as written and as ISO 8601. */
export const PublishedAtSchema = z
  .object({
    /** The date as written, e.g. "August 14, 2025". */
    text: z.string().describe('The date as written, e.g. "August 14, 2025"'),
    /** The date in ISO 8601, as precise as the text: "2025", "2025-08", "2025-08-14" or a date-time. */
    iso: z.string().describe('The date in ISO 8601, as precise as the text: YYYY, YYYY-MM, YYYY-MM-DD or a date-time; it matches precision'),
    /** How precise the date is. */
    precision: PrecisionSchema,
    /** Where the date is in the input. */
    span: SpanSchema,
  })
  .refine((d) => ISO_BY_PRECISION[d.precision].test(d.iso), {
    message: 'iso must match its precision (YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time)',
    path: ['iso'],
  })
  .describe('A date the article states, as written and as ISO 8601');
export type PublishedAt = z.infer<typeof PublishedAtSchema>;

/** A link target a scraper wrote inline in a paragraph. */
export const LinkSchema = z
  .object({
    /** The anchor text, which stays in the paragraph's text. */
    text: z.string().describe("The anchor text, which stays in the paragraph's text"),
    /** The link target as written. */
    url: z.string().describe('The link target as written'),
    /** Where the link (anchor and target) is in the input. */
    span: SpanSchema,
  })
  .describe('A link target a scraper wrote inline (anchor [https://...] or [anchor](url))');
export type Link = z.infer<typeof LinkSchema>;

/** A paragraph of the article's body. */
export const ParagraphSchema = z
  .object({
    /** The paragraph's text, without a trailing source tag or inline link targets. */
    text: z.string().describe("The paragraph's text, without a trailing source tag or inline link targets"),
    /** Where the paragraph is in the input. */
    span: SpanSchema,
    /** The link targets written inline in the paragraph, when there are any. */
    links: z.array(LinkSchema).optional().describe('The link targets written inline in the paragraph, when there are any'),
  })
  .describe("A paragraph of the article's body");
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** The values `Attribution.kind` takes today; new ones may be added. */
export const ATTRIBUTION_KINDS = ['tag', 'dash', 'dateline', 'source-line'] as const;

/** A news agency or other source the text credits. */
export const AttributionSchema = z
  .object({
    /** The source named, e.g. "TASS", "Reuters". */
    source: z.string().describe('The source named, e.g. "Reuters"'),
    /** The tag as written, e.g. "[TASS]", "MOSCOW (Reuters) -". */
    raw: z.string().describe('The tag as written, e.g. "[Reuters]" or "LONDON (Reuters) -"'),
    /**
     * How it is written: "tag" (a bracketed tag ending a paragraph), "dash" (a trailing
     * "- Reuters"), "dateline" (a wire dateline "LONDON (Reuters) -") or "source-line"
     * ("Source: Reuters"). New kinds may be added.
     */
    kind: z.string().describe('How it is written: tag, dash, dateline or source-line (new kinds may be added)'),
    /** Index into `paragraphs` of the paragraph it belongs to, or null. */
    paragraph: z.number().int().nonnegative().nullable().describe('Index into paragraphs of the paragraph it belongs to, or null'),
    /** Where the tag is in the input. */
    span: SpanSchema,
  })
  .describe('A news agency or other source the text credits');
export type Attribution = z.infer<typeof AttributionSchema>;

/** How a related link relates to the article. */
export const RelatedRelSchema = z
  .enum(['previous', 'next', 'related', 'more'])
  .describe('How the link relates to the article: previous or next article, a related one, or more from the site');
export type RelatedRel = z.infer<typeof RelatedRelSchema>;

/** A link to another article that the page lists (read next, related, previous/next). */
export const RelatedSchema = z
  .object({
    /** previous, next, related or more. */
    rel: RelatedRelSchema,
    /** The linked article's title as written. */
    title: z.string().describe("The linked article's title as written"),
    /** The link target, when the text gives one. */
    url: z.string().nullable().describe('The link target, when the text gives one'),
    /** Where the entry is in the input. */
    span: SpanSchema,
  })
  .describe('A link to another article that the page lists');
export type Related = z.infer<typeof RelatedSchema>;

/** A photo or figure caption. */
export const CaptionSchema = z
  .object({
    /** The caption's text. */
    text: z.string().describe("The caption's text"),
    /** The photo credit, e.g. "Jane Doe/AFP", when the caption names one. */
    credit: z.string().nullable().describe('The photo credit, when the caption names one'),
    /** Where the caption is in the input. */
    span: SpanSchema,
  })
  .describe('A photo or figure caption');
export type Caption = z.infer<typeof CaptionSchema>;

/** The verb or phrase that marks an attribution: "said", "told", "according to". */
export const CueSchema = z
  .object({
    /** The cue as written. */
    text: z.string().describe('The cue as written'),
    /** Where the cue is in the input. */
    span: SpanSchema,
  })
  .describe('The verb or phrase that marks an attribution: "said", "told", "according to"');
export type Cue = z.infer<typeof CueSchema>;

/**
 * Who said what. `direct`: every word is inside quote marks, `span` covers the marks;
 * `mixed`: reported speech with a quoted part, `indirect`: reported speech ("she said the
 * plan would fail"); for both `span` covers the content.
 */
export const QuoteSchema = z
  .object({
    /** The quoted or reported words, without the quote marks. */
    text: z.string().describe('The quoted or reported words'),
    /** The fullest name the article gives the source ("he" -> "Jane Doe"), or a description as written ("a campaign spokesman"). */
    speaker: z.string().nullable().describe('The fullest name the article gives the source, or a description as written; null when the text does not say'),
    /** Where the quote (direct: with its marks) or the reported content is in the input. */
    span: SpanSchema,
    /** direct (all in quote marks), mixed (reported with a quoted part) or indirect (reported speech). */
    kind: z.enum(['direct', 'mixed', 'indirect']).describe('direct (all in quote marks), mixed (reported with a quoted part) or indirect (reported speech)'),
    /** The verb or phrase that marks it, or null. */
    cue: CueSchema.nullable().describe('The verb or phrase that marks it, or null'),
    /** The words naming the source at the cue, as written: "he", "Doe", "Sen. Jane Doe". */
    speakerMention: z.string().nullable().describe('The words naming the source at the cue, as written'),
    /** Where `speakerMention` is in the input. */
    speakerSpan: SpanSchema.nullable().describe('Where speakerMention is in the input'),
    /** The chance the speaker is right; for a null speaker, the chance there is none to name. */
    confidence: ConfidenceSchema.optional(),
  })
  .describe('Who said what: a direct quote, or mixed or indirect reported speech');
export type Quote = z.infer<typeof QuoteSchema>;

/** Something the parser noticed about the input, e.g. `NO_BODY`. */
export const WarningSchema = z
  .object({
    /** A stable code: NO_BODY, TRUNCATED_BLOCKS, ... (new codes may be added). */
    code: z.string().describe('A stable code, e.g. NO_BODY or TRUNCATED_BLOCKS (new codes may be added)'),
    /** What happened, in English. */
    message: z.string().describe('What happened, in English'),
    /** The field a warning is about (LOW_CONFIDENCE names one). */
    field: z.string().optional().describe('The field a warning is about (LOW_CONFIDENCE names one)'),
  })
  .describe('Something the parser noticed about the input');
export type Warning = z.infer<typeof WarningSchema>;

/**
 * How sure one top-level field is. `confidence`: the calibrated chance the field's value is
 * right; for a null field, the chance that null is right (the page has none). `missed`: for
 * a null field, the chance the page has one that was not found (1 - confidence); null when
 * the field has a value.
 */
export const FieldConfidenceSchema = z
  .object({
    /** The calibrated chance the field's value (or its absence) is right. */
    confidence: ConfidenceSchema,
    /** For a null field, the chance the page has one that was not found; null when the field has a value. */
    missed: ConfidenceSchema.nullable().describe('For a null field, the chance the page has one that was not found; null when the field has a value'),
  })
  .describe('How sure one top-level field is');
export type FieldConfidence = z.infer<typeof FieldConfidenceSchema>;

/** How sure each top-level field is. */
export const ArticleConfidenceSchema = z
  .object({
    headline: FieldConfidenceSchema,
    dek: FieldConfidenceSchema,
    byline: FieldConfidenceSchema,
    publishedAt: FieldConfidenceSchema,
    updatedAt: FieldConfidenceSchema,
    language: FieldConfidenceSchema,
  })
  .describe('How sure each top-level field is (docs/confidence.md)');
export type ArticleConfidence = z.infer<typeof ArticleConfidenceSchema>;

/** A parsed news article: every field carries the span of the input it came from. */
export const ArticleSchema = z
  .object({
    /** The article's headline, or null when none was found. */
    headline: z.string().nullable().describe("The article's headline, or null"),
    /** The standfirst or subheadline under the headline, or null. */
    dek: z.string().nullable().describe('The standfirst or subheadline under the headline, or null'),
    /** The byline and the authors it names, or null. */
    byline: BylineSchema.nullable().describe('The byline and the authors it names, or null'),
    /** When the article was published, or null. */
    publishedAt: PublishedAtSchema.nullable().describe('When the article was published, or null'),
    /** When the page says it was last updated ("Updated …"); never the publication date. */
    updatedAt: PublishedAtSchema.nullable().describe('When the page says it was last updated, or null; never the publication date'),
    /** ISO 639-1 code of the article's language ("en", "de"), null when unsure. */
    language: z.string().nullable().describe("ISO 639-1 code of the article's language, or null when unsure"),
    /** The body's paragraphs, in reading order. */
    paragraphs: z.array(ParagraphSchema).describe("The body's paragraphs, in reading order"),
    /** The sources the text credits (wire agencies), with the paragraph each belongs to. */
    attributions: z.array(AttributionSchema).describe('The sources the text credits, with the paragraph each belongs to'),
    /** Links to other articles the page lists. */
    related: z.array(RelatedSchema).describe('Links to other articles the page lists'),
    /** Photo and figure captions. */
    captions: z.array(CaptionSchema).describe('Photo and figure captions'),
    /** Quoted passages and their speakers. */
    quotes: z.array(QuoteSchema).describe('Quoted passages and their speakers'),
    /** The numbers the body states, typed, scaled and qualified. */
    numericClaims: z.array(NumericClaimSchema).describe('The numbers the body states, typed, scaled and qualified'),
    /** Every block of the input, in order, with its role: together they cover all of the input's non-whitespace text. */
    blocks: z.array(BlockSchema).describe("Every block of the input, in order, with its role (lossless)"),
    /** What the parser noticed: no body found, blocks merged, ... */
    warnings: z.array(WarningSchema).describe('What the parser noticed about the input'),
    /** Only with `explain: true`: the evidence behind every field and every block's role. */
    explain: ExplainSchema.optional().describe("Only with explain: true: the evidence behind every field and every block's role"),
    /** How sure each top-level field is (docs/confidence.md); parseArticle always fills it. */
    confidence: ArticleConfidenceSchema.optional().describe('How sure each top-level field is; parseArticle always fills it'),
  })
  .describe('A parsed news article: every field carries the span of the input it came from');
export type Article = z.infer<typeof ArticleSchema>;
/** An Article before its last stage has rated it: everything but `confidence`. */
export type ArticleDraft = Omit<Article, 'confidence'>;
