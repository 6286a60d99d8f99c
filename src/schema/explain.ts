import {z} from 'zod';
import {BlockRoleSchema} from './role.js';

/** One detector's vote for a block, as the roles stage made it. */
export const ExplainProposalSchema = z.object({
  /** The detector that voted. */
  detector: z.string().describe('The detector that voted'),
  role: BlockRoleSchema,
  /** How strongly it voted. */
  score: z.number().describe('How strongly it voted'),
  /** Why, in words. */
  reason: z.string().describe('Why, in words'),
});
export type ExplainProposal = z.infer<typeof ExplainProposalSchema>;

/** A refiner that changed a block's role (or its reason), in the order the refiners ran. */
export const ExplainStepSchema = z.object({
  /** The refiner that ran. */
  refiner: z.string().describe('The refiner that ran'),
  from: BlockRoleSchema,
  to: BlockRoleSchema,
  /** The block's score after the step. */
  score: z.number().describe("The block's score after the step"),
  /** Why, in words. */
  reason: z.string().describe('Why, in words'),
});
export type ExplainStep = z.infer<typeof ExplainStepSchema>;

/** Why a block has its role: the detectors' proposals, the winner, and every refiner step after. */
export const BlockExplainSchema = z.object({
  /** Index into `blocks`. */
  index: z.number().int().nonnegative().describe('Index into blocks'),
  role: BlockRoleSchema,
  /** The score of the role it ended with. */
  score: z.number().describe('The score of the role it ended with'),
  /** Why, in words. */
  reason: z.string().describe('Why, in words'),
  /** `detector:<name>` when the best proposal stood, `refiner:<name>` when a refiner set the role last, `none` when nothing matched. */
  decidedBy: z.string().describe('detector:<name> when the best proposal stood, refiner:<name> when a refiner set the role last, none when nothing matched'),
  /** The detectors' votes. */
  proposals: z.array(ExplainProposalSchema).describe("The detectors' votes"),
  /** The refiners that changed the role or its reason, in order. */
  steps: z.array(ExplainStepSchema).describe('The refiners that changed the role or its reason, in order'),
});
export type BlockExplain = z.infer<typeof BlockExplainSchema>;

/** A block that was weighed for a field and lost, with its score. */
export const ExplainCandidateSchema = z.object({
  /** Index into `blocks`. */
  block: z.number().int().nonnegative().describe('Index into blocks'),
  /** The role the block ended with. */
  role: BlockRoleSchema,
  /** Its score for the field. */
  score: z.number().describe('Its score for the field'),
  /** Why it lost, in words. */
  reason: z.string().describe('Why, in words'),
});
export type ExplainCandidate = z.infer<typeof ExplainCandidateSchema>;

/** Why a field has its value: the blocks it was read from, the evidence, and the candidates that lost. */
export const FieldExplainSchema = z.object({
  /** The block role the field is read from, null for fields read across roles. */
  role: BlockRoleSchema.nullable().describe('The block role the field is read from, null for fields read across roles'),
  /** Indexes into `blocks` of the blocks the value came from (empty when the field is null). */
  blocks: z.array(z.number().int().nonnegative()).describe('Indexes into blocks of the blocks the value came from (empty when the field is null)'),
  /** Why, in words. */
  reason: z.string().describe('Why, in words'),
  /** Best first, at most five. */
  candidates: z.array(ExplainCandidateSchema).describe('Blocks weighed for the field that lost, best first, at most five'),
});
export type FieldExplain = z.infer<typeof FieldExplainSchema>;

export const ExplainFieldNameSchema = z.enum(['headline', 'dek', 'byline', 'publishedAt', 'updatedAt', 'language', 'paragraphs', 'captions', 'related', 'attributions', 'quotes', 'numericClaims']);
export type ExplainFieldName = z.infer<typeof ExplainFieldNameSchema>;

/** What `parseArticle(text, {explain: true})` adds as `article.explain`. */
export const ExplainSchema = z.object({
  /** Why each field has its value. */
  fields: z.record(ExplainFieldNameSchema, FieldExplainSchema).describe('Why each field has its value'),
  /** Why each block has its role, in block order. */
  blocks: z.array(BlockExplainSchema).describe('Why each block has its role, in block order'),
});
export type Explain = z.infer<typeof ExplainSchema>;
