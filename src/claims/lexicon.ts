/**
 * The words the claims stage knows: number words, scale words, currencies and units.
 * Data only; every recogniser compiles its patterns from these tables once, at module load.
 */

/** Escape a literal for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * An alternation of literals, longest first (so that "km/h" is tried before "km"), for a
 * regex with `flags`, written as a trie: "kg|km|km/h" becomes "k(?:m(?:\/h|)|g)".
 *
 * Why: V8 compiles a flat alternation of a few hundred words (with `i` and `u`) to hundreds of
 * kilobytes of machine code (the units, 1.2 MB), and tries every word in turn at each place it
 * runs, reading code spread over all of it: cold, that cost more than the whole of some
 * pages' claims. As a trie, a match reads only the branch of the letters it meets.
 *
 * The trie matches what the flat alternation matches, in the same order, so the regex around
 * it finds the same match. Of the words that match at a place, the flat alternation tries the
 * longest first; the trie tries a node's longer words (its branches) before the node's own
 * word (the empty alternative, last). Two branches never both match unless their first
 * characters are the same to the regex (`i` folds case): such branches are written as one,
 * their words flat and in order, with the equality decided by the regex engine itself.
 */
export function alternation(words: Iterable<string>, flags: string): string {
  // without `u`, V8 folds case for some characters (the Kelvin sign) one way in a flat
  // alternation and another in a trie: case-insensitive tries are for Unicode regexes only
  if (flags.includes('i') && !flags.includes('u')) throw new TypeError('alternation: the i flag needs the u flag');
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const root = trieOf(sorted);
  return writeTrie(root, 0, sameToRegex(flags.replace(/[gy]/g, '')));
}

interface TrieNode {
  branches: Map<string, TrieNode>;
  /** A word ends here. */
  end: boolean;
  /** The words through this node, in their order. */
  words: string[][];
}

function trieOf(words: readonly string[]): TrieNode {
  const root: TrieNode = {branches: new Map(), end: false, words: []};
  for (const word of words) {
    const chars = [...word]; // code points: a surrogate pair is never split between branches
    let node = root;
    node.words.push(chars);
    for (const ch of chars) {
      let next = node.branches.get(ch);
      if (!next) node.branches.set(ch, (next = {branches: new Map(), end: false, words: []}));
      node = next;
      node.words.push(chars);
    }
    node.end = true;
  }
  return root;
}

/** Whether a regex with `flags` may match character `a` where the pattern has `b`. */
function sameToRegex(flags: string): (a: string, b: string) => boolean {
  if (!flags.includes('i')) return (a, b) => a === b;
  return (a, b) => {
    if (a === b) return true;
    if (a.length === 1 && b.length === 1 && a.charCodeAt(0) < 0x80 && b.charCodeAt(0) < 0x80) return a.toLowerCase() === b.toLowerCase();
    return new RegExp(`^${escapeRe(a)}$`, flags).test(b);
  };
}

function writeTrie(node: TrieNode, depth: number, same: (a: string, b: string) => boolean): string {
  // branches whose first characters the regex may take for each other, grouped
  const groups: string[][] = [];
  for (const ch of node.branches.keys()) {
    const group = groups.find((g) => g.some((x) => same(x, ch)));
    if (group) group.push(ch);
    else groups.push([ch]);
  }
  const alternatives = groups.map((group) => {
    if (group.length > 1) {
      return node.words.filter((w) => group.includes(w[depth]!)).map((w) => escapeRe(w.slice(depth).join(''))).join('|');
    }
    const ch = group[0]!;
    const rest = writeTrie(node.branches.get(ch)!, depth + 1, same);
    return escapeRe(ch) + (rest === '' ? '' : rest.includes('|') ? `(?:${rest})` : rest);
  });
  if (node.end && alternatives.length) alternatives.push('');
  return alternatives.join('|');
}

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Scale words after a number: "3.9 billion", "$9.3bn", "Rs 500 crore". */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
  crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5, lac: 1e5,
};

/** Vague plurals: "millions of", "dozens of" (a lower bound at the scale). */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Fractions after a number word: "a third", "two-thirds", "three-quarters". */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};

/** Currency signs and prefixes written before the number. Keys are lower-cased. */
export const CURRENCY_PREFIX: Record<string, string> = {
  $: 'USD', 'us$': 'USD', 'u.s.$': 'USD', 'u.s. $': 'USD', 'us $': 'USD', '$us': 'USD', 'usd': 'USD',
  'c$': 'CAD', 'c $': 'CAD', 'ca$': 'CAD', 'cad': 'CAD', 'a$': 'AUD', 'a $': 'AUD', 'au$': 'AUD', 'aud': 'AUD',
  'hk$': 'HKD', 'hk $': 'HKD', 'hkd': 'HKD', 'nz$': 'NZD', 'nzd': 'NZD', 's$': 'SGD', 'sgd': 'SGD', 'r$': 'BRL',
  'mx$': 'MXN', '€': 'EUR', 'eur': 'EUR', '£': 'GBP', 'gbp': 'GBP', '₽': 'RUB', 'rub': 'RUB', '¥': 'JPY',
  'jpy': 'JPY', 'cny': 'CNY', 'rmb': 'CNY', '₹': 'INR', 'rs': 'INR', 'rs.': 'INR', 'inr': 'INR', '₩': 'KRW',
  '₺': 'TRY', '₴': 'UAH', '₦': 'NGN', '₱': 'PHP', '₪': 'ILS', '₸': 'KZT', '₫': 'VND', 'chf': 'CHF', 'kzt': 'KZT',
  'kgs': 'KGS', 'uah': 'UAH', 'sek': 'SEK', 'nok': 'NOK', 'dkk': 'DKK', 'pln': 'PLN', 'zar': 'ZAR', 'try': 'TRY',
  'rm': 'MYR', 'myr': 'MYR', 'rp': 'IDR', 'idr': 'IDR', 'ksh': 'KES', 'kes': 'KES', 'php': 'PHP', 'thb': 'THB', 'krw': 'KRW',
  'brl': 'BRL', 'mxn': 'MXN', 'sar': 'SAR', 'aed': 'AED', 'egp': 'EGP', 'ngn': 'NGN', 'pkr': 'PKR', 'bdt': 'BDT', 'lkr': 'LKR',
  'vnd': 'VND', 'twd': 'TWD', 'huf': 'HUF', 'czk': 'CZK', 'ron': 'RON', 'ils': 'ILS', 'ghs': 'GHS', 'sfr': 'CHF',
  '₿': 'BTC', '฿': 'THB', '₵': 'GHS', '₼': 'AZN', '₾': 'GEL', '₡': 'CRC', '₭': 'LAK',
};

/** ISO 4217 codes written after the amount, in capitals: "5 million USD", "300 EUR". */
export const CURRENCY_CODES_AFTER = [...new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD', 'INR', 'RUB', 'KZT',
  'KGS', 'UAH', 'SEK', 'NOK', 'DKK', 'PLN', 'ZAR', 'TRY', 'MYR', 'IDR', 'KES', 'PHP', 'THB', 'KRW', 'BRL', 'MXN', 'SAR', 'AED', 'EGP',
  'NGN', 'PKR', 'BDT', 'LKR', 'VND', 'TWD', 'HUF', 'CZK', 'RON', 'ILS', 'GHS', 'BTC', 'ARS', 'CLP', 'COP', 'PEN', 'QAR', 'KWD'])];

/** Currency signs written after the number: "100元", "100 ₡". */
export const CURRENCY_SUFFIX_SIGNS: Record<string, string> = {
  '元': 'CNY', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '€': 'EUR', '₽': 'RUB', 'ரூ': 'LKR', '₹': 'INR', '₸': 'KZT',
};

/** Currency names after the number ("5 million rubles", "two billion dollars"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', som: 'KGS', soms: 'KGS', tenge: 'KZT', rupee: 'INR',
  rupees: 'INR', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', rand: 'ZAR', lira: 'TRY', liras: 'TRY',
  hryvnia: 'UAH', hryvnias: 'UAH', shekel: 'ILS', shekels: 'ILS', dirham: 'AED', dirhams: 'AED', riyal: 'SAR',
  riyals: 'SAR', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', zloty: 'PLN', zlotys: 'PLN', krona: 'SEK', kronor: 'SEK',
  krone: 'NOK', kroner: 'NOK', pence: 'GBX', penny: 'GBX', pennies: 'GBX', cent: 'USX', cents: 'USX', sterling: 'GBP',
  'pounds sterling': 'GBP', peseta: 'ESP', pesetas: 'ESP', markka: 'FIM', guilder: 'NLG', guilders: 'NLG',
  bitcoin: 'BTC', bitcoins: 'BTC', naira: 'NGN', dinar: 'KWD', dinars: 'KWD', manat: 'AZN', lari: 'GEL', dram: 'AMD',
  drams: 'AMD', sum: 'UZS', somoni: 'TJS', kip: 'LAK', won: 'KRW',
  // sen: the hundredth of a ringgit (or rupiah), which has no ISO code of its own; the claim keeps the name
  sen: 'sen', reais: 'BRL', taka: 'BDT', forint: 'HUF', forints: 'HUF', koruna: 'CZK', korunas: 'CZK', cedi: 'GHS', cedis: 'GHS',
  kwacha: 'ZMW', shilling: 'KES', shillings: 'KES', 'kenyan shillings': 'KES', dong: 'VND', leu: 'RON', lei: 'RON', yuans: 'CNY',
};

/** Words before a currency name that change which currency it is: "Australian dollars". */
export const CURRENCY_ADJECTIVES: Record<string, Record<string, string>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD',
    singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', taiwanese: 'TWD',
  },
  franc: {swiss: 'CHF', french: 'FRF', cfa: 'XOF'},
  rupee: {indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR'},
  pound: {british: 'GBP', egyptian: 'EGP', lebanese: 'LBP'},
  peso: {mexican: 'MXN', argentine: 'ARS', philippine: 'PHP', colombian: 'COP', chilean: 'CLP'},
  krone: {danish: 'DKK', norwegian: 'NOK'},
};

export const CURRENCY_ADJECTIVE_WORDS = [
  ...new Set(Object.values(CURRENCY_ADJECTIVES).flatMap((m) => Object.keys(m))), 'finnish', 'dutch', 'swedish', 'russian', 'kyrgyz',
];

/** Time units, for durations and ages. */
export const TIME_UNITS: Record<string, string> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second', minute: 'minute', minutes: 'minute',
  min: 'minute', mins: 'minute', hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight', month: 'month', months: 'month',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade', century: 'century',
  centuries: 'century', millennium: 'millennium', millennia: 'millennium',
};

/** Physical units, case-insensitive, with the singular the claim reports. */
export const UNITS: Record<string, string> = {
  km: 'km', kms: 'km', m: 'm', g: 'g', l: 'l', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mile', miles: 'mile', metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetre: 'cm',
  centimetres: 'cm', centimeter: 'cm', centimeters: 'cm', mm: 'mm', millimetre: 'mm', millimetres: 'mm',
  millimeter: 'mm', millimeters: 'mm', dm: 'dm', decimetre: 'dm', decimeter: 'dm', decimetres: 'dm', decimeters: 'dm', micrometre: 'µm', micron: 'µm', microns: 'µm',
  nm: 'nm', nanometre: 'nm', nanometres: 'nm', nanometer: 'nm', nanometers: 'nm', picometer: 'pm', picometre: 'pm',
  foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', inches: 'in', yard: 'yard', yards: 'yard', yd: 'yard', yds: 'yard',
  'nautical mile': 'nmi', 'nautical miles': 'nmi', 'light year': 'light year', 'light years': 'light year', 'light-years': 'light year', 'light-year': 'light year',
  tonne: 'tonne', tonnes: 'tonne', 'metric ton': 'tonne', 'metric tons': 'tonne', 'metric tonnes': 'tonne', ton: 'ton', tons: 'ton',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg',
  gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', mg: 'mg', milligram: 'mg', milligrams: 'mg', microgram: 'µg', micrograms: 'µg',
  microgramme: 'µg', microgrammes: 'µg', 'μg': 'µg', 'µg': 'µg', mcg: 'µg', lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb', ounce: 'oz', ounces: 'oz', oz: 'oz', stone: 'stone',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', ml: 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml',
  gallon: 'gallon', gallons: 'gallon', barrel: 'barrel', barrels: 'barrel', bbl: 'barrel', 'cubic feet': 'cubic ft', 'cubic foot': 'cubic ft',
  'cubic metres': 'm³', 'cubic meters': 'm³', 'cubic metre': 'm³', 'cubic meter': 'm³', bcm: 'bcm', 'm3': 'm³', 'm³': 'm³',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  'square kilometres': 'km²', 'square kilometers': 'km²', 'square kilometre': 'km²', 'square kilometer': 'km²', 'sq km': 'km²', km2: 'km²', 'km²': 'km²',
  'square metres': 'm²', 'square meters': 'm²', 'square metre': 'm²', 'square meter': 'm²', 'sq m': 'm²', m2: 'm²', 'm²': 'm²',
  'square feet': 'sq ft', 'square foot': 'sq ft', 'sq ft': 'sq ft', 'square miles': 'sq mi', 'square mile': 'sq mi',
  mph: 'mph', 'm.p.h.': 'mph', 'miles per hour': 'mph', 'miles an hour': 'mph', 'km/h': 'km/h', kph: 'km/h', kmph: 'km/h', 'km/hr': 'km/h',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h', knot: 'knot', knots: 'knot',
  w: 'W', watt: 'W', watts: 'W', kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'MW', megawatt: 'MW', megawatts: 'MW', gw: 'GW',
  gigawatt: 'GW', gigawatts: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', hp: 'hp', bhp: 'hp', horsepower: 'hp',
  volt: 'V', volts: 'V', kv: 'kV', mah: 'mAh',
  kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB', pb: 'PB', kilobyte: 'KB', kilobytes: 'KB', megabyte: 'MB', megabytes: 'MB',
  gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB', bit: 'bit', bits: 'bit', byte: 'byte', bytes: 'byte',
  mbps: 'Mbps', gbps: 'Gbps', kbps: 'kbps', hz: 'Hz', khz: 'kHz', mhz: 'MHz', ghz: 'GHz',
  calorie: 'kcal', calories: 'kcal', kcal: 'kcal', carat: 'carat', carats: 'carat', storey: 'storey', storeys: 'storey',
  point: 'point', points: 'point', pts: 'point',
};

/** Temperature units (after "degrees", or alone). */
export const TEMPERATURE_UNITS: Record<string, string> = {
  celsius: '°C', celcius: '°C', centigrade: '°C', centigrate: '°C', c: '°C', fahrenheit: '°F', farenheit: '°F', f: '°F', kelvin: 'K',
};

/** Month names and their abbreviations: a number next to one is a date, not a claim. */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
