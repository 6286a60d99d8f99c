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

/**
 * False when the strict English parse of `text` surely has no date with a known day, told
 * without parsing. In chrono-node 2.10 the strict parsers that state a day need one of:
 * - a month's name or abbreviation (the month-name and year-month-day forms);
 * - numbers written as a date: "4/21" (a slash date needs no year), "21.04.2019" or
 *   "04-21-19" (dotted and dashed ones do), "2019 04 21", "2019-04-21" (year-month-day, ISO):
 *   a digit, "/", a digit; or a digit, a separator, one or two digits, a separator, a digit;
 * - a span of time ("within 3 days", "5 hours ago", "a couple of weeks later"): its unit
 *   written out (second, minute, hour, day, week, month, quarter, year) at most three
 *   spaces after its number, which is digits, a number word up to twelve, "a", "an",
 *   "half", "few", "several", "the" or "couple (of)".
 * Weekdays and clock times leave the day implied. Most short lines with a digit have none of
 * these ("5 Comments", "Page 2", "21:45", "$139.00", "Friday Deals", "Day 3"), and a parse
 * costs tens of microseconds. test/fields/strict-dates.test.ts holds this to chrono: the
 * forms it reads, and random texts (the test fails if any of the three signs is left out or
 * made narrower than chrono's).
 */
export function mayStateDay(text: string): boolean {
  return DAY_HINT.test(text);
}

// month names | numbers written as a date | a number before a unit of time
const DAY_HINT =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d\/\d|\d[\s.-]\d{1,2}[\s/.-]\d|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,3}(?:second|minute|hour|day|week|month|quarter|year)/i;
