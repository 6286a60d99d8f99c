import {memoByText} from '../nlp/memo.js';
import {bylineWords, cleanBylineText, cleanNeeded, mayBeByline, needsCleaning, readByline, readCleanedByline, type BylineReading, type BylineWords} from './authors.js';
import {alternation, LANGUAGE_WORDS} from './language-words.js';
import {mayStateDay, strictDates} from './strict-dates.js';
import {localeParsers, statedInLanguage} from './locale-dates.js';

/**
 * Byline readings of a page's blocks, which both the roles stage (the byline and dateline
 * detectors) and the byline field ask for: a block with its neighbours, read once per parse.
 */

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HAN_NAME = /^\p{sc=Han}{2,4}$/u;
export const LEAD_ONLY = /^(?:by|written by|posted by|reporting by|author|authors|written|byline|著者|文|投稿者)\s*[:：●]?$/i;
// on a page in another language, its own leads and labels alone on a line too ("Von", "Autor:")
const leadOnlyOf = new Map<string, {leadOnly: RegExp; leadWord: RegExp}>();
function leadOnly(language: string | null | undefined): {leadOnly: RegExp; leadWord: RegExp} {
  const own = language ? LANGUAGE_WORDS[language] : undefined;
  if (!own) return BASE_LEAD_ONLY;
  let found = leadOnlyOf.get(language!);
  if (!found) {
    const words = alternation([...(own.leads ?? []), ...(own.labels ?? [])]);
    found = {
      leadOnly: new RegExp(`${LEAD_ONLY.source}|^(?:${words})\\s*[:：●]?$`, 'iu'),
      leadWord: own.leads?.length ? new RegExp(`^(?:by|${alternation(own.leads)})(?![\\p{L}\\p{N}])`, 'iu') : /^by/i,
    };
    leadOnlyOf.set(language!, found);
  }
  return found;
}
const BASE_LEAD_ONLY = {leadOnly: LEAD_ONLY, leadWord: /^by/i};
// a line that only names the outlet or the author's role: "WebMD Health News", "eHow Contributor"
const ROLE_LINE = /\b(?:contributor|correspondent|editor|writer|reporter|columnist|staff|news|press|associated press|health news)\b/i;

/** A byline read at block `first`, running through block `last` ("By" on a line of its own, then the name). */
export interface BylineAt extends BylineReading {
  first: number;
  last: number;
}

/**
 * True when `text` is a short line made of a full date and little else. On a page in another
 * language, a date in its words or order counts too ("3. März 2020", "10.12.2019").
 */
export function isDateLine(text: string, language: string | null = null): boolean {
  if (text.length > 400 || !/\d/.test(text)) return false;
  return isDateLineMemo(text) || (localeParsers(language).length > 0 && isDateLineIn(text, language));
}

// the detectors ask this of every block's neighbours: each distinct text is read once
const isDateLineMemo = memoByText((text) => isDateLineUncached(text, null));

function isDateLineUncached(text: string, language: string | null): boolean {
  const clean = cleanBylineText(text);
  if (!clean || clean.length > 120) return false;
  const found = language ? statedInLanguage(clean, language) : mayStateDay(clean) ? strictDates(clean) : null;
  const results = (found ?? []).filter((r) => r.start.isCertain('day'));
  if (!results.length) return false;
  let rest = clean;
  for (const r of results) rest = rest.replace(r.text, ' ');
  const words = rest.match(/[\p{L}]{2,}/gu) ?? [];
  if (words.length > 4) return false;
  // "Jane Doe/November 18, 2016" is a byline with its date
  const byline = readCleanedByline(text, clean, language);
  return !byline || (byline.shape !== 'explicit' && byline.shape !== 'name-date');
}

// the same in the page's language (statedInLanguage keeps its parses for the parse)
const isDateLineIn = (text: string, language: string | null) => isDateLineUncached(text, language);

/**
 * Read the byline that starts at block `i`, looking at its neighbours for the weak shapes:
 * a bare name counts next to a date line, after a "By" line, or above a role line.
 */
export function readBylineAt(textAt: (j: number) => string | undefined, i: number, language: string | null = null): BylineAt | null {
  const text = textAt(i);
  if (text === undefined) return null;
  const self = ownReading(text, language);
  if (self === null) return null;
  if (typeof self === 'string') {
    const next = textAt(i + 1);
    if (next === undefined || next.length > 200) return null;
    const reading = readByline(`${self} ${next}`, language);
    return reading ? {...reading, shape: 'explicit', first: i, last: i + 1} : null;
  }
  const reading = self;
  if (reading.shape === 'explicit' || reading.shape === 'name-date') return {...reading, first: i, last: i};
  // a bare name in a script without capitals: only a short run of Han characters (a
  // Chinese or Japanese personal name); menu items read the same otherwise
  if (reading.shape === 'name' && CJK.test(reading.authors[0]!) && !HAN_NAME.test(reading.authors[0]!)) return null;
  const prev = textAt(i - 1);
  const next = textAt(i + 1);
  const prevClean = prev === undefined ? '' : cleanBylineText(prev);
  if (leadOnly(language).leadOnly.test(prevClean)) return {...reading, shape: 'explicit', first: i - 1, last: i};
  const nextIsDate = next !== undefined && isDateLine(next, language);
  const prevIsDate = prev !== undefined && isDateLine(prev, language);
  if (nextIsDate || prevIsDate) return {...reading, first: i, last: i};
  if (reading.shape === 'name' && next !== undefined && next.length <= 60 && ROLE_LINE.test(next)) return {...reading, first: i, last: i};
  if (reading.shape === 'name-role') return {...reading, first: i, last: i};
  return null;
}

/**
 * What a text says by itself, before its neighbours are looked at: nothing (null), a lead
 * alone ("By" or "Author:", the names being on the next line), or a reading.
 */
type OwnReading = BylineReading | 'By' | 'Author:' | null;

// each distinct text read once per parse (menus, "Share" and teaser dates repeat on a page),
// as the date-line test is; long texts seldom repeat and are read where they are
// (one cache per language: a parse has one)
const ownReadings = new Map<BylineWords, (text: string) => OwnReading>();
function ownReading(text: string, language: string | null): OwnReading {
  const words = bylineWords(language);
  if (text.length > 300) return readOwn(text, language, words);
  let read = ownReadings.get(words);
  if (!read) ownReadings.set(words, (read = memoByText((t) => readOwn(t, language, words))));
  return read(text);
}

function readOwn(text: string, language: string | null, words: BylineWords): OwnReading {
  if (text.length > 1000) return null;
  // a long block without link targets is prose, not a byline
  if (text.length > 300 && !/^\s*by\s/i.test(text) && !/\[|:\/\//.test(text)) return null;
  // whether the text needs cleaning, tested once (mayBeByline asks it again otherwise)
  let tidy = !needsCleaning(text);
  let clean = tidy ? text : cleanNeeded(text);
  // a byline the renderer ran into the share links after it: read its opening only
  if (clean.length > 300) {
    if (!/^by\s\p{Lu}/iu.test(clean)) return null;
    clean = clean.slice(0, 120);
    tidy = false;
  }
  if (!mayBeByline(clean, tidy, words)) return null;
  const lead = leadOnly(language);
  if (lead.leadOnly.test(clean)) return lead.leadWord.test(clean) ? 'By' : 'Author:';
  return readCleanedByline(text, clean, language);
}

/** Block `i`'s byline reading, or null: see `bylineReadings`. */
export type BylineReadings = (i: number) => BylineAt | null;

/**
 * The byline readings of a page's blocks (`texts`, in order), each read when first asked for
 * and kept. The roles stage asks for every short block and its neighbours, and the byline
 * field asks again for every block: one page-wide reader serves both, so each block is read
 * once per parse. What a text says by itself is read once per text (ownReading), and
 * shared between the blocks that repeat it (frozen; the byline field copies what it hands out).
 */
export function bylineReadings(texts: readonly string[], language: string | null = null): BylineReadings {
  const readings: Array<BylineAt | null | undefined> = new Array(texts.length);
  const textAt = (j: number) => texts[j];
  return (i) => {
    if (i < 0 || i >= texts.length) return null;
    let at = readings[i];
    if (at === undefined) readings[i] = at = readBylineAt(textAt, i, language);
    return at;
  };
}
