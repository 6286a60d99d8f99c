/**
 * `newsparse/schema`: the zod schemas and types of newsparse's output, and their JSON Schemas.
 * Needs only zod, so it bundles small for browsers and edge runtimes.
 */
export * from './span.js';
export * from './claim.js';
export * from './article.js';
export {ExplainSchema, FieldExplainSchema, BlockExplainSchema} from './explain.js';
export type {Explain, FieldExplain, BlockExplain, ExplainCandidate, ExplainProposal, ExplainStep, ExplainFieldName} from './explain.js';
export * from './options.js';
export * from './record.js';
export {articleJsonSchema, recordJsonSchema} from './json-schema.js';
