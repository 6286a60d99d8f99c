import {describe, expect, it} from 'vitest';
import * as api from '../src/index.js';
import * as unifiedApi from '../src/unified.js';
import * as schemaApi from '../src/schema/index.js';
import * as nodeApi from '../src/stream/index.js';
import * as workerApi from '../src/worker/index.js';

describe('public API', () => {
  it('exports exactly these names from "newsparse"', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ATTRIBUTION_KINDS",
        "ArticleConfidenceSchema",
        "ArticleRecordSchema",
        "ArticleSchema",
        "AttributionSchema",
        "BlockExplainSchema",
        "BlockRoleSchema",
        "BlockSchema",
        "BoundSchema",
        "BylineSchema",
        "CaptionSchema",
        "ChangeSchema",
        "ClaimKindSchema",
        "ConfidenceSchema",
        "CueSchema",
        "ERROR_CODES",
        "ErrorRecordSchema",
        "ExplainSchema",
        "ExtractOptionsSchema",
        "FieldConfidenceSchema",
        "FieldExplainSchema",
        "FormatSchema",
        "ISO_BY_PRECISION",
        "LinkSchema",
        "NewsparseError",
        "NumericClaimSchema",
        "OutputRecordSchema",
        "ParagraphSchema",
        "ParseOptionsSchema",
        "PartialArticleRecordSchema",
        "PrecisionSchema",
        "PublishedAtSchema",
        "QuoteSchema",
        "RecordSourceSchema",
        "RelatedRelSchema",
        "RelatedSchema",
        "SpanSchema",
        "WarningSchema",
        "articleJsonSchema",
        "extractNumericClaims",
        "isNewsparseError",
        "parseArticle",
        "recordJsonSchema",
      ]
    `);
  });

  it('keeps the Node-only functions out of the core, each in its own entry', () => {
    expect(Object.keys(nodeApi).sort()).toEqual(['RECORD_ERROR_CODES', 'isErrorRecord', 'parseStream']);
    expect(Object.keys(workerApi)).toEqual(['createWorker']);
    expect(api).not.toHaveProperty('parseStream');
    expect(api).not.toHaveProperty('createWorker');
  });

  it('exports from "newsparse/schema" the schemas the core exports, and nothing else', () => {
    const core = Object.keys(api).filter((name) => !['parseArticle', 'extractNumericClaims', 'NewsparseError', 'isNewsparseError', 'ERROR_CODES'].includes(name));
    expect(Object.keys(schemaApi).sort()).toEqual(core.sort());
  });

  it('exports the retext plugin from "newsparse/unified"', () => {
    expect(Object.keys(unifiedApi).sort()).toEqual(['default', 'retextNumericClaims']);
    expect(unifiedApi.default).toBe(unifiedApi.retextNumericClaims);
  });
});
