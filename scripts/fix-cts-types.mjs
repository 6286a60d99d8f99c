#!/usr/bin/env node
// After the build: the CommonJS declaration files (dist/*.d.cts) must type-check with
// skipLibCheck false. tsup's declaration bundler writes `import {VFile} from 'vfile'` (the
// source's `import type` loses its `type`) and a `declare module 'vfile'` augmentation; from a
// CommonJS file both resolve vfile, an ES module package, as require() would: TS1479. So in
// .d.cts files, imports from ESM-only packages become type-only imports in import mode, and a
// module augmentation of one is left to the ESM declaration file, which the .d.cts references.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const ESM_ONLY = ['vfile', 'unified'];
const dist = new URL('../dist/', import.meta.url).pathname;
const names = ESM_ONLY.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const importLine = new RegExp(`^import \\{([^}]*)\\} from '(${names})';$`, 'gm');
const augmentation = new RegExp(`^declare module '(?:${names})' \\{\\n(?: {4}.*\\n|\\n)*?\\}\\n`, 'gm');

for (const file of readdirSync(dist).filter((name) => name.endsWith('.d.cts'))) {
  const path = join(dist, file);
  const before = readFileSync(path, 'utf8');
  let text = before.replace(importLine, (_, names, from) => `import type {${names}} from '${from}' with {'resolution-mode': 'import'};`);
  if (augmentation.test(text)) {
    augmentation.lastIndex = 0;
    text = `/// <reference path="./${file.replace(/\.d\.cts$/, '.d.ts')}" />\n` + text.replace(augmentation, '');
  }
  if (text !== before) writeFileSync(path, text);
}
