import {z} from 'zod';

/** UTF-16 offsets into the exact input string: `input.slice(start, end)`. */
export const SpanSchema = z
  .object({
    /** Offset of the first UTF-16 code unit. */
    start: z.number().int().nonnegative().describe('Offset of the first UTF-16 code unit'),
    /** Offset just past the last UTF-16 code unit (start <= end). */
    end: z.number().int().nonnegative().describe('Offset just past the last UTF-16 code unit (start <= end)'),
  })
  .refine((s) => s.start <= s.end, {message: 'span.start must not be after span.end'})
  .describe('UTF-16 offsets into the exact input string: input.slice(start, end)');
export type Span = z.infer<typeof SpanSchema>;
