import {z} from 'zod';

/** What a block of the input is: every block gets exactly one role. */
export const BlockRoleSchema = z
  .enum(['headline', 'dek', 'byline', 'dateline', 'body', 'caption', 'related', 'boilerplate', 'other'])
  .describe('What a block of the input is: headline, dek, byline, dateline, body, caption, related, boilerplate or other');
export type BlockRole = z.infer<typeof BlockRoleSchema>;
