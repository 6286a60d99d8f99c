/**
 * Timing with tinybench. Every benchmark here compares functions over the same list of
 * inputs (articles, sentences, pieces of a stream). `measure` runs one function over the
 * list: each tinybench iteration handles one input, cycling through the list, and the
 * iteration count is a whole number of passes, so every input is timed equally often.
 * The latency samples are then per-input times: their median is "median time per
 * article", and their sum divided by the passes is the cost of one pass over the list.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import {Bench} from 'tinybench';

/**
 * A full garbage collection, so that a pass starts on a clean heap. Made available at run
 * time (`--expose-gc` set from inside), so the bench needs no node flag.
 */
v8.setFlagsFromString('--expose-gc');
export const collectGarbage = vm.runInNewContext('gc');

/**
 * A young-generation collection (a scavenge), so that a function's turn does not pay for the
 * garbage the previous function left (retext-english's trees, newsparse's blocks): each side
 * pays for collecting its own garbage only. That garbage is young, so a scavenge clears it.
 *
 * Not a full collection before every turn: a mark-compact also empties caches V8 keeps for
 * running code (the megamorphic property-lookup cache among them), which a process parsing
 * a feed refills once in a long while, not every few articles. With one before each turn of
 * eight articles, every turn started cold: a property read over objects of many shapes ran
 * 2× slower in the first round after a full collection (not after a scavenge), newsparse's
 * parse took about 30% longer and retext-english's 15% longer than with no forced collection
 * at all. With a scavenge, the times match those of a run with no forced collection (see
 * docs/benchmarks.md, "Sixth pass").
 */
export const collectYoungGarbage = () => collectGarbage({type: 'minor'});

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
 * Run several functions over the same inputs, taking turns on short slices of the list
 * (`slice` inputs, a few tens of milliseconds): A B C on the first slice, C B A on the next,
 * and so on, `passes` times over the list. This machine's speed drifts by a third from one
 * second to the next (a shared VM), so functions compared pass against pass (seconds
 * apart) came out a factor apart run to run; taking turns every few inputs puts every
 * function on the same machine state, and none always runs first or last. Each function
 * first runs `warmup` inputs untimed; each pass starts after a full garbage collection, and
 * each turn after a young-generation one (see collectYoungGarbage).
 * @param {{name: string, fn: (item: any, index: number) => unknown}[]} fns
 */
export function measureInterleaved(items, fns, {passes = 1, warmup, slice = 8} = {}) {
  const samples = fns.map(() => []);
  const warm = Math.min(items.length, warmup ?? Math.max(1, Math.ceil(items.length / 10)));
  for (const {fn} of fns) for (let i = 0; i < warm; i++) fn(items[i], i);
  for (let p = 0; p < passes; p++) {
    collectGarbage();
    for (let start = 0, n = 0; start < items.length; start += slice, n++) {
      const part = items.slice(start, start + slice);
      takeTurns(fns.map(({name, fn}) => ({name, items: part, fn: (item, j) => fn(item, start + j)})), n % 2 === 1, samples);
    }
  }
  return fns.map(({name}, k) => summarize(name, items, passes, samples[k].sort((a, b) => a - b)));
}

/**
 * Time different inputs against each other on the same machine state: each round gives every
 * group one turn over all its inputs (`{name, items, fn}`), the order reversed every other
 * round, after a full collection per round and a young one per turn (as measureInterleaved
 * does for one list of inputs). For comparing a one-off input with a list of others, where
 * timing them seconds apart put the machine's drift into the ratio.
 * @param {{name: string, items: {text: string}[], fn: (item: any, index: number) => unknown}[]} groups
 */
export function measureTurns(groups, {rounds = 3, warmup = 1} = {}) {
  const samples = groups.map(() => []);
  for (const {items, fn} of groups) for (let i = 0; i < Math.min(warmup, items.length); i++) fn(items[i], i);
  for (let r = 0; r < rounds; r++) {
    collectGarbage();
    takeTurns(groups, r % 2 === 1, samples);
  }
  return groups.map(({name, items}, k) => summarize(name, items, rounds, samples[k].sort((a, b) => a - b)));
}

/** One turn per group over its inputs (in reverse order when `reversed`), each after a young collection; per-input samples added to `samples[k]`. */
function takeTurns(groups, reversed, samples) {
  const order = groups.map((g, k) => k);
  if (reversed) order.reverse();
  for (const k of order) {
    const {name, items, fn} = groups[k];
    collectYoungGarbage();
    samples[k].push(...measure(name, items, fn, {passes: 1, warmup: 0}).samples);
  }
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
