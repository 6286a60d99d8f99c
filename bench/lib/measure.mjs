/**
 * Timing with tinybench. Every benchmark here compares functions over the same list of
 * inputs (articles, sentences, pieces of a stream). `measure` runs one function over the
 * list: each tinybench iteration handles one input, cycling through the list, and the
 * iteration count is a whole number of passes, so every input is timed equally often.
 * The latency samples are then per-input times: their median is "median time per
 * article", and their sum divided by the passes is the cost of one pass over the list.
 */
import {Bench} from 'tinybench';

/**
 * @param {string} name
 * @param {{text: string}[]} items
 * @param {(item: any, index: number) => unknown} fn
 * @param {{passes?: number, warmup?: number}} [opts] passes over `items` (default 1);
 *   warmup iterations before timing (default: a tenth of a pass, at least 1)
 */
export function measure(name, items, fn, {passes = 1, warmup} = {}) {
  if (!items.length) throw new Error(`measure(${name}): no inputs`);
  let i = 0;
  const warmupIterations = warmup ?? Math.max(1, Math.ceil(items.length / 10));
  const bench = new Bench({
    name,
    time: 0, // no time budget: exactly `iterations` runs
    iterations: items.length * passes,
    warmup: warmupIterations > 0,
    warmupIterations,
    warmupTime: 0,
    throws: true,
    retainSamples: true,
  });
  bench.add(name, () => {
    const k = i;
    i = (i + 1) % items.length;
    fn(items[k], k);
  });
  // Warmup moves `i` on, but the timed runs are a whole number of passes, so every
  // input is still timed exactly `passes` times.
  const [task] = bench.runSync();
  const r = task.result;
  if (!r || !('latency' in r)) throw new Error(`measure(${name}): ${r?.error ?? 'no result'}`);
  return summarize(name, items, passes, [...r.latency.samples]);
}

/**
 * Run several functions over the same inputs, one pass each in turn, `passes` times
 * (A B C A B C ...): on a shared machine, load that comes and goes then falls on every
 * function alike instead of on whichever ran at the time.
 * @param {{name: string, fn: (item: any, index: number) => unknown}[]} fns
 */
export function measureInterleaved(items, fns, {passes = 1, warmup} = {}) {
  const samples = fns.map(() => []);
  for (let p = 0; p < passes; p++) {
    fns.forEach(({name, fn}, k) => {
      const r = measure(name, items, fn, {passes: 1, warmup: p === 0 ? warmup : 0});
      samples[k].push(...r.samples);
    });
  }
  return fns.map(({name}, k) => summarize(name, items, passes, samples[k].sort((a, b) => a - b)));
}

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Statistics of per-input samples (ms) from `passes` passes over `items`. */
export function summarize(name, items, passes, sorted) {
  const chars = items.reduce((n, it) => n + it.text.length, 0);
  const total = sorted.reduce((a, b) => a + b, 0);
  const perPassMs = total / passes;
  return {
    name,
    inputs: items.length,
    passes,
    medianMs: quantile(sorted, 0.5),
    meanMs: total / sorted.length,
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1],
    perPassMs,
    charsPerPass: chars,
    mbPerS: chars / (1024 * 1024) / (perPassMs / 1000),
    samples: sorted,
  };
}

/** A result without its raw samples, for the JSON files. */
export const withoutSamples = ({samples: _samples, ...rest}) => rest;
