import {segment} from '../../src/blocks/index.js';
import {readInput} from '../../src/input/index.js';
import type {RoledBlock} from '../../src/roles/index.js';
import {blockFeatures} from '../../src/roles/features.js';
import type {RoleContext} from '../../src/roles/types.js';
import type {BlockRole} from '../../src/schema/article.js';
import type {FieldContext} from '../../src/fields/types.js';
import {bylineReadings} from '../../src/readers/byline-readings.js';

/**
 * A hand-made page for field extractors: one block per line (blank-line separated), roles given
 * by a marker at the start of a line ("H| " headline, "B| " body, "C| " caption, "Y| " byline);
 * the marker is blanked out with spaces so offsets stay those of the text.
 */
const MARKERS: Record<string, BlockRole> = {H: 'headline', B: 'body', C: 'caption', Y: 'byline', D: 'dateline', X: 'boilerplate'};

export function page(lines: string[]): {text: string; ctx: FieldContext} {
  const roles: BlockRole[] = [];
  const text = lines
    .map((l) => {
      const m = /^([HBCYDX])\| /.exec(l);
      roles.push(m ? MARKERS[m[1]!]! : 'other');
      return m ? `   ${l.slice(3)}` : l;
    })
    .join('\n\n');
  const input = readInput(text, 'text');
  const segments = segment(input.lines);
  const blocks: RoledBlock[] = segments.map((s, i) => {
    const role = roles[i] ?? 'other';
    return {segment: s, role, assignment: {role, score: 1, reason: 'test', proposals: []}};
  });
  return {text, ctx: {input, blocks}};
}

/** Block features and a role context for detector tests: one block per line. */
export function roleContext(lines: string[]): RoleContext {
  const input = readInput(lines.join('\n\n'), 'text');
  const segments = segment(input.lines);
  return {input, blocks: segments.map(blockFeatures), bylineAt: bylineReadings(segments.map((s) => s.text))};
}
