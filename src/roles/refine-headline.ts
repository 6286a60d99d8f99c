import type {Refiner} from './types.js';

/**
 * The headline is a title-like block before the body: a single line of 3-40 words that
 * does not end like a sentence. Prefer a line that the page repeats (titles often appear
 * twice: in the page header and above the article); otherwise the candidate nearest the
 * body. Later copies of the chosen headline become boilerplate.
 */
export const headlineRefiner: Refiner = {
  name: 'headline',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const bodyStart = out.findIndex((a) => a.role === 'body');
    const limit = bodyStart < 0 ? out.length : bodyStart;
    const key = (i: number) => ctx.blocks[i]!.text.toLowerCase().replace(/\s+/g, ' ');
    const candidates: number[] = [];
    for (let i = 0; i < limit; i++) {
      const b = ctx.blocks[i]!;
      const a = out[i]!;
      if (a.role !== 'other') continue;
      if (b.words < 3 || b.words > 40 || b.chars > 300) continue;
      if (/[.:]$/.test(b.text) && !/\.\.\.$/.test(b.text)) continue;
      candidates.push(i);
    }
    if (!candidates.length) return out;
    const counts = new Map<string, number>();
    for (let i = 0; i < ctx.blocks.length; i++) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
    const repeated = candidates.filter((i) => (counts.get(key(i)) ?? 0) > 1);
    const chosen = repeated.length ? repeated[0]! : candidates[candidates.length - 1]!;
    out[chosen] = {...out[chosen]!, role: 'headline', score: 0.7, reason: repeated.length ? 'repeated title line before the body' : 'title line nearest the body'};
    const chosenKey = key(chosen);
    for (let i = chosen + 1; i < out.length; i++) {
      if (key(i) === chosenKey) out[i] = {...out[i]!, role: 'boilerplate', score: 0.8, reason: 'copy of the headline'};
    }
    return out;
  },
};
