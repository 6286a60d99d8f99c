import {z} from 'zod';
import {ArticleSchema, ISO_BY_PRECISION} from './article.js';
import {ErrorRecordSchema, OutputRecordSchema, PartialArticleRecordSchema} from './record.js';

const BASE = 'https://github.com/newsparse/newsparse/schema';

type JsonObject = Record<string, unknown>;

/**
 * The checks zod runs in code that JSON Schema can say too: a date's `iso` must take the form
 * its `precision` names (one `if`/`then` per precision). Spans' `start <= end` cannot be said.
 */
function addDateChecks(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addDateChecks);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonObject;
  const props = schema.properties as JsonObject | undefined;
  if (props && 'iso' in props && 'precision' in props) {
    schema.allOf = Object.entries(ISO_BY_PRECISION).map(([precision, pattern]) => ({
      if: {properties: {precision: {const: precision}}, required: ['precision']},
      then: {properties: {iso: {pattern: pattern.source}}},
    }));
  }
  for (const value of Object.values(schema)) addDateChecks(value);
}

function toJsonSchema(schema: z.ZodType, id: string, title: string): JsonObject {
  const json = z.toJSONSchema(schema, {target: 'draft-2020-12', unrepresentable: 'any'}) as JsonObject;
  addDateChecks(json);
  const {$schema, ...rest} = json;
  return {$schema, $id: `${BASE}/${id}.json`, title, ...rest};
}

/**
 * The JSON Schema (draft 2020-12) of an `Article`, for validating newsparse output
 * from languages other than TypeScript. Built from `ArticleSchema`, so the two never drift.
 */
export function articleJsonSchema(): Record<string, unknown> {
  return toJsonSchema(ArticleSchema, 'article', 'newsparse Article');
}

/**
 * The JSON Schema of one output record of the CLI and `parseStream`: an article record (the
 * Article plus `id`, `url`, `source`) or an error record. `partial` accepts article records
 * that keep only some fields (`--fields`).
 */
export function recordJsonSchema(options: {partial?: boolean} = {}): Record<string, unknown> {
  if (options.partial) {
    return toJsonSchema(z.union([PartialArticleRecordSchema, ErrorRecordSchema]), 'record-partial', 'newsparse output record (some fields)');
  }
  return toJsonSchema(OutputRecordSchema, 'record', 'newsparse output record');
}
