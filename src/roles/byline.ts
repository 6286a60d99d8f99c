import type {Detector} from './types.js';

const BYLINE_START = /^(?:by|written by|words by|reporting by|story by|posted by|author:)\s+\S/i;

/** "By Jane Doe", "Written by ...", "Reporting by ...; Editing by ...". */
export const bylineDetector: Detector = {
  name: 'byline',
  propose(block) {
    if (block.chars <= 200 && BYLINE_START.test(block.text)) {
      return {role: 'byline', score: 0.85, reason: 'starts with "By"', detector: 'byline'};
    }
    return null;
  },
};
