import type {Detector} from './types.js';

const SCORE = {explicit: 0.85, 'name-date': 0.75, 'name-role': 0.65, name: 0.65} as const;

/**
 * Bylines: "By Jane Doe", "Written by ...", "Reporting by ...; Editing by ...", "Jane Doe |
 * Staff Writer", "Jane Doe/November 18, 2016", and a bare name next to a date line or after a
 * "By" line. Names must look like names, so "By clicking accept ..." is not a byline. The
 * reading itself is fields/byline.ts's `readBylineAt`, made once per block for the page
 * (`ctx.bylineAt`).
 */
export const bylineDetector: Detector = {
  name: 'byline',
  propose(block, ctx) {
    if (block.chars > 300) return null;
    const at = ctx.bylineAt(block.index);
    if (at) return {role: 'byline', score: SCORE[at.shape], reason: `byline (${at.shape})`, detector: 'byline'};
    // the name of a "By" line of its own: "By" / "Jane Doe"
    const prev = block.index > 0 ? ctx.bylineAt(block.index - 1) : null;
    if (prev && prev.last === block.index) return {role: 'byline', score: 0.85, reason: 'name after a "By" line', detector: 'byline'};
    return null;
  },
};
