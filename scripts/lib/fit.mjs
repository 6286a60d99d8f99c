// Fitting the headline ranker: a conditional logit (softmax over one page's candidates)
// trained by full-batch gradient descent from zero weights, so the same data gives the same
// weights, byte for byte. Pure JavaScript, no dependency.

/**
 * samples: [{x: number[][] (one row per candidate), gold: number[] (rows that are the headline)}]
 * Returns a LinearModel ({names, mean, std, w}) as src/model/infer.ts reads it.
 */
export function fitRanker(samples, names, {iterations = 400, rate = 0.2, l2 = 0.1} = {}) {
  const {mean, std, scale} = standardiser(samples.flatMap((s) => s.x), names.length);
  const z = samples.map((s) => ({x: s.x.map(scale), gold: new Set(s.gold)}));
  const w = adam(names.length, iterations, rate, l2, (w, grad) => {
    for (const s of z) {
      const scores = s.x.map((r) => dot(w, r));
      const max = Math.max(...scores);
      const e = scores.map((sc) => Math.exp(sc - max));
      const tot = e.reduce((a, b) => a + b, 0);
      const goldTot = e.reduce((a, b, i) => a + (s.gold.has(i) ? b : 0), 0);
      // d(-log P(gold)) / dw = Σ_i (p_i − q_i) x_i, q = the softmax restricted to gold rows
      for (let i = 0; i < s.x.length; i++) {
        const coef = e[i] / tot - (s.gold.has(i) ? e[i] / goldTot : 0);
        if (coef === 0) continue;
        const r = s.x[i];
        for (let j = 0; j < r.length; j++) grad[j] += (coef * r[j]) / z.length;
      }
    }
  });
  return model(names, mean, std, w);
}

/**
 * A logistic classifier (one row, one 0/1 label), fitted the same way: standardised
 * features, Adam from zero weights, fixed steps. `threshold` is stored for inference.
 */
export function fitLogistic(rows, ys, names, {iterations = 400, rate = 0.1, l2 = 0.1, threshold = 0.5} = {}) {
  const {mean, std, scale} = standardiser(rows, names.length);
  const z = rows.map(scale);
  const w = adam(names.length, iterations, rate, l2, (w, grad) => {
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-dot(w, z[i])));
      const coef = (p - ys[i]) / z.length;
      for (let j = 0; j < z[i].length; j++) grad[j] += coef * z[i][j];
    }
  });
  return {...model(names, mean, std, w), threshold};
}

function standardiser(rows, d) {
  const mean = new Array(d).fill(0);
  const std = new Array(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) std[j] += (r[j] - mean[j]) ** 2 / rows.length;
  for (let j = 0; j < d; j++) {
    std[j] = Math.sqrt(std[j]);
    // a constant feature (the bias among them) is left unscaled and uncentred
    if (std[j] < 1e-9) { std[j] = 1; mean[j] = 0; }
  }
  const r6 = (x) => Math.round(x * 1e6) / 1e6;
  const m6 = mean.map(r6), s6 = std.map(r6);
  // scale with the rounded figures, the ones inference will use
  return {mean: m6, std: s6, scale: (r) => r.map((v, j) => (v - m6[j]) / s6[j])};
}

/** Adam over `d` weights from zero; `addGrad(w, grad)` adds the loss gradient. The bias (weight 0) is not shrunk. */
function adam(d, iterations, rate, l2, addGrad) {
  const w = new Array(d).fill(0);
  const m = new Array(d).fill(0), v = new Array(d).fill(0);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= iterations; t++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : l2 * wj));
    addGrad(w, grad);
    for (let j = 0; j < d; j++) {
      m[j] = b1 * m[j] + (1 - b1) * grad[j];
      v[j] = b2 * v[j] + (1 - b2) * grad[j] ** 2;
      w[j] -= (rate * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + eps);
    }
  }
  return w;
}

function model(names, mean, std, w) {
  return {names: [...names], mean, std, w: w.map((x) => Math.round(x * 1e6) / 1e6)};
}

function dot(w, r) {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += w[j] * r[j];
  return s;
}

/**
 * The name-line samples: pages whose byline reader found nothing and that have a name-shaped
 * line, each ranked with a "none" row (`none`). The gold is the line that names every gold
 * author; "none" when no line does or the page has no byline. Pages whose gold authors are
 * not in the text are left out.
 */
export function nameLineSamples(items, none) {
  const out = [];
  for (const {rec, label, trace} of items) {
    if (trace.bylineRead || !trace.nameLine.length) continue;
    const hasGold = (rec.gold?.authors?.length ?? 0) > 0;
    if (!hasGold || !('byline' in label)) continue;
    const hit = hasGold ? trace.nameLine.findIndex((c) => c.index === label.byline) : -1;
    out.push({x: [...trace.nameLine.map((c) => c.x), none], gold: [hit >= 0 ? hit : trace.nameLine.length]});
  }
  return out;
}

/** The headline training samples of some traced records: pages whose gold headline is a candidate. */
export function headlineSamples(items) {
  const out = [];
  for (const {label, trace} of items) {
    if (!label.headline?.length || trace.headline.length < 1) continue;
    const gold = trace.headline.flatMap((c, i) => (label.headline.includes(c.index) ? [i] : []));
    if (!gold.length) continue;
    out.push({x: trace.headline.map((c) => c.x), gold});
  }
  return out;
}

/**
 * Folds grouped by site: sites sorted by record count (largest first, ties by name) go one by
 * one to the fold with the fewest records, so both renderings of a page and every page of a
 * site share a fold. Returns a Map site -> fold.
 */
export function siteFolds(records, k) {
  const count = new Map();
  for (const r of records) count.set(r.site, (count.get(r.site) ?? 0) + 1);
  const sites = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const size = new Array(k).fill(0);
  const fold = new Map();
  for (const [site, n] of sites) {
    let best = 0;
    for (let f = 1; f < k; f++) if (size[f] < size[best]) best = f;
    fold.set(site, best);
    size[best] += n;
  }
  return fold;
}
