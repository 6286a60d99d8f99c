#!/usr/bin/env node
/**
 * newsparse benchmarks: `npm run bench [-- suite ...] [-- --quick]`.
 *
 * Suites (all by default, in this order): parse, dates, numeric, readability, scaling.
 * Each prints its table and targets (PASS/FAIL) and writes bench/results/<suite>.json;
 * the run writes every table to bench/results/latest.md.
 *
 * Environment:
 *   NEWSPARSE_MODULE      module under test (default dist/index.js; run `npm run build`)
 *   NEWSPARSE_EVAL_DIR    the eval data (default ../shared/eval)
 *   NEWSPARSE_BENCH_HTML  a directory of page HTML for the Readability row (else skipped)
 *
 * --quick runs fewer passes and a smaller scaling stream (no 10 MB row): for iterating
 * only, its figures are not the ones to publish.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadNewsparse, MODULE_PATH} from './lib/module.mjs';
import {EVAL_DIR, ROOT} from './lib/data.mjs';
import {machine, printTargets, writeResult, RESULTS_DIR} from './lib/report.mjs';
import parse from './suites/parse.mjs';
import dates from './suites/dates.mjs';
import numeric from './suites/numeric.mjs';
import readability from './suites/readability.mjs';
import scaling from './suites/scaling.mjs';

const SUITES = {parse, dates, numeric, readability, scaling};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const chosen = args.filter((a) => !a.startsWith('--'));
for (const name of chosen) {
  if (!SUITES[name]) {
    console.error(`bench: unknown suite ${name}; choose from ${Object.keys(SUITES).join(', ')}`);
    process.exit(2);
  }
}
const names = chosen.length ? Object.keys(SUITES).filter((n) => chosen.includes(n)) : Object.keys(SUITES);

if (!fs.existsSync(path.join(EVAL_DIR, 'corpus'))) {
  console.warn(`bench: no eval data at ${EVAL_DIR} (set NEWSPARSE_EVAL_DIR); only the seeds will be used`);
}

const newsparse = await loadNewsparse();
const env = {...machine(), module: path.relative(ROOT, MODULE_PATH), quick, date: new Date().toISOString()};
console.log(`newsparse bench — ${env.module} — ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB, ${env.os}, Node ${env.node}${quick ? ' — QUICK (not for publishing)' : ''}`);

const shared = {};
const sections = [];
const allTargets = [];
const started = performance.now();
for (const name of names) {
  const t0 = performance.now();
  const out = await SUITES[name]({newsparse, quick, shared});
  const targetsMd = printTargets(out.targets);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`  (${name}: ${seconds.toFixed(1)} s)`);
  writeResult(name, {suite: name, env, seconds, targets: out.targets, ...out.json});
  sections.push(`${out.md}\n\n${targetsMd}`);
  allTargets.push(...out.targets);
}

const summary = `${allTargets.filter((t) => t.pass).length} of ${allTargets.length} targets met` +
  (allTargets.some((t) => t.pass === null) ? ` (${allTargets.filter((t) => t.pass === null).length} not measured)` : '');
console.log(`\nSUMMARY ${summary} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const t of allTargets) console.log(`  ${t.text}`);

const header = `Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB RAM, ${env.os}, Node ${env.node} (V8 ${env.v8}). ` +
  `Module: \`${env.module}\`${env.commit ? ` at ${env.commit}` : ''}. Run ${env.date}.${quick ? ' QUICK run.' : ''}`;
fs.mkdirSync(RESULTS_DIR, {recursive: true});
if (!chosen.length || chosen.length === Object.keys(SUITES).length) {
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), `${header}\n\n${sections.join('\n\n')}\n\n**${summary}.**\n`);
}
