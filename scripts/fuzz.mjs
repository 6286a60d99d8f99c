#!/usr/bin/env node
// The long fuzzing run: the property tests of `npm test` (test/property*.test.ts) with a
// random seed and many more cases. `npm test` runs them with a fixed seed, bounded.
//
//   npm run fuzz                          # random seed, 20x the cases of npm test
//   FUZZ_SCALE=100 npm run fuzz           # longer
//   FUZZ_SEED=123456 npm run fuzz         # replay a seed printed by a failed run
//   HOSTILE_SCALE=8 npm run fuzz          # the hostile-input growth tests at 8x their npm test sizes (default 4)
//
// On failure fast-check prints the counterexample, shrunk, and `{ seed, path }`; this script
// prints the command that replays the run.
import {spawnSync} from 'node:child_process';
import {randomInt} from 'node:crypto';

const seed = process.env.FUZZ_SEED ?? String(randomInt(1, 2 ** 31 - 1));
const scale = process.env.FUZZ_SCALE ?? '20';
const hostile = process.env.HOSTILE_SCALE ?? '4';
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['test/property.test.ts', 'test/property-claims.test.ts', 'test/hostile/input-growth.test.ts'];

process.stdout.write(`fuzz: seed ${seed}, scale ${scale}, hostile sizes x${hostile}, ${files.join(' ')}\n`);
const run = spawnSync('npx', ['vitest', 'run', '--testTimeout=0', ...files], {
  stdio: 'inherit',
  env: {...process.env, FUZZ_SEED: seed, FUZZ_SCALE: scale, HOSTILE_SCALE: hostile},
});
if (run.status !== 0) {
  process.stdout.write(`\nfuzz: FAILED with seed ${seed}. Replay: FUZZ_SEED=${seed} FUZZ_SCALE=${scale} npm run fuzz\n`);
  process.exit(run.status ?? 1);
}
process.stdout.write(`fuzz: passed (seed ${seed}, scale ${scale})\n`);
