// L2-regularised logistic regression fitted by Newton's method (IRLS): deterministic, no
// learning rate, a few dozen features at most. Features are standardised for the fit and the
// scaling is folded back into the weights, so inference reads raw feature values.

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const d = M[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / d;
      if (f) for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / (M[r][r] || 1e-12);
  }
  return x;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/**
 * Fit P(y=1 | x). rows: [{x: {name: number}, y: 0|1}]; names: the features to use.
 * With too few rows or only one class, the model is the smoothed base rate alone.
 */
export function fitLogistic(rows, names, {lambda = 1, iterations = 30, minRows = 30} = {}) {
  const n = rows.length;
  const pos = rows.reduce((s, r) => s + r.y, 0);
  const rate = (pos + 1) / (n + 2);
  if (n < minRows || pos < 3 || n - pos < 3 || !names.length) return {bias: Math.log(rate / (1 - rate)), weights: {}};
  const mean = names.map((k) => rows.reduce((s, r) => s + (r.x[k] ?? 0), 0) / n);
  const sd = names.map((k, j) => Math.sqrt(rows.reduce((s, r) => s + ((r.x[k] ?? 0) - mean[j]) ** 2, 0) / n));
  const used = names.map((_, j) => sd[j] > 1e-9);
  const keys = names.filter((_, j) => used[j]);
  const mu = mean.filter((_, j) => used[j]);
  const sigma = sd.filter((_, j) => used[j]);
  const d = keys.length + 1;
  const X = rows.map((r) => [1, ...keys.map((k, j) => ((r.x[k] ?? 0) - mu[j]) / sigma[j])]);
  let w = new Array(d).fill(0);
  w[0] = Math.log(rate / (1 - rate));
  for (let it = 0; it < iterations; it++) {
    const g = new Array(d).fill(0);
    const H = Array.from({length: d}, () => new Array(d).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = X[i];
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * xi[k];
      const p = sigmoid(z);
      const e = p - rows[i].y;
      const s = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        g[a] += e * xi[a];
        const sa = s * xi[a];
        for (let b = a; b < d; b++) H[a][b] += sa * xi[b];
      }
    }
    for (let a = 1; a < d; a++) { g[a] += lambda * w[a]; H[a][a] += lambda; }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) H[a][b] = H[b][a];
    const step = solve(H, g);
    let change = 0;
    w = w.map((v, k) => { change = Math.max(change, Math.abs(step[k])); return v - step[k]; });
    if (change < 1e-8) break;
  }
  // fold the standardisation into the weights
  const weights = {};
  let bias = w[0];
  keys.forEach((k, j) => {
    const wk = w[j + 1] / sigma[j];
    bias -= wk * mu[j];
    if (Math.abs(wk) > 0) weights[k] = round(wk);
  });
  return {bias: round(bias), weights};
}

const round = (v) => Math.round(v * 1e6) / 1e6;

export function predict(model, x) {
  let z = model.bias;
  for (const k in model.weights) z += model.weights[k] * (x[k] ?? 0);
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.999, Math.max(0.001, p)) * 1000) / 1000;
}

/** Expected calibration error over equal-width bins: Σ (n_b / N) · |mean confidence - accuracy|. */
export function calibrationBins(pairs, bins = 10) {
  const B = Array.from({length: bins}, (_, i) => ({lo: i / bins, hi: (i + 1) / bins, n: 0, conf: 0, acc: 0}));
  for (const [c, y] of pairs) {
    const b = B[Math.min(bins - 1, Math.floor(c * bins))];
    b.n++; b.conf += c; b.acc += y;
  }
  let ece = 0;
  for (const b of B) if (b.n) { b.conf /= b.n; b.acc /= b.n; ece += (b.n / pairs.length) * Math.abs(b.conf - b.acc); }
  return {ece: pairs.length ? ece : NaN, bins: B};
}
