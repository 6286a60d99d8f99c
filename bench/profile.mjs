#!/usr/bin/env node
/**
 * Where parseArticle's time goes: runs the corpus through the module under test with
 * `node --cpu-prof` and prints, from the profile, the functions with the most inclusive
 * time (a sample counts once for every distinct function on its stack) and the self time
 * per package or file.
 *
 *   node bench/profile.mjs [--passes 2] [--top 40] [--band 0.4,0.6]   (NEWSPARSE_MODULE as for bench/run.mjs)
 *
 * `--band lo,hi` profiles only the articles whose length lies between those quantiles of
 * the corpus's lengths: the median-sized ones, which the median-time target is about.
 *
 * The profile file is left in .tmp/profile/ for a closer look (Chrome DevTools, speedscope).
 */
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {ROOT} from './lib/data.mjs';
import {MODULE_PATH} from './lib/module.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const passes = opt('passes', 2);
const bandAt = args.indexOf('--band');
const band = bandAt < 0 ? '0,1' : args[bandAt + 1];
const top = opt('top', 40);

if (process.argv[2] === '--child') {
  // In the profiled child: parse every article `passes` times.
  const {loadArticles} = await import('./lib/data.mjs');
  const {pathToFileURL} = await import('node:url');
  const newsparse = await import(pathToFileURL(process.argv[3]).href);
  const all = loadArticles();
  const [lo, hi] = process.argv[5].split(',').map(Number);
  const lengths = all.map((a) => a.text.length).sort((a, b) => a - b);
  const at = (q) => lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))];
  const articles = all.filter((a) => a.text.length >= at(lo) && a.text.length <= at(hi));
  for (let p = 0; p < Number(process.argv[4]); p++) for (const a of articles) newsparse.parseArticle(a.text);
  process.exit(0);
}

const dir = path.join(ROOT, '.tmp/profile');
fs.rmSync(dir, {recursive: true, force: true});
const self = fileURLToPath(import.meta.url);
const res = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, self, '--child', MODULE_PATH, String(passes), band], {stdio: 'inherit'});
if (res.status !== 0) process.exit(res.status ?? 1);
const file = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (url) => url.replace(/^.*node_modules\//, '').replace(`file://${ROOT}/`, '');
const nameOf = (n) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const packageOf = (n) => {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName.startsWith('(') ? n.callFrame.functionName : '(native: regexp and builtins)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return m ? m[1] : url.startsWith('node:') ? '(node internals)' : where(url);
};

const time = new Map();
for (let i = 0; i < profile.samples.length; i++) time.set(profile.samples[i], (time.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const inclusive = new Map();
const selfByPackage = new Map();
let total = 0;
for (const [id, t] of time) {
  total += t;
  const leaf = byId.get(id);
  selfByPackage.set(packageOf(leaf), (selfByPackage.get(packageOf(leaf)) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = nameOf(byId.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + t);
  }
}
const show = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
  .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k.length > 150 ? `${k.slice(0, 150)}…` : k}`).join('\n');
console.log(`profile of ${passes} pass(es) over the corpus with ${path.relative(ROOT, MODULE_PATH)}: ${(total / 1000).toFixed(0)} ms sampled (${path.relative(ROOT, file)})`);
console.log(`\nInclusive time, top ${top}:\n${show(inclusive, top)}`);
console.log(`\nSelf time by package or file:\n${show(selfByPackage, 20)}`);
