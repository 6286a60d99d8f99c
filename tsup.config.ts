import {copyFile} from 'node:fs/promises';
import {defineConfig} from 'tsup';

// unified, retext-english and the rest of the unified collective are ESM-only. The ESM
// build leaves every dependency external; the CommonJS build bundles those ESM-only
// packages into itself (a plain `require` of them breaks at run time, see
// shared/docs/packaging.md). zod stays external in both: it is a peer dependency, so our
// schemas and the user's are one zod. chrono-node ships CommonJS and stays external too.
// piscina (CommonJS, and it loads its own worker file from its folder), bullmq, ioredis and
// warcio (optional peers, imported only by the code that needs them) stay external too.
// target es2022, not node20: esbuild's table holds Node's \p{...} regex escapes unsupported
// (they need ICU), so for node targets it rewrites every regex literal that has one into a
// `new RegExp(...)` call, built again each time a function runs. Node 20 runs all of
// ES2022, and its official builds have full ICU.
const TARGET = 'es2022';

const keepExternal = /^(?!zod(?:\/|$)|chrono-node(?:\/|$)|piscina(?:\/|$)|bullmq(?:\/|$)|ioredis(?:\/|$)|warcio(?:\/|$)|node:)/;

// The package's entries (package.json "exports"): the core runs anywhere, schema is zod only,
// node and worker are Node only, unified is the retext plugin.
const entries = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  node: 'src/stream/index.ts',
  worker: 'src/worker/index.ts',
  unified: 'src/unified.ts',
};

export default defineConfig([
  {
    // parse-worker is the worker-thread entry of the parse pool; the CommonJS build uses this ESM file too.
    entry: {...entries, cli: 'src/cli.ts', 'parse-worker': 'src/worker/parse-worker.ts'},
    format: 'esm',
    target: TARGET,
    platform: 'node',
    dts: {entry: entries},
    sourcemap: true,
    splitting: true,
    clean: false,
    silent: true,
    // the CommonJS file the pool hands to piscina, which import()s parse-worker.js (see the file)
    onSuccess: async () => copyFile('src/worker/parse-worker-loader.cjs', 'dist/parse-worker.cjs'),
  },
  {
    entry: entries,
    format: 'cjs',
    target: TARGET,
    platform: 'node',
    dts: true,
    sourcemap: true,
    // one copy of the bundled unified stack shared by the CommonJS entries, not one per entry
    splitting: true,
    // import.meta.url (the pool finds its worker file beside the module) from __filename
    shims: true,
    noExternal: [keepExternal],
    clean: false,
    silent: true,
  },
]);
