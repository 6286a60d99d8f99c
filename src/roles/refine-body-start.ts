import type {Assignment, Refiner} from './types.js';

/** How many blocks into the body a byline or date may still mark the body's true start. */
const HEADER_ZONE = 8;
/** Paragraph characters after which a byline is inside the article, not above it. */
const MAX_PROSE = 500;

/** A paragraph comes within five blocks after block `i`: the header ends there. */
function proseFollows(out: readonly Assignment[], i: number): boolean {
  for (let k = i + 1; k < out.length && k <= i + 5; k++) if (out[k]!.role === 'body' && out[k]!.score >= 0.6) return true;
  return false;
}

/**
 * Articles are laid out headline, standfirst, photo and caption, byline, date, then the
 * text. When a byline or a date sits among the first blocks of the body run, what came
 * before it is that header (a standfirst, a caption), not the text: those blocks stop
 * being body, and the body starts after the last byline or date of the header. Runs
 * before the headline and dek refiners, which may then take the header's lines.
 */
export const bodyStartRefiner: Refiner = {
  name: 'body-start',
  refine(assignments, ctx) {
    const out = assignments.map((a) => ({...a}));
    const first = out.findIndex((a) => a.role === 'body');
    if (first < 0) return out;
    let lastHeader = -1;
    let prose = 0;
    let paragraphs = 0;
    for (let i = first; i < out.length && i < first + HEADER_ZONE; i++) {
      const a = out[i]!;
      if ((a.role === 'byline' || a.role === 'dateline') && proseFollows(out, i)) lastHeader = i;
      else if (a.role === 'body' && a.score >= 0.6) {
        prose += ctx.blocks[i]!.visibleChars;
        paragraphs++;
      }
      // a header holds one standfirst at most: two paragraphs are the article already
      if (prose >= MAX_PROSE || paragraphs >= 2) break;
    }
    for (let i = first; i < lastHeader; i++) {
      if (out[i]!.role === 'body') out[i] = {...out[i]!, role: 'other', reason: 'article header before the byline or date'};
    }
    return out;
  },
};
