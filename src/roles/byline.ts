import {readBylineAt, type BylineAt} from '../fields/byline.js';
import type {Detector, RoleContext} from './types.js';

const SCORE = {explicit: 0.85, 'name-date': 0.75, 'name-role': 0.65, name: 0.65} as const;

/**
 * Bylines: "By Jane Doe", "Written by ...", "Reporting by ...; Editing by ...", "Jane Doe |
 * Staff Writer", "Jane Doe/November 18, 2016", and a bare name next to a date line or after a
 * "By" line. Names must look like names, so "By clicking accept ..." is not a byline.
 */
export const bylineDetector: Detector = {
  name: 'byline',
  propose(block, ctx) {
    if (block.chars > 300) return null;
    const at = readingAt(ctx, block.index);
    if (at) return {role: 'byline', score: SCORE[at.shape], reason: `byline (${at.shape})`, detector: 'byline'};
    // the name of a "By" line of its own: "By" / "Jane Doe"
    const prev = block.index > 0 ? readingAt(ctx, block.index - 1) : null;
    if (prev && prev.last === block.index) return {role: 'byline', score: 0.85, reason: 'name after a "By" line', detector: 'byline'};
    return null;
  },
};

// Each block's reading is asked for twice: for the block, and as the previous block of the
// next one. Reading a block costs regex passes and chrono parses of it and its neighbours,
// so keep the page's readings (by block index, for this page's block list only).
const READINGS = new WeakMap<RoleContext['blocks'], Map<number, BylineAt | null>>();

function readingAt(ctx: RoleContext, i: number): BylineAt | null {
  let page = READINGS.get(ctx.blocks);
  if (!page) READINGS.set(ctx.blocks, (page = new Map()));
  let at = page.get(i);
  if (at === undefined) page.set(i, (at = readBylineAt((j) => ctx.blocks[j]?.text, i)));
  return at;
}
