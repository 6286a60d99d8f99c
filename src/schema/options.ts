import {z} from 'zod';

export const FormatSchema = z.enum(['auto', 'text', 'markdown', 'html']);
export type Format = z.infer<typeof FormatSchema>;

/** Options of `extractNumericClaims`. Unknown keys are an error (`INVALID_OPTIONS`). */
export const ExtractOptionsSchema = z.strictObject({
  /** Largest input accepted, in UTF-16 code units (default 5,000,000). */
  maxInputLength: z.number().int().positive().optional(),
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
  /** A present field whose confidence is below this gets a LOW_CONFIDENCE warning naming it (default 0.5; 0 turns the warnings off). */
  minConfidence: z.number().min(0).max(1).optional(),
});
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
