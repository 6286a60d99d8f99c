import type {ArticleDraft, Block, Quote} from '../schema/article.js';
import type {NumericClaim} from '../schema/claim.js';

/**
 * The features of each decision the parse made, as named numbers. One pure function per kind
 * of decision, read from the finished Article (and the URL it came from), so inference in
 * `parseArticle` and fitting in `scripts/calibrate.mjs` use the very same numbers.
 * Bump FEATURES_VERSION whenever a feature changes meaning; the weights file names the
 * version it was fitted on and a test checks the two agree.
 */
export const FEATURES_VERSION = 1;

export type Features = Record<string, number>;

export type {ArticleDraft};

export const FIELD_NAMES = ['headline', 'dek', 'byline', 'publishedAt', 'updatedAt', 'language'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.match(WORD) ?? [];
const log1p = (n: number) => Math.log1p(Math.max(0, n));
const ENDS_STOP = /[.!?…]["'”’)]*$/u;
const CAPITAL = /^\p{Lu}/u;
const PRONOUN = /^(?:he|she|i|we|they|you|it|him|her|them|us|me|who)$/i;

/** Blocks of the page, with where each field sits among them. */
interface PageView {
  blocks: ArticleDraft['blocks'];
  n: number;
  firstBody: number;
  ink: number;
}

function pageView(a: ArticleDraft): PageView {
  const firstBody = a.blocks.findIndex((b) => b.role === 'body');
  const last = a.blocks.at(-1);
  return {blocks: a.blocks, n: a.blocks.length, firstBody: firstBody < 0 ? a.blocks.length : firstBody, ink: last ? last.span.end : 0};
}

/** Index of the block holding offset `at` (binary search on the ordered spans); -1 if none. */
function blockAt(blocks: readonly Block[], at: number): number {
  let lo = 0, hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (at < b.span.start) hi = mid - 1;
    else if (at >= b.span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function firstOfRole(blocks: readonly Block[], role: Block['role']): number {
  return blocks.findIndex((b) => b.role === role);
}

const capRatio = (ws: string[]) => (ws.length ? ws.filter((w) => CAPITAL.test(w)).length / ws.length : 0);

/** Tokens of the URL's path ("/2026/05/minister-visits-plant" -> minister, visits, plant). */
function urlTokens(url: string | undefined): Set<string> {
  if (!url) return new Set();
  let path = url;
  const m = /^[a-z][\w+.-]*:\/\/[^/]*(.*)$/i.exec(url);
  if (m) path = m[1]!;
  return new Set(words(path.toLowerCase()).filter((w) => w.length > 2 && !/^\d+$/.test(w)));
}

function common(a: ArticleDraft, v: PageView): Features {
  const bodyWords = a.paragraphs.reduce((n, p) => n + words(p.text).length, 0);
  return {
    logBlocks: log1p(v.n),
    logParagraphs: log1p(a.paragraphs.length),
    logBodyWords: log1p(bodyWords),
    firstBodyPos: v.n ? v.firstBody / v.n : 1,
  };
}

/** Features of each top-level field, present or absent (`present` names which model reads them). */
export function fieldFeatures(a: ArticleDraft, url?: string): Record<FieldName, {present: boolean; x: Features}> {
  const v = pageView(a);
  const base = common(a, v);
  const slug = urlTokens(url);
  const headlineAt = firstOfRole(v.blocks, 'headline');
  const bylineAt = a.byline ? blockAt(v.blocks, a.byline.span.start) : -1;

  const headline = (): Features => {
    const text = a.headline ?? '';
    const ws = words(text);
    const lower = ws.map((w) => w.toLowerCase());
    const at = headlineAt < 0 ? 0 : headlineAt;
    const repeats = a.blocks.filter((b) => b.role !== 'headline' && b.text.trim() === text.trim()).length;
    return {
      ...base,
      logWords: log1p(ws.length),
      endsStop: ENDS_STOP.test(text) ? 1 : 0,
      capRatio: capRatio(ws),
      logIndex: log1p(at),
      beforeBody: v.firstBody > at ? 1 : 0,
      logGapToBody: log1p(Math.abs(v.firstBody - at)),
      headlineBlocks: Math.min(3, a.blocks.filter((b) => b.role === 'headline').length),
      repeated: repeats ? 1 : 0,
      hasUrl: url ? 1 : 0,
      slugShare: slug.size && lower.length ? lower.filter((w) => slug.has(w)).length / lower.length : 0,
      hasByline: a.byline ? 1 : 0,
      bylineNear: bylineAt >= 0 && Math.abs(bylineAt - at) <= 4 ? 1 : 0,
    };
  };
  const dek = (): Features => {
    const text = a.dek ?? '';
    const ws = words(text);
    const at = firstOfRole(v.blocks, 'dek');
    return {
      ...base,
      logWords: log1p(ws.length),
      endsStop: ENDS_STOP.test(text) ? 1 : 0,
      capRatio: capRatio(ws),
      hasHeadline: a.headline ? 1 : 0,
      afterHeadline: at >= 0 && headlineAt >= 0 && at > headlineAt && at - headlineAt <= 3 ? 1 : 0,
      beforeBody: at >= 0 && at < v.firstBody ? 1 : 0,
    };
  };
  const byline = (): Features => {
    const b = a.byline;
    const ws = words(b?.text ?? '');
    const authors = b?.authors ?? [];
    return {
      ...base,
      logAuthors: log1p(authors.length),
      logWords: log1p(ws.length),
      startsBy: /^\s*(?:by|von|par|por|di|door)\b/i.test(b?.text ?? '') ? 1 : 0,
      authorWords: authors.length ? authors.reduce((n, x) => n + words(x).length, 0) / authors.length : 0,
      authorsCapital: authors.length ? authors.filter((x) => CAPITAL.test(x)).length / authors.length : 0,
      wordsPerAuthor: authors.length ? ws.length / authors.length : ws.length,
      pos: v.ink && b ? b.span.start / v.ink : 0,
      beforeBody: bylineAt >= 0 && bylineAt < v.firstBody ? 1 : 0,
      nearHeadline: bylineAt >= 0 && headlineAt >= 0 && Math.abs(bylineAt - headlineAt) <= 4 ? 1 : 0,
      hasHeadline: a.headline ? 1 : 0,
      hasDate: a.publishedAt ? 1 : 0,
      bylineBlocks: Math.min(3, a.blocks.filter((x) => x.role === 'byline').length),
    };
  };
  const dated = (d: ArticleDraft['publishedAt']): Features => {
    const at = d ? blockAt(v.blocks, d.span.start) : -1;
    return {
      ...base,
      precisionDay: d?.precision === 'day' ? 1 : 0,
      precisionTime: d?.precision === 'minute' || d?.precision === 'second' ? 1 : 0,
      precisionCoarse: d?.precision === 'year' || d?.precision === 'month' ? 1 : 0,
      logTextChars: log1p(d?.text.length ?? 0),
      pos: v.ink && d ? d.span.start / v.ink : 0,
      beforeBody: at >= 0 && at < v.firstBody ? 1 : 0,
      nearByline: at >= 0 && bylineAt >= 0 && Math.abs(at - bylineAt) <= 2 ? 1 : 0,
      hasByline: a.byline ? 1 : 0,
      datelineBlocks: Math.min(3, a.blocks.filter((x) => x.role === 'dateline').length),
      hasUrl: url ? 1 : 0,
      urlHasDate: url && /\/(?:19|20)\d\d[/-]\d\d?\b/.test(url) ? 1 : 0,
    };
  };
  const language = (): Features => {
    const sample = a.paragraphs.slice(0, 5).map((p) => p.text).join(' ');
    const letters = sample.match(/\p{L}/gu)?.length ?? 0;
    const ascii = sample.match(/[A-Za-z]/g)?.length ?? 0;
    return {...base, asciiShare: letters ? ascii / letters : 0, hasLanguage: a.language ? 1 : 0};
  };
  return {
    headline: {present: a.headline !== null, x: headline()},
    dek: {present: a.dek !== null, x: dek()},
    byline: {present: a.byline !== null, x: byline()},
    publishedAt: {present: a.publishedAt !== null, x: dated(a.publishedAt)},
    updatedAt: {present: a.updatedAt !== null, x: dated(a.updatedAt)},
    language: {present: a.language !== null, x: language()},
  };
}

export const ROLE_NAMES = ['headline', 'dek', 'byline', 'dateline', 'body', 'caption', 'related', 'boilerplate', 'other'] as const;

/** Features of each block's role: its shape, its place and its neighbours' roles. */
export function blockFeatures(a: ArticleDraft): Features[] {
  const bs = a.blocks;
  const n = bs.length;
  const v = pageView(a);
  return bs.map((b, i) => {
    const ws = words(b.text);
    const prev = bs[i - 1]?.role;
    const next = bs[i + 1]?.role;
    const x: Features = {
      logWords: log1p(ws.length),
      logChars: log1p(b.text.length),
      endsStop: ENDS_STOP.test(b.text.trimEnd()) ? 1 : 0,
      capRatio: capRatio(ws),
      pos: n > 1 ? i / (n - 1) : 0,
      beforeBody: i < v.firstBody ? 1 : 0,
      prevSame: prev === b.role ? 1 : 0,
      nextSame: next === b.role ? 1 : 0,
      bothSame: prev === b.role && next === b.role ? 1 : 0,
      prevBody: prev === 'body' ? 1 : 0,
      nextBody: next === 'body' ? 1 : 0,
      hasLink: /https?:\/\/|\]\(|www\./.test(b.text) ? 1 : 0,
      logBlocks: log1p(n),
    };
    // the role itself, for the pooled model of roles too rare for one of their own
    for (const r of ROLE_NAMES) x[`role_${r}`] = b.role === r ? 1 : 0;
    return x;
  });
}

/** Features of each quote's speaker. */
export function quoteFeatures(a: ArticleDraft): Features[] {
  const paragraphs = a.paragraphs;
  const counts = new Map<string, number>();
  for (const q of a.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const paragraphOf = (q: Quote) => {
    let lo = 0, hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = paragraphs[mid]!;
      if (q.span.start < p.span.start) hi = mid - 1;
      else if (q.span.start >= p.span.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  return a.quotes.map((q) => {
    const sp = q.speaker ?? '';
    const sw = words(sp);
    const pi = paragraphOf(q);
    const para = pi >= 0 ? paragraphs[pi]!.text : '';
    return {
      hasSpeaker: q.speaker ? 1 : 0,
      pronoun: PRONOUN.test(sp.trim()) ? 1 : 0,
      speakerWords: Math.min(6, sw.length),
      speakerCapital: sw.length ? capRatio(sw) : 0,
      speakerInParagraph: sp && para.includes(sp) ? 1 : 0,
      logQuoteWords: log1p(words(q.text).length),
      logSpeakerQuotes: log1p(counts.get(sp) ?? 0),
      logQuotes: log1p(a.quotes.length),
      firstParagraph: pi === 0 ? 1 : 0,
      quoteFillsParagraph: para && q.text.length >= 0.8 * para.length ? 1 : 0,
    };
  });
}

export const CLAIM_KINDS = ['money', 'percent', 'count', 'quantity', 'duration', 'ordinal', 'ratio', 'range'] as const;

/** Features of each numeric claim: its form, what qualifies it and how big it is. */
export function claimFeatures(claims: readonly NumericClaim[]): Features[] {
  return claims.map((c) => {
    const x: Features = {};
    for (const k of CLAIM_KINDS) x[`kind_${k}`] = c.kind === k ? 1 : 0;
    const abs = Math.abs(c.value);
    x.hasUnit = c.unit ? 1 : 0;
    x.hedged = c.bound === 'exact' ? 0 : 1;
    x.hasChange = c.change ? 1 : 0;
    x.hasSubject = c.subject ? 1 : 0;
    x.hasSpeaker = c.speaker ? 1 : 0;
    x.hasDigit = /\d/.test(c.text) ? 1 : 0;
    x.logTextWords = log1p(words(c.text).length);
    x.logValue = Number.isFinite(abs) ? Math.log10(1 + Math.min(abs, 1e15)) : 0;
    x.integer = Number.isInteger(c.value) ? 1 : 0;
    x.smallCount = c.kind === 'count' && abs <= 31 && Number.isInteger(abs) ? 1 : 0;
    x.yearLike = c.kind === 'count' && abs >= 1900 && abs <= 2100 && Number.isInteger(abs) ? 1 : 0;
    x.logSentenceWords = log1p(words(c.sentence).length);
    return x;
  });
}
