import type {BlockRole} from '../schema/article.js';
import type {Segment} from '../blocks/segment.js';
import type {Input} from '../input/index.js';
import type {BylineReadings} from '../readers/byline-readings.js';

/** What every detector may read about one block, computed once. */
export interface BlockFeatures {
  index: number;
  segment: Segment;
  /** The block's text (length-preserving clean-up of the input slice). */
  text: string;
  /** Characters of the text, each run of white space counted as one. */
  chars: number;
  words: number;
  /** Ends with . ! ? (or 。！？) or a closing quote after one. */
  endsSentence: boolean;
  /** Share of words (of 2+ letters) that start with a capital letter. */
  capitalRatio: number;
  /** The text a reader sees: link targets (`[https://...]`, `(url)` of markdown links), bare URLs and a list bullet removed. */
  visible: string;
  visibleChars: number;
  /** Words of the visible text; Chinese and Japanese characters count one word per two. */
  visibleWords: number;
  /** How many link targets the block carries. */
  linkTargets: number;
  /** Link targets per visible word, times three, capped at 1: 1 for a navigation link, about 0.1 for a paragraph with one link. */
  linkDensity: number;
  /** Starts with a list bullet ("* ", "- ", "• ", "1. "). */
  listItem: boolean;
  /** Markdown heading level ("# Title" = 1), 0 when the line is no markdown heading. */
  heading: number;
  /** Every cased letter is upper case (html-to-text writes headings so), with at least two words. */
  allCaps: boolean;
  /** Sentence ends inside the visible text (". " before a capital, "。", "! ", "? "). */
  sentences: number;
  /** Commas (and "、", "，"), a mark of running prose. */
  commas: number;
  /** Mostly Chinese or Japanese script. */
  cjk: boolean;
  /**
   * A hash of the block's key (its visible text lower-cased, letters and digits only, single
   * spaces: see roles/block-key.ts), 0 when the key is empty. Equal keys give equal hashes;
   * `sameKey` and `blockKey` tell and give the keys themselves.
   */
  keySig: number;
  /** How many blocks on the page have the same `key` (1 = unique). */
  repeats: number;
  /** The block right before or after has the same `key` (an image's caption printed once per image size). */
  echoes: boolean;
}

export interface RoleContext {
  input: Input;
  blocks: readonly BlockFeatures[];
  /** Where the text was scraped from, when known (its slug is a hint for the headline). */
  url?: string;
  /** Each block's byline reading, read once per page (the byline field reads the same ones). */
  bylineAt: BylineReadings;
  /** The article's language (ISO 639-1), null when unsure. */
  language?: string | null;
  /** Set only when the caller asked for an explanation (`explain: true`): refiners report the candidates they weighed. */
  trace?: RoleTrace;
}

/**
 * What the roles stage reports when asked to explain itself. Absent by default: the stage
 * then does no extra work at all.
 */
export interface RoleTrace {
  /** A refiner weighed block `index` as a candidate for `role`, with this score and why. */
  candidate(refiner: string, role: BlockRole, index: number, score: number, why: string): void;
  /** A refiner ran: the assignments before and after it. */
  refined(refiner: string, before: readonly Assignment[], after: readonly Assignment[]): void;
}

/** A detector's vote: this block may be `role`, with a score in 0..1 and a reason. */
export interface Proposal {
  role: BlockRole;
  score: number;
  reason: string;
  detector: string;
}

/** One role rule: proposes a role for a block, or nothing. Pure. */
export interface Detector {
  name: string;
  propose(block: BlockFeatures, ctx: RoleContext): Proposal | null;
}

/** The role a block has now, with every proposal made for it. */
export interface Assignment {
  role: BlockRole;
  score: number;
  reason: string;
  proposals: Proposal[];
}

/** Resolves roles with the whole page in view. Returns a new array; never mutates its input. */
export interface Refiner {
  name: string;
  refine(assignments: readonly Assignment[], ctx: RoleContext): Assignment[];
}
