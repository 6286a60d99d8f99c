import {z} from 'zod';
import {BlockRoleSchema} from './role.js';

/** One detector's vote for a block, as the roles stage made it. */
export const ExplainProposalSchema = z.object({
  detector: z.string(),
  role: BlockRoleSchema,
  score: z.number(),
  reason: z.string(),
});
export type ExplainProposal = z.infer<typeof ExplainProposalSchema>;

/** A refiner that changed a block's role (or its reason), in the order the refiners ran. */
export const ExplainStepSchema = z.object({
  refiner: z.string(),
  from: BlockRoleSchema,
  to: BlockRoleSchema,
  score: z.number(),
  reason: z.string(),
});
export type ExplainStep = z.infer<typeof ExplainStepSchema>;

/** Why a block has its role: the detectors' proposals, the winner, and every refiner step after. */
export const BlockExplainSchema = z.object({
  /** Index into `blocks`. */
  index: z.number().int().nonnegative(),
  role: BlockRoleSchema,
  score: z.number(),
  reason: z.string(),
  /** `detector:<name>` when the best proposal stood, `refiner:<name>` when a refiner set the role last, `none` when nothing matched. */
  decidedBy: z.string(),
  proposals: z.array(ExplainProposalSchema),
  steps: z.array(ExplainStepSchema),
});
export type BlockExplain = z.infer<typeof BlockExplainSchema>;

/** A block that was weighed for a field and lost, with its score. */
export const ExplainCandidateSchema = z.object({
  block: z.number().int().nonnegative(),
  /** The role the block ended with. */
  role: BlockRoleSchema,
  score: z.number(),
  reason: z.string(),
});
export type ExplainCandidate = z.infer<typeof ExplainCandidateSchema>;

/** Why a field has its value: the blocks it was read from, the evidence, and the candidates that lost. */
export const FieldExplainSchema = z.object({
  /** The block role the field is read from, null for fields read across roles. */
  role: BlockRoleSchema.nullable(),
  /** Indexes into `blocks` of the blocks the value came from (empty when the field is null). */
  blocks: z.array(z.number().int().nonnegative()),
  reason: z.string(),
  /** Best first, at most five. */
  candidates: z.array(ExplainCandidateSchema),
});
export type FieldExplain = z.infer<typeof FieldExplainSchema>;

export const ExplainFieldNameSchema = z.enum(['headline', 'dek', 'byline', 'publishedAt', 'updatedAt', 'language', 'paragraphs', 'captions', 'related', 'attributions', 'quotes', 'numericClaims']);
export type ExplainFieldName = z.infer<typeof ExplainFieldNameSchema>;

/** What `parseArticle(text, {explain: true})` adds as `article.explain`. */
export const ExplainSchema = z.object({
  fields: z.record(ExplainFieldNameSchema, FieldExplainSchema),
  blocks: z.array(BlockExplainSchema),
});
export type Explain = z.infer<typeof ExplainSchema>;
