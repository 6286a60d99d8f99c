import type {Assignment, Refiner} from './types.js';

/**
 * HTML and markdown: the heading the markup-hints detector chose (the `<h1>` the title
 * repeats, a markdown `#`) is the headline, whatever the text-only headline refiner picked
 * before it. Any other block that refiner made the headline goes back to its own best
 * proposal (or `other`). Runs right after the headline refiner, before anything that
 * reads where the headline is. Does nothing for plain text.
 */
export const markupHeadlineRefiner: Refiner = {
  name: 'markup-headline',
  refine(assignments) {
    const chosen = assignments.findIndex((a) => a.proposals.some(isMarkupHeadline));
    if (chosen < 0) return [...assignments];
    return assignments.map((a, i): Assignment => {
      if (i === chosen) return a.role === 'headline' ? a : {...a, role: 'headline', score: 0.95, reason: 'the page heading (markup)'};
      if (a.role !== 'headline') return a;
      let best: Assignment['proposals'][number] | undefined;
      for (const p of a.proposals) if (p.role !== 'headline' && (!best || p.score > best.score)) best = p;
      return best
        ? {...a, role: best.role, score: best.score, reason: `${best.reason} (the markup names another headline)`}
        : {...a, role: 'other', score: 0, reason: 'the markup names another headline'};
    });
  },
};

const isMarkupHeadline = (p: Assignment['proposals'][number]) => p.detector === 'markup-hints' && p.role === 'headline' && p.score >= 0.9;
