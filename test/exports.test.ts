import {describe, expect, it} from 'vitest';
import * as api from '../src/index.js';
import * as unifiedApi from '../src/unified.js';

describe('public API', () => {
  it('exports exactly these names from "newsparse"', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ArticleConfidenceSchema",
        "ArticleSchema",
        "AttributionSchema",
        "BlockRoleSchema",
        "BlockSchema",
        "BoundSchema",
        "BylineSchema",
        "CaptionSchema",
        "ChangeSchema",
        "ClaimKindSchema",
        "ConfidenceSchema",
        "ERROR_CODES",
        "ExtractOptionsSchema",
        "FieldConfidenceSchema",
        "FormatSchema",
        "LinkSchema",
        "NewsparseError",
        "NumericClaimSchema",
        "ParagraphSchema",
        "ParseOptionsSchema",
        "PrecisionSchema",
        "PublishedAtSchema",
        "QuoteSchema",
        "RelatedRelSchema",
        "RelatedSchema",
        "SpanSchema",
        "WarningSchema",
        "articleJsonSchema",
        "createWorker",
        "extractNumericClaims",
        "isNewsparseError",
        "parseArticle",
        "parseStream",
      ]
    `);
  });

  it('exports the retext plugin from "newsparse/unified"', () => {
    expect(Object.keys(unifiedApi).sort()).toEqual(['default', 'retextNumericClaims']);
    expect(unifiedApi.default).toBe(unifiedApi.retextNumericClaims);
  });
});
