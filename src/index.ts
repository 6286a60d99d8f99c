/**
 * newsparse: raw scraped news text -> typed, validated articles and numeric claims,
 * with the exact input span of every field.
 *
 * This is the core entry: it runs anywhere JavaScript does (Node, Deno, Bun, browsers, edge
 * runtimes) and imports no Node built-in. The Node-only parts have entries of their own:
 * `newsparse/node` (parseStream, worker threads) and `newsparse/worker` (the BullMQ worker).
 */
export {parseArticle} from './parse-article.js';
export {extractNumericClaims} from './extract-claims.js';
export {NewsparseError, isNewsparseError, ERROR_CODES, type NewsparseErrorCode} from './errors.js';
export * from './schema/index.js';
