import type {Refiner} from './types.js';

/**
 * A standfirst (dek) sits between the headline and the body: one block of 8-80 words in
 * sentence case, with no link targets, that nothing else claimed. Only the first such
 * block is the dek. Runs after the headline refiner, which it needs.
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
      if (a.role === 'body') break;
      if (a.role !== 'other') continue;
      if (b.visibleWords < 8 || b.visibleWords > 80 || b.linkTargets || b.listItem || b.allCaps) continue;
      if (b.capitalRatio >= 0.6) continue;
      out[i] = {...a, role: 'dek', score: 0.6, reason: 'sentence-case text between headline and body'};
      break;
    }
    return out;
  },
};
