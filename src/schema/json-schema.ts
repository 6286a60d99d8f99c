import {z} from 'zod';
import {ArticleSchema} from './article.js';

/**
 * The JSON Schema (draft 2020-12) of an `Article`, for validating newsparse output
 * from languages other than TypeScript. Built from `ArticleSchema`, so the two never drift.
 */
export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema, {target: 'draft-2020-12', unrepresentable: 'any'}) as Record<string, unknown>;
}
