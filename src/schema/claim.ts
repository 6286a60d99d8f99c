import {z} from 'zod';
import {SpanSchema} from './span.js';

/** What a numeric claim states. */
export const ClaimKindSchema = z
  .enum(['money', 'percent', 'count', 'quantity', 'duration', 'ordinal', 'ratio', 'range'])
  .describe('What the claim states: money, percent, count, quantity, duration, ordinal, ratio or range');
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

/** How the text qualifies the number: exact, "around", "more than", "nearly". */
export const BoundSchema = z
  .enum(['exact', 'approximate', 'lower', 'upper'])
  .describe('How the text qualifies the number: exact, approximate ("around"), lower ("more than") or upper ("nearly")');
export type Bound = z.infer<typeof BoundSchema>;

/** The change the sentence reports: "rose 16%" is an increase. */
export const ChangeSchema = z
  .enum(['increase', 'decrease'])
  .nullable()
  .describe('The change the sentence reports ("rose 16%" is an increase), or null');
export type Change = z.infer<typeof ChangeSchema>;

/** One number a text states, typed, scaled and qualified. */
export const NumericClaimSchema = z
  .object({
    /** The matched words, e.g. "$9.3bn", "around 90,000", "nearly five years". */
    text: z.string().describe('The matched words, e.g. "$9.3bn" or "nearly five years"'),
    /** Where the words are in the input. */
    span: SpanSchema,
    /** What the claim states. */
    kind: ClaimKindSchema,
    /** Fully scaled: "$9.3bn" -> 9300000000, "16%" -> 16. */
    value: z.number().describe('The number, fully scaled: "$9.3bn" is 9300000000, "16%" is 16; a range\'s first bound'),
    /** For ranges: "between 5 and 7 million" -> value 5e6, upper 7e6. */
    upper: z.number().optional().describe("A range's second bound"),
    /** ISO 4217 for money, "%" for percent, a singular unit for quantity and duration. */
    unit: z.string().nullable().describe('ISO 4217 code for money, "%" for percent, a singular unit for quantity and duration, else null'),
    /** How the text qualifies the number. */
    bound: BoundSchema,
    /** The change the sentence reports, or null. */
    change: ChangeSchema,
    /** What is counted or measured, when the sentence says. */
    subject: z.string().nullable().describe('What is counted or measured, when the sentence says; else null'),
    /** The sentence that makes the claim. */
    sentence: z.string().describe('The sentence that makes the claim'),
    /** Who made the claim, when quoted or attributed. */
    speaker: z.string().nullable().describe('Who made the claim, when quoted or attributed; else null'),
    /** The calibrated chance this is a numeric claim the text states, read right (docs/confidence.md). */
    confidence: z.number().min(0).max(1).optional().describe('The calibrated chance this is a numeric claim the text states, read right'),
  })
  .describe('One number a text states, typed, scaled and qualified');
export type NumericClaim = z.infer<typeof NumericClaimSchema>;
