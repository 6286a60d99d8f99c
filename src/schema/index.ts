export * from './span.js';
export * from './claim.js';
export * from './article.js';
export * from './options.js';
export {articleJsonSchema} from './json-schema.js';
