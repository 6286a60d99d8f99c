/**
 * The newsparse build under test: dist/index.js, or the module named by NEWSPARSE_MODULE
 * (e.g. NEWSPARSE_MODULE=.tmp/bench/index.js, relative to the repo root).
 */
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {ROOT} from './data.mjs';

export const MODULE_PATH = path.resolve(ROOT, process.env.NEWSPARSE_MODULE ?? 'dist/index.js');

export async function loadNewsparse() {
  if (!fs.existsSync(MODULE_PATH)) {
    console.error(`bench: ${path.relative(ROOT, MODULE_PATH)} does not exist. Run \`npm run build\` first, or set NEWSPARSE_MODULE.`);
    process.exit(1);
  }
  const mod = await import(pathToFileURL(MODULE_PATH).href);
  if (typeof mod.parseArticle !== 'function' || typeof mod.extractNumericClaims !== 'function') {
    throw new Error(`${MODULE_PATH} does not export parseArticle and extractNumericClaims`);
  }
  return mod;
}
