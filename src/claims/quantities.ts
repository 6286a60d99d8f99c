import type {Form} from './form.js';
import {stickyAt} from './form.js';
import {alternation, TEMPERATURE_UNITS, UNITS} from './lexicon.js';

// temperature: "-5C", "23 degrees Fahrenheit", "40 deg celsius", "85°", "10.5 celcius"
const TEMPERATURE = /\s?(?:°\s?([CF](?!\p{L}))?|deg(?:rees?|\.)?(?:\s+(celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin|c|f))?(?!\p{L})|(celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin)(?!\p{L}))/iuy;
const GLUED_CF = /\s?([CF])(?![\p{L}\p{N}])/uy;
// units may sit in brackets ("20 (kg)") or be joined by a hyphen ("3-inch", "six-mile")
const UNIT_WORDS = alternation(Object.keys(UNITS), 'iuy');
const UNIT = new RegExp(String.raw`(?:\s?-?(${UNIT_WORDS})|\s?[([{<](${UNIT_WORDS})[)\]}>])(?![\p{L}\p{N}])`, 'iuy');
const CASE_SENSITIVE: Record<string, boolean> = {m: true, g: true, l: true, w: true};
// "325,000 barrels per day", "50 miles an hour" after the unit
const PER = /\s+(?:per|an?)\s+(hour|day|week|month|year|second|minute|capita|person|head)\b/iy;

/** Quantities with a unit: "40 km", "3.5 tonnes", "30 yards", "256GB", temperatures. */
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
  }
  const u = stickyAt(UNIT, text, n.end);
  if (!u) return null;
  const word = (u[1] ?? u[2])!;
  const lower = word.toLowerCase();
  // "1.8m", "5 g", "1.0l" in lower case after digits; "5 M" is not a unit, "5 W" is watts
  if (CASE_SENSITIVE[lower] && (word === 'W' ? false : word !== lower || !n.digits)) return null;
  if (lower === 'stone' && word !== lower) return null; // "2016 Stone": a name
  let unit = UNITS[lower] ?? lower;
  let end = u.index + u[0].length;
  const per = stickyAt(PER, text, end);
  if (per && !unit.includes('/') && unit !== 'mph') {
    unit = `${unit}/${per[1]!.toLowerCase()}`;
    end = per.index + per[0].length;
  }
  return {end, kind: 'quantity', unit};
};
