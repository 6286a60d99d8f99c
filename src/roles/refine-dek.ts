import type {Assignment, Refiner, RoleContext} from './types.js';

/**
 * A standfirst (dek) sits between the headline and the body: one block of 8-80 words in
 * sentence case, with no link targets, that nothing else claimed. Only the first such
 * block is the dek. Runs after the headline refiner, which it needs.
 *
 * A prose block right under the headline that the lead image's caption or credit then
 * separates from the rest of the body is the standfirst too (headline, dek, lead image,
 * story is the usual order of an article's top), even though it reads as body.
 */
export const dekRefiner: Refiner = {
  name: 'dek',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const headline = out.findIndex((a) => a.role === 'headline');
    if (headline < 0) return out;
    for (let i = headline + 1; i < out.length && i <= headline + 6; i++) {
      const a = out[i]!;
      const b = ctx.blocks[i]!;
      if (a.role === 'body') {
        if (isDekAboveLeadImage(out, ctx, headline, i)) out[i] = {...a, role: 'dek', score: 0.6, reason: 'prose under the headline, above the lead image'};
        break;
      }
      if (a.role !== 'other') continue;
      if (b.visibleWords < 8 || b.visibleWords > 80 || b.linkTargets || b.listItem || b.allCaps) continue;
      if (b.capitalRatio >= 0.6) continue;
      out[i] = {...a, role: 'dek', score: 0.6, reason: 'sentence-case text between headline and body'};
      break;
    }
    return out;
  },
};

function isDekAboveLeadImage(out: readonly Assignment[], ctx: RoleContext, headline: number, i: number): boolean {
  const b = ctx.blocks[i]!;
  // right under the headline: a byline, date or image between them means the story has begun
  for (let j = headline + 1; j < i; j++) if (out[j]!.role !== 'boilerplate') return false;
  if (b.visibleWords < 8 || b.visibleWords > 80 || b.linkTargets || b.listItem) return false;
  if (out[i + 1]?.role !== 'caption') return false;
  // the story goes on after the caption, and is longer than the candidate
  let after = 0;
  for (let j = i + 2; j < out.length && j <= i + 4; j++) if (out[j]!.role === 'body') after += ctx.blocks[j]!.visibleWords;
  return after > b.visibleWords;
}
