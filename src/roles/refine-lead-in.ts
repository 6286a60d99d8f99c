import {mostlyDigits} from './refine-body-run.js';
import type {Refiner} from './types.js';

/** Lines right above the first paragraph that may open the text. */
const MAX_LEAD_IN = 2;

/**
 * The text may open with a short line right above its first paragraph, below the
 * headline, byline and date: a photo credit, a kicker, a "Name: ... / Location: ..."
 * intro. Up to two such plain lines (no link, no heading, no list item, not repeated,
 * not a date) join the body. Runs after the headline and dek refiners, so it only takes
 * what they left.
 */
export const leadInRefiner: Refiner = {
  name: 'lead-in',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const first = out.findIndex((a) => a.role === 'body');
    for (let i = first - 1; first > 0 && i >= 0 && i >= first - MAX_LEAD_IN; i--) {
      const a = out[i]!;
      const b = ctx.blocks[i]!;
      if (a.role !== 'other' || !b.visibleWords || b.linkTargets || b.allCaps || b.listItem || b.repeats > 1 || mostlyDigits(b.visible)) break;
      out[i] = {...a, role: 'body', score: 0.4, reason: 'a lead-in line right above the first paragraph'};
    }
    return out;
  },
};
