/**
 * How hard the property tests try. `npm test` runs a bounded, reproducible pass (fixed seed);
 * `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ_SEED to a random seed and FUZZ_SCALE to run
 * many more cases, and prints the seed so that any failure can be replayed:
 * `FUZZ_SEED=<seed> FUZZ_SCALE=<scale> npm run fuzz`.
 */
import type {Parameters} from 'fast-check';

export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_123;
const SCALE = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 1;

/** fast-check parameters for a property: `runs` cases per `npm test`, times FUZZ_SCALE under `npm run fuzz`. */
export function fuzz(runs: number): Parameters<unknown> {
  return {seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(runs * SCALE))};
}

/** The time a property test may take: generous on a loaded machine, and scaled with the runs. */
export const FUZZ_TIMEOUT = 300_000 * Math.max(1, SCALE);
