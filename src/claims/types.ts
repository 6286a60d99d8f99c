import type {Bound, Change, ClaimKind, NumericClaim} from '../schema/claim.js';

/** A quoted passage of the article: a claim inside its span is the speaker's. */
export interface QuoteSpan {
  speaker: string | null;
  span: {start: number; end: number};
}

/** What the claims stage knows about the text around a sentence. */
export interface ClaimContext {
  /** Who speaks in the paragraph when nothing closer says (e.g. its source tag "TASS"). */
  defaultSpeaker?: string | null;
  /** Quotes of the article, with spans in the same offsets as the claims. */
  quotes?: readonly QuoteSpan[];
  /** The text's language (ISO 639-1, "de"), which says how its numbers are written; unknown when absent or null. */
  language?: string | null;
  /** Stop once this many claims are found (the caller's budget; none when absent). */
  limit?: number;
}

/**
 * A number as written, before anything around it is read: "3.9", "$9.3bn", "two billion",
 * "a third". Offsets are into the sentence text.
 */
export interface Numeral {
  start: number;
  end: number;
  /** Fully scaled value of what was matched. */
  value: number;
  /** Written in digits (as opposed to words). */
  digits: boolean;
  /** Currency written before the number ("$", "US$", "Rs"), as ISO 4217. */
  currency?: string;
  /** A scale word or suffix was part of the match ("bn", "million"). */
  scaled?: boolean;
  /** The multiplier of that scale (1e9 for "bn"). */
  scale?: number;
  /** "millions of", "dozens of": a lower bound. */
  vague?: boolean;
  /** A fraction or multiplier ("a third", "twice"): a ratio. */
  ratio?: boolean;
  /** The digits had a thousands separator or a decimal point. */
  formatted?: boolean;
  /** Written with a leading minus or plus sign. */
  sign?: -1 | 1;
}

/**
 * A claim while the refiners work on it. `start`/`end` are offsets into the sentence;
 * `implied` lists what was filled in from a neighbour rather than written next to the
 * number (the first bound of "5-7 million" has an implied scale).
 */
export interface Candidate {
  start: number;
  end: number;
  kind: ClaimKind;
  value: number;
  upper?: number;
  unit: string | null;
  bound: Bound;
  change: Change;
  subject: string | null;
  speaker: string | null;
  numeral: Numeral;
  /** Set by the form recognisers: the unit (or currency) was written, not inferred. */
  unitWritten: boolean;
  implied: string[];
  /** Which recogniser proposed it, for debugging and tests. */
  source: string;
}

export type {NumericClaim};
