import type {Detector} from './types.js';

const LABELS =
  '(?:previous|next|prev)(?: (?:article|story|post|page))?|read (?:more|next|also)|also read|see also|related(?: (?:articles?|stories|posts|content|coverage|news|reading|topics|links))?|more (?:from|on|about|in)(?: [^:]{1,60})?|more (?:stories|news|articles|to read)|recommended(?: (?:for you|stories|articles|reading))?|you (?:may|might) also (?:like|enjoy)|(?:most|more) (?:read|popular|viewed|shared)|trending(?: now| stories)?|up next|don[’\']t miss|editor[’\']?s? picks|top stories|latest (?:news|stories|articles|posts)|popular (?:posts|stories|articles)|further reading|what to read next|recent posts|other (?:stories|articles)';
// The line is only a label ("Related articles", "Previous Article:")
const LABEL_ONLY = new RegExp(`^(?:${LABELS})\\s*[:»›>.…-]*$`, 'i');
// A label with the title after it ("Read more: Title", "RELATED: Title")
const LABEL_INLINE = new RegExp(`^(?:${LABELS})\\s*[:|»›]\\s*\\S`, 'i');

/** "Previous Article", "Next Article", "Read more:", "Related:", "You may also like". */
export const relatedDetector: Detector = {
  name: 'related',
  propose(block) {
    const v = block.visible;
    if (block.visibleChars > 300) return null;
    if (LABEL_ONLY.test(v)) return {role: 'related', score: 0.85, reason: 'related-articles label', detector: 'related'};
    if (LABEL_INLINE.test(v)) return {role: 'related', score: 0.85, reason: 'label and title of a related article', detector: 'related'};
    return null;
  },
};
