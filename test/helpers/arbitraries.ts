/**
 * fast-check generators of the dirty text scrapers produce: real article lines from the
 * fixtures, site chrome, every line-end style, invisible and exotic characters, and plain
 * random unicode (lone surrogates included).
 */
import {readFileSync, readdirSync} from 'node:fs';
import fc from 'fast-check';

const seedDir = new URL('../../fixtures/seeds/', import.meta.url);

/** Non-blank lines of the seed articles (real scraped text: headlines, bylines, body, tags). */
export const fixtureLines: readonly string[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(new URL(f, seedDir), 'utf8').split(/\r\n|\r|\n/))
  .filter((l) => l.trim());

/** The seed articles whole. */
export const fixtureTexts: readonly string[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), 'utf8'));

/** Lines every scraped page carries around the article (hand-written). */
export const chromeLines: readonly string[] = [
  'Menu', 'Home', 'Share this article', 'Share on Facebook', 'Tweet', 'Email', 'Print', 'Advertisement',
  'Skip to main content', 'Sign up for our newsletter', 'Subscribe now', 'Accept all cookies',
  'We use cookies to improve your experience. Read our cookie policy.', '© 2025 Example Media. All rights reserved',
  'Read more: Exports rose sharply in the second quarter', 'Previous Article', 'Next Article', 'Related stories',
  'By Jane Doe and John Smith', 'By Staff Reporter | May 8, 2025, 10:15 GMT', 'August 14, 2025', '14 Aug 2025 12:30',
  'Photo: Reuters', 'The minister at the summit. / gov.example', 'Photograph: Jane Doe/Getty Images', '[TASS]', '(AP)',
  'MOSCOW, May 8 (Reuters) -', 'Comments (12)', 'Loading...', 'Continue reading', 'Listen to this article',
  'Follow us on Telegram [https://t.me/example]', '[Read the report](https://example.com/report)', 'Tags: economy, trade',
  '"We will grow trade by 20%," the minister said.', 'Trade turnover rose 16% to $1.3bn in 2024, up from about 900 million.',
];

/** Characters scrapers leave in text that are easy to get wrong. */
export const exoticPieces: readonly string[] = [
  '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\t', '\v', '\f', '\u3000', '\u2009', '\u202f',
  '\u2028', '\u2029', '\u0085', '\u200e', '\u200f', '\u202e', // line/paragraph separators, bidi marks
  'مرحبا بالعالم', 'שלום עולם', '\u202bעברית\u202c', // right-to-left text
  '😀', '👍🏽', '👨‍👩‍👧', '🇷🇺', '1️⃣', // emoji: astral, modifiers, ZWJ sequences, flags, keycaps
  'e\u0301', 'a\u0308\u0323', '\u0301', 'Z̸̢͎̈́', // combining marks, a mark with no base
  '\ud800', '\udfff', '\udbff', // lone surrogates
  '\u0000', '\u0007', '\u001b[31m', '\ufffd', '\uffff', // control characters, replacement, non-character
  '“', '”', '«', '»', '„', '’', '"', "'", '[', ']', '(', ')', '$', '€', '£', '₽', '%', '…', '—', '-', '/', '|',
  '1,000', '2.5', '16%', '$1.3bn', '2025', '٣٤٥', '१२३', '１２３', // digits of other scripts, fullwidth
];

/** A line end in any of the styles scraped text uses (blank lines included). */
export const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029', '\n \n', '\n\t\n');

/** Any UTF-16 string, unpaired surrogates included. */
export const anyUnicode = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((c) => String.fromCharCode(c)), maxLength: 200}),
);

/** A line made of pieces: words, exotic characters, numbers, punctuation. */
export const messyLine = fc
  .array(fc.oneof(fc.constantFrom(...exoticPieces), fc.constantFrom(...fixtureLines), fc.string({maxLength: 12}), fc.constantFrom(' ', ' ', 'the', 'Minister', 'said')), {maxLength: 12})
  .map((parts) => parts.join(''));

/** Insert exotic characters at random places of a text. */
export function sprinkle(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat({max: Math.max(0, text.length)}), fc.constantFrom(...exoticPieces)), {maxLength: 8})
    .map((inserts) => {
      let out = text;
      for (const [at, piece] of inserts.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + piece + out.slice(at);
      return out;
    });
}

/** A page: real article lines (shuffled subsets), chrome lines and messy lines, joined by random line ends. */
export const pageText = fc
  .tuple(
    fc.shuffledSubarray([...fixtureLines], {maxLength: 20}),
    fc.array(fc.constantFrom(...chromeLines), {maxLength: 8}),
    fc.array(messyLine, {maxLength: 3}),
    fc.array(fc.nat(), {minLength: 40, maxLength: 40}),
    fc.array(lineEnd, {minLength: 40, maxLength: 40}),
    fc.boolean(),
  )
  .map(([body, chrome, messy, order, ends, bom]) => {
    const lines = [...body];
    // inject chrome and messy lines at pseudo-random places, keeping the body's own order
    for (const [k, extra] of [...chrome, ...messy].entries()) lines.splice(order[k]! % (lines.length + 1), 0, extra);
    return (bom ? '\ufeff' : '') + lines.map((l, i) => l + ends[i % ends.length]!).join('');
  });

/** A seed article whole, with its lines' ends rewritten and exotic characters sprinkled in. */
export const dirtySeed = fc
  .tuple(fc.constantFrom(...fixtureTexts), lineEnd)
  .chain(([text, end]) => sprinkle(text.replace(/\n/g, end)));

/** Any input at all: random unicode, messy lines, pages, dirty seeds. */
export const anyInput = fc.oneof(
  {arbitrary: anyUnicode, weight: 2},
  {arbitrary: messyLine, weight: 1},
  {arbitrary: pageText, weight: 4},
  {arbitrary: dirtySeed, weight: 2},
);

/** A text whose lines end in LF only (for comparing with its CRLF and CR versions). */
export const lfText = fc
  .oneof(pageText, fc.constantFrom(...fixtureTexts), fc.array(messyLine, {maxLength: 6}).map((l) => l.join('\n')))
  .map((s) => s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'));

/** Number-like text: huge and tiny numbers, separators, scales, currencies, ranges, percents. */
export const numberish = fc
  .tuple(
    fc.constantFrom('', '$', '€', '£', '₽', '¥', 'US$', 'about ', 'more than ', 'nearly ', 'between ', '-', '+', '~'),
    fc.oneof(
      fc.stringMatching(/^\d{1,3}(?:,\d{3}){0,8}(?:\.\d{1,4})?$/),
      fc.stringMatching(/^\d{1,400}$/),
      fc.double({noNaN: false}).map(String),
      fc.constantFrom('0', '0.0', '1e309', '.5', '5.', '1,2,3', '12,34', '1.2.3', '٣٤٥', '１２３', 'five', 'a dozen', 'half'),
    ),
    fc.constantFrom('', ' ', '%', ' percent', ' per cent', 'bn', ' billion', ' million', 'k', 'm', ' trillion trillion', ' km', ' tonnes', ' years', 'th', ' to 7 million', '-7', '/10', ':1'),
    fc.constantFrom('', '.', ',', ' in 2024.', ' rose', ' fell by 3%', '"', ' [TASS]'),
  )
  .map((parts) => parts.join(''));

/** Sentences full of numbers, in messy surroundings. */
export const numericText = fc
  .array(fc.oneof(numberish, fc.constantFrom(...fixtureLines), messyLine, fc.constantFrom(' ', ' ', '\n', '\r\n', ' and ', ', up from ')), {maxLength: 16})
  .map((parts) => parts.join(' '));
