import type {Features} from './features.js';

/** A fitted logistic model: P(right) = sigmoid(bias + Σ weights[name] · x[name]). Features it does not name weigh nothing. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** P(right) for row `row` of a flat feature array whose columns are `names` (see blockFeatures). */
export function predictRow(model: LogisticModel, names: readonly string[], flat: Float64Array, row: number): number {
  const ws = alignedWeights(model, names);
  const o = row * names.length;
  let z = model.bias;
  for (let k = 0; k < ws.length; k++) z += ws[k]! * flat[o + k]!;
  return toProbability(z);
}

/** P(right) under `model`, rounded to three places so that output stays stable across platforms. */
export function predict(model: LogisticModel, x: Features): number {
  const [names, ws] = termsOf(model);
  let z = model.bias;
  for (let k = 0; k < names.length; k++) z += ws[k]! * (x[names[k]!] ?? 0);
  return toProbability(z);
}

function toProbability(z: number): number {
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.999, Math.max(0.001, p)) * 1000) / 1000;
}

// a model's weights in the column order of a flat feature array, made once per model
const aligned = new WeakMap<LogisticModel, {names: readonly string[]; ws: Float64Array}>();
function alignedWeights(model: LogisticModel, names: readonly string[]): Float64Array {
  const got = aligned.get(model);
  if (got && got.names === names) return got.ws;
  const ws = Float64Array.from(names, (n) => model.weights[n] ?? 0);
  aligned.set(model, {names, ws});
  return ws;
}

// a model's weights as two arrays, made once per model: a loop over them beats a for-in over the object on every block
const terms = new WeakMap<LogisticModel, [string[], number[]]>();
function termsOf(model: LogisticModel): [string[], number[]] {
  let t = terms.get(model);
  if (!t) {
    const names = Object.keys(model.weights);
    t = [names, names.map((n) => model.weights[n]!)];
    terms.set(model, t);
  }
  return t;
}
