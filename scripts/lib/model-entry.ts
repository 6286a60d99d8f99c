// What training and cross-validation need from the source, bundled by scripts/lib/bundle.mjs
// (never shipped in the package): the parse, the model switch, and a trace of the roles
// stage up to the headline refiner.
import {readInput} from '../../src/input/index.js';
import {segment} from '../../src/blocks/index.js';
import {bylineReadings} from '../../src/fields/byline.js';
import {assignRoles, defaultDetectors, defaultRefiners} from '../../src/roles/index.js';
import {headlineCandidates, headlineRefiner} from '../../src/roles/refine-headline.js';
import {pageFeatures} from '../../src/roles/features.js';
import {headlineFeatures, nameLineFeatures, nameLineNone, FEATURE_VERSION, HEADLINE_FEATURE_NAMES, NAME_LINE_FEATURE_NAMES} from '../../src/model/features.js';
import {nameLineCandidates} from '../../src/fields/name-line.js';
import {extractByline} from '../../src/fields/byline.js';
import type {Assignment, RoleContext} from '../../src/roles/types.js';

export {parseArticle} from '../../src/parse-article.js';
export {ArticleSchema} from '../../src/schema/index.js';
export {useModel, activeModel, linearScore} from '../../src/model/infer.js';
export {FEATURE_VERSION, HEADLINE_FEATURE_NAMES, NAME_LINE_FEATURE_NAMES, nameLineNone};
export {namesOfLine} from '../../src/fields/name-line.js';

export interface Trace {
  /** Each block's visible text and final role (rules and committed model). */
  blocks: {visible: string; role: string; start: number; end: number}[];
  /** The headline candidates as the headline refiner sees them. */
  headline: {index: number; ruleScore: number; x: number[]}[];
  /** The name-shaped lines the name-line reader weighs, and whether the byline reader found a byline. */
  nameLine: {index: number; names: string[]; x: number[]}[];
  bylineRead: boolean;
}

/** The roles stage of one text, with the headline refiner's candidates. */
export function trace(text: string, url?: string): Trace {
  const read = readInput(text, 'auto');
  const segments = segment(read.lines);
  const bylineAt = bylineReadings(segments.map((s) => s.text));
  const ctx: RoleContext = {input: read, blocks: pageFeatures(segments), url, bylineAt};
  const before = defaultRefiners.slice(0, defaultRefiners.indexOf(headlineRefiner));
  // the assignments the headline refiner gets: detectors, then the refiners before it
  const proposed = assignRoles(read, segments, defaultDetectors, [], {url, bylineAt}).map((r) => r.assignment);
  let assignments: Assignment[] = proposed;
  for (const r of before) assignments = r.refine(assignments, ctx);
  const cands = headlineCandidates(assignments, ctx);
  const final = assignRoles(read, segments, undefined, undefined, {url, bylineAt});
  return {
    blocks: final.map((b, i) => ({visible: ctx.blocks[i]!.visible, role: b.role, start: b.segment.start, end: b.segment.end})),
    headline: cands.map((c) => ({index: c.index, ruleScore: c.score, x: headlineFeatures(c.candidate)})),
    nameLine: nameLineCandidates(final).map((c) => ({index: c.index, names: c.names, x: nameLineFeatures(c.candidate)})),
    bylineRead: extractByline({input: read, blocks: final, url, bylineAt}) !== null,
  };
}

/** Roles after each refiner, for debugging a page: [refiner name, roles][]. */
export function roleSteps(text: string, url?: string): [string, string[]][] {
  const read = readInput(text, 'auto');
  const segments = segment(read.lines);
  const bylineAt = bylineReadings(segments.map((s) => s.text));
  const ctx: RoleContext = {input: read, blocks: pageFeatures(segments), url, bylineAt};
  let assignments: Assignment[] = assignRoles(read, segments, defaultDetectors, [], {url, bylineAt}).map((r) => r.assignment);
  const steps: [string, string[]][] = [['detectors', assignments.map((a) => `${a.role}:${a.reason}`)]];
  for (const r of defaultRefiners) {
    assignments = r.refine(assignments, ctx);
    steps.push([r.name, assignments.map((a) => `${a.role}:${a.reason}`)]);
  }
  return steps;
}
