import type {Assignment, Refiner} from './types.js';

/**
 * The article body is the densest run of prose. Find the window of blocks with the most
 * body characters (allowing short gaps), then: body proposals far outside it become
 * `other`, and short unlabelled blocks inside it (sub-headings, one-line paragraphs)
 * become body.
 */
export const bodyRunRefiner: Refiner = {
  name: 'body-run',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const run = densestBodyRun(out, ctx.blocks.map((b) => b.chars));
    if (!run) return out;
    const [first, last] = run;
    for (let i = 0; i < out.length; i++) {
      const a = out[i]!;
      if (i < first || i > last) {
        if (a.role === 'body') out[i] = {...a, role: 'other', reason: 'prose outside the main body run'};
      } else if (a.role === 'other') {
        out[i] = {...a, role: 'body', score: 0.4, reason: 'inside the main body run'};
      }
    }
    return out;
  },
};

/** [first, last] block indexes of the run with the most body characters, gaps of up to 3 non-body blocks allowed. */
export function densestBodyRun(assignments: readonly Assignment[], chars: readonly number[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestScore = 0;
  let runStart = -1;
  let runEnd = -1;
  let runScore = 0;
  let gap = 0;
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i]!;
    if (a.role === 'body') {
      if (runStart < 0) runStart = i;
      runEnd = i;
      runScore += chars[i]!;
      gap = 0;
      if (runScore > bestScore) {
        bestScore = runScore;
        best = [runStart, runEnd];
      }
    } else if (runStart >= 0 && ++gap > 3) {
      runStart = -1;
      runScore = 0;
      gap = 0;
    }
  }
  return best;
}
