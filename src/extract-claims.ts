import type {NumericClaim} from './schema/claim.js';
import type {ExtractOptions} from './schema/options.js';
import {assertText, DEFAULT_MAX_INPUT_LENGTH} from './input/validate.js';
import {claimsOfText} from './claims/index.js';
import {checkExtractOptions} from './options.js';
import {withClaimConfidence} from './confidence/index.js';

/**
 * The numeric claims a text states. Synchronous and pure; spans are offsets into `text`.
 * Empty or whitespace-only text has no claims; text that is not a string, or is too large,
 * throws `NewsparseError`.
 */
export function extractNumericClaims(text: string, options?: ExtractOptions): NumericClaim[] {
  const opts = checkExtractOptions(options);
  const source = assertText(text, opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH, {allowEmpty: true});
  if (!/\S/.test(source)) return [];
  return withClaimConfidence(claimsOfText(source, 0, {language: opts.language ?? null}));
}
