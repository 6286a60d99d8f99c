import {singleSpaced} from '../blocks/white-space.js';

/**
 * Photo captions and their credits. The credit is written in many ways: after a slash at the
 * end ("... Adylbek Kasymaliev. / gov.kg"), after a label ("Photograph: Jane Doe/Getty
 * Images", "Credit: ...", "Photo by ..."), in brackets ("(Photo: AFP)", "(Jane Doe / The
 * Times)"), or as an agency and photographer ("REUTERS/Jane Doe").
 */

const LABEL = '(?:Photograph|Photo|Image|Picture|Pic|Credit|Photo credit|Image credit|Courtesy|PHOTOGRAPH|PHOTO|IMAGE|PICTURE|CREDIT)s?';
// "(Photo: AFP)", "(Image: Getty)", "[Photo: Jane Doe]" at the end
const BRACKET_LABELLED = new RegExp(`\\s?[[(]${LABEL}\\s?[:：]\\s?([^()[\\]]{2,80})[\\])]$`, 'i');
// "Photograph: Jane Doe/Getty Images", "Credit: Jane Doe" at the end or as the whole line
const LABELLED = new RegExp(`(?:^|\\s)${LABEL}\\s?[:：]\\s?([^:：]{2,100})$`);
// "Photo by Jane Doe", "Photo courtesy of Acme"
const PHOTO_BY = /(?:^|(?<=[.!?"”’)])\s?|\s)(?:photo(?:graph)?s?|image|picture|illustration)\s(?:by|courtesy of|via)\s([^.]{2,80})\.?$/i;
const PHOTO_WORD = /photo|image|picture|illustration/i;
// "(Luis Sinco / Los Angeles Times)", "(Jane Doe/AP)"
const BRACKET_SLASH = /\s?\(([^()/]{2,60}\s?\/\s?[^()/]{2,60})\)$/;
// "REUTERS/Jane Doe", "AP Photo/Jane Doe", "Getty Images/iStockphoto"
const AGENCY_SLASH = /\s((?:REUTERS|Reuters|AP(?: Photo)?|AFP|EPA(?:-EFE)?|Getty Images|Xinhua|TASS|Sputnik|Bloomberg|SOPA Images|Shutterstock|iStock(?:photo)?)\s?\/\s?[^/]{2,60})$/;
// "... Adylbek Kasymaliev. / gov.kg": a short credit after a slash
const SLASH_CREDIT = /\s\/\s?([^/\s][^/]{1,59})$/;
// "Image caption ...", "Caption: ..." lead words that are not part of the caption
const CAPTION_LEAD = /^(?:image caption|media caption|caption|photo caption)\b\s?[:：]?\s?/i;

/** Split a caption's credit off its text (each run of white space read as one space, as a reader sees it). */
export function splitCredit(text: string): {text: string; credit: string | null} {
  const t = singleSpaced(text).trim().replace(CAPTION_LEAD, '');
  for (const re of [BRACKET_LABELLED, LABELLED, PHOTO_BY, BRACKET_SLASH, AGENCY_SLASH, SLASH_CREDIT]) {
    const m = re.exec(t);
    if (!m) continue;
    const credit = m[1]!.trim().replace(/[.\s]+$/, '');
    if (!credit) continue;
    return {text: t.slice(0, m.index).trim(), credit};
  }
  return {text: t, credit: null};
}

/** True when a line carries a photo credit in one of the forms `splitCredit` reads. */
export function hasCredit(text: string): boolean {
  // every short block of a page is asked: the forms' own marks (a colon, "photo" or "image"
  // and the like, a slash) are looked for before the patterns that need them
  const t = text.trim();
  if (CAPTION_LEAD.test(t) && t.length > 15) return true;
  if ((t.includes(':') || t.includes('：')) && (BRACKET_LABELLED.test(t) || LABELLED.test(t))) return true;
  if (PHOTO_WORD.test(t) && PHOTO_BY.test(t)) return true;
  if (!t.includes('/')) return false;
  if (AGENCY_SLASH.test(t)) return true;
  const slash = SLASH_CREDIT.exec(t) ?? BRACKET_SLASH.exec(t);
  if (!slash) return false;
  // a credit after a slash is a few words without figures, not a clause; what comes before
  // it reads as a caption (a sentence, or a long description), not a menu ("Press / Media")
  const credit = slash[1]!.trim();
  const before = t.slice(0, slash.index).trim();
  if (credit.split(/\s+/).length > 5 || /\d/.test(credit)) return false;
  return /[.!?"”’)]$/.test(before) ? before.split(/\s+/).length >= 4 : before.split(/\s+/).length >= 8;
}
