// Bundles scripts/lib/model-entry.ts (the parse and the model's internals) into
// .cache/model-entry.mjs with esbuild, the bundler tsup already brings, so the training
// scripts run the same TypeScript the package is built from.
import {build} from 'esbuild';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.join(root, '.cache');
export const entryPath = (name = 'model-entry') => path.join(cacheDir, `${name}.mjs`);

/** Build the entry (under a name of its own, so runs side by side don't overwrite each other's) and import it. */
export async function loadEntry(name = 'model-entry') {
  const entryFile = entryPath(name);
  await build({
    entryPoints: [path.join(root, 'scripts/lib/model-entry.ts')],
    outfile: entryFile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(entryFile).href);
}
