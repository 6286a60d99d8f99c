import {expect} from 'vitest';
import {extractNumericClaims, type NumericClaim} from '../../src/index.js';

/** The claims of a text, each checked to hold its words inside its span. */
export function claims(text: string): NumericClaim[] {
  const out = extractNumericClaims(text);
  for (const c of out) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  return out;
}

/** The one claim whose words are `words` (fails when there is none). */
export function claimOf(text: string, words: string): NumericClaim {
  const all = claims(text);
  const found = all.find((c) => c.text === words);
  expect(found, `no claim "${words}" in ${JSON.stringify(all.map((c) => c.text))}`).toBeDefined();
  return found!;
}
