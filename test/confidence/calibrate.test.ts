import {describe, expect, it} from 'vitest';
import {calibrationBins, fitLogistic, predict} from '../../scripts/calibrate/logistic.mjs';

// a deterministic sample whose true model is P(y) = sigmoid(-1 + 2a): no randomness, the
// labels are laid out so each cell of `a` has the right share of positives
function sample() {
  const rows: {x: Record<string, number>; y: number}[] = [];
  for (let a = 0; a <= 1.0001; a += 0.1) {
    const p = 1 / (1 + Math.exp(-(-1 + 2 * a)));
    for (let k = 0; k < 200; k++) rows.push({x: {a, noise: (k % 7) / 7}, y: k < Math.round(p * 200) ? 1 : 0});
  }
  return rows;
}

describe('fitLogistic', () => {
  it('recovers the weights that made the labels, and gives noise none to speak of', () => {
    const m = fitLogistic(sample(), ['a', 'noise'], {lambda: 0.01});
    expect(m.bias).toBeCloseTo(-1, 1);
    expect(m.weights.a).toBeCloseTo(2, 1);
    expect(Math.abs(m.weights.noise ?? 0)).toBeLessThan(0.1);
    expect(predict(m, {a: 0.5, noise: 0})).toBeCloseTo(0.5, 1);
  });
  it('is deterministic', () => {
    expect(fitLogistic(sample(), ['a', 'noise'])).toEqual(fitLogistic(sample(), ['a', 'noise']));
  });
  it('falls back to the smoothed base rate with too few rows or one class', () => {
    const few = fitLogistic([{x: {a: 1}, y: 1}, {x: {a: 0}, y: 0}], ['a']);
    expect(few.weights).toEqual({});
    expect(predict(few, {})).toBe(0.5);
    const one = fitLogistic(Array.from({length: 50}, () => ({x: {a: 1}, y: 1})), ['a']);
    expect(predict(one, {a: 1})).toBeCloseTo(51 / 52, 2);
  });
});

describe('calibrationBins', () => {
  it('is zero for calibrated pairs and the gap for a constant miss', () => {
    const calibrated: [number, number][] = [[0.25, 1], [0.25, 0], [0.25, 0], [0.25, 0], [0.75, 1], [0.75, 1], [0.75, 1], [0.75, 0]];
    expect(calibrationBins(calibrated).ece).toBeCloseTo(0, 9);
    const over: [number, number][] = [[0.9, 1], [0.9, 0]];
    expect(calibrationBins(over).ece).toBeCloseTo(0.4, 9);
  });
});
