import committed from './weights.json' with {type: 'json'};
import {FEATURE_VERSION, HEADLINE_FEATURE_NAMES, NAME_LINE_FEATURE_NAMES} from './features.js';

/** A linear scorer over standardised features: score = Σ w·(x − mean)/std. */
export interface LinearModel {
  names: string[];
  mean: number[];
  std: number[];
  w: number[];
}

/** The committed model file (src/model/weights.json): weights only, no text. */
export interface ModelFile {
  /** Must equal FEATURE_VERSION: a feature changed without retraining is refused. */
  version: string;
  /** How the weights were made (data, folds, seed), for the reader. */
  trainedOn?: string;
  /** Null when training found no model that beats the rules; the rules decide alone then. */
  headline: LinearModel | null;
  /** A ranker over a page's name-shaped lines and a "none" row: which line is the byline, if any. Used when the byline reader finds none. */
  nameLine?: LinearModel | null;
}

/** Throws when a model file does not fit the feature code (wrong version or feature list). */
export function checkModel(m: ModelFile): ModelFile {
  if (m.version !== FEATURE_VERSION) throw new Error(`model version ${m.version} does not match the feature code (${FEATURE_VERSION}): run npm run train`);
  fits(m.headline, HEADLINE_FEATURE_NAMES, 'headline');
  fits(m.nameLine ?? null, NAME_LINE_FEATURE_NAMES, 'name-line');
  return m;
}

function fits(h: LinearModel | null, names: readonly string[], what: string): void {
  if (!h) return;
  const n = names.length;
  if (h.names.length !== n || h.names.some((x, i) => x !== names[i]) || h.w.length !== n || h.mean.length !== n || h.std.length !== n) {
    throw new Error(`model ${what} features do not match the feature code: run npm run train`);
  }
}

let active: ModelFile = checkModel(committed as ModelFile);

/** The model in use: the committed one, unless cross-validation put a fold's model in place. */
export function activeModel(): ModelFile {
  return active;
}

/** For training and cross-validation scripts only: use these weights (null = the committed ones). */
export function useModel(m: ModelFile | null): void {
  active = m ? checkModel(m) : checkModel(committed as ModelFile);
}

/** Score one feature vector. Pure. */
export function linearScore(m: LinearModel, x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += m.w[i]! * ((x[i]! - m.mean[i]!) / m.std[i]!);
  return s;
}
