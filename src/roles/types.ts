import type {BlockRole} from '../schema/article.js';
import type {Segment} from '../blocks/segment.js';
import type {Input} from '../input/index.js';

/** What every detector may read about one block, computed once. */
export interface BlockFeatures {
  index: number;
  segment: Segment;
  /** The block's text (length-preserving clean-up of the input slice). */
  text: string;
  chars: number;
  words: number;
  /** Ends with . ! ? or a closing quote after one. */
  endsSentence: boolean;
  /** Share of words (of 2+ letters) that start with a capital letter. */
  capitalRatio: number;
}

export interface RoleContext {
  input: Input;
  blocks: readonly BlockFeatures[];
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
