import type {NumericClaim} from '../schema/claim.js';

/** What the claims stage knows about the text around a sentence. */
export interface ClaimContext {
  /** Who speaks in the paragraph when nothing closer says (e.g. its source tag "TASS"). */
  defaultSpeaker?: string | null;
}

export type {NumericClaim};
