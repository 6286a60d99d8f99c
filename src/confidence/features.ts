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
const CAPITAL = /^\p{Lu}/u;
const UPPER_CHAR = /\p{Lu}/u;

/** Does the text end a sentence (a stop, then perhaps closing quotes or a bracket)? Read from the end, not searched. */
function endsStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  for (let k = 0; k < 3 && i >= 0 && '"\'”’)»'.includes(text[i]!); k++) i--;
  return i >= 0 && '.!?…'.includes(text[i]!);
}

/** Words (runs between white space) and how many start with a capital, in one pass over the characters (at most SAMPLE_CHARS of them): this runs on every block. */
function wordStats(text: string): {words: number; caps: number} {
  let n = 0, caps = 0, inWord = false;
  // a long block is read for its first characters only, and its count of words scaled up
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0x3000;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
      if (c >= 65 && c <= 90) caps++;
      else if (c > 127 && UPPER_CHAR.test(text[i]!)) caps++;
    }
  }
  const scale = end < text.length ? text.length / end : 1;
  return {words: Math.round(n * scale), caps: Math.round(caps * scale)};
}
const SAMPLE_CHARS = 600;
const PRONOUN = /^(?:he|she|i|we|they|you|it|him|her|them|us|me|who)$/i;

/** Blocks of the page, with where each field sits among them. */
interface PageView {
  blocks: ArticleDraft['blocks'];
  n: number;
  firstBody: number;
  ink: number;
  /** How many blocks have each role. */
  roles: Record<Block['role'], number>;
}

function pageView(a: ArticleDraft): PageView {
  const roles = {headline: 0, dek: 0, byline: 0, dateline: 0, body: 0, caption: 0, related: 0, boilerplate: 0, other: 0};
  let firstBody = -1;
  a.blocks.forEach((b, i) => {
    roles[b.role]++;
    if (firstBody < 0 && b.role === 'body') firstBody = i;
  });
  const last = a.blocks.at(-1);
  return {blocks: a.blocks, n: a.blocks.length, firstBody: firstBody < 0 ? a.blocks.length : firstBody, ink: last ? last.span.end : 0, roles};
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
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url; // not a URL: its words are all there is
  }
  return new Set(words(path.toLowerCase()).filter((w) => w.length > 2 && !/^\d+$/.test(w)));
}

function common(a: ArticleDraft, v: PageView): Features {
  const bodyChars = a.paragraphs.reduce((n, p) => n + p.text.length, 0);
  return {
    logBlocks: log1p(v.n),
    logParagraphs: log1p(a.paragraphs.length),
    logBodyChars: log1p(bodyChars),
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
    const key = text.trim();
    let repeats = 0;
    for (const b of a.blocks) if (b.role !== 'headline' && b.text.length >= key.length && b.text.trim() === key) repeats++;
    return {
      ...base,
      logWords: log1p(ws.length),
      endsStop: endsStop(text) ? 1 : 0,
      capRatio: capRatio(ws),
      logIndex: log1p(at),
      beforeBody: v.firstBody > at ? 1 : 0,
      logGapToBody: log1p(Math.abs(v.firstBody - at)),
      headlineBlocks: Math.min(3, v.roles.headline),
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
      endsStop: endsStop(text) ? 1 : 0,
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
      bylineBlocks: Math.min(3, v.roles.byline),
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
      datelineBlocks: Math.min(3, v.roles.dateline),
      hasUrl: url ? 1 : 0,
      urlHasDate: url && /\/(?:19|20)\d\d[/-]\d\d?\b/.test(url) ? 1 : 0,
    };
  };
  const language = (): Features => {
    // letters of the first paragraphs, and how many are ASCII: a cheap sign of the script
    let letters = 0, ascii = 0;
    for (const p of a.paragraphs.slice(0, 5)) {
      const t = p.text;
      for (let i = 0; i < t.length && letters < 2000; i++) {
        const c = t.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; ascii++; }
        else if (c > 127 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f)) letters++;
      }
    }
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

/** The names of a block's features, in the order `blockFeatures` writes them. */
export const BLOCK_FEATURES = [
  'logWords', 'logChars', 'endsStop', 'capRatio', 'pos', 'beforeBody', 'prevSame', 'nextSame', 'bothSame',
  'prevBody', 'nextBody', 'hasLink', 'logBlocks',
  // the role itself, for the pooled model of roles too rare for one of their own
  ...ROLE_NAMES.map((r) => `role_${r}`),
] as const;

/**
 * Features of each block's role: its shape, its place and its neighbours' roles. One flat
 * array, `BLOCK_FEATURES.length` numbers per block in that order: this runs on every block
 * of every page, and an object per block cost more than all the rest of the stage.
 */
export function blockFeatures(a: ArticleDraft): Float64Array {
  const bs = a.blocks;
  const n = bs.length;
  const d = BLOCK_FEATURES.length;
  const v = pageView(a);
  const out = new Float64Array(n * d);
  const logBlocks = log1p(n);
  for (let i = 0; i < n; i++) {
    const b = bs[i]!;
    const t = b.text;
    const ws = wordStats(t);
    const prev = bs[i - 1]?.role;
    const next = bs[i + 1]?.role;
    const o = i * d;
    out[o] = log1p(ws.words);
    out[o + 1] = log1p(t.length);
    out[o + 2] = endsStop(t) ? 1 : 0;
    out[o + 3] = ws.words ? ws.caps / ws.words : 0;
    out[o + 4] = n > 1 ? i / (n - 1) : 0;
    out[o + 5] = i < v.firstBody ? 1 : 0;
    out[o + 6] = prev === b.role ? 1 : 0;
    out[o + 7] = next === b.role ? 1 : 0;
    out[o + 8] = prev === b.role && next === b.role ? 1 : 0;
    out[o + 9] = prev === 'body' ? 1 : 0;
    out[o + 10] = next === 'body' ? 1 : 0;
    out[o + 11] = t.includes('://') || t.includes('](') || t.includes('www.') ? 1 : 0;
    out[o + 12] = logBlocks;
    out[o + 13 + ROLE_NAMES.indexOf(b.role)] = 1;
  }
  return out;
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
    x.logSentenceWords = log1p(wordStats(c.sentence).words);
    return x;
  });
}
