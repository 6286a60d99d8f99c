import type {Candidate} from './types.js';
import type {Scope} from './scope.js';
import {after, before} from './scope.js';
import {alternation, MONTHS} from './lexicon.js';
import {matchesOf, runStartBefore, trailingSpaceStart} from '../nlp/matches.js';
import {timeAndDateSpans} from './times-and-dates.js';

type Cand = Candidate & {notClaim?: string};

// Spans that hold digits but are not claims: links, e-mail addresses, phone numbers, clock
// times, numeric dates, IP addresses, versions, footnote markers, list numbering, street
// addresses. Every pattern is linear: bounded repeats, no nested unbounded quantifiers.
const BLOCKED_PARTS: [string, string, boolean][] = [
  [String.raw`\b(?:https?:\/\/|www\.)[^\s<>"]+`, 'a URL', true],
  [String.raw`\b[\w-]{1,63}\.(?:com|org|net|gov|edu|io|co|uk|ru|kg|kz|info|news|tv|me|ly|html?|php)\b(?:\/[^\s<>"]*)?`, 'a URL', true],
  [String.raw`[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}`, 'an e-mail address', false],
  [String.raw`(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}\b`, 'a phone number', false],
  [String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]\.?m\b\.?)?`, 'a time', true],
  [String.raw`\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)`, 'a time', true],
  [String.raw`\b\d{1,3}(?:\.\d{1,3}){3}\b`, 'an IP address', false],
  [String.raw`\b[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){1,6}::?[0-9A-Fa-f]{1,4}\b`, 'an IPv6 address', false],
  [String.raw`\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b`, 'a GUID', false],
  [String.raw`\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b`, 'a numeric date or version', false],
  [String.raw`\bv\d+(?:\.\d+){0,3}\b`, 'a version', true],
  [String.raw`\b(?:version|ver\.|release|build|firmware)\s+\d+(?:\.\d+){0,3}`, 'a version', true],
  [String.raw`\[\d{1,3}\]|\(\d{1,2}\)(?=[\s.,;]|$)`, 'a footnote or list marker', false],
  [String.raw`(?:^|[\n\r\u2028\u2029])[\t ]*\(?\d{1,2}\s?[.)](?=\s)`, 'list numbering', false],
  [String.raw`\b\d{3,4}\s?(?:GMT|UTC|EDT|EST|PDT|PST|CET|CEST|BST|MSK|IST)\b`, 'a time', false],
  [String.raw`\b\d{1,5}(?:[-–]\d{1,5})?[A-Za-z]?\s+(?:(?:[A-Z][a-z]*|\d{1,3}(?:st|nd|rd|th))\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Court|Ct|Terrace|Parkway|Highway|Hwy)\b`, 'a street address', false],
];
// one scan per group; links and e-mail addresses only where a sign of them is in the text
const KIND = (why: string) => BLOCKED_PARTS.filter((p) => p[1] === why).map((p) => p[0]).join('|');
const REST = BLOCKED_PARTS.filter((p) => p[1] !== 'a URL' && p[1] !== 'an e-mail address');
const BLOCKED: [RegExp, RegExp | null][] = [
  [new RegExp(KIND('a URL'), 'giu'), /\.\p{L}|www|:\/\//iu],
  [new RegExp(KIND('an e-mail address'), 'gu'), /@/u],
  // clock times and versions: a colon before a digit, "am"/"pm" after one, "v2", a version word
  [new RegExp(REST.filter((p) => p[2]).map((p) => p[0]).join('|'), 'giu'), /:\d|\d\s?[ap]\.?m|v\d|version|ver\.|release|build|firmware/iu],
  [new RegExp(REST.filter((p) => !p[2]).map((p) => p[0]).join('|'), 'gu'), null],
];

const MONTH = alternation(MONTHS, 'iu');
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH})\.?,?\s*(?:the\s+)?$`, 'iu');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?(?:,?\s+(?:of\s+)?|-)(?:${MONTH})\b`, 'iu');
// after any white space, as PREV_WORD: one space, two, or a CRLF
const NAME_AFTER = /^\s+\p{Lu}[\p{Ll}\p{Lu}]*(?<![sS])(?![\p{L}'’])/u;
// words after which a number is a count even before a name: "about 460 Kia vehicles"
const COUNT_BEFORE = new Set(['about', 'around', 'some', 'nearly', 'almost', 'over', 'than', 'least', 'roughly', 'approximately',
  'estimated', 'only', 'just', 'all', 'of', 'with', 'by', 'to', 'sold', 'bought', 'recalled', 'stolen', 'built', 'made']);
export const PREV_WORD = /(\p{L}[\p{L}\p{N}&'’.-]*)\s+$/u; // after any whitespace: one space, two, or a CRLF
const WORD_CHAR = /^[\p{L}\p{N}&'’.-]$/u;
const LETTER_AT = /\p{L}/uy;

/**
 * `PREV_WORD.exec(left)?.[1]`, read backwards (the regex, anchored at the end only, is tried at
 * every start): before the trailing white space, the run of word characters, from its first
 * letter. A start before the run cannot reach the end through the character before it.
 */
export function prevWord(left: string): string | undefined {
  const e = trailingSpaceStart(left);
  if (e === left.length) return undefined;
  for (let p = runStartBefore(left, e, WORD_CHAR); p < e; p += left.codePointAt(p)! > 0xffff ? 2 : 1) {
    LETTER_AT.lastIndex = p;
    if (LETTER_AT.test(left)) return left.slice(p, e);
  }
  return undefined;
}
// words before a number that make it a label: "Section 427", "Row 21", "No. 5", "Flight 370"
const LABELS = new Set(('section sections row rows chapter article no no. nos number room flight route exit level page pages item version ' +
  'episode season act clause paragraph rule gate platform track seat line bus highway interstate channel phase stage grade ' +
  'class ward district unit apartment suite floor block lot plot id code pin model series game round hole lane terminal box ' +
  'division tier category type step part vol vol. volume issue figure fig fig. table appendix patch window windows android ios ' +
  'call called calling calls dial dialed dialled dialing text texted').split(' '));
// capitalised words that start sentences and phrases, not names: "In 90 days", "About 500"
const NOT_NAMES = new Set(('the a an in on at by for from to of with about around some over under nearly almost just only all and but or as ' +
  'since after before until up down more less than roughly approximately top last next first those these that this its their his her our ' +
  'we they he she it i you there here then now when while if why how another each every between among per total fewer least most exactly ' +
  'buy get save win are is was were has have had be been do did does will would could should may might must can also still even plus ' +
  'minus who what which where nearly some only its our another within without during across through against toward towards via ' +
  'overall including include includes estimated est approx approximately circa').split(' '));

/**
 * Drops what looks like a number but is not a claim: dates and years, clock times,
 * identifiers and names ("A7A5", "COVID-19", "Boeing 737", "G7", "5G", "Section 427"),
 * phone numbers, addresses, URLs, versions, list numbering and footnote markers, and
 * relative dates ("three years ago").
 */
export function dropNotClaims(cands: Cand[], scope: Scope): Cand[] {
  // the blocked spans, searched for when a candidate first gets as far as asking: most
  // sentences with a number hold only years and dates, which the tests before it drop
  let blocked: [number, number][] | null = null;
  // candidates come sorted by start (and do not overlap): one pass over the blocked spans,
  // never one per candidate. A candidate is blocked when a span that starts before its end
  // reaches past its start; `reach` is the furthest end of the spans passed so far, so the
  // answer is the same whichever candidates before it were asked.
  let j = 0;
  let reach = -1;
  const isBlocked = (c: Cand): boolean => {
    blocked ??= blockedSpans(cands, scope.text);
    while (j < blocked.length && blocked[j]![0] < c.end) {
      reach = Math.max(reach, blocked[j]![1]);
      j++;
      if (reach > c.start) return true;
    }
    return reach > c.start;
  };
  let labelEnd = -1;
  const label = (c: Cand): false => {
    labelEnd = c.end;
    return false;
  };
  return cands.filter((c, i) => {
    if (c.notClaim) return false;
    const right = after(scope, c.end, 24);
    // glued to letters or digits on the right and no form took them: "5G", "7A5", "3:1"
    if (/^[\p{L}\p{N}_]|^[:/]\d/u.test(right) && !(c.kind === 'ordinal')) return false;
    const n = c.numeral;
    const bare = c.kind === 'count' && n.digits && !n.currency && !n.scaled && !n.sign;
    if (yearLike(c) && !countNotYear(scope, c, right) && !comparedOrRanged(cands, i, scope)) {
      return false; // a year
    }
    // "280930640": nine digits or more, unformatted, with nothing to say what they count, are a phone number or an identifier
    if (bare && !n.formatted && c.end - c.start >= 9 && /^\d+$/u.test(scope.text.slice(c.start, c.end)) && !COMPARED.test(before(scope, c.start, 24)) && !NEXT_PLURAL.test(right)) {
      return false;
    }
    if ((bare || c.kind === 'ordinal') && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 && n.digits) {
      const left = before(scope, c.start, 16);
      if (MONTH_BEFORE.test(left) || MONTH_AFTER.test(right)) return false; // a date
    }
    // "COVID -19": a count has no sign written as a symbol ("minus eight" is a number)
    if (c.kind === 'count' && n.sign && !/^\p{L}/u.test(scope.text.slice(c.start, c.end))) return false;
    if (bare && !n.formatted && /^0\d/u.test(scope.text.slice(n.start, n.end))) return false; // "0401", "007"
    // after the tests above, which change nothing (the label tests below mark where a label ends)
    if (isBlocked(c)) return false;
    if (bare) {
      const prev = prevWord(before(scope, c.start, 24));
      if (prev && isLabel(prev)) return label(c);
      // "737 Max", "11 Pro", "4 Started": a name after the number (plurals such as "5 Republicans" count)
      if (!n.formatted && Number.isInteger(n.value) && NAME_AFTER.test(right) && !MONTH_AFTER.test(right)
        && !(prev && COUNT_BEFORE.has(prev.toLowerCase()))) return label(c);
    }
    // "Charlton 2-1", "Boeing 737-800": the rest of a label
    if (n.digits && labelEnd >= 0 && /^[-–/]$/u.test(scope.text.slice(labelEnd, c.start))) return label(c);
    return true;
  });
}

/** The spans of the sentence `text` that hold digits but no claim (see BLOCKED), sorted by start; none when no candidate has digits. */
function blockedSpans(cands: readonly Cand[], text: string): [number, number][] {
  const blocked: [number, number][] = timeAndDateSpans(text);
  if (!cands.some((c) => c.numeral.digits)) return blocked.sort((a, b) => a[0] - b[0]);
  for (const [re, sign] of BLOCKED) {
    if (sign && !sign.test(text)) continue;
    for (const m of matchesOf(re, text)) blocked.push([m.index, m.index + m[0].length]);
  }
  if (DIGIT_GROUPS_SIGN.test(text)) for (const m of matchesOf(DIGIT_GROUPS, text)) if (isPhoneNumber(m[0])) blocked.push([m.index, m.index + m[0].length]);
  return blocked.sort((a, b) => a[0] - b[0]);
}

// Groups of digits written apart by spaces, dots, dashes and brackets: "0176 12 34 56 78",
// "(21)99713-3601", "+44 (0)7123 129683", "837.824.1482 ext 12". Bounded repeats only.
const DIGIT_GROUPS = /(?:\+\s?|(?<![\p{L}\p{N}]))(?:\(\s?\+?\d{1,5}\s?\)[\s.-]{0,2})?\d{1,6}(?:(?:[\s.-]{1,2}|\s?\(\d{1,5}\)\s?)\d{1,11}){1,6}(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\p{L}\p{N}])/gu;
const DIGIT_GROUPS_SIGN = /\d[\s.()+-]{1,3}\d/u;
// "10 000 000": thousands set apart by spaces (one number, not a phone)
const SPACED_THOUSANDS = /^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+$/u;

/**
 * Whether a run of digit groups is a phone number: seven digits or more, and written as no
 * number is. A lone pair of groups ("1000-5000", "2010 2015") is a range or two numbers unless
 * one of them starts with 0, is long (six digits or more) or a "+" or bracket is written.
 */
export function isPhoneNumber(run: string): boolean {
  const groups = run.match(/\d+/gu) ?? [];
  const digits = groups.reduce((k, g) => k + g.length, 0);
  // a telephone number has at most 15 digits (ITU-T E.164), and is not a row of single digits
  if (digits < 7 || digits > 15 || groups.every((g) => g.length === 1) || SPACED_THOUSANDS.test(run)) return false;
  if (/^[+(]|\(/u.test(run) || groups.some((g) => g.length > 1 && g.startsWith('0'))) return true;
  if (groups.length === 2) return groups.some((g) => g.length >= 6);
  // "1.5 2.5 3.5": decimals in a row, not one number
  if (/\d\.\d{1,2}\s/u.test(run)) return false;
  return true;
}

/** Whether the word before a bare number makes the number part of a name or label. */
function isLabel(word: string): boolean {
  const lower = word.toLowerCase();
  if (LABELS.has(lower)) return true;
  if (/['’]s$/u.test(word) || word.endsWith('.') && !/^[A-Z]\.$/u.test(word) && !/^No\.$/u.test(word)) return false;
  if (!/\p{Lu}/u.test(word)) return false;
  return !NOT_NAMES.has(lower);
}

// before a four-digit number, words that make it a year ("in 1998", "the 2019 season")
const YEAR_BEFORE = new Set(('in since by from until till to of the during before after between and or through year years fiscal ' +
  'early late mid circa its their his her our this that last next every each spring summer autumn fall winter season class').split(' '));
// words that make it a count ("about 1500", "hired 1200")
const COUNT_WORDS = new Set(('about around some nearly almost over than least roughly approximately estimated only just ' +
  'employs employ employed hire hired hiring hires sold sell sells built build made make recalled killed injured lost cut added').split(' '));
const NEXT_PLURAL = /^\s+(\p{Ll}{3,}s)\b/u;
const TIME_PLURALS = new Set(['elections', 'seasons', 'games', 'olympics', 'results', 'levels', 'figures', 'sales', 'earnings', 'profits', 'revenues', 'numbers', 'rates', 'prices']);

/** A bare four-digit number from 1000 to 2100: read as a year unless something says otherwise. */
function yearLike(c: Cand): boolean {
  const n = c.numeral;
  return c.kind === 'count' && n.digits && !n.currency && !n.scaled && !n.sign && !n.formatted && Number.isInteger(n.value)
    && n.value >= 1000 && n.value <= 2100 && c.end - c.start === 4;
}

// a comparison before the number: a year is not compared ("above 1200", "> 1500", "less than 1800")
const COMPARED = /(?:[<>≤≥~∼≈]\s?=?\s?|\b(?:above|below|under|over|exceed(?:s|ed|ing)?|than|least|most)\s+)$/iu;
// what joins the two bounds of a range
const RANGE_GAP = /^(?:\s?[-–—]\s?|[~∼]|\s*(?:-\s*)?(?:to|through|thru)(?:\s*-)?\s*)$/iu;

/**
 * Whether a year-like number is compared ("above 1200 and below 1800") or a bound of a range
 * whose other bound is no year ("1000-4000", "500 to 1500"): then it is a number.
 */
function comparedOrRanged(cands: readonly Cand[], i: number, scope: Scope): boolean {
  const c = cands[i]!;
  if (COMPARED.test(before(scope, c.start, 24))) return true;
  const next = cands[i + 1];
  if (next && !yearLike(next) && next.kind !== 'ordinal' && RANGE_GAP.test(scope.text.slice(c.end, next.start))) return true;
  const prev = cands[i - 1];
  return !!prev && !yearLike(prev) && prev.kind !== 'ordinal' && RANGE_GAP.test(scope.text.slice(prev.end, c.start));
}

/** A four-digit number that counts something: "about 1500 people", "hired 1200 workers". */
function countNotYear(scope: Scope, c: Cand, right: string): boolean {
  const prev = prevWord(before(scope, c.start, 24))?.toLowerCase();
  if (prev && COUNT_WORDS.has(prev)) return true;
  const next = NEXT_PLURAL.exec(right)?.[1];
  return !!next && !TIME_PLURALS.has(next) && !!prev && !YEAR_BEFORE.has(prev) && !/^\p{Lu}/u.test(before(scope, c.start, 24).trim().split(/\s/u).pop() ?? '');
}
