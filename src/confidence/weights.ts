import type {LogisticModel} from './infer.js';
import {FEATURES_VERSION, FIELD_NAMES, type FieldName} from './features.js';
import raw from './weights.json' with {type: 'json'};

/** The calibrated models, as `npm run calibrate` (scripts/calibrate.mjs) writes them. */
export interface ConfidenceWeights {
  version: number;
  featuresVersion: number;
  fields: Record<FieldName, {present: LogisticModel; absent: LogisticModel}>;
  /** One model per block role; `*` for a role with too few examples of its own. */
  roles: Record<string, LogisticModel>;
  quotes: LogisticModel;
  claims: LogisticModel;
}

export const WEIGHTS_VERSION = 1;

/** What is wrong with a weights file for this feature code (empty: nothing). A test runs it on the shipped file. */
export function weightsProblems(w: unknown): string[] {
  const cw = w as Partial<ConfidenceWeights> | null;
  const out: string[] = [];
  if (!cw || typeof cw !== 'object') return ['not an object'];
  if (cw.version !== WEIGHTS_VERSION) out.push(`version ${String(cw.version)}, the code reads ${WEIGHTS_VERSION}`);
  if (cw.featuresVersion !== FEATURES_VERSION) out.push(`fitted on features version ${String(cw.featuresVersion)}, the code computes ${FEATURES_VERSION}: run npm run calibrate`);
  const isModel = (m: unknown) => !!m && typeof (m as LogisticModel).bias === 'number' && typeof (m as LogisticModel).weights === 'object';
  for (const f of FIELD_NAMES) if (!isModel(cw.fields?.[f]?.present) || !isModel(cw.fields?.[f]?.absent)) out.push(`no model for ${f}`);
  if (!isModel(cw.roles?.['*'])) out.push('no fallback model for block roles');
  if (!isModel(cw.quotes)) out.push('no model for quotes');
  if (!isModel(cw.claims)) out.push('no model for claims');
  return out;
}

/** The shipped weights. */
export const WEIGHTS = raw as unknown as ConfidenceWeights;
