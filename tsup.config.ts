import {copyFile} from 'node:fs/promises';
import {defineConfig} from 'tsup';

// unified, retext-english and the rest of the unified collective are ESM-only. The ESM
// build leaves every dependency external; the CommonJS build bundles those ESM-only
// packages into itself (a plain `require` of them breaks at run time, see
// shared/docs/packaging.md). zod stays external in both: it is a peer dependency, so our
// schemas and the user's are one zod. chrono-node ships CommonJS and stays external too.
// piscina (CommonJS, and it loads its own worker file from its folder), bullmq and ioredis (optional
// peers, imported only by createWorker) stay external too.
// target es2022, not node20: esbuild's table holds Node's \p{...} regex escapes unsupported
// (they need ICU), so for node targets it rewrites every regex literal that has one into a
// `new RegExp(...)` call, built again each time a function runs. Node 20 runs all of
// ES2022, and its official builds have full ICU.
const TARGET = 'es2022';

const keepExternal = /^(?!zod(?:\/|$)|chrono-node(?:\/|$)|piscina(?:\/|$)|bullmq(?:\/|$)|ioredis(?:\/|$)|node:)/;

export default defineConfig([
  {
    // parse-worker is the worker-thread entry of the parse pool; the CommonJS build uses this ESM file too.
    entry: {index: 'src/index.ts', unified: 'src/unified.ts', cli: 'src/cli.ts', 'parse-worker': 'src/worker/parse-worker.ts'},
    format: 'esm',
    target: TARGET,
    platform: 'node',
    dts: {entry: {index: 'src/index.ts', unified: 'src/unified.ts'}},
    sourcemap: true,
    splitting: true,
    clean: false,
    // the CommonJS file the pool hands to piscina, which import()s parse-worker.js (see the file)
    onSuccess: async () => copyFile('src/worker/parse-worker-loader.cjs', 'dist/parse-worker.cjs'),
  },
  {
    entry: {index: 'src/index.ts', unified: 'src/unified.ts'},
    format: 'cjs',
    target: TARGET,
    platform: 'node',
    dts: true,
    sourcemap: true,
    noExternal: [keepExternal],
    clean: false,
  },
]);
