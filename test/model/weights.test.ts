import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import committed from '../../src/model/weights.json' with {type: 'json'};
import {checkModel, activeModel, useModel, type ModelFile} from '../../src/model/infer.js';
import {
  FEATURE_VERSION, HEADLINE_FEATURE_NAMES, NAME_LINE_FEATURE_NAMES, headlineFeatures, nameLineFeatures, nameLineNone,
  type HeadlineCandidate, type NameLineCandidate,
} from '../../src/model/features.js';

const headlineCandidate: HeadlineCandidate = {
  visible: 'Council approves the harbour bridge', visibleWords: 5, visibleChars: 35, cjk: false, capitalRatio: 0.6,
  allCaps: false, heading: 0, repeats: 1, linkTargets: 0, listItem: false, endsSentence: false, sentences: 0, between: 0,
  slugSim: 0.5, hasSlug: true, credited: true, inBody: false, toBody: 2, index: 4, blocks: 30, ruleScore: 4, ruleRank: 0,
  ruleGap: 0, order: 1, candidates: 3, prefixOfOther: false, fromRulePick: 0, longerThanRulePick: false,
  candidateBefore: false, candidateAfter: true, bestSlug: true,
};
const nameCandidate: NameLineCandidate = {
  names: 1, words: 2, chars: 8, allCaps: false, particle: false, initial: false, hyphen: false, linked: false, colon: false,
  role: 'other', fromHeadline: 1, toBody: 2, fromBodyEnd: -20, dateNear: true, repeats: 1, order: 0, candidates: 1,
};

describe('the committed model', () => {
  it('loads and matches the feature code: a feature changed without npm run train fails here', () => {
    expect(committed.version).toBe(FEATURE_VERSION);
    expect(() => checkModel(committed as ModelFile)).not.toThrow();
    expect(activeModel().version).toBe(FEATURE_VERSION);
    const m = committed as ModelFile;
    if (m.headline) expect(m.headline.names).toEqual(HEADLINE_FEATURE_NAMES);
    if (m.nameLine) expect(m.nameLine.names).toEqual(NAME_LINE_FEATURE_NAMES);
  });

  it('is at most 1 MB and holds numbers and feature names, no text', () => {
    const raw = fs.readFileSync(new URL('../../src/model/weights.json', import.meta.url), 'utf8');
    expect(raw.length).toBeLessThanOrEqual(1_000_000);
    const known = new Set<string>([FEATURE_VERSION, ...HEADLINE_FEATURE_NAMES, ...NAME_LINE_FEATURE_NAMES]);
    const strings: string[] = [];
    JSON.parse(raw, (key, value) => {
      if (typeof value === 'string' && key !== 'trainedOn') strings.push(value);
      return value;
    });
    expect(strings.filter((s) => !known.has(s))).toEqual([]);
  });

  it('refuses weights of another feature version or feature list', () => {
    expect(() => checkModel({...(committed as ModelFile), version: 'headline-0'})).toThrow(/npm run train/);
    const h = {names: ['bias'], mean: [0], std: [1], w: [0]};
    expect(() => checkModel({version: FEATURE_VERSION, headline: h})).toThrow(/headline features/);
    expect(() => checkModel({version: FEATURE_VERSION, headline: null, nameLine: h})).toThrow(/name-line features/);
    useModel(null);
  });

  it('features give one number per feature name', () => {
    expect(headlineFeatures(headlineCandidate)).toHaveLength(HEADLINE_FEATURE_NAMES.length);
    expect(nameLineFeatures(nameCandidate)).toHaveLength(NAME_LINE_FEATURE_NAMES.length);
    expect(nameLineNone()).toHaveLength(NAME_LINE_FEATURE_NAMES.length);
    expect(headlineFeatures(headlineCandidate).every(Number.isFinite)).toBe(true);
  });
});
