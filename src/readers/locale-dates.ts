import * as chrono from 'chrono-node';
import {memoByText} from '../nlp/memo.js';

/**
 * Dates read in the page's language. chrono-node has parsers for a dozen languages; each
 * reads its month names ("3. März 2020", "10 décembre 2019") and writes numeric dates day
 * first ("10.12.2019" is the 10th of December), as every one of those languages does. On a
 * page in a language chrono has no parser for, English with the day first reads numeric
 * dates: of the languages newsparse names, only English (in the US) writes the month first,
 * and Chinese, Japanese, Korean and Hungarian write the year first, which reads the same
 * either way. English pages keep chrono's default, month first.
 */
const LOCALES: Readonly<Record<string, chrono.Chrono>> = {
  de: chrono.de.strict, fr: chrono.fr.strict, es: chrono.es.strict, pt: chrono.pt.strict,
  it: chrono.it.strict, nl: chrono.nl.strict, ru: chrono.ru.strict, uk: chrono.uk.strict,
  sv: chrono.sv.strict, fi: chrono.fi.strict, ja: chrono.ja.strict, vi: chrono.vi.strict,
  id: chrono.id.strict,
};

/** English, strict, with numeric dates read day first ("10/12/2019" is the 10th of December). */
export const dayFirstEnglish = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));

// languages whose numeric dates are not day first: English (US usage, chrono's default)
// and the year-first ones, which chrono's default reads right
const NOT_DAY_FIRST = new Set(['en', 'zh', 'ja', 'ko', 'hu']);

/**
 * The parsers to try, in order, before English on a page in `language`: its own chrono
 * parser when chrono has one, then English read day first. Empty for English pages and when
 * the language is unknown (null): chrono's English parser reads those, as before.
 */
export function localeParsers(language: string | null | undefined): readonly chrono.Chrono[] {
  if (!language || language === 'en') return NONE;
  let list = parsersOf.get(language);
  if (!list) {
    const own = LOCALES[language];
    list = [...(own ? [own] : []), ...(NOT_DAY_FIRST.has(language) ? [] : [dayFirstEnglish])];
    parsersOf.set(language, list);
  }
  return list;
}
const NONE: readonly chrono.Chrono[] = [];
const parsersOf = new Map<string, readonly chrono.Chrono[]>();

/**
 * False when no parser above can read a full date in `text`: a full date in any of them has
 * a year of four digits or numbers joined as a date ("10.12.19"). A chrono locale parse costs
 * up to a fifth of a millisecond, and most short lines with a digit hold no date.
 */
export function mayHoldLocaleDate(text: string): boolean {
  return LOCALE_DATE_HINT.test(text);
}
const LOCALE_DATE_HINT = /(?:1[89]|2\d)\d{2}|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2}/;

const fullDay = (r: chrono.ParsedResult) => r.start.isCertain('day') && r.start.isCertain('month');

/**
 * The results of the first of `language`'s parsers that reads a full date (day and month
 * known) in `text`, or null when none does or the page's language has no parsers of its
 * own. `ref` fills in implied parts only (see strict-dates.ts).
 */
export function parseInLanguage(text: string, ref: Date, language: string | null | undefined): readonly chrono.ParsedResult[] | null {
  const parsers = localeParsers(language);
  if (!parsers.length || !mayHoldLocaleDate(text)) return null;
  for (const p of parsers) {
    const found = p.parse(text, ref);
    if (found.some(fullDay)) return found;
  }
  return null;
}

const STATED_REF = new Date(Date.UTC(2000, 0, 1));
const statedOf = new Map<string, (text: string) => readonly chrono.ParsedResult[] | null>();

/**
 * `parseInLanguage` with a fixed reference date, cached per text for the parse: for callers
 * that use only what the text states (where a date is, its certain parts), as strictDates is.
 */
export function statedInLanguage(text: string, language: string | null | undefined): readonly chrono.ParsedResult[] | null {
  if (!localeParsers(language).length || !mayHoldLocaleDate(text)) return null;
  let read = statedOf.get(language!);
  if (!read) statedOf.set(language!, (read = memoByText((t) => {
    const found = parseInLanguage(t, STATED_REF, language);
    return found ? Object.freeze(found) : null;
  })));
  return read(text);
}
