import type {Features} from './features.js';

/** A fitted logistic model: P(right) = sigmoid(bias + Σ weights[name] · x[name]). Features it does not name weigh nothing. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** P(right) under `model`, rounded to three places so that output stays stable across platforms. */
export function predict(model: LogisticModel, x: Features): number {
  let z = model.bias;
  for (const name in model.weights) z += model.weights[name]! * (x[name] ?? 0);
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.999, Math.max(0.001, p)) * 1000) / 1000;
}
