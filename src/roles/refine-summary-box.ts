import type {Refiner} from './types.js';

const LABEL = /^(?:(?:key|story) (?:highlights|points|takeaways)|highlights|key facts|at a glance|in brief|in short|tl;?dr|what you need to know|the big picture|quick read|summary)\s*:?$/i;
/** How far into the body a summary box may open. */
const ZONE = 8;
/** How many short items a summary box holds at most. */
const MAX_ITEMS = 6;
/**
 * Words and characters of a full paragraph (the body detector's "sentence prose" at its
 * higher score): once one is read, the text has begun. A shorter sentence above a box is a
 * caption or a standfirst, still the header.
 */
const PARAGRAPH_WORDS = 12;
const PARAGRAPH_CHARS = 120;
/** Words an item of a summary box may have. */
const MAX_ITEM_WORDS = 30;

/**
 * A box of highlights at the top of an article ("Highlights", "Key points", "At a glance"
 * and a few short items) sums the text up; it is not the text. When one opens within the
 * first blocks of the body run, before any paragraph, its label and items stop being body;
 * a box written as a list ends with its last bullet. A labelled list after the first
 * paragraph is part of the text and stays body. Runs after body-start
 * and before the headline refiner, so the body's first paragraph is the one after the box.
 */
export const summaryBoxRefiner: Refiner = {
  name: 'summary-box',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const first = out.findIndex((a) => a.role === 'body');
    if (first < 0) return out;
    for (let i = first; i < out.length && i < first + ZONE; i++) {
      const b = ctx.blocks[i]!;
      if (!LABEL.test(b.visible)) {
        // a list under its label after the text has begun is part of the text: it stays body
        if (out[i]!.role === 'body' && out[i]!.score >= 0.6 && !b.listItem && b.endsSentence && b.visibleWords >= PARAGRAPH_WORDS && b.visibleChars >= PARAGRAPH_CHARS) return out;
        continue;
      }
      let k = i + 1;
      // a box written as a list ends where its bullets end: the next plain line is the text
      const bulleted = k < out.length && ctx.blocks[k]!.listItem;
      while (k < out.length && k <= i + MAX_ITEMS) {
        const b = ctx.blocks[k]!;
        // a line ending in a colon opens the text ("WASHINGTON:"), it is no item
        if (!b.visibleWords || b.visibleWords > MAX_ITEM_WORDS || out[k]!.role !== 'body' || b.visible.endsWith(':')) break;
        if (bulleted && !b.listItem) break;
        k++;
      }
      if (k === i + 1) return out;
      for (let j = i; j < k; j++) out[j] = {...out[j]!, role: 'other', reason: 'a box of highlights above the text'};
      return out;
    }
    return out;
  },
};
