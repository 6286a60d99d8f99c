import type {Assignment, BlockFeatures, Refiner} from './types.js';

/** How many titles a related label may head. */
const MAX_ITEMS = 12;
/** How many title lines in a row, after the body, make a list of headlines. */
const MIN_LIST = 3;

/**
 * Links to other articles. Two shapes:
 * - a label ("Previous Article", "Related stories") and the title lines under it: the
 *   titles become `related` too (one after "Previous"/"Next", up to twelve after a list label);
 * - after the body, a run of three or more headline-like lines (title case or linked, 4-25
 *   words, no closing full stop) with no label: a plain list of headlines.
 * Runs after the body run is known, and never takes a body block.
 */
export const relatedListRefiner: Refiner = {
  name: 'related-list',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const a = out[i]!;
      if (a.role !== 'related' || !a.reason.startsWith('related-articles label')) continue;
      const max = /^(?:prev|next)/i.test(ctx.blocks[i]!.visible) ? 1 : MAX_ITEMS;
      let taken = 0;
      for (let k = i + 1; k < n && taken < max; k++) {
        const b = ctx.blocks[k]!;
        if (out[k]!.role === 'related') break;
        if (!b.visibleWords) continue; // a lone link target between label and title
        if (out[k]!.role !== 'other' || !titleLine(b)) break;
        // a title with a byline or date under it is the article's own headline, not a teaser
        const under = out[k + 1]?.role;
        if (under === 'byline' || under === 'dateline') break;
        out[k] = {...out[k]!, role: 'related', score: 0.7, reason: 'title under a related label'};
        taken++;
      }
    }
    let lastBody = -1;
    for (let i = n - 1; i >= 0; i--) if (out[i]!.role === 'body') { lastBody = i; break; }
    if (lastBody < 0) return out;
    let runStart = -1;
    for (let i = lastBody + 1; i <= n; i++) {
      const ok = i < n && out[i]!.role === 'other' && headlineLike(ctx.blocks[i]!) && ctx.blocks[i]!.visibleWords >= 4;
      const skip = i < n && !ok && !ctx.blocks[i]!.visibleWords;
      if (ok) {
        if (runStart < 0) runStart = i;
      } else if (!skip) {
        if (runStart >= 0 && countTitles(out, ctx.blocks, runStart, i) >= MIN_LIST) markList(out, ctx.blocks, runStart, i);
        runStart = -1;
      }
    }
    return out;
  },
};

function countTitles(out: readonly Assignment[], blocks: readonly BlockFeatures[], from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) if (out[i]!.role === 'other' && blocks[i]!.visibleWords) c++;
  return c;
}

function markList(out: Assignment[], blocks: readonly BlockFeatures[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if (out[i]!.role === 'other' && blocks[i]!.visibleWords) out[i] = {...out[i]!, role: 'related', score: 0.6, reason: 'a list of headlines after the body'};
  }
}

/** A line that could be a title: 2-25 words, no closing full stop. */
export function titleLine(b: BlockFeatures): boolean {
  const size = b.cjk ? b.visibleChars / 2 : b.visibleWords;
  return size >= 2 && size <= 25 && !/[.,;:]$/.test(b.visible);
}

/** A title line that looks like a headline on its own: capitalised or linked. */
export function headlineLike(b: BlockFeatures): boolean {
  return titleLine(b) && (b.linkTargets > 0 || b.capitalRatio >= 0.5 || b.allCaps || b.cjk);
}
