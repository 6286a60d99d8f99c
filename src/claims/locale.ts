/**
 * How numbers are written in the languages the claims stage reads: which mark is the decimal
 * one, and the scale words after a number ("Milliarden", "millions", "millones", "bilhões",
 * "miliardi", "miljard"). Data, and the one function that picks the reading for a language.
 *
 * English writes "1,234.5"; German, French, Spanish, Portuguese, Italian and Dutch (and the
 * others listed) write "1.234,5". With no language given, or English, a comma that can only
 * be a decimal one ("1.234,5") is read as one, and a comma that is no thousands separator
 * ("2,3 %", "11,5") gives no claim: a wrong value is worse than none.
 */

/** Languages (ISO 639-1) that write a decimal comma. */
const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'nn', 'no', 'fi', 'tr', 'id',
  'ro', 'hu', 'uk', 'bg', 'hr', 'sl', 'sr', 'el', 'ca', 'gl', 'eu', 'lt', 'lv', 'et', 'vi']);

/**
 * Scale words after a number, by language, lower case. Where a word means one thing in every
 * language that writes it, it is also in `ANY` and read with no language given; "billion"
 * (1e12 in German, French and Dutch, 1e9 in English) and "mil" (a thousand in Spanish and
 * Portuguese) are read only where the language says which.
 */
const SCALES: Record<string, Record<string, number>> = {
  de: {tausend: 1e3, tsd: 1e3, 'tsd.': 1e3, million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9,
    mrd: 1e9, 'mrd.': 1e9, billion: 1e12, billionen: 1e12, bio: 1e12, 'bio.': 1e12},
  fr: {mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, billion: 1e12, billions: 1e12},
  es: {mil: 1e3, 'millón': 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, 'millardo': 1e9, millardos: 1e9, 'billón': 1e12,
    billon: 1e12, billones: 1e12},
  pt: {mil: 1e3, 'milhão': 1e6, milhao: 1e6, 'milhões': 1e6, milhoes: 1e6, 'mil milhões': 1e9, 'bilhão': 1e9, bilhao: 1e9,
    'bilhões': 1e9, bilhoes: 1e9, 'bilião': 1e12, 'biliões': 1e12},
  it: {mila: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9, bilione: 1e12, bilioni: 1e12},
  nl: {duizend: 1e3, miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, biljoen: 1e12},
};
/** Words no language reads another way. */
const AMBIGUOUS = new Set(['billion', 'billions', 'mil', 'mille', 'md', 'mds', 'mrd', 'mrd.', 'mln', 'mld', 'bio', 'bio.', 'million', 'tsd', 'tsd.']);
const ANY: Record<string, number> = {};
for (const table of Object.values(SCALES)) for (const [w, v] of Object.entries(table)) if (!AMBIGUOUS.has(w)) ANY[w] = v;

/** Every scale word of every language, for the one pattern that finds them. */
export const FOREIGN_SCALE_WORDS: readonly string[] = [...new Set(Object.values(SCALES).flatMap((t) => Object.keys(t)))];

/** How a text's numbers are read. */
export interface NumberLocale {
  /** The language says the comma is the decimal mark ("2,3" is 2.3). */
  decimalComma: boolean;
  /** No language was given (then, as in English, a comma that could be either mark gives no claim). */
  unknown: boolean;
  /** Scale words after a number, lower case, beyond English. */
  scales: Readonly<Record<string, number>>;
}

const ENGLISH: NumberLocale = {decimalComma: false, unknown: false, scales: {}};
const UNKNOWN: NumberLocale = {decimalComma: false, unknown: true, scales: ANY};
const cache = new Map<string, NumberLocale>();

/** The reading for a language tag ("de", "pt-BR", "fr_CA"); none or an empty one is unknown. */
export function localeOf(language: string | null | undefined): NumberLocale {
  if (!language) return UNKNOWN;
  const code = language.toLowerCase().split(/[-_]/u)[0]!;
  if (code === 'en') return ENGLISH;
  let hit = cache.get(code);
  if (!hit) {
    hit = {decimalComma: DECIMAL_COMMA.has(code), unknown: false, scales: {...ANY, ...SCALES[code]}};
    cache.set(code, hit);
  }
  return hit;
}
