import type {Root} from 'nlcst';
import type {NumericClaim} from '../schema/claim.js';
import {sentencesOf} from '../nlp/processor.js';
import {digitClaims} from './digits.js';
import type {ClaimContext} from './types.js';

export type {ClaimContext} from './types.js';

/**
 * The numeric claims of a parsed text. `offset` is where the text sits in the caller's
 * input, so spans come out as offsets into that input.
 */
export function claimsFromTree(tree: Root, offset = 0, ctx: ClaimContext = {}): NumericClaim[] {
  const out: NumericClaim[] = [];
  for (const sentence of sentencesOf(tree, offset)) out.push(...digitClaims(sentence, ctx));
  return out;
}
