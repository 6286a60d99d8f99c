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
const DAY_WORDS = String.raw`(?:(?:twenty|thirty)[\s-](?:${ORD_ONES}|${ONES})|twentieth|thirtieth|${ORD_TEENS}|${ORD_ONES}|${TEENS}|twenty|thirty|${ONES})`;
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|${DAY_WORDS})`;
/** A year after a date: "2018", "nineteen seventy eight", "two thousand and eighteen". */
const YEAR = String.raw`(?:,?\s+(?:\d{4}|(?:nineteen|twenty)[\s-](?:hundred|(?:oh|zero)[\s-](?:${ONES})|(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|${ONES})|two\s+thousand(?:\s+(?:and\s+)?(?:(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|${ONES}))?)(?![\p{L}]))?`;
const MONTH = MONTHS.join('|');
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const PART_OF_DAY = 'morning|afternoon|evening|night|lunchtime';
const B = String.raw`(?<![\p{L}\p{N}.,])`; // a start no letter, digit or decimal point touches

const PATTERNS: [RegExp, RegExp][] = [
  // "seven o'clock", "12 o'clock", "half past seven o'clock" (the rest below)
  [/clock/iu, new RegExp(String.raw`${B}${HOUR}(?:[\s-]${MINUTES})?\s*o['’]?\s?clock(?![\p{L}])`, 'giu')],
  // "half past eight", "ten past 9", "20 min past eight", "a quarter to 8", "three minutes to eight"
  [/\b(?:past|after|to|till|before)\s/iu, new RegExp(String.raw`${B}(?:(?:half|(?:a\s+|three\s+)?quarters?|${MINUTES}(?:\s+(?:mins?|minutes?))?)\s+(?:past|after)|(?:half|(?:a\s+|three\s+)?quarters?|${MINUTES}\s+(?:mins?|minutes?))\s+(?:to|till|before))\s+${HOUR}(?:[\s-]${MINUTES})?(?:\s?[ap]\.?\s?m\b\.?)?(?![\p{L}\p{N}])`, 'giu')],
  // "seven thirty pm", "7 p. m.", "340 pm", "12 noon"
  [/[ap]\.?\s?m\b|noon|midnight/iu, new RegExp(String.raw`${B}(?:${HOUR}(?:[\s-]${MINUTES}){0,2}|\d{3,4})\s?(?:[ap]\.?\s?m\b\.?|noon|midnight)`, 'giu')],
  // "8 in the morning", "five thirty in the night", "in the afternoon at 7", "lunchtime 12"
  [new RegExp(PART_OF_DAY, 'iu'), new RegExp(String.raw`${B}${HOUR}(?:[\s-]${MINUTES})?\s+in\s+the\s+(?:${PART_OF_DAY})|\b(?:${PART_OF_DAY})\s+(?:at\s+${HOUR}(?:[\s-]${MINUTES})?|${HOUR}[\s-]${MINUTES}|\d{1,2}(?=\s+o['’]?\s?clock))(?![\p{L}\p{N}])`, 'giu')],
  // "11-ish"
  [/ish/iu, /(?<![\p{L}\p{N}.,])\d{1,2}-?ish(?![\p{L}])/giu],
  // "Friday the 15th", "friday 7.6", "Thursday the twenty first"
  [/day/iu, new RegExp(String.raw`\b${WEEKDAY},?\s+(?:the\s+)?(?:\d{1,2}[./]\d{1,2}|${DAY})(?![\p{L}\p{N}])`, 'giu')],
  // "June twenty three", "may twenty-first", "jan twenty two, 2018", "September the twenty-first nineteen seventy eight"
  [new RegExp(String.raw`\b(?:${MONTH})\b`, 'iu'), new RegExp(String.raw`\b(?:${MONTH})\.?,?\s+(?:the\s+)?${DAY_WORDS}${YEAR}(?![\p{L}\p{N}])|\b${DAY}\s+of\s+(?:${MONTH})\b${YEAR}`, 'giu')],
  // "the 27th.", "the 22nd", "the 20th of next month", "31st of this month"
  [/\bthe\s|month/iu, new RegExp(String.raw`\bthe\s+(?:\d{1,2}(?:st|nd|rd|th)?|${DAY_WORDS})(?=\s*(?:[.,;:!?)](?![\p{N}])|$))|(?:\bthe\s+)?${DAY}\s+(?:of\s+)?(?:next|this|last)\s+month\b`, 'giu')],
];

/** The spans of `text` that are clock times or dates written as above, in no order. */
export function timeAndDateSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [sign, re] of PATTERNS) {
    if (!sign.test(text)) continue;
    for (const m of matchesOf(re, text)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
