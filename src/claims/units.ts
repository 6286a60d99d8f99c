/**
 * The unit table beyond the everyday words of lexicon.ts: symbols read with their case
 * ("mW" is not "MW", "Nm" is not "nm"), SI prefixes on the bases where text uses them,
 * powers ("km²", "km^3", "km cubed", "cubic kilometres") and compound units ("l/km",
 * "J/m²"). Data only, plus the small helpers that name a power or a quotient.
 */

/** SI prefixes as written before a symbol. `u` stands for µ where text has no µ. */
const PREFIX: Record<string, string> = {k: 'k', M: 'M', G: 'G', T: 'T', h: 'h', c: 'c', d: 'd', m: 'm', 'µ': 'µ', 'μ': 'µ', u: 'µ', n: 'n', p: 'p'};

/** Each base symbol and the prefixes it takes in text (the bare symbol too where `bare`). */
const BASES: [base: string, prefixes: string, bare: boolean][] = [
  ['W', 'kMGTmµμ', true], ['Wh', 'kMGT', true], ['J', 'kMGmµμ', true], ['eV', 'kMGTm', true], ['Pa', 'hkMG', true],
  ['Hz', 'kMGT', true], ['V', 'kMmµμ', true], ['A', 'kmµμ', false], ['Gy', 'cmµμ', true], ['Sv', 'mµμ', true],
  ['F', 'mµμunp', false], ['s', 'mµμnp', true], ['L', 'mcdµμ', true], ['l', 'cdµμ', false], ['g', 'kmµμun', false],
  ['m', 'kcdmµμn', false], ['mol', 'mµμn', true], ['bar', 'm', true], ['Bq', 'kMG', true], ['N', 'kM', false],
  ['Ω', 'kM', true], ['t', 'MG', true],
];
const CANON_BASE: Record<string, string> = {L: 'l', t: 'tonne', s: 'second'};
const PREFIXED_TONNE: Record<string, string> = {Mt: 'Mt', Gt: 'Gt'};

/** Symbols, case-sensitive, with the unit a claim reports. */
export const SYMBOL_UNITS: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  for (const [base, prefixes, bare] of BASES) {
    if (bare) out[base] = CANON_BASE[base] ?? base;
    for (const p of prefixes) {
      const symbol = p + base;
      out[symbol] = PREFIXED_TONNE[symbol] ?? `${PREFIX[p]}${CANON_BASE[base] === 'l' ? 'l' : base}`;
    }
  }
  Object.assign(out, {
    // newton-metres and pound-feet of torque: never nanometres or pounds
    Nm: 'N·m', 'N·m': 'N·m', 'N-m': 'N·m', 'N m': 'N·m', 'lb-ft': 'lb·ft', 'lb ft': 'lb·ft', 'lb·ft': 'lb·ft', 'lb.-ft.': 'lb·ft',
    'ft-lb': 'lb·ft', 'ft-lbs': 'lb·ft', 'lbs-ft': 'lb·ft',
    K: 'K', ppm: 'ppm', ppb: 'ppb', ppt: 'ppt', rpm: 'rpm', RPM: 'rpm', mpg: 'mpg', MPG: 'mpg', dB: 'dB', dBA: 'dB', BTU: 'BTU', BTUs: 'BTU',
    atm: 'atm', kcal: 'kcal', cal: 'cal', mi: 'mile', cc: 'cm³', EB: 'EB', PB: 'PB', kbit: 'kbit', Mbit: 'Mbit', Gbit: 'Gbit',
    'km/s': 'km/s', 'm/s': 'm/s', tsp: 'tsp', tbsp: 'tbsp', Tbsp: 'tbsp', cl: 'cl', '‰': '‰',
  });
  return out;
})();

/** Symbols of one letter that are units only with a space before them ("1500 s", "278,000 t"), never glued ("1990s"). */
export const SPACED_ONLY = new Set(['s', 't']);

/** Unit words, in any case, not in lexicon.ts's table: what scientific, motoring and cooking text writes out. */
export const MORE_UNIT_WORDS: Record<string, string> = {
  'parts per million': 'ppm', 'parts-per-million': 'ppm', 'parts per billion': 'ppb', 'parts-per-billion': 'ppb',
  'revolutions per minute': 'rpm', 'revs per minute': 'rpm', 'miles per gallon': 'mpg', 'miles to the gallon': 'mpg',
  pascal: 'Pa', pascals: 'Pa', hectopascal: 'hPa', hectopascals: 'hPa', kilopascal: 'kPa', kilopascals: 'kPa',
  megapascal: 'MPa', megapascals: 'MPa', gigapascal: 'GPa', gigapascals: 'GPa', millibar: 'mbar', millibars: 'mbar',
  atmosphere: 'atm', atmospheres: 'atm', electronvolt: 'eV', electronvolts: 'eV', 'electron volts': 'eV', 'electron-volts': 'eV',
  joule: 'J', joules: 'J', kilojoule: 'kJ', kilojoules: 'kJ', megajoule: 'MJ', megajoules: 'MJ', newton: 'N', newtons: 'N',
  'newton metres': 'N·m', 'newton-metres': 'N·m', 'newton meters': 'N·m', 'newton-meters': 'N·m', 'newton metre': 'N·m',
  'pound-feet': 'lb·ft', 'pound-foot': 'lb·ft', 'pounds-feet': 'lb·ft', 'foot-pounds': 'lb·ft', 'lb-ft': 'lb·ft', 'lb ft': 'lb·ft',
  centilitre: 'cl', centilitres: 'cl', centiliter: 'cl', centiliters: 'cl', decilitre: 'dl', decilitres: 'dl',
  cup: 'cup', cups: 'cup', tablespoon: 'tbsp', tablespoons: 'tbsp', teaspoon: 'tsp', teaspoons: 'tsp', pint: 'pint', pints: 'pint',
  quart: 'quart', quarts: 'quart', 'fluid ounces': 'fl oz', 'fluid ounce': 'fl oz', 'fl oz': 'fl oz',
  'british thermal units': 'BTU', 'british thermal unit': 'BTU', btu: 'BTU', btus: 'BTU', decibel: 'dB', decibels: 'dB',
  milligray: 'mGy', sievert: 'Sv', sieverts: 'Sv', millisievert: 'mSv', millisieverts: 'mSv', microsievert: 'µSv', microsieverts: 'µSv',
  becquerel: 'Bq', becquerels: 'Bq', exabyte: 'EB', exabytes: 'EB', petabyte: 'PB', petabytes: 'PB', kilobit: 'kbit', kilobits: 'kbit',
  megabit: 'Mbit', megabits: 'Mbit', gigabit: 'Gbit', gigabits: 'Gbit', 'metres per second': 'm/s', 'meters per second': 'm/s',
  'kilometres per second': 'km/s', 'kilometers per second': 'km/s', kiloton: 'kiloton', kilotons: 'kiloton', kilotonne: 'kiloton',
  kilotonnes: 'kiloton', megaton: 'Mt', megatons: 'Mt', megatonne: 'Mt', megatonnes: 'Mt', gigaton: 'Gt', gigatons: 'Gt',
  gigatonne: 'Gt', gigatonnes: 'Gt', kelvin: 'K', kelvins: 'K', 'degrees kelvin': 'K', lumen: 'lm', lumens: 'lm', lux: 'lx',
  'index points': 'point', 'index point': 'point', 'percentage-point': 'pp', 'sq mi': 'sq mi', 'sq. mi.': 'sq mi', 'sq in': 'sq in',
  'square inches': 'sq in', 'square inch': 'sq in', 'cubic kilometres': 'km³', 'cubic kilometers': 'km³', 'cubic kilometre': 'km³',
  'cubic kilometer': 'km³', 'cubic centimetres': 'cm³', 'cubic centimeters': 'cm³', 'cubic centimetre': 'cm³', 'cubic centimeter': 'cm³',
  'cubic inches': 'cubic in', 'cubic yards': 'cubic yard', 'cubic yard': 'cubic yard', 'square yards': 'sq yd', 'square yard': 'sq yd',
  mi: 'mile', 'per mille': '‰', permille: '‰', milliamp: 'mA', milliamps: 'mA', amp: 'A', amps: 'A', ampere: 'A', amperes: 'A',
  ohm: 'Ω', ohms: 'Ω', farad: 'F', farads: 'F', microfarad: 'µF', microfarads: 'µF',
  'megawatt hours': 'MWh', 'megawatt-hours': 'MWh', 'kilowatt hours': 'kWh', 'kilowatt-hours': 'kWh', 'gigawatt hours': 'GWh',
  'gigawatt-hours': 'GWh', 'terawatt hours': 'TWh', 'terawatt-hours': 'TWh', 'watt hours': 'Wh', 'watt-hours': 'Wh', wh: 'Wh',
};

const SQUARE: Record<string, string> = {ft: 'sq ft', mile: 'sq mi', in: 'sq in', yard: 'sq yd'};
const CUBE: Record<string, string> = {ft: 'cubic ft', in: 'cubic in', yard: 'cubic yard'};

/** A unit to a power: "km" and 2 -> "km²"; feet, miles and inches keep their "sq" and "cubic" names. */
export function powerOf(unit: string, power: 2 | 3): string {
  const named = (power === 2 ? SQUARE : CUBE)[unit];
  if (named) return named;
  return unit.endsWith('²') || unit.endsWith('³') ? unit : unit + (power === 2 ? '²' : '³');
}

/** Reads a written power: "^2", "2", "²", "squared", "cubed" -> 2 or 3. */
export function readPower(written: string): 2 | 3 | null {
  const w = written.toLowerCase();
  if (/2|²|squared|square|^sq/u.test(w)) return 2;
  if (/3|³|cubed|cubic|^cu/u.test(w)) return 3;
  return null;
}
