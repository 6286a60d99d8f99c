import {z} from 'zod';
import {FORMATS} from './names.js';

export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;

/** Options of `extractNumericClaims`. Unknown keys are an error (`INVALID_OPTIONS`). */
export const ExtractOptionsSchema = z.strictObject({
  /** Largest input accepted, in UTF-16 code units (default 5,000,000). */
  maxInputLength: z.number().int().positive().optional(),
  /**
   * The text's language, as a BCP 47 tag or ISO 639-1 code ("de", "pt-BR"): says whether "2,3" is
   * 2.3 (de, fr, es, pt, it, nl, ...) and which scale words mean what ("Billion" is 1e12 in German).
   * Unknown when absent: then a comma that could be either mark gives no claim.
   */
  language: z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/u, 'a language tag such as "de" or "pt-BR"').optional(),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/** Options of `parseArticle`. Unknown keys are an error (`INVALID_OPTIONS`), so a misspelt option is never silently ignored. */
export const ParseOptionsSchema = z.strictObject({
  /** How to read the input; `auto` (the default) tells text, markdown and HTML apart. */
  format: FormatSchema.optional(),
  /** Where the text was scraped from, when known. */
  url: z.string().optional(),
  /** Resolves "May 8" and "yesterday" when the text has no year. */
  referenceDate: z.union([z.date(), z.string()]).optional(),
  /** Largest input accepted, in UTF-16 code units (default 5,000,000). */
  maxInputLength: z.number().int().positive().optional(),
  /** Most blocks kept; the rest are merged into one `other` block and a warning says so (default 50,000). */
  maxBlocks: z.number().int().positive().optional(),
  /** Most numeric claims kept; past it the rest of the body is not read for claims and a warning says so (default 20,000). */
  maxClaims: z.number().int().positive().optional(),
  /** Add `explain`: per field and per block, the detectors, scores and refiners that decided it, and the candidates that lost (default false). */
  explain: z.boolean().optional(),
  /** A present field whose confidence is below this gets a LOW_CONFIDENCE warning naming it (default 0.5; 0 turns the warnings off). */
  minConfidence: z.number().min(0).max(1).optional(),
});
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
