export * from './span.js';
export * from './claim.js';
export * from './article.js';
export {ExplainSchema, FieldExplainSchema, BlockExplainSchema} from './explain.js';
export type {Explain, FieldExplain, BlockExplain, ExplainCandidate, ExplainProposal, ExplainStep, ExplainFieldName} from './explain.js';
export * from './options.js';
export {articleJsonSchema} from './json-schema.js';
