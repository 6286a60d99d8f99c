import type {Article, Block, Warning} from './schema/article.js';
import type {NumericClaim} from './schema/claim.js';
import type {ParseOptions} from './schema/options.js';
import {readInput} from './input/index.js';
import {assertText, DEFAULT_MAX_INPUT_LENGTH} from './input/validate.js';
import {segment, type Segment} from './blocks/index.js';
import {assignRoles} from './roles/index.js';
import {extractHeadline, extractDek} from './fields/headline.js';
import {bylineReadings, extractByline} from './fields/byline.js';
import {extractPublishedAt} from './fields/published-at.js';
import {extractNameLineByline} from './fields/name-line.js';
import {extractBody} from './fields/paragraphs.js';
import {extractRelated} from './fields/related.js';
import {extractCaptions} from './fields/captions.js';
import {extractQuotes} from './fields/quotes.js';
import {extractAttributions} from './fields/attributions.js';
import {finishMarkupArticle} from './fields/markup-output.js';
import type {FieldContext} from './fields/types.js';
import {claimsOfText} from './claims/index.js';
import {startParse} from './nlp/memo.js';
import {checkParseOptions, toReferenceDate} from './options.js';

export const DEFAULT_MAX_BLOCKS = 50_000;

/**
 * Parse raw scraped text into an `Article`: input -> blocks -> roles -> fields -> claims.
 * Synchronous and pure. Throws `NewsparseError` for input that is not text, empty or too large.
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  const opts = checkParseOptions(options);
  startParse();
  const source = assertText(input, opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH);
  const referenceDate = toReferenceDate(opts.referenceDate);
  const warnings: Warning[] = [];

  const read = readInput(source, opts.format);
  const segments = capBlocks(segment(read.lines), opts.maxBlocks ?? DEFAULT_MAX_BLOCKS, warnings);
  // the roles stage and the byline field read the same blocks as bylines: once per page
  const bylineAt = bylineReadings(segments.map((s) => s.text));
  const roled = assignRoles(read, segments, undefined, undefined, {url: opts.url, bylineAt});

  const ctx: FieldContext = {input: read, blocks: roled, referenceDate, url: opts.url, bylineAt};
  const body = extractBody(ctx);
  const paragraphs = body.paragraphs;
  const attributions = extractAttributions(ctx, paragraphs, body.attributions);
  if (!paragraphs.length) warnings.push({code: 'NO_BODY', message: 'No body text was found'});

  // claims: a claim inside a quote is the quote's speaker's; else the paragraph's source tag
  const quotes = extractQuotes(paragraphs, read.view);
  const numericClaims: NumericClaim[] = [];
  // each paragraph's tag and quotes looked up once, not searched for per paragraph (that
  // was quadratic: 8,000 tagged paragraphs took most of a minute)
  const tagOf = new Map<number, string>();
  for (const a of attributions) if (a.paragraph !== null && !tagOf.has(a.paragraph)) tagOf.set(a.paragraph, a.source);
  const byStart = [...quotes].sort((a, b) => a.span.start - b.span.start);
  let q = 0;
  for (const [i, p] of paragraphs.entries()) {
    const raw = read.view.slice(p.span.start, p.span.end);
    while (q < byStart.length && byStart[q]!.span.start < p.span.start && byStart[q]!.span.end <= p.span.start) q++;
    const near: typeof quotes = [];
    for (let k = q; k < byStart.length && byStart[k]!.span.start < p.span.end; k++) if (byStart[k]!.span.end > p.span.start) near.push(byStart[k]!);
    // one by one: push(...claims) overflows the call stack past ~100,000 claims in a paragraph
    for (const c of claimsOfText(raw, p.span.start, {defaultSpeaker: tagOf.get(i) ?? null, quotes: near})) numericClaims.push(c);
  }

  // the date is looked for next to the byline: find the byline once and hand it on
  const readByline = extractByline(ctx);
  // a bare line of names, weighed by the model, when the byline reader found no byline
  const byline = readByline ?? extractNameLineByline(ctx);
  const blocks: Block[] = roled.map((b) => ({role: b.role, text: b.segment.text, span: {start: b.segment.start, end: b.segment.end}}));
  const article: Article = {
    headline: extractHeadline(ctx),
    dek: extractDek(ctx),
    byline,
    publishedAt: extractPublishedAt(ctx, readByline),
    updatedAt: null,
    language: null,
    paragraphs,
    attributions,
    related: extractRelated(ctx),
    captions: extractCaptions(ctx),
    quotes,
    numericClaims,
    blocks,
    warnings,
  };
  return finishMarkupArticle(article, read, opts.url);
}

/** Keep at most `max` blocks: the rest become one `other` block (nothing is lost), with a warning. */
function capBlocks(segments: Segment[], max: number, warnings: Warning[]): Segment[] {
  if (segments.length <= max) return segments;
  const rest = segments.slice(max - 1);
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  warnings.push({code: 'TRUNCATED_BLOCKS', message: `The input has ${segments.length} blocks; blocks after ${max - 1} were merged into one`});
  return [
    ...segments.slice(0, max - 1),
    {start: first.start, end: last.end, text: `${first.text} …`, lines: rest.flatMap((s) => s.lines), blankBefore: first.blankBefore},
  ];
}
