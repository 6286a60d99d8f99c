import {mostlyDigits} from './refine-body-run.js';
import type {Refiner} from './types.js';

const TARGET = /\[([^\]\s]{1,2000})\]/g;
const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#][^\]\s]*)?$/i;

/** Every link target in the line is an image (html-to-text writes a picture as `[src]`): a credit under a photo. */
function onlyImages(text: string): boolean {
  let seen = 0;
  for (const m of text.matchAll(TARGET)) {
    if (!IMAGE.test(m[1]!)) return false;
    seen++;
  }
  return seen > 0;
}

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
      const linked = b.linkTargets > 0 && !onlyImages(b.text);
      if (a.role !== 'other' || !b.visibleWords || linked || b.allCaps || b.listItem || b.repeats > 1 || mostlyDigits(b.visible)) break;
      out[i] = {...a, role: 'body', score: 0.4, reason: 'a lead-in line right above the first paragraph'};
    }
    return out;
  },
};
