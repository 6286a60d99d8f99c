/**
 * Clock times and dates written with words or loose digits, which are not numeric claims:
 * "half past eight", "seven thirty pm", "twelve o'clock", "ten past 9", "the 22nd",
 * "Friday the 15th", "June twenty three", "the twentieth of next month". Each pattern runs
 * only where a cheap test says its key word is in the sentence; all are linear (bounded
 * repeats, no nested unbounded quantifiers).
 */
import {matchesOf} from '../nlp/matches.js';
import {MONTHS} from './lexicon.js';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty';
const ORD_ONES = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const ORD_TEENS = 'tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
/** An hour: "seven", "12". */
const HOUR = String.raw`(?:${TEENS.split('|').slice(0, 3).join('|')}|${ONES}|\d{1,2})`;
/** Minutes: "thirty five", "oh five", "15". */
const MINUTES = String.raw`(?:(?:${TENS})(?:[\s-](?:${ONES}))?|(?:oh|zero)[\s-](?:${ONES})|${TEENS}|${ONES}|\d{1,2})`;
/** A day of the month in words: "twenty-first", "thirty first", "fifteen", "tenth". */
const DAY_WORDS_ALT = String.raw`(?:twenty|thirty)[\s-](?:${ORD_ONES}|${ONES})|twentieth|thirtieth|${ORD_TEENS}|${ORD_ONES}|${TEENS}|twenty|thirty|${ONES}`;
const DAY_WORDS = `(?:${DAY_WORDS_ALT})`;
const DAY_ALT = String.raw`\d{1,2}(?:st|nd|rd|th)?|${DAY_WORDS_ALT}`;
const DAY = `(?:${DAY_ALT})`;
/** A year after a date: "2018", "nineteen seventy eight", "two thousand and eighteen". */
const YEAR = String.raw`(?:,?\s+(?:\d{4}|(?:nineteen|twenty)[\s-](?:hundred|(?:oh|zero)[\s-](?:${ONES})|(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|${ONES})|two\s+thousand(?:\s+(?:and\s+)?(?:(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|${ONES}))?)(?![\p{L}]))?`;
const MONTH = MONTHS.join('|');
// every month name and abbreviation starts with one of these
const MONTH_STARTS = [...new Set(MONTHS.map((m) => m.slice(0, 3)))];
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const PART_OF_DAY = 'morning|afternoon|evening|night|lunchtime';
const B = String.raw`(?<![\p{L}\p{N}.,])`; // a start no letter, digit or decimal point touches

/**
 * Each pattern with its sign (a cheap test the pattern cannot match without), and where it has
 * one, words at least one of which every match holds in its letters (any case): looked for
 * first in the lower-cased sentence, as finding a word is cheaper than a case-folding sign
 * (most sentences have no "month", no "clock", no month name).
 */
const PATTERNS: [RegExp, RegExp, string[]?][] = [
  // "seven o'clock", "12 o'clock", "half past seven o'clock" (the rest below)
  [/clock/iu, new RegExp(String.raw`${B}${HOUR}(?:[\s-]${MINUTES})?\s*o['’]?\s?clock(?![\p{L}])`, 'giu'), ['clock']],
  // "half past eight", "ten past 9", "20 min past eight", "a quarter to 8", "three minutes to eight"
  [/\b(?:past|after)\s|(?:half|quarters?|mins?|minutes?)\s+(?:to|till|before)\s/iu, new RegExp(String.raw`${B}(?:(?:half|(?:a\s+|three\s+)?quarters?|${MINUTES}(?:\s+(?:mins?|minutes?))?)\s+(?:past|after)|(?:half|(?:a\s+|three\s+)?quarters?|${MINUTES}\s+(?:mins?|minutes?))\s+(?:to|till|before))\s+${HOUR}(?:[\s-]${MINUTES})?(?:\s?[ap]\.?\s?m\b\.?)?(?![\p{L}\p{N}])`, 'giu'), ['past', 'after', 'half', 'quarter', 'min']],
  // "seven thirty pm", "7 p. m.", "340 pm", "12 noon"
  [/[ap]\.?\s?m\b|noon|midnight/iu, new RegExp(String.raw`${B}(?:${HOUR}(?:[\s-]${MINUTES}){0,2}|\d{3,4})\s?(?:[ap]\.?\s?m\b\.?|noon|midnight)`, 'giu')],
  // "8 in the morning", "five thirty in the night", "in the afternoon at 7", "lunchtime 12"
  [new RegExp(PART_OF_DAY, 'iu'), new RegExp(String.raw`${B}${HOUR}(?:[\s-]${MINUTES})?\s+in\s+the\s+(?:${PART_OF_DAY})|\b(?:${PART_OF_DAY})\s+(?:at\s+${HOUR}(?:[\s-]${MINUTES})?|${HOUR}[\s-]${MINUTES}|\d{1,2}(?=\s+o['’]?\s?clock))(?![\p{L}\p{N}])`, 'giu'), PART_OF_DAY.split('|')],
  // "11-ish"
  [/ish/iu, /(?<![\p{L}\p{N}.,])\d{1,2}-?ish(?!\p{L})/giu, ['ish']],
  // "Friday the 15th", "friday 7.6", "Thursday the twenty first"
  [/day/iu, new RegExp(String.raw`\b${WEEKDAY},?\s+(?:the\s+)?(?:\d{1,2}[./]\d{1,2}|${DAY_ALT})(?![\p{L}\p{N}])`, 'giu'), ['day']],
  // "June twenty three", "may twenty-first", "jan twenty two, 2018", "September the twenty-first nineteen seventy eight"
  [new RegExp(String.raw`\b(?:${MONTH})\b`, 'iu'), new RegExp(String.raw`\b(?:${MONTH})\.?,?\s+(?:the\s+)?${DAY_WORDS}${YEAR}(?![\p{L}\p{N}])|\b${DAY}\s+of\s+(?:${MONTH})\b${YEAR}`, 'giu'), MONTH_STARTS],
  // "the 27th.", "the 22nd", "the 20th of next month", "31st of this month"
  [/\bthe\s/iu, new RegExp(String.raw`\bthe\s+(?:\d{1,2}(?:st|nd|rd|th)?|${DAY_WORDS_ALT})(?=\s*(?:[.,;:!?)](?!\p{N})|$))`, 'giu')],
  [/\b(?:next|this|last)\s+month\b/iu, new RegExp(String.raw`(?:\bthe\s+)?\b${DAY}\s+(?:of\s+)?(?:next|this|last)\s+month\b`, 'giu'), ['month']],
];

// With the `iu` flags "ſ" matches "s" and the Kelvin sign "k", which lower-casing does not
// give: a text with either is tested by the signs alone.
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * The spans of `text` that are clock times or dates written as above, in no order. `quick`
 * false skips the word look-up (for the tests: the spans are the same).
 */
export function timeAndDateSpans(text: string, quick = true): [number, number][] {
  const out: [number, number][] = [];
  const lower = quick && !FOLDS_TO_ASCII.test(text) ? text.toLowerCase() : null;
  for (const [sign, re, words] of PATTERNS) {
    if (lower !== null && words && !words.some((w) => lower.includes(w))) continue;
    if (!sign.test(text)) continue;
    for (const m of matchesOf(re, text)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
