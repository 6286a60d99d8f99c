import {z} from 'zod';
import {SpanSchema} from './span.js';

export const ClaimKindSchema = z.enum([
  'money', 'percent', 'count', 'quantity', 'duration', 'ordinal', 'ratio', 'range',
]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const BoundSchema = z.enum(['exact', 'approximate', 'lower', 'upper']);
export type Bound = z.infer<typeof BoundSchema>;

export const ChangeSchema = z.enum(['increase', 'decrease']).nullable();
export type Change = z.infer<typeof ChangeSchema>;

/** One number a text states, typed, scaled and qualified. */
export const NumericClaimSchema = z.object({
  /** The matched words, e.g. "$9.3bn", "around 90,000", "nearly five years". */
  text: z.string(),
  span: SpanSchema,
  kind: ClaimKindSchema,
  /** Fully scaled: "$9.3bn" -> 9300000000, "16%" -> 16. */
  value: z.number(),
  /** For ranges: "between 5 and 7 million" -> value 5e6, upper 7e6. */
  upper: z.number().optional(),
  /** ISO 4217 for money, "%" for percent, a singular unit for quantity and duration. */
  unit: z.string().nullable(),
  bound: BoundSchema,
  change: ChangeSchema,
  /** What is counted or measured, when the sentence says. */
  subject: z.string().nullable(),
  /** The sentence that makes the claim. */
  sentence: z.string(),
  /** Who made the claim, when quoted or attributed. */
  speaker: z.string().nullable(),
  /** The calibrated chance this is a numeric claim the text states, read right (docs/confidence.md). */
  confidence: z.number().min(0).max(1).optional(),
});
export type NumericClaim = z.infer<typeof NumericClaimSchema>;
