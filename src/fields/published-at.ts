import * as chrono from 'chrono-node';
import type {Byline, PublishedAt, Precision} from '../schema/article.js';
import type {Segment} from '../blocks/segment.js';
import {articleTop, nearTopScore, sourceOffset} from './article-top.js';
import {extractByline} from './byline.js';
import {readWireDateline} from '../readers/wire-dateline.js';
import {mayStateDay, strictDates} from '../readers/strict-dates.js';
import {parseInLanguage, statedInLanguage} from '../readers/locale-dates.js';
import {alternation, PUBLISHED_WORDS, UPDATED_WORDS} from '../readers/language-words.js';
import {longerThan} from '../blocks/white-space.js';
import type {FieldContext} from './types.js';
import {exactStamp} from './exact-stamp.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// the units a relative date ("5 minutes ago", "vor 30 Sekunden") can state a time in
const SECOND_UNIT = /(?<![\p{L}])(?:secs?|seconds?|sekunden?|secondes?|segundos?|secondi|seconden|sekunder|секунд\p{L}*)(?![\p{L}])/iu;
const MINUTE_UNIT = /(?<![\p{L}])(?:mins?|minutes?|minuten?|minutos?|minuti|minutter|minuter|минут\p{L}*)(?![\p{L}])/iu;

/**
 * A relative date states its time only as finely as its unit: chrono sets the hour, minute
 * and second of "2 hours ago" from the reference date, but the text states none of them.
 * Minutes and seconds are kept; hours give the day ('minute' would claim more than is known).
 */
function relativeCoarserThanMinute(result: DateMatch): boolean {
  return result.start.tags().has('result/relativeDate') && !MINUTE_UNIT.test(result.text) && !SECOND_UNIT.test(result.text);
}

/** A chrono result as ISO text at the precision the text states (chrono's known, not implied, components). */
export function toPublishedAt(result: DateMatch, offset: number | Segment): PublishedAt {
  const s = result.start;
  const known = (c: chrono.Component) => s.isCertain(c);
  const y = s.get('year')!;
  const mo = s.get('month')!;
  const d = s.get('day')!;
  let precision: Precision = 'day';
  let iso = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!known('day')) {
    precision = known('month') ? 'month' : 'year';
    iso = precision === 'month' ? `${pad(y, 4)}-${pad(mo)}` : pad(y, 4);
  } else if (known('hour') && !relativeCoarserThanMinute(result)) {
    // "5 minutes ago" states the minute, not the second chrono set from the reference date
    const sec = known('second') && (!s.tags().has('result/relativeDate') || SECOND_UNIT.test(result.text));
    precision = sec ? 'second' : 'minute';
    const tz = s.get('timezoneOffset');
    const zone = known('timezoneOffset') && tz != null
      ? (tz === 0 ? 'Z' : `${tz < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(tz) / 60))}:${pad(Math.abs(tz) % 60)}`)
      : '';
    iso += `T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}${sec ? `:${pad(s.get('second')!)}` : ''}${zone}`;
  }
  const at = (i: number) => (typeof offset === 'number' ? offset + i : sourceOffset(offset, i));
  const text = result.text.trim();
  const lead = result.text.length - result.text.trimStart().length;
  const start = result.index + lead;
  return {text, iso, precision, span: {start: at(start), end: at(start + text.length)}};
}

const CJK_DATE = /\d\s*[年月]|[年月]\s*\d/;
// what comes before a date says which date it is
// (tested on the text before a date with trailing spaces, colons, "on" and "at" taken off)
const PUBLISHED_LABEL = new RegExp(`(?:${alternation(PUBLISHED_WORDS)})$`, 'iu');
const UPDATED_LABEL = new RegExp(`(?:${alternation(UPDATED_WORDS)}|last updates)$`, 'iu');
// dates that belong to something else: a citation, an embedded tweet, a comment, a copyright
const OTHER_LABEL = /(?:retrieved|accessed|archived|\(@\w+\)|©|copyright|\bfrom)$/i;
const UPDATED_AFTER = /^\s*(?:更新|\|\s*reply)/i;
// what stands between a label and its date: "on", "at", "le", "am", "el", "il" ...
const LABEL_TAIL = /(?:[\s:：,-]|(?<![\p{L}\p{N}])(?:on|at|le|la|am|um|el|em|il|op|på|den|de|del|в|dne))+$/iu;

export interface DateCandidate {
  result: DateMatch;
  /** Preference among the dates of one line: published > plain > updated. */
  label: 'published' | 'plain' | 'updated' | 'other';
}

// a word glued to a date by a renderer: "time2019/04/21", "2021April 9"
const GLUE = /\p{L}{2}\d|\d\p{Lu}\p{Ll}/gu;

// after English, the languages whose pages scrapers meet most, for a short line only
const OTHER_LOCALES = [chrono.fr.strict, chrono.pt.strict, chrono.es.strict, chrono.de.strict];
const fullDay = (r: chrono.ParsedResult) => r.start.isCertain('day') && r.start.isCertain('month');

/** `stated`: only what the text states is used (no implied part), so the shared English parse serves. */
function parseAnyLocale(text: string, ref: Date, otherLocales: boolean, stated: boolean, language: string | null): readonly chrono.ParsedResult[] {
  if (CJK_DATE.test(text)) return chrono.ja.parse(text, ref);
  // the page's language first: its month names, its numeric dates day first
  const own = stated ? statedInLanguage(text, language) : parseInLanguage(text, ref, language);
  if (own) return own;
  // only dates with a known day are kept: where none can be, no parse
  const en = !mayStateDay(text) ? [] : stated ? strictDates(text) : chrono.strict.parse(text, ref);
  if (!otherLocales || en.some(fullDay) || text.length > 120 || !/\d/.test(text)) return en;
  for (const parser of OTHER_LOCALES) {
    const found = parser.parse(text, ref);
    if (found.some(fullDay)) return found;
  }
  return en;
}

// link targets and bare URLs, blanked out (same length) before looking for dates
const LINKISH = /\[(?:https?:|mailto:|data:|\/|#|javascript:)[^\]\s]*\]|\b(?:https?:\/\/|www\.)\S+|javascript:\S*/g;
const blankLinks = (text: string) => text.replace(LINKISH, (m) => ' '.repeat(m.length));

/** A chrono result's parts that say where it is and what it means. */
export type DateMatch = Pick<chrono.ParsedResult, 'start' | 'index' | 'text'>;

/** Chrono results for `text`, parsed with spaces put between glued words and numbers; indexes are `text`'s. */
function parseDates(text: string, ref: Date, otherLocales: boolean, stated: boolean, language: string | null): readonly DateMatch[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(GLUE)) cuts.push(m.index + (/\d/.test(m[0][0]!) ? 1 : 2));
  let spaced = text;
  for (let k = cuts.length - 1; k >= 0; k--) spaced = `${spaced.slice(0, cuts[k])} ${spaced.slice(cuts[k])}`;
  const results = parseAnyLocale(spaced, ref, otherLocales, stated, language);
  if (!cuts.length) return results;
  // map an index in `spaced` back to `text`: every cut before it added one character
  const back = (i: number) => {
    let shift = 0;
    while (shift < cuts.length && cuts[shift]! + shift < i) shift++;
    return i - shift;
  };
  return results.map((r) => {
    const start = back(r.index);
    const end = back(r.index + r.text.length);
    return {start: r.start, index: start, text: text.slice(start, end)};
  });
}

/** The full dates in one line of text, each with the label written before it. */
export function datesIn(text: string, ref: Date, {yearless = false, otherLocales = true, language = null as string | null} = {}): DateCandidate[] {
  if (!/\d/.test(text)) return [];
  // Without a referenceDate every date kept must pass YEAR_WRITTEN, and it is a piece of
  // `text`: when not even YEAR_WRITTEN without its \b's matches `text`, no chrono parse
  // (up to five per block, with the other languages) can give a date we keep.
  if (!yearless && !YEAR_SOMEWHERE.test(text)) return [];
  // a kept date's year, month and day are all stated unless `yearless`
  const results = parseDates(text, ref, otherLocales, !yearless, language);
  const out: DateCandidate[] = [];
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) continue;
    if (!s.isCertain('year') && !yearless) continue;
    // "1 day ago", "yesterday", "within 30 minutes": relative to the referenceDate, meaningless without one
    if (!yearless && (RELATIVE.test(r.text) || s.tags().has('result/relativeDate') || !YEAR_WRITTEN.test(r.text))) continue;
    const y = s.get('year') ?? 0;
    if (y < 1990 || y > ref.getUTCFullYear() + 1) continue;
    const before = text.slice(Math.max(0, r.index - 40), r.index).replace(LABEL_TAIL, '');
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 12);
    let label: DateCandidate['label'] = 'plain';
    if (OTHER_LABEL.test(before)) label = 'other';
    else if (UPDATED_LABEL.test(before) || UPDATED_AFTER.test(after)) label = 'updated';
    else if (PUBLISHED_LABEL.test(before)) label = 'published';
    out.push({result: r, label});
  }
  return out;
}

const RELATIVE = /\b(?:ago|yesterday|today|tonight|tomorrow|now|last|next|this)\b|前|昨日|今日/i;

// chrono counts the year of "60-90 minutes before" as known: the year must be written
const YEAR_WRITTEN = /(?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|\p{L}\.?,?\s'?\d{2}\b/u;
// YEAR_WRITTEN without its word boundaries: matches every text that holds a YEAR_WRITTEN match
const YEAR_SOMEWHERE = /(?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\p{L}\.?,?\s'?\d{2}/u;

const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[\s/.-]\d/i;

const LABEL_SCORE = {published: 2, plain: 0.5, updated: 0, other: -8} as const;
/** The most a date's score can gain over its block's position score: a byline or date line (3), a short line (1), inside the byline (4), a published label. */
const MAX_BONUS = 3 + 1 + 4 + LABEL_SCORE.published;

/** A date in a URL path ("/2016/12/13/") resolves year-less dates when no referenceDate was given. */
function urlDate(url: string | undefined): Date | null {
  const m = url ? /\/((?:19|20)\d{2})\/(\d{1,2})(?:\/(\d{1,2}))?\//.exec(url) : null;
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(Number(m[1]), month - 1, Number(m[3] ?? 1)));
}

/** The article's dates: when it was published, and when it was last updated (each null when the page does not say). */
export interface ArticleDates {
  publishedAt: PublishedAt | null;
  updatedAt: PublishedAt | null;
  /** The page gives no publication date but an update time, which `publishedAt` then holds too. */
  publishedFromUpdate: boolean;
}

/**
 * The article's date: a full date ("August 14, 2025", "14 Aug 2025 09:12 GMT", an ISO stamp)
 * where an article's date goes (after the headline, in the byline, in a date line before the
 * body). Dates inside the body are not the article's, nor are citation, comment or copyright
 * dates. A date without a year counts only when `referenceDate` (or a date in the URL)
 * resolves it. A date labelled as an update ("Updated ...", "mis à jour ...", "aktualisiert
 * ...") is never the publication date: see extractDates.
 */
export function extractPublishedAt(ctx: FieldContext, byline: Byline | null = extractByline(ctx)): PublishedAt | null {
  return extractDates(ctx, byline).publishedAt;
}

type Best = {result: DateMatch; segment: Segment | number; score: number; label: DateCandidate['label']} | null;

/**
 * Both of the article's dates, found where extractPublishedAt says: the best-placed date not
 * labelled as an update is the publication date; the best-placed one labelled as an update
 * is `updatedAt`. In HTML, an exact stamp (a <meta>, JSON-LD or <time datetime> value with a
 * time) of the same day wins over a visible date that gives the day only.
 */
export function extractDates(ctx: FieldContext, byline: Byline | null = extractByline(ctx)): ArticleDates {
  const givenRef = ctx.referenceDate ?? urlDate(ctx.url);
  const language = ctx.language ?? null;
  const ref = givenRef ?? new Date(Date.UTC(2100, 0, 1));
  const blocks = ctx.blocks;
  const top = articleTop(blocks);
  let best: Best = null;
  let updated: Best = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const raw = b.segment.text;
    // a date has a digit (blanking links only takes digits away)
    if (!/\d/.test(raw)) continue;
    // body text is not where the article's date is, except in a wire dateline opening the
    // story ("BEIJING, Aug 14 (Xinhua) --") or a short date line the roles took for body
    const longBody = b.role === 'body' && longerThan(raw, 80);
    if (longBody && i !== top.bodyStart) continue;
    let score = nearTopScore(i, top, blocks);
    // no date of this block can beat the best so far (most of a page's blocks, once a date
    // near the top is found): its text is not read (the margin keeps float rounding from deciding)
    if (best && score + MAX_BONUS < best.score - 1e-6) continue;
    const text = blankLinks(raw);
    let scan = longBody ? (readWireDateline(text)?.raw ?? '') : text;
    if (!longBody && longerThan(text, 300)) scan = '';
    if (!scan) continue;
    if (!/\d/.test(scan)) continue;
    // other languages' parsers only where the article's date may be
    const found = datesIn(scan, ref, {yearless: givenRef !== null, otherLocales: score >= 2 || b.role === 'byline' || b.role === 'dateline', language});
    if (!found.length) continue;
    if (b.role === 'byline' || b.role === 'dateline') score += 3;
    if (!longerThan(scan, 80)) score += 1; // a short line
    for (const [k, c] of found.entries()) {
      if (c.label === 'other') continue;
      const at = sourceOffset(b.segment, c.result.index);
      const inByline = byline !== null && at >= byline.span.start && at < byline.span.end ? 4 : 0;
      const s = inByline + score + LABEL_SCORE[c.label] - k * 0.1 - (c.result.start.isCertain('year') ? 0 : 1);
      ctx.trace?.candidate('publishedAt', i, s, `${c.label} date "${c.result.text}"${inByline ? ' in the byline' : ''} in a ${b.role} block`);
      if (c.label === 'updated') {
        if (!updated || s > updated.score) updated = {result: c.result, segment: b.segment, score: s, label: c.label};
      } else if (!best || s > best.score) best = {result: c.result, segment: b.segment, score: s, label: c.label};
    }
  }
  // the byline's own text, where a long block the roles took for body hides it
  if (byline) {
    const text = blankLinks(ctx.input.view.slice(byline.span.start, byline.span.end));
    const i = blocks.findIndex((b) => b.segment.end >= byline.span.start);
    const found = datesIn(text, ref, {yearless: givenRef !== null, language}).filter((c) => c.label !== 'other');
    const c = found.find((x) => x.label === 'published') ?? found.find((x) => x.label !== 'updated');
    const s = c ? nearTopScore(i, top, blocks) + 7 + LABEL_SCORE[c.label] : -Infinity;
    if (c && (!best || s > best.score)) best = {result: c.result, segment: byline.span.start, score: Math.max(s, 0), label: c.label};
  }
  let publishedAt: PublishedAt | null;
  let updatedAt = updated && updated.score >= 0 ? toPublishedAt(updated.result, updated.segment) : null;
  // a page that gives only an update time (or one better placed than any date not labelled
  // as the publication's, which is then some other date: a related story's, an event's) is dated by it: the article was
  // published by then. The warning says so; updatedAt holds the same time.
  if (updated && updatedAt && (!best || best.score < 0 || (updated.score > best.score && best.label !== 'published'))) {
    return {publishedAt: exactStamp(ctx, updatedAt, 'updated'), updatedAt: exactStamp(ctx, updatedAt, 'updated'), publishedFromUpdate: true};
  }
  if (!best || best.score < 0) publishedAt = monthOrYear(ctx, ref, givenRef !== null) ?? (best && best.score >= 0 ? toPublishedAt(best.result, best.segment) : null);
  else publishedAt = toPublishedAt(best.result, best.segment);
  if (ctx.input.hints.length) {
    publishedAt = exactStamp(ctx, publishedAt, 'published');
    updatedAt = exactStamp(ctx, updatedAt, 'updated');
  }
  // an update before the publication is no update of it (a date of something else)
  if (updatedAt && publishedAt && updatedAt.iso.slice(0, 10) < publishedAt.iso.slice(0, 10)) updatedAt = null;
  return {publishedAt, updatedAt, publishedFromUpdate: false};
}

/**
 * With no full date anywhere near the top, a month or a year alone in a date line or the
 * byline ("March 2024"). As in datesIn, a time from now ("within 20 months") counts only
 * with a reference date (`relative`).
 */
function monthOrYear(ctx: FieldContext, ref: Date, relative: boolean): PublishedAt | null {
  for (const b of ctx.blocks) {
    if ((b.role !== 'dateline' && b.role !== 'byline') || longerThan(b.segment.text, 120)) continue;
    // what is kept has a written year (as in datesIn): without one anywhere, no parse; and
    // chrono states a month only from a month name or two numbers joined ("03/2024"), or
    // from a time from now
    if (!YEAR_SOMEWHERE.test(b.segment.text) || (!relative && !MONTH_HINT.test(b.segment.text))) continue;
    // chrono's strict mode wants a day: its casual parser reads "March 2024", with the
    // year and month known and the day implied
    const text = blankLinks(b.segment.text);
    const found = chrono.casual.parse(text, ref).filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && !r.start.isCertain('day') && YEAR_WRITTEN.test(r.text)
      && (relative || !r.start.tags().has('result/relativeDate')));
    if (found.length) return toPublishedAt(found[0]!, b.segment);
  }
  return null;
}
