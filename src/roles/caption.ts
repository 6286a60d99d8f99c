import {hasCredit} from '../readers/credit.js';
import type {Detector} from './types.js';

const CAPTION_START = /^(?:photo|photograph|image|picture|caption|image caption|media caption|credit)s?\s?[:(]/i;

/**
 * Photo captions: a line with a photo credit ("... / gov.kg", "Photograph: Jane Doe/Getty
 * Images", "(Photo: AFP)", "REUTERS/Jane Doe", "(Jane Doe / The Times)") or a photo label
 * ("Image caption ...", "Credit: ...").
 */
export const captionDetector: Detector = {
  name: 'caption',
  propose(block) {
    if (block.chars > 400) return null;
    if (CAPTION_START.test(block.text)) {
      return {role: 'caption', score: 0.8, reason: 'starts with a photo label', detector: 'caption'};
    }
    if (hasCredit(block.text)) {
      return {role: 'caption', score: 0.8, reason: 'ends with a photo credit', detector: 'caption'};
    }
    return null;
  },
};
