import * as chrono from 'chrono-node';
import {memoByText} from '../nlp/memo.js';

/**
 * One English strict chrono-node parse per line text, shared by every stage that looks for
 * dates in a line: the byline reader (a date after the names), the date-line test (which
 * the dateline detector asks of every short block with a digit) and the published-at field
 * (every short block near the top). They parse mostly the same lines; before this, each
 * line was parsed two or three times (about 60 parses per article, the largest cost of
 * the date code).
 *
 * The parse uses a fixed reference date, 2000-01-01. Callers use only what the text itself
 * states: where a date is (`index`, `text`) and its components that are certain
 * (`isCertain`). Those do not depend on the reference date, which fills in the implied
 * parts (a missing year, a relative "3 days ago"), with one exception: chrono resolves a
 * zone name that changes with the season ("ET" is -05:00 or -04:00) by the reference
 * date's season. Published-at's placeholder reference date when none is given,
 * 2100-01-01, is in the same season, so it shares this parse (test/fields/strict-dates.test.ts
 * holds both to the same answers). A caller with a reference date of its own (published-at
 * with a `referenceDate`) parses on its own.
 *
 * The results are frozen and shared: read them, never change or hand them out.
 */
export const strictDates: (text: string) => readonly chrono.ParsedResult[] = memoByText((text) => chrono.strict.parse(text, STRICT_REF));

const STRICT_REF = new Date(Date.UTC(2000, 0, 1));
