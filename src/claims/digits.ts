import type {Numeral} from './types.js';
import type {Scope} from './scope.js';
import {alternation, CURRENCY_PREFIX, SCALE_WORDS} from './lexicon.js';
import {FOREIGN_SCALE_WORDS, localeOf} from './locale.js';
import {matchesOf} from '../nlp/matches.js';
import {stickyAt} from './form.js';

// currency symbols written before the number, and the signs a number may have
const SYMBOLS = '€£₽¥₹₩₺₴₦₱₪₸₫₿฿₵₼₾₡₭';
const SIGNS = '-−+';
// A currency written before the number: a sign, a country letter and a dollar sign
// ("US$", "C $", "HK$"), or an ISO code ("USD 5 million", "Rs 500 crore"). A lone letter
// before "$" must touch it, so "a $5 bill" stays an article and a dollar.
const ISO_CODES = ['usd', 'eur', 'gbp', 'rub', 'jpy', 'cny', 'rmb', 'inr', 'rs', 'chf', 'cad', 'aud', 'hkd', 'nzd', 'sgd', 'kzt', 'kgs', 'uah', 'sek', 'nok', 'dkk', 'pln', 'zar',
  // ringgit, rupiah, Kenyan shillings and other codes and signs written before the amount ("RM5", "Rp 10,000", "KSh 300")
  'rm', 'myr', 'rp', 'idr', 'ksh', 'kes', 'php', 'thb', 'krw', 'brl', 'mxn', 'sar', 'aed', 'egp', 'ngn', 'pkr', 'bdt', 'lkr', 'vnd',
  'twd', 'huf', 'czk', 'ron', 'try', 'ils', 'ghs', 'sfr'];
const PREFIX = String.raw`(?<pre>(?:\b(?:us|u\.s\.?|hk|nz|mx|au|ca|c)\s?|\b[ars])?\$(?:\s?us(?![a-z])|a)?|[${SYMBOLS}]|\b(?:${ISO_CODES.join('|')})(?![a-z])\.?)`;
// vulgar fractions, alone or after a whole number: "½", "2¾"
const VULGAR: Record<string, number> = {'½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8};
const VULGAR_CHARS = Object.keys(VULGAR).join('');
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+[${VULGAR_CHARS}]|\d+(?:\.\d+)?|\.\d+|[${VULGAR_CHARS}]`;
/** A digit, or a vulgar fraction: what a number in digits starts with. */
export const HAS_DIGIT_OR_FRACTION = new RegExp(`[\\d${VULGAR_CHARS}]`, 'u');
// scientific notation after the digits: "1.5e6", "4e-3", "3.2 × 10^5", "2.48×10−5", "6 x 10⁸"
const SUPERSCRIPT: Record<string, string> = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+'};
const EXPONENT = /[eE]([+\-−]?\d{1,3})(?![\p{L}\p{N}])|\s?[×xX*·]\s?10(?:(?:\^|\*\*)\s?([+\-−]?\d{1,3})|([\-−]\d{1,3})|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\p{L}\p{N}])/uy;
// a fraction written with the fraction slash, "3⁄4"; with an ASCII slash only before what is
// measured in fractions ("1/4 inch", "3/4 of"), as "9/11" and "24/7" are not fractions
const FRACTION_SLASH = /⁄(\d{1,3})(?![\d⁄/])/uy;
const ASCII_FRACTION = /\/(\d{1,2})(?=\s+(?:of\b|inch|inches|in\b|cups?\b|teaspoons?|tablespoons?|tsp|tbsp|miles?\b|pounds?\b|lbs?\b|oz\b|ounces?\b|mile\b|gallons?\b|acres?\b))/uy;
// the digits are found first (a fast scan); what is written before them is read from a short
// slice, anchored at its end
const DIGITS = new RegExp(NUMBER, 'gu');
// where the language writes a decimal comma: "1.234,5", "2,3", "1.200" (twelve hundred)
const DIGITS_DECIMAL_COMMA = new RegExp(String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+[${VULGAR_CHARS}]|\d+,\d+|\d+(?:\.\d+)?|[${VULGAR_CHARS}]`, 'gu');
// "1.234,5" can only be a decimal comma, whatever the language
const EUROPEAN = /\d{1,3}(?:\.\d{3})+,\d+/y;
// a comma after the digits that is no thousands separator ("2,3", "11,5", "1,2345"): no reading is sure
const AMBIGUOUS_COMMA = /,(?:\d{1,2}|\d{4,})(?!\d)/y;
// scale words of other languages: "1,2 Milliarden", "3 millones", "5 miljard", "2 Mrd."
const FOREIGN_SCALE = new RegExp(String.raw`(\s?)(${alternation(FOREIGN_SCALE_WORDS, 'iuy')})(?![\p{L}\p{N}])`, 'iuy');
export const BEFORE_DIGITS = new RegExp(String.raw`(?:${PREFIX}\s?)?(?<sign>[${SIGNS}]\s?|\b(?:minus|negative)[\s-]?)?$`, 'iu');
// "10 1/2 miles": a whole number and a simple fraction
const HALVES = /\s(\d)[/⁄](2|3|4|8)(?![\d/⁄])/uy;
// a scale after the number: "3.9 billion", "$9.3bn", "25k", "4 hundred million"
const SCALE = /(\s?)(hundred|thousand|million|billion|trillion|crores?|lakhs?|lac|bn|bln|mn|mln|tn|trn|mil|cr|k|m|b|t)(?![\p{L}\p{N}])/iuy;
const NOT_PLURAL = new Set(['is', 'was', 'has', 'as', 'us', 'this', 'its', 'less', 'plus', 'across', 'was']);
const HAS_DIGIT = /\d/;
const NEXT_WORD = /\s+([a-z]+)/y;

// What BEFORE_DIGITS can end with (then perhaps one space): a sign or a currency symbol, or
// the letters of a word: a currency code (then perhaps "."), "minus", or "us" and "a" of
// "$US" and "$A". With the u and i flags, the Kelvin sign and the long s match k and s.
const SIGN_OR_SYMBOL = new RegExp(`[${SIGNS}$${SYMBOLS}]`);
const SPACE = /\s/;
const PREFIX_WORDS = new Set([...ISO_CODES, 'minus', 'negative', 'us', 'a']);
const LONGEST_PREFIX_WORD = Math.max(...[...PREFIX_WORDS].map((w) => w.length));
const isPrefixLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x212a || c === 0x17f;

/**
 * Whether BEFORE_DIGITS can match more than nothing before the digits at `at`. Most numbers
 * follow a word ("in 2019", "of 5") that is no currency code: the word is looked up, and the
 * pattern (a search through its alternatives at each of fourteen places) runs only where a
 * currency or a sign may end.
 */
export function mayFollowPrefix(text: string, at: number): boolean {
  let k = at;
  if (k > 0 && SPACE.test(text[k - 1]!)) k--;
  if (k === 0) return false;
  const c = text[k - 1]!;
  if (SIGN_OR_SYMBOL.test(c)) return true;
  if (c === '.') k--;
  let j = k;
  while (j > 0 && k - j <= LONGEST_PREFIX_WORD && isPrefixLetter(text.charCodeAt(j - 1))) j--;
  if (j === k || k - j > LONGEST_PREFIX_WORD) return false;
  return PREFIX_WORDS.has(text.slice(j, k).toLowerCase().replace(/\u017f/g, 's'));
}

// a number with a scale or unit glued to it, right before a dash: "5k-20k", "3km-5km"
const GLUED_SCALE_OR_UNIT = /(?<![\p{L}])\d\p{L}{1,3}$/u;

/** Characters that make a digit run part of something else when they touch it on the left. */
const GLUE_LEFT = /[\p{L}\p{N}_.,/#@'’:]/u;

/**
 * Digits in every news form, with a currency written before them and a scale after them:
 * "90,000", "1,234.5", "$9.3bn", "US$55m", "€1.2tn", "Rs 500 crore", "USD 5 million".
 */
export function digitNumerals(scope: Scope): Numeral[] {
  const {text} = scope;
  const out: Numeral[] = [];
  if (!HAS_DIGIT_OR_FRACTION.test(text)) return out;
  const locale = scope.locale ?? localeOf(null);
  for (const d of matchesOf(locale.decimalComma ? DIGITS_DECIMAL_COMMA : DIGITS, text)) {
    // most numbers have no currency or sign before them: read one only where the character
    // before the digits (or before one space) can end one
    const b = mayFollowPrefix(text, d.index) ? BEFORE_DIGITS.exec(text.slice(Math.max(0, d.index - 14), d.index)) : null;
    const before = b?.[0] ?? '';
    const g: {pre?: string; sign?: string; num: string} = {pre: b?.groups?.pre, sign: b?.groups?.sign, num: d[0]};
    const m = {index: d.index - before.length, 0: before + d[0]};
    let start = m.index;
    const pre = g.pre;
    let sign: -1 | 1 | undefined;
    if (g.sign) {
      // a sign counts only where it starts a token: "-5C", "(-1.3%)", "minus 5"; in "5-7" and
      // "5 - 7" it is a dash
      const at = start + (pre ? m[0].indexOf(g.sign) : 0);
      const b = at > 0 ? text[at - 1]! : ' ';
      const word = /^(?:minus|negative)/iu.test(g.sign);
      // a sign with a space after it is a dash ("5 km - 10 km", "10 - 20"), never a minus
      const dash = !word && /\s$/u.test(g.sign);
      if ((at === 0 || /[\s(<>=≤≥~∼]/u.test(b) || word) && !dash) sign = g.sign[0] === '+' ? 1 : -1;
      else if (pre && at === start + m[0].indexOf(g.sign) && /[$€£¥₹]\s?$/u.test(pre)) sign = g.sign[0] === '+' ? 1 : -1; // "$-99.99"
      else if (pre) continue;
      else if (/[\p{L}_]/u.test(b) && !/\bto-$/iu.test(text.slice(Math.max(0, at - 3), at + 1))
        && !GLUED_SCALE_OR_UNIT.test(text.slice(Math.max(0, at - 6), at))) continue; // "COVID-19", "F-35"; not "5k-20k"
      else start += g.sign.length;
    } else if (!pre && start > 0 && GLUE_LEFT.test(text[start - 1]!)) {
      continue; // "A7A5", "v2", the tail of "1.2.3" or "9/11"
    }
    let numText = g.num!;
    let decimalComma = locale.decimalComma;
    if (!decimalComma) {
      const euro = stickyAt(EUROPEAN, text, d.index);
      if (euro) {
        numText = euro[0];
        decimalComma = true;
      } else if (stickyAt(AMBIGUOUS_COMMA, text, d.index + numText.length)) continue; // "2,3 %": 2.3 or 23, no sure reading
    }
    let end = d.index + numText.length;
    let value = valueOf(numText, decimalComma);
    if (!Number.isFinite(value)) continue;
    let formatted = /[.,]/.test(numText);
    const exp = stickyAt(EXPONENT, text, end);
    if (exp) {
      const e = exp[1] ?? exp[2] ?? exp[3] ?? [...exp[4]!].map((ch) => SUPERSCRIPT[ch]).join('');
      value = Number(`${value}e${e.replace('−', '-')}`);
      end = exp.index + exp[0].length;
      formatted = true;
    }
    const frac = stickyAt(FRACTION_SLASH, text, end) ?? stickyAt(ASCII_FRACTION, text, end);
    if (frac && !exp && Number.isInteger(value) && Number(frac[1]) > value) {
      value /= Number(frac[1]);
      end = frac.index + frac[0].length;
      formatted = true;
    }
    HALVES.lastIndex = end;
    const half = HALVES.exec(text);
    if (half && !numText.includes('.') && !exp && !frac) {
      value += Number(half[1]) / Number(half[2]);
      end = HALVES.lastIndex;
    }
    const currency = pre ? CURRENCY_PREFIX[pre.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '')] ?? currencyOf(pre) : undefined;
    let scaled = false;
    let scale = 1;
    for (let k = 0; k < 2; k++) {
      const foreign = stickyAt(FOREIGN_SCALE, text, end);
      const foreignTimes = foreign ? locale.scales[foreign[2]!.toLowerCase()] : undefined;
      if (foreign && foreignTimes) {
        value *= foreignTimes;
        scale *= foreignTimes;
        end = foreign.index + foreign[0].length;
        scaled = true;
        continue;
      }
      SCALE.lastIndex = end;
      const s = SCALE.exec(text);
      if (!s) break;
      const word = s[2]!;
      const lower = word.toLowerCase();
      if (!isScale(word, s[1]!, currency, text, SCALE.lastIndex, numText.includes('.'))) break;
      const times = lower === 'm' ? 1e6 : lower === 'b' ? 1e9 : SCALE_WORDS[lower]!;
      value *= times;
      scale *= times;
      end = SCALE.lastIndex;
      scaled = true;
    }
    if (sign === -1) value = -value;
    out.push({
      start, end, value, digits: true, currency, scaled, scale,
      formatted, sign,
    });
  }
  return out;
}

/** The value of the digits as written: "1,234.5", "2¾", "½"; with a decimal comma "1.234,5", "1.200". */
function valueOf(numText: string, decimalComma = false): number {
  const last = numText[numText.length - 1]!;
  const frac = VULGAR[last];
  if (frac === undefined) {
    if (!decimalComma) return Number(numText.replace(/,/g, ''));
    if (numText.includes(',')) return Number(numText.replace(/\./g, '').replace(',', '.'));
    return Number(/^\d{1,3}(?:\.\d{3})+$/u.test(numText) ? numText.replace(/\./g, '') : numText);
  }
  return (numText.length > 1 ? Number(numText.slice(0, -1)) : 0) + frac;
}

function currencyOf(pre: string): string | undefined {
  const p = pre.toLowerCase().replace(/\s+/g, '');
  if (p.includes('$')) {
    if (p === '$a') return 'AUD';
    if (p.startsWith('hk')) return 'HKD';
    if (p.startsWith('nz')) return 'NZD';
    if (p.startsWith('mx')) return 'MXN';
    if (p.startsWith('au') || p.startsWith('a')) return 'AUD';
    if (p.startsWith('ca') || p.startsWith('c')) return 'CAD';
    if (p.startsWith('s')) return 'SGD';
    if (p.startsWith('r')) return 'BRL';
    return 'USD';
  }
  return CURRENCY_PREFIX[p];
}

/** Whether a letter after digits is a scale ("$5m", "25k") rather than a unit ("1.8m tall"). */
function isScale(word: string, space: string, currency: string | undefined, text: string, end: number, decimal: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower === 't') return !space && word === 'T' && !!currency; // "$2.17T"; else tonnes
  // "573.15K" with no noun after it: kelvin, not thousands ("1.5K runners" is thousands)
  if (word === 'K' && decimal && !currency && !pluralOrOfAfter(text, end)) return false;
  if (lower.length > 3 || ['bn', 'bln', 'mn', 'mln', 'tn', 'trn', 'mil'].includes(lower)) {
    return lower !== 'mil' || !!currency;
  }
  if (space) return false; // "5 m" is five metres
  if (lower === 'k') return true;
  if (lower === 'cr') return !!currency;
  if (lower === 'b') return !!currency || word === 'B';
  // "m": a million with a currency or before a plural noun ("1.2m tons", "3m people"); else metres
  if (currency || word === 'M') return true;
  return pluralOrOfAfter(text, end);
}

/** "35m of its devices", "3m people", "1.5K runners": a plural noun or "of" after a scaled number. */
function pluralOrOfAfter(text: string, end: number): boolean {
  if (/^\s+of\b/u.test(text.slice(end, end + 4))) return true;
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text)?.[1];
  return !!next && next.length > 2 && (next.endsWith('s') || next === 'people') && !NOT_PLURAL.has(next);
}
