import {z} from 'zod';
import {BlockRoleSchema} from './role.js';

const role = (what: string) => BlockRoleSchema.describe(what);
const score = (what: string) => z.number().describe(what);

/** One detector's vote for a block, as the roles stage made it. */
export const ExplainProposalSchema = z
  .object({
    /** The detector's name (roles/<name>.ts). */
    detector: z.string().describe("The detector's name"),
    /** The role it proposed. */
    role: role('The role it proposed'),
    /** Its score, 0..1. */
    score: score('Its score, 0 to 1'),
    /** Why it fired. */
    reason: z.string().describe('Why it fired'),
  })
  .describe("One detector's vote for a block");
export type ExplainProposal = z.infer<typeof ExplainProposalSchema>;

/** A refiner that changed a block's role (or its reason), in the order the refiners ran. */
export const ExplainStepSchema = z
  .object({
    /** The refiner's name. */
    refiner: z.string().describe("The refiner's name"),
    /** The role before it ran. */
    from: role('The role before it ran'),
    /** The role after it. */
    to: role('The role after it'),
    /** The score it gave. */
    score: score('The score it gave'),
    /** Why. */
    reason: z.string().describe('Why it changed the block'),
  })
  .describe("A refiner that changed a block's role or reason");
export type ExplainStep = z.infer<typeof ExplainStepSchema>;

/** Why a block has its role: the detectors' proposals, the winner, and every refiner step after. */
export const BlockExplainSchema = z
  .object({
    /** Index into `blocks`. */
    index: z.number().int().nonnegative().describe('Index into blocks'),
    /** The role the block has. */
    role: role('The role the block has'),
    /** The score of its role. */
    score: score('The score of its role'),
    /** The reason of its role. */
    reason: z.string().describe('The reason for its role'),
    /** `detector:<name>` when the best proposal stood, `refiner:<name>` when a refiner set the role last, `markup` for a run of markup between blocks, `none` when nothing matched. */
    decidedBy: z.string().describe('detector:<name> when the best proposal stood, refiner:<name> when a refiner set it last, markup for markup between blocks, none when nothing matched'),
    /** Every detector that fired on the block. */
    proposals: z.array(ExplainProposalSchema).describe('Every detector that fired on the block'),
    /** Every refiner that changed it, in order. */
    steps: z.array(ExplainStepSchema).describe('Every refiner that changed it, in order'),
  })
  .describe('Why a block has its role');
export type BlockExplain = z.infer<typeof BlockExplainSchema>;

/** One feature's part of a learned model's score. */
export const ExplainContributionSchema = z
  .object({
    /** The feature's name (src/model/features.ts). */
    feature: z.string().describe("The feature's name"),
    /** Its part of the score: weight times the standardised feature value. */
    value: z.number().describe('Its part of the score: weight times the standardised feature value'),
  })
  .describe("One feature's part of a learned model's score");
export type ExplainContribution = z.infer<typeof ExplainContributionSchema>;

/** What a learned model made of a candidate: its score and the features that moved it most. */
export const ExplainModelSchema = z
  .object({
    /** The model's score (a ranker's: higher wins, not a probability). */
    score: z.number().describe("The model's score (a ranker's: higher wins, not a probability)"),
    /** The largest contributions, largest in size first. */
    contributions: z.array(ExplainContributionSchema).describe('The largest contributions, largest in size first'),
  })
  .describe('What a learned model made of a candidate');
export type ExplainModel = z.infer<typeof ExplainModelSchema>;

/** A block that was weighed for a field and lost, with its score. */
export const ExplainCandidateSchema = z
  .object({
    /** Index into `blocks`. */
    block: z.number().int().nonnegative().describe('Index into blocks'),
    /** The role the block ended with. */
    role: role('The role the block ended with'),
    /** Its score as a candidate (on the scale of the stage that weighed it). */
    score: score('Its score as a candidate, on the scale of the stage that weighed it'),
    /** Why it was a candidate. */
    reason: z.string().describe('Why it was a candidate'),
    /** When a learned model ranked the candidates: its reading of this one. */
    model: ExplainModelSchema.optional().describe('When a learned model ranked the candidates: its reading of this one'),
  })
  .describe('A block weighed for a field that lost');
export type ExplainCandidate = z.infer<typeof ExplainCandidateSchema>;

/** Why a field has its value: the blocks it was read from, the evidence, and the candidates that lost. */
export const FieldExplainSchema = z
  .object({
    /** The block role the field is read from, null for fields read across roles. */
    role: BlockRoleSchema.nullable().describe('The block role the field is read from, null for fields read across roles'),
    /** Indexes into `blocks` of the blocks the value came from (empty when the field is null). */
    blocks: z.array(z.number().int().nonnegative()).describe('Indexes into blocks of the blocks the value came from'),
    /** The deciding evidence. */
    reason: z.string().describe('The deciding evidence'),
    /** When a learned model decided the field: its reading of the winner. */
    model: ExplainModelSchema.optional().describe('When a learned model decided the field: its reading of the winner'),
    /** Best first, at most five. */
    candidates: z.array(ExplainCandidateSchema).describe('The candidates that lost, best first, at most five'),
  })
  .describe('Why a field has its value');
export type FieldExplain = z.infer<typeof FieldExplainSchema>;

export const ExplainFieldNameSchema = z.enum(['headline', 'dek', 'byline', 'publishedAt', 'updatedAt', 'language', 'paragraphs', 'captions', 'related', 'attributions', 'quotes', 'numericClaims']);
export type ExplainFieldName = z.infer<typeof ExplainFieldNameSchema>;

const fieldShape = Object.fromEntries(ExplainFieldNameSchema.options.map((name) => [name, FieldExplainSchema.describe(`Why ${name} came out as it did`)])) as Record<ExplainFieldName, typeof FieldExplainSchema>;

/** What `parseArticle(text, {explain: true})` adds as `article.explain`. */
export const ExplainSchema = z
  .object({
    /** Per field, the blocks it was read from, the evidence and the candidates that lost. */
    fields: z.object(fieldShape).describe('Per field, the blocks it was read from, the evidence and the candidates that lost'),
    /** Per block (as `blocks`), the detectors, the refiners and the role they decided. */
    blocks: z.array(BlockExplainSchema).describe('Per block, the detectors and refiners that decided its role'),
  })
  .describe('The evidence behind every field and every block role');
export type Explain = z.infer<typeof ExplainSchema>;
