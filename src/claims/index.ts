import type {Root} from 'nlcst';
import {toString} from 'nlcst-to-string';
import type {NumericClaim} from '../schema/claim.js';
import {parsedSentences, sentencesOfTree, type ParsedSentence} from '../nlp/processor.js';
import type {Candidate, ClaimContext, Numeral} from './types.js';
import type {Scope} from './scope.js';
import {candidate, type Form} from './form.js';
import {digitNumerals, HAS_DIGIT_OR_FRACTION} from './digits.js';
import {NUMBER_WORD_LIST, wordNumerals} from './number-words.js';
import {ORDINAL_WORDS} from './lexicon.js';
import {money} from './money.js';
import {percent} from './percent.js';
import {durations} from './durations.js';
import {quantities} from './quantities.js';
import {ratios} from './ratios.js';
import {ordinals} from './ordinals.js';
import {dropNotClaims} from './refine-drop-not-claims.js';
import {localeOf} from './locale.js';
import {mergeRanges} from './refine-merge-ranges.js';
import {attachBound} from './refine-bound.js';
import {attachChange} from './refine-change.js';
import {attachSubject} from './refine-subject.js';
import {attachSpeaker} from './refine-speaker.js';

export type {ClaimContext, QuoteSpan} from './types.js';

/**
 * Numeral recognisers: each finds numbers written one way, with what is glued to them.
 * - digits: "90,000", "$9.3bn", "US$55m", "Rs 500 crore" (currency before, scale after)
 * - number words: "two billion", "a dozen", "half a million", "a third", "twice", "millions of"
 */
const NUMERALS = [digitNumerals, wordNumerals];

/**
 * Form recognisers, in order; the first that reads the words after a numeral wins.
 * - money first: "5 million rubles" must not become a count of rubles, and "$" beats all
 * - percent before quantities: "16 points" is a quantity, "16 percentage points" a percent
 * - durations before quantities: "5 min" is minutes, and ages ("15-year-old") are durations
 * - quantities: units and temperatures
 * - ratios last: "one in five", "6.5 times", fractions; anything left is a count
 */
const FORMS: [string, Form][] = [['money', money], ['percent', percent], ['durations', durations], ['quantities', quantities], ['ratios', ratios]];

/**
 * Refiners, in order, each with the sentence's candidates in view:
 * 1. dropNotClaims: first, so dates, years, times and identifiers never join a range
 * 2. mergeRanges: "5-7%", "between 5 and 7 million"; before bounds, so "about $920 to $1730"
 *    qualifies the whole range
 * 3. attachBound: qualifiers right before the (merged) claim join its words
 * 4. attachChange: reads the words before the claim, after its qualifier ("rose more than 5%")
 * 5. attachSubject: needs the final span
 * 6. attachSpeaker: last; quotes and attributions are about whole claims
 */

/**
 * The numeric claims of a text. A text with no digit and no number word holds none, and is
 * not parsed at all (a third of a page's paragraphs or more; the retext parse of the rest
 * is most of the cost of finding claims; see `mayHoldClaim`). A long text is parsed in pieces
 * (see MAX_PIECE), and each piece's sentences are read where they lie in the text.
 */
export function claimsOfText(text: string, offset = 0, ctx: ClaimContext = {}): NumericClaim[] {
  if (!mayHoldClaim(text)) return [];
  return claimsOfSentences(parsedSentences(text), offset, ctx, text);
}

/**
 * The numeric claims of a parsed text. `offset` is where the text sits in the caller's
 * input, so spans come out as offsets into that input. The tree may be of a piece of the
 * text: `treeAt` is where that piece starts in `text`.
 */
export function claimsFromTree(tree: Root, offset = 0, ctx: ClaimContext = {}, text?: string, treeAt = 0): NumericClaim[] {
  return claimsOfSentences(sentencesOfTree(tree, treeAt), offset, ctx, text ?? toString(tree));
}

/**
 * Longest `sentence` a claim carries. A real sentence is far shorter; a run of text with no
 * sentence end (a table flattened to one line, a list of figures) can be a whole paragraph,
 * and each of its claims would carry all of it: output a thousand times the input.
 */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * The claim's sentence, or, past MAX_SENTENCE_CHARS, the part of it around the claim (`start`
 * to `end`, offsets into `sentence`), cut at spaces: always a piece of the input that holds
 * the claim's text.
 */
export function sentenceAround(sentence: string, start: number, end: number): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  // about as much before the claim as after it, MAX_SENTENCE_CHARS in all
  const room = Math.max(0, MAX_SENTENCE_CHARS - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(sentence.length, Math.max(end, from + MAX_SENTENCE_CHARS));
  from = Math.max(0, Math.min(from, to - MAX_SENTENCE_CHARS));
  // whole words at both ends, where a space lies between the cut and the claim
  const space = from > 0 ? sentence.indexOf(' ', from) : -1;
  if (space >= 0 && space < start) from = space + 1;
  const back = to < sentence.length ? sentence.lastIndexOf(' ', to) : -1;
  if (back >= end) to = back;
  return sentence.slice(from, to).trim();
}

/** The numeric claims of the sentences of `full` (offsets into `full`). */
function claimsOfSentences(sentences: readonly ParsedSentence[], offset: number, ctx: ClaimContext, full: string): NumericClaim[] {
  const out: NumericClaim[] = [];
  const locale = localeOf(ctx.language);
  // only the quotes that touch this text can hold its claims
  const quotes = ctx.quotes?.filter((q) => q.span.end > offset && q.span.start < offset + full.length);
  if (ctx.quotes) ctx = {...ctx, quotes};
  for (const sentence of sentences) {
    if (ctx.limit !== undefined && out.length >= ctx.limit) break;
    const text = full.slice(sentence.start, sentence.end);
    if (!mayHoldClaim(text)) continue;
    const scope: Scope = {text, base: sentence.start, full, words: sentence.words, locale};
    for (const c of claimsOfSentence(scope, ctx, offset)) {
      // a number past Number.MAX_VALUE once scaled ("$9…9 trillion") is no value a schema accepts
      if (!Number.isFinite(c.value) || (c.upper !== undefined && !Number.isFinite(c.upper))) continue;
      const start = offset + scope.base + c.start;
      const end = offset + scope.base + c.end;
      const claim: NumericClaim = {
        text: scope.text.slice(c.start, c.end),
        span: {start, end},
        kind: c.kind,
        value: c.value,
        unit: c.unit,
        bound: c.bound,
        change: c.change,
        subject: c.subject,
        sentence: sentenceAround(scope.text, c.start, c.end),
        speaker: c.speaker,
      };
      if (c.upper !== undefined) claim.upper = c.upper;
      out.push(claim);
    }
  }
  return out;
}

/**
 * A cheap first look: a text with no digit and no number word has no claim (the digit test
 * first: it answers most sentences, and much faster than the word list).
 */
export const mayHoldNumber = (text: string) =>
  HAS_DIGIT.test(text) || NUMBER_WORD.test(text) || (FOLDS_TO_ASCII.test(text) && NUMBER_WORD_FOLDED.test(text));
const HAS_DIGIT = HAS_DIGIT_OR_FRACTION;
// Every word a claim without digits starts at: the words the number-word reader starts a
// number at ("a" and "an" count only before one of the others) and the ordinals of "ninth-
// largest". A prefix test (no \b after), so only the shortest of words that start alike is
// written: "four" answers "fourteen" and "fourths", "six" "sixty". Written by hand, the list
// had missed "ninth", "twelfth", "twentieth" and the other tens' ordinals. "zero" stays out,
// as it was: the reader takes "ground zero" and "zero in" for numbers (see docs/benchmarks.md).
const NUMBER_WORD_STARTS = shortestPrefixes([...NUMBER_WORD_LIST.filter((w) => w !== 'a' && w !== 'an' && w !== 'zero'), ...Object.keys(ORDINAL_WORDS)]);
// No `u` flag: with it, /i folds "ſ" onto "s" and reads the test five times slower over a
// paragraph with no digit. The word reader looks words up lower-cased, which "ſ" does not
// change; the ordinals' pattern has the `u` flag and does fold it (and the Kelvin sign onto
// "k"): a text with either is also tested with `u`.
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORD_STARTS.join('|')})`, 'i');
const NUMBER_WORD_FOLDED = new RegExp(NUMBER_WORD.source, 'iu');
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * `mayHoldNumber`, narrowed by a necessary condition of a claim without digits: the claims
 * stage's gate. Such a claim starts at a word, or a part of a hyphenated word ("twenty-five"),
 * that is one of the reader's number words (not "a" or "an": they count only before another)
 * or an ordinal ("third-largest"), whole. retext ends a word only where a non-letter follows,
 * so that word stands in the text with no ASCII letter on either side: "tend", "tenure",
 * "oneself" and "firstly" pass `mayHoldNumber`'s prefix test, not this one. Only narrowed
 * where no character folds to an ASCII letter (as "ſ" and the Kelvin sign do): there the
 * test is `mayHoldNumber`'s. A text this rejects would have given no claim, and it passes
 * nothing `mayHoldNumber` rejects, so the claims are the same; it is not parsed.
 */
export const mayHoldClaim = (text: string) =>
  HAS_DIGIT.test(text) || (NUMBER_WORD.test(text) && (WHOLE_NUMBER_WORD.test(text) || FOLDS_TO_ASCII.test(text))) || (FOLDS_TO_ASCII.test(text) && NUMBER_WORD_FOLDED.test(text));
const WHOLE_NUMBER_WORD = new RegExp(`(?<![a-z])(?:${[...new Set([...NUMBER_WORD_LIST.filter((w) => w !== 'a' && w !== 'an'), ...Object.keys(ORDINAL_WORDS)])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')})(?![a-z])`, 'i');

/** The words (lower case) that no other word of the list starts, longest first. */
function shortestPrefixes(words: readonly string[]): string[] {
  const sorted = [...new Set(words)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const w of sorted) if (!kept.some((k) => w.startsWith(k))) kept.push(w);
  return kept.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Recognise, classify and refine the claims of one sentence. */
export function claimsOfSentence(scope: Scope, ctx: ClaimContext = {}, offset = 0): Candidate[] {
  const numerals = nonOverlapping(NUMERALS.flatMap((recognise) => recognise(scope)));
  const consumed = new Set<Numeral>();
  let cands: (Candidate & {notClaim?: string})[] = [];
  for (const n of numerals) {
    if (consumed.has(n)) continue;
    let made: (Candidate & {notClaim?: string}) | null = null;
    for (const [name, form] of FORMS) {
      const m = form(n, scope, numerals);
      if (!m) continue;
      for (const x of m.consumed ?? []) consumed.add(x);
      made = candidate(n, m, name);
      break;
    }
    cands.push(made ?? candidate(n, {end: n.end, kind: 'count', unit: null}, 'counts'));
  }
  cands.push(...ordinals(scope));
  cands = nonOverlapping(cands.filter((c) => !consumed.has(c.numeral)));
  let refined: Candidate[] = dropNotClaims(cands, scope);
  refined = mergeRanges(refined, scope);
  refined = attachBound(refined, scope);
  refined = attachChange(refined, scope);
  refined = attachSubject(refined, scope);
  refined = attachSpeaker(refined, scope, ctx, offset);
  return refined;
}

/** Sorted by start; where two overlap, the longer (then the earlier) stays. */
function nonOverlapping<T extends {start: number; end: number}>(xs: T[]): T[] {
  const sorted = [...xs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x.start < last.end) {
      if (x.end - x.start > last.end - last.start) out[out.length - 1] = x;
      continue;
    }
    out.push(x);
  }
  return out;
}
