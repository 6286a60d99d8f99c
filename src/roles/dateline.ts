import type {Detector} from './types.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_ONLY = new RegExp(
  `^(?:(?:published|updated|posted|last updated)(?:\\s*:\\s*|\\s+))?(?:\\w+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b[^\\n]{0,40}$`,
  'i',
);

/** A block that is only a date ("August 14, 2025", "Published 14 Aug 2025 09:12 GMT"). */
export const datelineDetector: Detector = {
  name: 'dateline',
  propose(block) {
    if (block.chars <= 80 && DATE_ONLY.test(block.text)) {
      return {role: 'dateline', score: 0.8, reason: 'a date on its own', detector: 'dateline'};
    }
    return null;
  },
};
