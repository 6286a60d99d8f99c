import type {Detector} from './types.js';

/** Prose: long blocks of several words that end like a sentence. */
export const bodyDetector: Detector = {
  name: 'body',
  propose(block) {
    if (block.words >= 12 && block.endsSentence) {
      return {role: 'body', score: block.chars >= 120 ? 0.75 : 0.6, reason: 'sentence prose', detector: 'body'};
    }
    if (block.words >= 25) return {role: 'body', score: 0.5, reason: 'long text', detector: 'body'};
    return null;
  },
};
