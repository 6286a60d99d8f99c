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
 * 2100-01-01, is in the same season, so it shares this parse (test/readers/strict-dates.test.ts
 * holds both to the same answers). A caller with a reference date of its own (published-at
 * with a `referenceDate`) parses on its own.
 *
 * The results are shared: read them, never change or hand them out. Only the list is frozen
 * (memoByText leaves a frozen answer as it is), not chrono-node's result objects: a deep
 * freeze walked a dozen objects per result (components, tags, reference dates), and frozen
 * ones give chrono-node's own methods (`isCertain`, `get`) a second shape of object to handle.
 */
export const strictDates: (text: string) => readonly chrono.ParsedResult[] = memoByText((text) => Object.freeze(chrono.strict.parse(text, STRICT_REF)));

const STRICT_REF = new Date(Date.UTC(2000, 0, 1));

/**
 * False when the strict English parse of `text` surely has no date with a known day, told
 * without parsing. In chrono-node 2.10 the strict parsers that state a day need one of:
 * - a month's name or abbreviation with no letter after it but the start of an ordinal
 *   word ("March 5", "5 Dec. 2019", "5Dec2019", "Januaryfirst"; not "market", "decision");
 * - numbers written as a date: "4/21" (a slash date needs no year, but its numbers are one
 *   or two digits), "21.04.2019" or "04-21-19" (dotted and dashed ones need a year),
 *   "2019 04 21", "2019/04/21", "2019-04-21" (year-month-day, ISO);
 * - a span of time whose unit fixes the day ("within 3 days", "5 hours ago", "a couple of
 *   weeks later"; "3 years ago" leaves it implied): second, minute, hour, day or week,
 *   written out, at most three spaces after its number, which is digits, a number word up
 *   to twelve, "a", "an", "half", "few", "several", "the" or "couple (of)"; or a month,
 *   quarter or year in part ("half a month", "1.5 months": chrono counts them in days).
 * Weekdays and clock times leave the day implied. Most short lines with a digit have none of
 * these ("5 Comments", "Page 2", "21:45", "$139.00", "17/50", "Friday Deals", "Day 3",
 * "Market 2020"), and a parse costs tens of microseconds. test/readers/strict-dates.test.ts
 * holds this to chrono: the forms it reads, and random texts (the test fails if any of the
 * signs is left out or made narrower than chrono's).
 */
export function mayStateDay(text: string): boolean {
  return DAY_HINT.test(text);
}

// a month | a slash date | numbers joined as a date | a number before a unit of time | a part of a longer one
const DAY_HINT =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-dg-mo-ru-z])|(?<!\d)[0-3]?\d\/[0-3]?\d(?!\d)|\d[\s/.-]\d{1,2}[\s/.-]\d|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,3}(?:second|minute|hour|day|week)|(?:half\s{0,2}(?:an?)?|\.\d+)\s{0,3}(?:month|quarter|year)/i;
