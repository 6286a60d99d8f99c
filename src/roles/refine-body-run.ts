import {repeatedSnippet} from './body.js';
import type {Assignment, BlockFeatures, Refiner} from './types.js';

// A heading that opens the comments: prose after it is readers', not the article's.
const COMMENTS_BREAK =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reactions)\b|^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|comments are closed|show comments|view comments)/i;

/**
 * The article body is the densest run of prose. Every block gets a weight — prose counts
 * for its visible characters, everything else against, link lists and related labels more
 * so, a comments heading most — and the run is the stretch of blocks with the largest sum
 * (one pass, Kadane's algorithm). Then body proposals outside it become `other`, and
 * unlabelled blocks inside it (sub-headings, one-line paragraphs) become body.
 */
export const bodyRunRefiner: Refiner = {
  name: 'body-run',
  refine(assignments, ctx) {
    const out = assignments.map((a, i) => reclaimProse(a, ctx.blocks[i]!));
    const weights = out.map((a, i) => blockWeight(a, ctx.blocks[i]!));
    discountComments(out, ctx.blocks, weights);
    const run = heaviestRun(weights);
    if (!run) return out;
    const [first, last] = run;
    for (let i = 0; i < out.length; i++) {
      const a = out[i]!;
      const b = ctx.blocks[i]!;
      if (i < first || i > last) {
        if (a.role === 'body') out[i] = {...a, role: 'other', reason: 'prose outside the main body run'};
      } else if (a.role === 'other' && joinsBody(b)) {
        out[i] = {...a, role: 'body', score: 0.4, reason: 'inside the main body run'};
      }
    }
    return out;
  },
};

/** Characters past which a block is too long to be a byline, a date or a caption. */
const LONGER_THAN_CREDIT = 150;

/**
 * A long block of sentence prose that another detector also claimed (a paragraph that
 * opens with a date or a name) is a paragraph: bylines, dates and captions are short.
 */
function reclaimProse(a: Assignment, b: BlockFeatures): Assignment {
  if ((a.role !== 'byline' && a.role !== 'dateline' && a.role !== 'caption') || b.visibleChars * (b.cjk ? 2 : 1) < LONGER_THAN_CREDIT) return {...a};
  const prose = a.proposals.find((p) => p.role === 'body' && p.score >= 0.6);
  return prose ? {...a, role: 'body', score: prose.score, reason: `${prose.reason} (too long for a ${a.role})`} : {...a};
}

/** A block inside the run that reads as part of the text: a sub-heading, a short paragraph, a list item. */
function joinsBody(b: BlockFeatures): boolean {
  if (!b.visibleWords || b.linkDensity >= 0.5 || repeatedSnippet(b)) return false;
  if (b.visibleWords < 2 && !b.endsSentence && !b.cjk) return false;
  if (mostlyDigits(b.visible)) return false;
  // a linked line that is no sentence is a teaser or a menu entry, not text
  if (b.linkTargets > 0 && !b.endsSentence) return false;
  return true;
}

const LETTERS = /\p{L}+/gu;
const PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/**
 * Numbers and few words: a date, a time, a count (fewer than `ratio` letters per digit).
 * Asked of every headline candidate and every block of the body run: the letters are
 * counted a run at a time and only as far as the answer needs (none where there is no
 * digit), not listed (one array entry per letter of a paragraph).
 */
export function mostlyDigits(text: string, ratio = 4): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++; // \d: ASCII digits only
  }
  const enough = ratio * digits; // letters that make it words
  let letters = 0;
  LETTERS.lastIndex = 0;
  while (letters < enough) {
    const run = LETTERS.exec(text)?.[0];
    if (run === undefined) break;
    // each letter a code point: one past the BMP is two UTF-16 units
    letters += PAIR.test(run) ? [...run].length : run.length;
  }
  return letters < enough;
}

/** A linked line of this many words or fewer reads as navigation. */
const NAV_WORDS = 5;

/** How much a block speaks for (positive) or against (negative) being inside the body. */
export function blockWeight(a: Assignment, b: BlockFeatures): number {
  switch (a.role) {
    case 'body':
      return b.visibleChars * (b.cjk ? 2 : 1) * (a.score >= 0.6 ? 1 : 0.3);
    case 'boilerplate':
      return COMMENTS_BREAK.test(b.visible) ? -600 : b.visibleChars ? -40 : -5;
    case 'related':
      return a.reason.startsWith('related-articles label') ? -250 : -60;
    case 'byline':
    case 'dateline':
    case 'caption':
      return -10;
    default: {
      if (!b.visibleChars) return -5;
      // a navigation link weighs against; a long linked line (a list item of the text, a teaser) less so
      let w = b.linkTargets ? (b.visibleWords <= NAV_WORDS ? -40 : -25) : -15;
      if (b.listItem) w -= 5;
      return w;
    }
  }
}

/** Prose before a comments heading that proves an article came first. */
const PROSE_BEFORE_COMMENTS = 500;
/** What a reader's comment counts for, against the article's prose. */
const COMMENT_FACTOR = 0.2;

/**
 * Once a comments heading follows at least some article prose, the prose after it is
 * readers' comments: it counts for a fifth (a long thread must not outweigh the article).
 * A "Comments (27)" button above the article changes nothing.
 */
function discountComments(out: readonly Assignment[], blocks: readonly BlockFeatures[], weights: number[]): void {
  let prose = 0;
  let inComments = false;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (inComments) {
      if (weights[i]! > 0) weights[i] = weights[i]! * COMMENT_FACTOR;
    } else if (a.role === 'body') {
      prose += weights[i]!;
    } else if (a.role === 'boilerplate' && prose >= PROSE_BEFORE_COMMENTS && COMMENTS_BREAK.test(blocks[i]!.visible)) {
      inComments = true;
    }
  }
}

/** [first, last] indexes of the contiguous stretch with the largest total weight, or null if no weight is positive. */
export function heaviestRun(weights: readonly number[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += weights[i]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  }
  return best;
}
