import type {RoledBlock} from '../roles/index.js';
import type {Input} from '../input/index.js';
import type {BylineReadings} from '../readers/byline-readings.js';

/** What every field extractor reads: the input and the blocks with their roles. */
export interface FieldContext {
  input: Input;
  blocks: readonly RoledBlock[];
  /** Resolves year-less dates. */
  referenceDate?: Date;
  url?: string;
  /** The page's byline readings, shared with the roles stage (read anew when absent). */
  bylineAt?: BylineReadings;
  /** The article's language (ISO 639-1), null when unsure: dates and bylines are read by it. */
  language?: string | null;
  /** Set only with `explain: true`: extractors report the candidates they weighed. */
  trace?: FieldTrace;
}

/** Where field extractors report candidates when the caller asked for an explanation. */
export interface FieldTrace {
  /** Block `index` was weighed for `field` with this score, for this reason. */
  candidate(field: 'byline' | 'publishedAt', index: number, score: number, why: string): void;
}
