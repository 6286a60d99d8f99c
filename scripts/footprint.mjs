#!/usr/bin/env node
// What `npm i newsparse zod` costs a user: packs this package (build it first), installs the
// tarball and zod into a scratch project, and counts the packages and megabytes it brings.
// Fails (exit 1) over the targets, or when @types/node lands in the user's tree.
// Usage: npm run build && npm run footprint [-- --json]
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const MAX_PACKAGES = 90;
const MAX_MB = 30;
const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-footprint-'));

/** Every installed package folder (one with a package.json) under node_modules, nested ones too. */
function packages(dir, found = []) {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (name.startsWith('@')) {
      packages(path, found);
      continue;
    }
    if (!existsSync(join(path, 'package.json'))) continue;
    found.push(path);
    packages(join(path, 'node_modules'), found);
  }
  return found;
}

function bytes(path) {
  const info = statSync(path, {throwIfNoEntry: false});
  if (!info || info.isSymbolicLink()) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of readdirSync(path)) total += bytes(join(path, name));
  return total;
}

try {
  const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], {cwd: root, encoding: 'utf8'});
  const tarball = join(scratch, packed.trim().split('\n').pop());
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true}));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'zod@4'], {cwd: scratch, stdio: 'pipe'});
  const modules = join(scratch, 'node_modules');
  const found = packages(modules);
  const mb = bytes(modules) / 1e6;
  const typesNode = found.filter((path) => path.endsWith(join('@types', 'node')));
  const tarballKb = statSync(tarball).size / 1024;
  const result = {packages: found.length, megabytes: Number(mb.toFixed(1)), tarballKb: Math.round(tarballKb), typesNode: typesNode.length > 0};
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`npm i newsparse zod: ${result.packages} packages, ${result.megabytes} MB (targets: <= ${MAX_PACKAGES} packages, <= ${MAX_MB} MB); tarball ${result.tarballKb} KB`);
    console.log(typesNode.length ? `@types/node installed: ${typesNode.join(', ')}` : 'no @types/node in the tree');
  }
  if (result.packages > MAX_PACKAGES || mb > MAX_MB || typesNode.length) process.exitCode = 1;
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
