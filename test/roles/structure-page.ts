import {segment} from '../../src/blocks/index.js';
import {readInput} from '../../src/input/index.js';
import {assignRoles} from '../../src/roles/index.js';
import {pageFeatures} from '../../src/roles/features.js';
import {bylineReadings} from '../../src/readers/byline-readings.js';
import type {Assignment, RoleContext} from '../../src/roles/types.js';
import type {BlockRole} from '../../src/schema/article.js';

/** A hand-made page, one block per line (lines joined by blank lines), with page-wide features. */
export function structureContext(lines: string[], url?: string): RoleContext {
  const input = readInput(lines.join('\n\n'), 'text');
  const segments = segment(input.lines);
  return {input, blocks: pageFeatures(segments), url, bylineAt: bylineReadings(segments.map((s) => s.text))};
}

/** Each line's final role after every detector and refiner. */
export function rolesOf(lines: string[], url?: string): BlockRole[] {
  const input = readInput(lines.join('\n\n'), 'text');
  return assignRoles(input, segment(input.lines), undefined, undefined, {url}).map((b) => b.role);
}

/** Assignments with the given roles, for feeding one refiner by hand. */
export function assigned(roles: BlockRole[], scores: number[] = []): Assignment[] {
  return roles.map((role, i) => ({role, score: scores[i] ?? 0.75, reason: 'test', proposals: []}));
}

/** Sentences of prose, long enough to count as a paragraph. */
export const PARA = [
  'The city council voted on Tuesday to fund three new schools, a decision that followed months of debate among residents and officials.',
  'Officials said construction would begin next spring, and that the first of the schools could open its doors to pupils within two years.',
  'Parents who had campaigned for the plan welcomed the vote, though some questioned whether the budget would stretch far enough.',
  'The mayor said the money would come from a bond approved by voters last year, and promised regular reports on the spending.',
  'Critics on the council argued that repairing existing buildings should have come first, pointing to leaking roofs and broken heating.',
];
