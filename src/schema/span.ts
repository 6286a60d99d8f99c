import {z} from 'zod';

/** UTF-16 offsets into the exact input string: `input.slice(start, end)`. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, {message: 'span.start must not be after span.end'})
  .describe('UTF-16 offsets into the exact input string');
export type Span = z.infer<typeof SpanSchema>;
