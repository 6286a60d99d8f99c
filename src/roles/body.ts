import type {BlockFeatures, Detector, Proposal} from './types.js';

/** A short block printed twice in a row: a caption (one copy per image size), not a paragraph. */
export function repeatedSnippet(block: BlockFeatures): boolean {
  return block.echoes && block.visibleChars < 400;
}

const propose = (score: number, reason: string): Proposal => ({role: 'body', score, reason, detector: 'body'});

/**
 * Prose: blocks of several words that read as sentences, with few link targets. Scores rise
 * with length; a short sentence gets a low score, enough to count inside the body run
 * (see refine-body-run) but not to start one on its own.
 */
export const bodyDetector: Detector = {
  name: 'body',
  propose(block) {
    if (block.linkDensity > 0.5 || block.visibleChars === 0) return null;
    // paragraphs are not printed twice in a row: a short echoed block is a caption
    if (repeatedSnippet(block)) return null;
    if (block.cjk) return cjkProse(block);
    const w = block.visibleWords;
    if (w >= 12 && block.endsSentence) return propose(block.visibleChars >= 120 ? 0.75 : 0.6, 'sentence prose');
    // long text that ends no sentence and carries links is a teaser or a menu, not prose
    const unlinked = !block.linkTargets || block.sentences > 0;
    if (w >= 25 && unlinked && (block.commas > 0 || block.sentences > 0)) return propose(0.5, 'long text');
    if (w >= 6 && block.endsSentence && !block.allCaps) return propose(0.4, 'a short sentence');
    if (w >= 40 && unlinked) return propose(0.4, 'long text');
    // a list item of plain words (no link) is content: a navigation list links every item
    if (block.listItem && !block.linkTargets && w >= 3) return propose(0.45, 'a list item');
    return null;
  },
};

function cjkProse(block: BlockFeatures): Proposal | null {
  if (block.visibleChars >= 40 && (block.endsSentence || block.sentences > 0)) return propose(0.7, 'sentence prose');
  if (block.visibleChars >= 100) return propose(0.5, 'long text');
  if (block.visibleChars >= 15 && block.endsSentence) return propose(0.4, 'a short sentence');
  return null;
}
