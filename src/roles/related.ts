import type {Detector} from './types.js';

const RELATED_LABEL =
  /^(?:previous|next|prev)(?: article| story| post)?$|^(?:read more|related(?: articles| stories| coverage)?|see also|more from\b.*|recommended(?: for you)?|you may also like|more stories|most read|most popular|trending)\s*:?/i;

/** "Previous Article", "Next Article", "Read more:", "Related:", "You may also like". */
export const relatedDetector: Detector = {
  name: 'related',
  propose(block) {
    if (block.chars <= 200 && RELATED_LABEL.test(block.text)) {
      return {role: 'related', score: 0.85, reason: 'related-articles label', detector: 'related'};
    }
    return null;
  },
};
