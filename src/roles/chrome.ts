import type {Detector} from './types.js';

/**
 * Site chrome: navigation, share buttons, cookie banners, sign-up prompts, footers.
 * Matches short blocks made of (or starting with) a known chrome phrase.
 */
const CHROME_LINE =
  /^(?:share(?: this(?: article| story| page)?| on \w+)?|tweet|email|print|advertisement|advert|sponsored(?: content)?|skip to (?:main )?content|sign (?:up|in)|log ?in|subscribe(?: now)?|menu|search|dismiss|close|accept(?: all)?(?: cookies)?|cookie (?:settings|policy|preferences)|privacy policy|terms (?:of (?:use|service)|and conditions)|contact us|about us|all rights reserved|copyright|©|no time to read\??|get a summary|follow us|newsletter|comments?|home|news|back to top|loading\.*|continue reading|show (?:more|less)|listen to (?:this )?article|read (?:the )?full (?:story|article))\b/i;
const CHROME_ANYWHERE = /\b(?:all rights reserved|cookies? (?:policy|settings)|we use cookies|sign up for (?:our|the)\b|subscribe to (?:our|the)\b)/i;

export const chromeDetector: Detector = {
  name: 'chrome',
  propose(block) {
    if (block.chars <= 60 && CHROME_LINE.test(block.text)) {
      return {role: 'boilerplate', score: 0.9, reason: 'known chrome phrase', detector: 'chrome'};
    }
    if (block.chars <= 200 && CHROME_ANYWHERE.test(block.text)) {
      return {role: 'boilerplate', score: 0.7, reason: 'chrome wording', detector: 'chrome'};
    }
    return null;
  },
};
