import type {Form} from './form.js';
import {stickyAt} from './form.js';
import {alternation, TEMPERATURE_UNITS, UNITS} from './lexicon.js';
import {MORE_UNIT_WORDS, powerOf, readPower, SPACED_ONLY, SYMBOL_UNITS} from './units.js';

// temperature: "-5C", "23 degrees Fahrenheit", "40 deg celsius", "85°", "10.5 celcius"
const TEMPERATURE = /\s?(?:°(?:\s?([CF])(?![\p{L}]))?|deg(?:rees?|\.)?(?:\s+(celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin|c|f)(?![\p{L}]))?(?![\p{L}])|(celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin)(?![\p{L}]))/iuy;
const GLUED_CF = /\s?([CF])(?![\p{L}\p{N}])/uy;
const WORDS: Record<string, string> = {...MORE_UNIT_WORDS, ...UNITS};
// units may sit in brackets ("20 (kg)") or be joined by a hyphen ("3-inch", "six-mile")
const UNIT_WORDS = alternation(Object.keys(WORDS), 'iuy');
const UNIT = new RegExp(String.raw`(?:\s?-?(${UNIT_WORDS})|\s?[([{<](${UNIT_WORDS})[)\]}>])(?![\p{L}\p{N}])`, 'iuy');
// symbols keep their case: "5 mW" is not "5 MW", "40 Nm" is not "40 nm"
const SYMBOLS = alternation(Object.keys(SYMBOL_UNITS), 'uy');
const SYMBOL = new RegExp(String.raw`(\s?)(${SYMBOLS})(?![\p{L}\p{N}])`, 'uy');
const CASE_SENSITIVE: Record<string, boolean> = {m: true, g: true, l: true, w: true};
// "325,000 barrels per day", "50 miles an hour" after the unit
const PER = /\s+(?:per|an?)\s+(hour|day|week|month|year|second|minute|capita|person|head|gallon|litre|liter|kilometre|kilometer|km|mile|tonne|kg)\b/iy;
// "l/km", "J/m^2", "km/s": a quotient written with a slash
const SLASH = new RegExp(String.raw`\/\s?(${SYMBOLS}|${alternation(['m', 'g', 's', 'l', 'h', 'hr', 'min', 'day', 'yr', 'year', 'hour', 'second', 'minute', 'week', 'month'], 'uy')})(?![\p{L}])`, 'uy');
// "km^2", "m²", "km squared", "km cubed"
const POWER = /(?:\^\s?([23])|([²³])|\s+(squared|cubed))(?![\p{L}\p{N}])/uy;
// "square kilometres", "sq km", "cubic feet", "cu ft" before the unit
const SQUARE_BEFORE = /[\s-]?(square|sq\.?|cubic|cu\.?)\s+/iuy;
// "2 in" is inches only where nothing follows that makes "in" a preposition
const INCH_AFTER = /\s?in\.?(?=\s*(?:[,;:)!?]|\.(?:\s|$)|$)|\s+(?:long|wide|tall|high|deep|thick|across|diameter|in\s+diameter|of\s+(?:rain|snow|water))\b)/uy;
// feet and inches as primes: "6'", "9″", "12\"" (an ASCII double quote only where it closes no quotation)
const PRIME = /(['′])(?![\p{L}\p{N}'′])|(["″])(?![\p{L}\p{N}])/uy;

/** Quantities with a unit: "40 km", "3.5 tonnes", "30 yards", "256GB", "40 Nm", "4 km²", temperatures. */
export const quantities: Form = (n, scope) => {
  const {text} = scope;
  const t = stickyAt(TEMPERATURE, text, n.end);
  if (t) {
    const which = (t[1] ?? t[2] ?? t[3] ?? '').toLowerCase();
    return {end: t.index + t[0].length, kind: 'quantity', unit: which ? TEMPERATURE_UNITS[which]! : '°'};
  }
  if (n.digits) {
    const g = stickyAt(GLUED_CF, text, n.end);
    if (g) return {end: g.index + g[0].length, kind: 'quantity', unit: g[1] === 'C' ? '°C' : '°F'};
    const prime = stickyAt(PRIME, text, n.end);
    if (prime && (prime[1] === '′' || prime[2] === '″' || quotesBefore(text, n.start, prime[1] ?? prime[2]!) % 2 === 0)) {
      return {end: prime.index + prime[0].length, kind: 'quantity', unit: prime[1] ? 'ft' : 'in'};
    }
  }
  const read = unitAt(text, n.end, n.digits);
  if (!read) {
    const inch = stickyAt(INCH_AFTER, text, n.end);
    return inch ? {end: inch.index + inch[0].length, kind: 'quantity', unit: 'in'} : null;
  }
  let {unit, end} = read;
  const per = stickyAt(PER, text, end);
  if (per && unit !== 'mph' && !unit.endsWith(`/${per[1]!.toLowerCase()}`)) {
    unit = `${unit}/${per[1]!.toLowerCase()}`;
    end = per.index + per[0].length;
  }
  return {end, kind: unit === 'second' ? 'duration' : 'quantity', unit}; // "1500 s" is a duration
};

/** The unit written at `at` (after a number): symbol or word, with a power and a "/unit" after it. */
function unitAt(text: string, at: number, digits: boolean): {unit: string; end: number} | null {
  let power: 2 | 3 | null = null;
  const sq = stickyAt(SQUARE_BEFORE, text, at);
  let from = at;
  if (sq) {
    power = readPower(sq[1]!);
    from = sq.index + sq[0].length;
  }
  const base = baseUnitAt(text, from, digits);
  if (!base) {
    if (sq) return null;
    return null;
  }
  let {unit, end} = base;
  const pw = stickyAt(POWER, text, end);
  if (pw) {
    power ??= readPower(pw[1] ?? pw[2] ?? pw[3]!);
    end = pw.index + pw[0].length;
  }
  if (power) unit = powerOf(unit, power);
  const slash = stickyAt(SLASH, text, end);
  if (slash) {
    let denominator = SYMBOL_UNITS[slash[1]!] ?? slash[1]!;
    end = slash.index + slash[0].length;
    const p2 = stickyAt(POWER, text, end);
    if (p2) {
      denominator = powerOf(denominator, readPower(p2[1] ?? p2[2] ?? p2[3]!) ?? 2);
      end = p2.index + p2[0].length;
    }
    unit = `${unit}/${denominator}`;
  }
  return {unit, end};
}

/** A unit symbol (in its case) or unit word (in any case) at `at`; the longer wins, a symbol on a tie. */
function baseUnitAt(text: string, at: number, digits: boolean): {unit: string; end: number} | null {
  let best: {unit: string; end: number} | null = null;
  const s = stickyAt(SYMBOL, text, at);
  if (s && !(SPACED_ONLY.has(s[2]!) && !s[1]) && !(s[2] === 'K' && !digits)) {
    best = {unit: SYMBOL_UNITS[s[2]!]!, end: s.index + s[0].length};
  }
  const u = stickyAt(UNIT, text, at);
  if (u && (!best || u.index + u[0].length > best.end)) {
    const word = (u[1] ?? u[2])!;
    const lower = word.toLowerCase();
    // "1.8m", "5 g", "1.0l" in lower case after digits; "5 M" is not a unit, "5 W" is watts
    const wrongCase = CASE_SENSITIVE[lower] && (word === 'W' ? false : word !== lower || !digits);
    if (!wrongCase && !(lower === 'stone' && word !== lower)) best = {unit: WORDS[lower] ?? lower, end: u.index + u[0].length}; // "2016 Stone": a name
  }
  return best;
}

/** How many times `quote` occurs in `text` before `at`. */
function quotesBefore(text: string, at: number, quote: string): number {
  let k = 0;
  for (let i = text.indexOf(quote); i >= 0 && i < at; i = text.indexOf(quote, i + 1)) k++;
  return k;
}
