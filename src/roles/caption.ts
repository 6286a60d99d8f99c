import type {Detector} from './types.js';

const CREDIT_TAIL = /\s\/\s*[\w.-]+(?:\s[\w.-]+){0,3}$/;
const CAPTION_START = /^(?:photo|photograph|image|picture|caption|image caption|credit)s?\s*[:(]/i;

/** Photo captions: "... / gov.kg", "Photograph: Jane Doe/Getty Images", "Image caption ...". */
export const captionDetector: Detector = {
  name: 'caption',
  propose(block) {
    if (block.chars <= 400 && CREDIT_TAIL.test(block.text)) {
      return {role: 'caption', score: 0.8, reason: 'ends with a " / credit"', detector: 'caption'};
    }
    if (block.chars <= 400 && CAPTION_START.test(block.text)) {
      return {role: 'caption', score: 0.8, reason: 'starts with a photo label', detector: 'caption'};
    }
    return null;
  },
};
