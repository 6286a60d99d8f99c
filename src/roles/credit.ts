import type {Detector} from './types.js';

/**
 * Wire credit blocks at the end of a story: "Reporting by Jane Doe; Editing by John Roe",
 * "(Additional reporting by …)", "Writing by …", "Compiled by …", and the agency's standards
 * line ("Our Standards: The Thomson Reuters Trust Principles."). They name the reporters,
 * not what was reported: boilerplate, never body.
 */
const CREDIT = /^[([]?\s*(?:(?:additional |further )?reporting|writing|editing|compiled|translated|produced|graphics|research|fact-checking|photos?) by\s+\p{Lu}[^\n]{0,300}?(?:[;,]\s*(?:additional |further )?(?:reporting|writing|editing|compiled|translated|produced|graphics|research|photos?) by\s+\p{Lu}[^\n;]{0,120})*\s*[)\]]?\.?$/iu;
const STANDARDS = /^our standards\s*:/i;
// CREDIT reads its words in any case (/i, which folds \p{Lu} too): each "by" must be followed
// by a capitalised name, or "Reporting by local papers …" would be a credit
const namesAfterBy = (v: string) => [...v.matchAll(/\bby\s+(\S)/giu)].every((m) => /\p{Lu}/u.test(m[1]!));

export const creditDetector: Detector = {
  name: 'credit',
  propose(block) {
    const v = block.visible.trim();
    if (block.visibleChars > 400 || !/\bby\b|standards/i.test(v)) return null;
    if (STANDARDS.test(v)) return {role: 'boilerplate', score: 0.9, reason: "an agency's standards line", detector: 'credit'};
    // a credit names people after "by" and says nothing else: at most a few dozen words
    if (block.visibleWords <= 40 && CREDIT.test(v) && namesAfterBy(v)) return {role: 'boilerplate', score: 0.9, reason: 'a wire credit (reporting, editing by)', detector: 'credit'};
    return null;
  },
};
