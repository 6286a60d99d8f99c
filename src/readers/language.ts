import {franc} from 'franc';
import {plainLanguage} from './function-words.js';

/**
 * The article's language, told by franc (trigram profiles, from the unified collective) from
 * a bounded sample of the page's prose: the longest blocks that read as sentences, up to
 * SAMPLE_CHARS in all. The whole text is never read: franc's cost grows with the text and
 * with the languages it compares, so both are bounded (a sample of four hundred
 * characters, the languages in ISO_639_1: a longer sample told no more languages apart on the
 * dev pages, and cost twice as much). Menus, link lists and share rows are left out of
 * the sample, for they are short or have few spaces between words.
 *
 * A sample that is plainly English or German is told by its function words first
 * (function-words.ts): franc gives the same answer there, at a tenth of the cost.
 *
 * Returns an ISO 639-1 code, or null when unsure: too little prose to tell, or franc's 'und'.
 */
export function detectLanguage(texts: readonly string[]): string | null {
  const sample = proseSample(texts);
  if (letters(sample) < MIN_LETTERS) return null;
  // plain English or German prose is told by its function words, without franc's profiles
  const plain = plainLanguage(sample);
  if (plain) return plain;
  const code = franc(sample, {only: ONLY, minLength: MIN_LETTERS});
  return ISO_639_1[code] ?? null;
}

/** How many characters of prose franc reads at most. */
export const SAMPLE_CHARS = 400;
// below this, trigram profiles guess (a headline alone is too short to tell)
const MIN_LETTERS = 40;
// longest blocks first: of a block longer than this, its opening only (one long block
// would otherwise be the whole sample, and one block can be a quote in another language)
const PER_BLOCK = 250;

// franc's ISO 639-3 codes for the languages newsparse reads something in (language-words.ts,
// chrono's parsers), and for near neighbours of theirs (so that a Danish page is told from a
// Norwegian one, a Ukrainian one from a Russian one). Each language in the list costs a
// comparison of profiles; those of their own script (Greek, Hebrew, Arabic, Korean,
// Japanese, Chinese) are told by the script alone and cost nothing.
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru',
  ukr: 'uk', pol: 'pl', ces: 'cs', ron: 'ro', tur: 'tr', swe: 'sv', dan: 'da', nob: 'nb',
  fin: 'fi', vie: 'vi', ind: 'id', ell: 'el', cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', heb: 'he',
};
const ONLY = Object.keys(ISO_639_1);

/** Letters in `text` (the sample: a few hundred characters). */
function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

// a block that reads as prose: words separated by spaces, and a sentence's end or a comma
const SENTENCE_MARK = /[.!?。！？,，、]/;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Whether a block reads as running text (not a menu, a link list or a run of tags). */
function isProse(text: string): boolean {
  if (text.length < 60 || !SENTENCE_MARK.test(text)) return false;
  if (CJK.test(text.slice(0, 200))) return true;
  // words of a sentence: about one space every five to eight characters
  let spaces = 0;
  const n = Math.min(text.length, 400);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces >= n / 12 && !/\[(?:https?:|\/)/.test(text.slice(0, 400));
}

/** The opening of the longest prose blocks, longest first, joined, up to SAMPLE_CHARS. */
export function proseSample(texts: readonly string[]): string {
  // indexes of the longest blocks: a partial selection would do, but pages have hundreds of
  // blocks at most and sorting their lengths is cheap beside one franc call
  const order = texts.map((t, i) => i).filter((i) => texts[i]!.length >= 60).sort((a, b) => texts[b]!.length - texts[a]!.length);
  let sample = '';
  for (const i of order) {
    if (sample.length >= SAMPLE_CHARS) break;
    const t = texts[i]!;
    if (!isProse(t)) continue;
    sample += `${t.slice(0, Math.min(PER_BLOCK, SAMPLE_CHARS - sample.length))}\n`;
  }
  return sample;
}
