import type {Segment} from '../blocks/segment.js';
import type {Input} from '../input/index.js';
import type {BlockRole} from '../schema/article.js';
import {pageFeatures} from './features.js';
import {bylineReadings, type BylineReadings} from '../readers/byline-readings.js';
import {chromeDetector} from './chrome.js';
import {creditDetector} from './credit.js';
import {bodyDetector} from './body.js';
import {bylineDetector} from './byline.js';
import {captionDetector} from './caption.js';
import {relatedDetector} from './related.js';
import {datelineDetector} from './dateline.js';
import {markupHintsDetector} from './markup-hints.js';
import {bodyRunRefiner} from './refine-body-run.js';
import {headlineRefiner} from './refine-headline.js';
import {markupHeadlineRefiner} from './refine-markup-headline.js';
import {bodyStartRefiner} from './refine-body-start.js';
import {dekRefiner} from './refine-dek.js';
import {relatedListRefiner} from './refine-related-list.js';
import {leadInRefiner} from './refine-lead-in.js';
import {summaryBoxRefiner} from './refine-summary-box.js';
import type {Assignment, Detector, Refiner, RoleContext, RoleTrace} from './types.js';

export type {Assignment, BlockFeatures, Detector, Proposal, Refiner, RoleContext, RoleTrace} from './types.js';

/**
 * Detectors, in no particular order: each proposes independently and the highest score
 * wins before refining.
 */
export const defaultDetectors: readonly Detector[] = [
  chromeDetector,
  creditDetector, // wire credits and standards lines at a story's end: boilerplate
  bylineDetector,
  datelineDetector,
  captionDetector,
  relatedDetector,
  bodyDetector,
  markupHintsDetector, // HTML/markdown only: the page's own structure (h1, meta, figcaption, nav)
];

/**
 * Refiners, in order:
 * 1. body-run first: every later refiner needs to know where the body starts and ends;
 * 2. body-start next: a byline or date early in the run ends the article's header, so the
 *    header's lines are free to be the headline or the dek; summary-box right after it:
 *    a box of highlights at the top of the run is no part of the text either;
 * 3. related-list: titles under a related label, and lists of headlines after the body, are
 *    claimed before the headline refiner looks, so a teaser title never becomes the headline;
 * 4. headline: it looks for title lines before (or in the first blocks of) the body
 *    (markup-headline right after it: in HTML/markdown the page's own <h1> wins);
 * 5. dek: a standfirst is what is left between headline and body;
 * 6. lead-in last: a credit or kicker line right above the first paragraph joins the body,
 *    once headline, dek and related titles have taken theirs.
 */
export const defaultRefiners: readonly Refiner[] = [bodyRunRefiner, bodyStartRefiner, summaryBoxRefiner, relatedListRefiner, headlineRefiner, markupHeadlineRefiner, dekRefiner, leadInRefiner];

export interface RoledBlock {
  segment: Segment;
  role: BlockRole;
  assignment: Assignment;
}

/** Blocks -> a role for each, by detectors then refiners. */
export function assignRoles(
  input: Input,
  segments: readonly Segment[],
  detectors: readonly Detector[] = defaultDetectors,
  refiners: readonly Refiner[] = defaultRefiners,
  options: {url?: string; bylineAt?: BylineReadings; language?: string | null; trace?: RoleTrace} = {},
): RoledBlock[] {
  const language = options.language ?? null;
  const bylineAt = options.bylineAt ?? bylineReadings(segments.map((s) => s.text), language);
  const trace = options.trace;
  const ctx: RoleContext = {input, blocks: pageFeatures(segments), url: options.url, bylineAt, language, ...(trace ? {trace} : {})};
  // detector by detector over the page, not block by block: each detector's code and
  // patterns stay hot across the page's blocks (proposals still come in detector order)
  const proposalsOf: Assignment['proposals'][] = ctx.blocks.map(() => []);
  for (const d of detectors) {
    for (const block of ctx.blocks) {
      const p = d.propose(block, ctx);
      if (p) proposalsOf[block.index]!.push(p);
    }
  }
  let assignments: Assignment[] = ctx.blocks.map((block) => {
    const proposals = proposalsOf[block.index]!;
    let best = proposals[0];
    for (const p of proposals) if (p.score > best!.score) best = p;
    return best
      ? {role: best.role, score: best.score, reason: best.reason, proposals}
      : {role: 'other' as const, score: 0, reason: 'no detector matched', proposals};
  });
  for (const r of refiners) {
    const before = assignments;
    assignments = r.refine(assignments, ctx);
    trace?.refined(r.name, before, assignments);
  }
  return segments.map((segment, i) => ({segment, role: assignments[i]!.role, assignment: assignments[i]!}));
}
