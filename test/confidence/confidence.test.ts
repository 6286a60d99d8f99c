import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ArticleSchema, extractNumericClaims, parseArticle} from '../../src/index.js';
import {withConfidence} from '../../src/confidence/index.js';
import {FEATURES_VERSION, FIELD_NAMES, fieldFeatures} from '../../src/confidence/features.js';
import {predict} from '../../src/confidence/infer.js';
import {WEIGHTS, weightsProblems, type ConfidenceWeights} from '../../src/confidence/weights.js';

const seed = readFileSync(new URL('../../fixtures/seeds/bne-mishustin-visit.txt', import.meta.url), 'utf8');
// invented: a headline, a byline, a date and two body paragraphs
const invented = [
  'Harbour town opens its first tidal power station',
  'By Ana Lindqvist and Tomas Berg',
  'March 3, 2025',
  '',
  'The station on the north pier will supply about 12,000 homes, the council said on Monday.',
  '',
  '"We waited twenty years for this," said Mayor Ingrid Holm. Output rose 16% in the first week of tests.',
].join('\n');

const inUnit = (p: number) => p >= 0 && p <= 1;

describe('confidence weights', () => {
  it('are fitted for the feature code that reads them', () => {
    expect(WEIGHTS.featuresVersion).toBe(FEATURES_VERSION);
    expect(weightsProblems(WEIGHTS)).toEqual([]);
  });
  it('are refused when fitted on other features', () => {
    const stale = {...WEIGHTS, featuresVersion: FEATURES_VERSION + 1};
    expect(weightsProblems(stale).join()).toMatch(/features version/);
    expect(weightsProblems({version: 1})).toContain('no model for headline');
  });
});

describe('predict', () => {
  it('is the logistic of the weighted features, clamped and rounded', () => {
    expect(predict({bias: 0, weights: {}}, {})).toBe(0.5);
    expect(predict({bias: 0, weights: {a: 2}}, {a: 1})).toBeCloseTo(0.881, 3);
    expect(predict({bias: 0, weights: {a: 2}}, {a: -1})).toBeCloseTo(0.119, 3);
    expect(predict({bias: 50, weights: {}}, {})).toBe(0.999);
    expect(predict({bias: -50, weights: {a: 1}}, {})).toBe(0.001);
  });
});

describe('parseArticle confidence', () => {
  for (const [name, input] of [['seed', seed], ['invented', invented]] as const) {
    it(`gives every field, block, quote and claim a confidence (${name})`, () => {
      const a = parseArticle(input);
      expect(ArticleSchema.safeParse(a).success).toBe(true);
      expect(Object.keys(a.confidence!).sort()).toEqual([...FIELD_NAMES].sort());
      for (const f of FIELD_NAMES) {
        const c = a.confidence![f];
        expect(inUnit(c.confidence)).toBe(true);
        if (a[f] === null) expect(c.missed).toBeCloseTo(1 - c.confidence, 3);
        else expect(c.missed).toBeNull();
      }
      expect(a.blocks.length).toBeGreaterThan(0);
      for (const b of a.blocks) expect(inUnit(b.confidence!)).toBe(true);
      for (const q of a.quotes) expect(inUnit(q.confidence!)).toBe(true);
      for (const c of a.numericClaims) expect(inUnit(c.confidence!)).toBe(true);
    });
  }

  it('finds the invented article\'s quote and claims, each with a confidence', () => {
    const a = parseArticle(invented);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.numericClaims.map((c) => c.value)).toEqual(expect.arrayContaining([12000, 16]));
    expect(a.numericClaims.every((c) => typeof c.confidence === 'number')).toBe(true);
  });

  it('follows the weights: a model that is sure of a headline says so, one that doubts it warns', () => {
    const draft = parseArticle(invented);
    const sure: ConfidenceWeights = structuredClone(WEIGHTS);
    sure.fields.headline.present = {bias: 9, weights: {}};
    const doubt: ConfidenceWeights = structuredClone(WEIGHTS);
    doubt.fields.headline.present = {bias: -3, weights: {}};
    const base = {...draft, warnings: []};
    expect(withConfidence(base, undefined, 0.5, sure).confidence.headline.confidence).toBe(0.999);
    const low = withConfidence(base, undefined, 0.5, doubt);
    expect(low.confidence.headline.confidence).toBeCloseTo(0.047, 3);
    expect(low.warnings).toContainEqual(expect.objectContaining({code: 'LOW_CONFIDENCE', field: 'headline'}));
  });

  it('warns LOW_CONFIDENCE for each present field below minConfidence, naming it', () => {
    const all = parseArticle(invented, {minConfidence: 1});
    const present = FIELD_NAMES.filter((f) => all[f] !== null);
    expect(present.length).toBeGreaterThan(0);
    const low = all.warnings.filter((w) => w.code === 'LOW_CONFIDENCE');
    expect(low.map((w) => w.field).sort()).toEqual([...present].sort());
    for (const w of low) expect(w.message).toContain(w.field!);
    expect(parseArticle(invented, {minConfidence: 0}).warnings.filter((w) => w.code === 'LOW_CONFIDENCE')).toEqual([]);
    const def = parseArticle(invented);
    const expected = present.filter((f) => def.confidence![f].confidence < 0.5);
    expect(def.warnings.filter((w) => w.code === 'LOW_CONFIDENCE').map((w) => w.field).sort()).toEqual(expected.sort());
  });

  it('refuses a minConfidence outside 0..1', () => {
    expect(() => parseArticle(invented, {minConfidence: 1.5})).toThrow(expect.objectContaining({code: 'INVALID_OPTIONS'}));
    expect(() => parseArticle(invented, {minConfidence: Number.NaN})).toThrow(expect.objectContaining({code: 'INVALID_OPTIONS'}));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(parseArticle(seed))).toBe(JSON.stringify(parseArticle(seed)));
  });

  it('gives extractNumericClaims\' claims a confidence too', () => {
    const claims = extractNumericClaims('Sales rose 16% to $9.3bn last year.');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(inUnit(c.confidence!)).toBe(true);
  });
});

describe('field features', () => {
  it('read absence and the URL slug', () => {
    const a = parseArticle(invented);
    const withSlug = fieldFeatures(a, 'https://news.example/2025/03/harbour-town-opens-tidal-power-station');
    const noSlug = fieldFeatures(a);
    expect(withSlug.headline.present).toBe(true);
    expect(withSlug.headline.x.slugShare).toBeGreaterThan(0.5);
    expect(noSlug.headline.x.slugShare).toBe(0);
    expect(noSlug.updatedAt.present).toBe(false);
    expect(withSlug.publishedAt.x.urlHasDate).toBe(1);
  });
});
