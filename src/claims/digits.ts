import type {Numeral} from './types.js';
import type {Scope} from './scope.js';
import {CURRENCY_PREFIX, SCALE_WORDS} from './lexicon.js';
import {matchesOf} from '../nlp/matches.js';

// currency symbols written before the number, and the signs a number may have
const SYMBOLS = '€£₽¥₹₩₺₴₦₱₪₸₫';
const SIGNS = '-−+';
// A currency written before the number: a sign, a country letter and a dollar sign
// ("US$", "C $", "HK$"), or an ISO code ("USD 5 million", "Rs 500 crore"). A lone letter
// before "$" must touch it, so "a $5 bill" stays an article and a dollar.
const ISO_CODES = ['usd', 'eur', 'gbp', 'rub', 'jpy', 'cny', 'rmb', 'inr', 'rs', 'chf', 'cad', 'aud', 'hkd', 'nzd', 'sgd', 'kzt', 'kgs', 'uah', 'sek', 'nok', 'dkk', 'pln', 'zar'];
const PREFIX = String.raw`(?<pre>(?:\b(?:us|u\.s\.?|hk|nz|mx|au|ca|c)\s?|\b[ars])?\$(?:\s?us(?![a-z])|a)?|[${SYMBOLS}]|\b(?:${ISO_CODES.join('|')})(?![a-z])\.?)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
// the digits are found first (a fast scan); what is written before them is read from a short
// slice, anchored at its end
const DIGITS = new RegExp(NUMBER, 'gu');
export const BEFORE_DIGITS = new RegExp(String.raw`(?:${PREFIX}\s?)?(?<sign>[${SIGNS}]\s?|\bminus[\s-]?)?$`, 'iu');
// "10 1/2 miles": a whole number and a simple fraction
const HALVES = /\s(\d)\/([2348])(?![\d/])/y;
// a scale after the number: "3.9 billion", "$9.3bn", "25k", "4 hundred million"
const SCALE = /(\s?)(hundred|thousand|million|billion|trillion|crores?|lakhs?|lac|bn|bln|mn|mln|tn|trn|mil|cr|[kmb])(?![\p{L}\p{N}])/iuy;
const NOT_PLURAL = new Set(['is', 'was', 'has', 'as', 'us', 'this', 'its', 'less', 'plus', 'across', 'was']);
const HAS_DIGIT = /\d/;
const NEXT_WORD = /\s+([a-z]+)/y;

// What BEFORE_DIGITS can end with (then perhaps one space): a sign or a currency symbol, or
// the letters of a word: a currency code (then perhaps "."), "minus", or "us" and "a" of
// "$US" and "$A". With the u and i flags, the Kelvin sign and the long s match k and s.
const SIGN_OR_SYMBOL = new RegExp(`[${SIGNS}$${SYMBOLS}]`);
const SPACE = /\s/;
const PREFIX_WORDS = new Set([...ISO_CODES, 'minus', 'us', 'a']);
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

/** Characters that make a digit run part of something else when they touch it on the left. */
const GLUE_LEFT = /[\p{L}\p{N}_.,/#@'’:]/u;

/**
 * Digits in every news form, with a currency written before them and a scale after them:
 * "90,000", "1,234.5", "$9.3bn", "US$55m", "€1.2tn", "Rs 500 crore", "USD 5 million".
 */
export function digitNumerals(scope: Scope): Numeral[] {
  const {text} = scope;
  const out: Numeral[] = [];
  if (!HAS_DIGIT.test(text)) return out;
  for (const d of matchesOf(DIGITS, text)) {
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
      const word = /^minus/iu.test(g.sign);
      const prevInk = /(\S)\s*$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? ' ';
      const dash = !word && /\s$/u.test(g.sign) && /[\d%]/u.test(prevInk);
      if ((at === 0 || /[\s(]/u.test(b) || word) && !dash) sign = g.sign[0] === '+' ? 1 : -1;
      else if (pre) continue;
      else if (/[\p{L}_]/u.test(b) && !/\bto-$/iu.test(text.slice(Math.max(0, at - 3), at + 1))) continue; // "COVID-19", "F-35"
      else start += g.sign.length;
    } else if (!pre && start > 0 && GLUE_LEFT.test(text[start - 1]!)) {
      continue; // "A7A5", "v2", the tail of "1.2.3" or "9/11"
    }
    let end = m.index + m[0].length;
    const numText = g.num!;
    let value = Number(numText.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    HALVES.lastIndex = end;
    const half = HALVES.exec(text);
    if (half && !numText.includes('.')) {
      value += Number(half[1]) / Number(half[2]);
      end = HALVES.lastIndex;
    }
    const currency = pre ? CURRENCY_PREFIX[pre.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '')] ?? currencyOf(pre) : undefined;
    let scaled = false;
    let scale = 1;
    for (let k = 0; k < 2; k++) {
      SCALE.lastIndex = end;
      const s = SCALE.exec(text);
      if (!s) break;
      const word = s[2]!;
      const lower = word.toLowerCase();
      if (!isScale(word, s[1]!, currency, text, SCALE.lastIndex)) break;
      const times = lower === 'm' ? 1e6 : lower === 'b' ? 1e9 : SCALE_WORDS[lower]!;
      value *= times;
      scale *= times;
      end = SCALE.lastIndex;
      scaled = true;
    }
    if (sign === -1) value = -value;
    out.push({
      start, end, value, digits: true, currency, scaled, scale,
      formatted: /[.,]/.test(numText), sign,
    });
  }
  return out;
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
function isScale(word: string, space: string, currency: string | undefined, text: string, end: number): boolean {
  const lower = word.toLowerCase();
  if (lower.length > 3 || ['bn', 'bln', 'mn', 'mln', 'tn', 'trn', 'mil'].includes(lower)) {
    return lower !== 'mil' || !!currency;
  }
  if (space) return false; // "5 m" is five metres
  if (lower === 'k') return true;
  if (lower === 'cr') return !!currency;
  if (lower === 'b') return !!currency || word === 'B';
  // "m": a million with a currency or before a plural noun ("1.2m tons", "3m people"); else metres
  if (currency || word === 'M') return true;
  if (/^\s+of\b/u.test(text.slice(end, end + 4))) return true; // "35m of its devices"
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text)?.[1];
  return !!next && next.length > 2 && next.endsWith('s') && !NOT_PLURAL.has(next);
}
