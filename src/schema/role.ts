import {z} from 'zod';

export const BlockRoleSchema = z.enum([
  'headline', 'dek', 'byline', 'dateline', 'body', 'caption', 'related', 'boilerplate', 'other',
]);
export type BlockRole = z.infer<typeof BlockRoleSchema>;
