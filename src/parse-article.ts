import type {Article, ArticleDraft, Block, PublishedAt, Warning} from './schema/article.js';
import type {ParseOptions} from './schema/options.js';
import {readInput} from './input/index.js';
import {assertText, DEFAULT_MAX_INPUT_LENGTH} from './input/validate.js';
import {segment, type Segment} from './blocks/index.js';
import {assignRoles} from './roles/index.js';
import {extractHeadline, extractDek} from './fields/headline.js';
import {extractByline} from './fields/byline.js';
import {bylineReadings} from './readers/byline-readings.js';
import {detectLanguage} from './readers/language.js';
import {extractDates} from './fields/published-at.js';
import {extractNameLineByline} from './fields/name-line.js';
import {extractBody} from './fields/paragraphs.js';
import {extractRelated} from './fields/related.js';
import {extractCaptions} from './fields/captions.js';
import {extractAttributions} from './fields/attributions.js';
import {finishMarkupArticle} from './fields/markup-output.js';
import type {FieldContext} from './fields/types.js';
import {claimsWithSpeakers, extractSpeech, toQuotes} from './attribution/index.js';
import {endParse, startParse} from './nlp/memo.js';
import {checkParseOptions, toReferenceDate} from './options.js';
import {buildExplain, createRecorder} from './explain/index.js';
import {withConfidence} from './confidence/index.js';

export const DEFAULT_MAX_BLOCKS = 50_000;
export const DEFAULT_MAX_CLAIMS = 20_000;

/**
 * Parse raw scraped text into an `Article`: input -> blocks -> roles -> fields -> claims.
 * Synchronous and pure. Throws `NewsparseError` for input that is not text, empty or too large.
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  const opts = checkParseOptions(options);
  startParse();
  try {
    return parse(input, opts);
  } finally {
    endParse();
  }
}

function parse(input: string, opts: ParseOptions): Article {
  const source = assertText(input, opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH);
  const referenceDate = toReferenceDate(opts.referenceDate);
  const warnings: Warning[] = [];

  const read = readInput(source, opts.format);
  for (const w of read.warnings) warnings.push(w);
  const segments = capBlocks(segment(read.lines), opts.maxBlocks ?? DEFAULT_MAX_BLOCKS, warnings);
  const texts = segments.map((s) => s.text);
  // the language first: the roles and the fields read dates, bylines and chrome by it
  const language = detectLanguage(texts);
  // the roles stage and the byline field read the same blocks as bylines: once per page
  const bylineAt = bylineReadings(texts, language);
  // explain: the stages report what they weighed to a recorder; without it they report nothing
  const recorder = opts.explain ? createRecorder() : undefined;
  const roled = assignRoles(read, segments, undefined, undefined, {url: opts.url, bylineAt, language, ...(recorder ? {trace: recorder.roles} : {})});

  const ctx: FieldContext = {input: read, blocks: roled, referenceDate, url: opts.url, bylineAt, language, ...(recorder ? {trace: recorder.fields} : {})};
  const body = extractBody(ctx);
  const paragraphs = body.paragraphs;
  const attributions = extractAttributions(ctx, paragraphs, body.attributions);
  if (!paragraphs.length) warnings.push({code: 'NO_BODY', message: 'No body text was found'});

  // who said what, then the claims, each inheriting the speaker of the attribution it lies in
  const speech = extractSpeech(paragraphs, read.view, {language});
  const quotes = toQuotes(speech);
  const maxClaims = opts.maxClaims ?? DEFAULT_MAX_CLAIMS;
  const numericClaims = claimsWithSpeakers(paragraphs, read.view, speech, attributions, language, maxClaims);
  if (numericClaims.length > maxClaims) {
    const last = numericClaims[maxClaims - 1]!;
    numericClaims.length = maxClaims;
    warnings.push({code: 'TRUNCATED_CLAIMS', message: `The body holds more than ${maxClaims} numeric claims; the text after offset ${last.span.end} was not read for claims`});
  }

  // the date is looked for next to the byline: find the byline once and hand it on
  const readByline = extractByline(ctx);
  // a bare line of names, weighed by the model, when the byline reader found no byline
  const byline = readByline ?? extractNameLineByline(ctx);
  // the date is read beside the reader's byline (a name line carries no date)
  const dates = extractDates(ctx, readByline);
  if (dates.publishedFromUpdate) warnings.push({code: 'PUBLISHED_AT_FROM_UPDATE', message: 'The page gives no publication date, only an update time: publishedAt is that time'});
  const blocks: Block[] = roled.map((b) => ({role: b.role, text: b.segment.text, span: {start: b.segment.start, end: b.segment.end}}));
  const article: ArticleDraft = {
    headline: extractHeadline(ctx),
    dek: extractDek(ctx),
    byline,
    publishedAt: inSchemaRange(dates.publishedAt, warnings),
    updatedAt: inSchemaRange(dates.updatedAt, warnings),
    language,
    paragraphs,
    attributions,
    related: extractRelated(ctx),
    captions: extractCaptions(ctx),
    quotes,
    numericClaims,
    blocks,
    warnings,
  };
  // confidence last: it reads the finished article, as the calibration script does
  const finished = withConfidence(finishMarkupArticle(article, read, opts.url), opts.url, opts.minConfidence);
  if (recorder) finished.explain = buildExplain(finished, roled.map((b) => b.assignment), roled.map((b) => ({start: b.segment.start, end: b.segment.end})), recorder);
  return finished;
}

/**
 * A date past year 9999 (a year-less date read against a "no end" reference date such as
 * 9999-12-31, or JavaScript's last date) has no four-digit ISO year: it is left out, with a
 * warning, rather than given as an iso the schema refuses.
 */
function inSchemaRange(date: PublishedAt | null, warnings: Warning[]): PublishedAt | null {
  if (!date || /^\d{4}(?:-|T|$)/.test(date.iso)) return date;
  warnings.push({code: 'DATE_OUT_OF_RANGE', message: `The date "${date.text}" resolves to ${date.iso}, outside years 0000-9999; it was left out`});
  return null;
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
