import {blockKey, sameKey, textKey} from './block-key.js';
import {mostlyDigits} from './refine-body-run.js';
import type {Assignment, BlockFeatures, Refiner, RoleContext} from './types.js';
import {headlineFeatures, type HeadlineCandidate} from '../model/features.js';
import {activeModel, linearScore} from '../model/infer.js';

/** How far before the body a headline is looked for, in blocks. */
const WINDOW = 80;

/**
 * The headline is a title-like block before the body. Each candidate (a block nothing else
 * claimed, of 2-40 words) is scored on evidence, and the best wins:
 * - it shares words with the URL's slug (the strongest generic signal when the URL is known);
 * - it sits close to the start of the body (byline, date, captions, chrome and menu words in
 *   between don't count), and a byline or date sits right under it;
 * - it is written as a heading: a markdown `#`, or all capitals where html-to-text upper-cased an <h1>;
 * - the page repeats it (titles often appear twice: page header and article);
 * - it has a title's length and does not end like a sentence, is no list item and no link.
 * Candidates come from up to 80 blocks before the body and the first blocks of the body run
 * (pages put teasers and blurbs above the article), and, when the URL has a slug, from the
 * first half of the run for a line that matches it. Body blocks before the chosen headline
 * stop being body. Every other copy of the chosen headline becomes boilerplate.
 */
export const headlineRefiner: Refiner = {
  name: 'headline',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const n = out.length;
    const firstBody = out.findIndex((a) => a.role === 'body');
    const limit = firstBody < 0 ? n : firstBody;
    const candidates = headlineCandidates(out, ctx);
    const pick = pickHeadline(candidates);
    if (ctx.trace) for (const c of candidates) ctx.trace.candidate('headline', 'headline', c.index, c.score, c.why);
    if (!pick) return out;
    const best = pick.index;
    out[best] = {...out[best]!, role: 'headline', score: 0.7, reason: `title line: ${pick.why}`};
    // the body starts after its headline
    for (let i = limit; i < best; i++) {
      if (out[i]!.role === 'body') out[i] = {...out[i]!, role: 'other', reason: 'before the headline'};
    }
    const headline = ctx.blocks[best]!;
    if (headline.repeats > 1) {
      for (let i = 0; i < n; i++) {
        if (i !== best && sameKey(ctx.blocks[i]!, headline)) out[i] = {...out[i]!, role: 'boilerplate', score: 0.8, reason: 'copy of the headline'};
      }
    }
    return out;
  },
};

/** One block the headline may be: the rule's score and reasons, and the model's features. */
export interface ScoredCandidate {
  index: number;
  score: number;
  why: string;
  candidate: HeadlineCandidate;
}

/**
 * The rule's pick, or, when the committed model has a headline ranker, the candidate it ranks
 * first (the model reads the rule's scores as features and learned where they fail).
 */
function pickHeadline(candidates: readonly ScoredCandidate[]): {index: number; why: string} | null {
  if (!candidates.length) return null;
  const model = activeModel().headline;
  let best = candidates[0]!;
  if (!model) {
    for (const c of candidates) if (c.score > best.score) best = c;
    return {index: best.index, why: best.why};
  }
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = linearScore(model, headlineFeatures(c.candidate));
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return {index: best.index, why: `${best.why} (model)`};
}

/** Every headline candidate of the page, in page order, with the rule's score and the model's features. */
export function headlineCandidates(out: readonly Assignment[], ctx: RoleContext): ScoredCandidate[] {
  const n = out.length;
  const firstBody = out.findIndex((a) => a.role === 'body');
  const limit = firstBody < 0 ? n : firstBody;
  const slug = slugWords(ctx.url);
  const mostlyCaps = capsShare(ctx.blocks) > 0.5;
  // how many text-like blocks lie between a block and the next strong paragraph (backward pass)
  const between = new Array<number>(n).fill(0);
  let count = 0;
  for (let i = n - 1; i >= 0; i--) {
    between[i] = count;
    const a = out[i]!;
    if (isStrongProse(a)) count = 0;
    else if ((a.role === 'other' || a.role === 'body') && substantial(ctx.blocks[i]!)) count++;
  }
  const found: ScoredCandidate[] = [];
  let proseBefore = 0;
  let lastBody = -1;
  for (let i = n - 1; i >= 0; i--) if (out[i]!.role === 'body') { lastBody = i; break; }
  // a headline inside the run must have body after it
  const end = firstBody < 0 ? n : Math.min(lastBody, firstBody + IN_BODY);
  // deeper in the body only a line that matches the URL's slug can be the headline (teasers came first)
  const slugEnd = slug.size >= 3 && firstBody >= 0 ? Math.max(end, midBody(out)) : end;
  for (let i = Math.max(0, limit - WINDOW); i < slugEnd; i++) {
    const a = out[i]!;
    const b = ctx.blocks[i]!;
    const inBody = i >= limit;
    const deep = inBody && (i >= end || proseBefore >= MAX_PROSE_BEFORE);
    const sim = slugSimilarity(b, slug);
    if (deep && sim < SLUG_MATCH) continue;
    const credited = bylineFollows(out, i);
    if (isCandidate(a, b, inBody, i === firstBody, credited)) {
      const {score, why} = headlineScore(b, between[i]!, slug, mostlyCaps, credited);
      found.push({
        index: i,
        score,
        why,
        candidate: {
          visible: b.visible, visibleWords: b.visibleWords, visibleChars: b.visibleChars, cjk: b.cjk,
          capitalRatio: b.capitalRatio, allCaps: b.allCaps, heading: b.heading, repeats: b.repeats,
          linkTargets: b.linkTargets, listItem: b.listItem, endsSentence: b.endsSentence, sentences: b.sentences,
          between: between[i]!, slugSim: sim, hasSlug: slug.size >= 2, credited, inBody,
          toBody: (firstBody < 0 ? n : firstBody) - i, index: i, blocks: n,
          ruleScore: score, ruleRank: 0, ruleGap: 0, order: 0, candidates: 0, prefixOfOther: false,
          fromRulePick: 0, longerThanRulePick: false, candidateBefore: false, candidateAfter: false, bestSlug: false,
        },
      });
    }
    if (inBody && isStrongProse(a)) proseBefore += b.visibleChars * (b.cjk ? 3 : 1);
  }
  // page-level features: the rule's ranking, the candidate's order
  const ranked = [...found].sort((x, y) => y.score - x.score || x.index - y.index);
  const top = ranked[0]?.score ?? 0;
  ranked.forEach((c, r) => {
    c.candidate.ruleRank = r;
    c.candidate.ruleGap = top - c.score;
  });
  const pick = ranked[0];
  let bestSim = 0;
  for (const c of found) if (c.candidate.slugSim > bestSim) bestSim = c.candidate.slugSim;
  found.forEach((c, k) => {
    c.candidate.fromRulePick = c.index - pick!.index;
    c.candidate.longerThanRulePick = c.candidate.visibleWords > pick!.candidate.visibleWords;
    c.candidate.candidateBefore = k > 0 && found[k - 1]!.index === c.index - 1;
    c.candidate.candidateAfter = k + 1 < found.length && found[k + 1]!.index === c.index + 1;
    c.candidate.bestSlug = bestSim > 0 && c.candidate.slugSim === bestSim;
    c.candidate.order = k;
    c.candidate.candidates = found.length;
    c.candidate.prefixOfOther = extendedElsewhere(ctx.blocks, c.index);
  });
  return found;
}

/** Another short block on the page starts with this block's words and goes on (a page title with the site's name after it). */
function extendedElsewhere(blocks: readonly BlockFeatures[], i: number): boolean {
  const key = blockKey(blocks[i]!);
  if (key.length < 8) return false;
  // near it only: a page's blocks can run to tens of thousands
  for (let k = Math.max(0, i - WINDOW), end = Math.min(blocks.length, i + WINDOW); k < end; k++) {
    if (k === i) continue;
    const o = blocks[k]!;
    if (o.visibleChars > key.length + 80 || o.visibleChars <= key.length) continue;
    const ok = blockKey(o);
    if (ok.length > key.length && ok.startsWith(key)) return true;
  }
  return false;
}

/** A slug this similar to a line (Dice over words) names it. */
const SLUG_MATCH = 0.6;

function slugSimilarity(b: BlockFeatures, slug: ReadonlySet<string>): number {
  return slug.size >= 2 ? dice(new Set(blockKey(b).split(' ')), slug) : 0;
}

/** Index of the body block halfway through the body's characters. */
function midBody(out: readonly Assignment[]): number {
  let total = 0;
  for (const a of out) if (a.role === 'body') total++;
  let seen = 0;
  for (let i = 0; i < out.length; i++) if (out[i]!.role === 'body' && ++seen * 2 >= total) return i;
  return out.length;
}

const BYLINE_BONUS = 0.7;

/** The next block with words (chrome aside) is a byline or a date. */
function bylineFollows(out: readonly Assignment[], i: number): boolean {
  for (let k = i + 1; k < out.length && k <= i + 3; k++) {
    const r = out[k]!.role;
    if (r === 'byline' || r === 'dateline') return true;
    if (r !== 'boilerplate') return false;
  }
  return false;
}

/** A block that counts as text between a candidate and the body: a few words at least (menu words don't). */
function substantial(b: BlockFeatures): boolean {
  return b.cjk ? b.visibleChars >= 6 : b.visibleWords >= 3;
}

/** Words a title ending in a full stop may have; a longer one is the first paragraph. */
const MAX_SENTENCE_TITLE = 15;

/** Blocks into the body where a headline may still be found (pages put menus and teasers first). */
const IN_BODY = 15;
/** Paragraph characters after which a title-like line in the body is a sub-heading, not the headline. */
const MAX_PROSE_BEFORE = 400;

const isStrongProse = (a: Assignment) => a.role === 'body' && a.score >= 0.6;

function isCandidate(a: Assignment, b: BlockFeatures, inBody: boolean, firstBody: boolean, credited: boolean): boolean {
  if (a.role !== 'other' && !(inBody && a.role === 'body')) return false;
  const size = b.cjk ? b.visibleChars / 2 : b.visibleWords;
  if (size < 2 || size > 40 || b.visibleChars > 300) return false;
  // the first "paragraph" may be a headline that ends with a full stop
  const sentenceTitle = firstBody && b.sentences === 0 && size <= MAX_SENTENCE_TITLE;
  if (inBody && (size < 4 || !(titleLike(b) || sentenceTitle || (credited && !b.endsSentence)))) return false;
  return b.linkDensity < 0.7;
}

/** Reads as a title rather than a sentence: capitalised words or a heading form, no closing full stop. */
function titleLike(b: BlockFeatures): boolean {
  if (SENTENCE_END.test(b.visible) || b.visible.endsWith('。')) return false;
  if (b.cjk) return b.visibleChars <= 80 && b.sentences === 0;
  if (b.visibleWords > 30) return false;
  if (mostlyDigits(b.visible)) return false;
  return b.allCaps || b.heading > 0 || b.capitalRatio >= 0.6;
}



const SENTENCE_END = /[.,;:]$/;
// a credit line or a tagline, not a title: "Reviewed by ...", "Posted on ...", "From Example, the free guide"
const CREDIT_LEAD = /^(?:by|(?:reviewed|written|posted|edited|reported|photographed) by|posted|published|updated|last updated)\b|^from [^,]{2,40}, the\b/i;

/** The evidence for one candidate, as a score and the reasons that raised it. */
export function headlineScore(
  b: BlockFeatures,
  between: number,
  slug: ReadonlySet<string>,
  mostlyCaps: boolean,
  credited = false,
): {score: number; why: string} {
  const why: string[] = [];
  let score = 2 / (1 + between / 2);
  if (between === 0) why.push('right before the body');
  // a byline or date right under a line marks it as the article's title
  if (credited) {
    score += BYLINE_BONUS;
    why.push('byline under it');
  }
  if (slug.size >= 2) {
    const sim = slugSimilarity(b, slug);
    score += 5 * sim;
    if (sim >= 0.5) why.push('matches the URL slug');
  }
  if (b.heading === 1) {
    score += 1.5;
    why.push('a markdown heading');
  } else if (b.heading > 1) score += 0.5;
  if (b.allCaps && !mostlyCaps) {
    score += 0.8;
    why.push('written as a heading');
  }
  if (b.repeats > 1) {
    score += 0.6;
    why.push('repeated on the page');
  }
  const size = b.cjk ? b.visibleChars / 2 : b.visibleWords;
  if (b.cjk ? b.visibleChars >= 12 && b.visibleChars <= 60 : size >= 4 && size <= 25) score += 0.6;
  if (b.cjk && b.visibleChars < 8) score -= 1;
  if (CREDIT_LEAD.test(b.visible)) score -= 1.5;
  if (SENTENCE_END.test(b.visible) && !b.visible.endsWith('...')) score -= 1.2;
  if (b.capitalRatio >= 0.7 && size >= 3) score += 0.3;
  if (b.listItem) score -= 1.5;
  // more digits than letters: a date or a time ("Dec 1st 2016 1:01PM"), not "2021-2022 Line Outline"
  if (mostlyDigits(b.visible, 1)) score -= 2;
  if (b.linkTargets) score -= 0.8;
  if (/^\p{Ll}/u.test(b.visible)) score -= 0.8;
  return {score, why: why.join(', ') || 'best title-like line'};
}

/** Share of worded blocks written in capitals (a page in capitals gives capitals no weight). */
function capsShare(blocks: readonly BlockFeatures[]): number {
  let caps = 0;
  let n = 0;
  for (const b of blocks) {
    if (b.visibleWords < 2) continue;
    n++;
    if (b.allCaps) caps++;
  }
  return n ? caps / n : 0;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let hit = 0;
  for (const w of a) if (b.has(w)) hit++;
  return a.size + b.size ? (2 * hit) / (a.size + b.size) : 0;
}

const SLUG_SPLIT = /[-_+.,~]+|%20/;
const FILE_EXT = /\.(?:s?html?|php|aspx?|jsp|cms)$/i;

/**
 * The words of a URL's slug: the path segment with the most hyphenated words
 * ("/2017/11/16/zimbabwe-coup-mugabe/" -> zimbabwe, coup, mugabe). Numbers are left out.
 */
export function slugWords(url: string | undefined): Set<string> {
  const words = new Set<string>();
  if (!url) return words;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return words;
  }
  let best: string[] = [];
  for (const seg of path.split('/')) {
    const parts = seg.replace(FILE_EXT, '').split(SLUG_SPLIT).map(textKey).filter((w) => w && !/^\d+$/.test(w));
    if (parts.length > best.length) best = parts;
  }
  if (best.length < 2) return words;
  for (const p of best) for (const w of p.split(' ')) if (w) words.add(w);
  return words;
}
