import type {Refiner} from './types.js';

const LABEL = /^(?:(?:key|story) (?:highlights|points|takeaways)|highlights|key facts|at a glance|in brief|in short|tl;?dr|what you need to know|the big picture|quick read|summary)\s*:?$/i;
/** How far into the body a summary box may open. */
const ZONE = 8;
/** How many short items a summary box holds at most. */
const MAX_ITEMS = 6;
/** Words an item of a summary box may have. */
const MAX_ITEM_WORDS = 30;

/**
 * A box of highlights at the top of an article ("Highlights", "Key points", "At a glance"
 * and a few short items) sums the text up; it is not the text. When one opens within the
 * first blocks of the body run, its label and items stop being body. Runs after body-start
 * and before the headline refiner, so the body's first paragraph is the one after the box.
 */
export const summaryBoxRefiner: Refiner = {
  name: 'summary-box',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const first = out.findIndex((a) => a.role === 'body');
    if (first < 0) return out;
    for (let i = first; i < out.length && i < first + ZONE; i++) {
      if (!LABEL.test(ctx.blocks[i]!.visible)) continue;
      let k = i + 1;
      while (k < out.length && k <= i + MAX_ITEMS) {
        const b = ctx.blocks[k]!;
        // a line ending in a colon opens the text ("WASHINGTON:"), it is no item
        if (!b.visibleWords || b.visibleWords > MAX_ITEM_WORDS || out[k]!.role !== 'body' || b.visible.endsWith(':')) break;
        k++;
      }
      if (k === i + 1) return out;
      for (let j = i; j < k; j++) out[j] = {...out[j]!, role: 'other', reason: 'a box of highlights above the text'};
      return out;
    }
    return out;
  },
};
