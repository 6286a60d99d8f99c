/**
 * Output: each suite prints its tables and targets to the console and writes
 * bench/results/<suite>.json; the run also writes bench/results/latest.md (the same tables
 * in Markdown, for docs/benchmarks.md and the README).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {ROOT} from './data.mjs';

export const RESULTS_DIR = path.join(ROOT, 'bench/results');

export function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    // not a git checkout: leave it out
  }
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    commit,
  };
}

export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
export const ratio = (x) => (Number.isFinite(x) ? `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)}×` : 'n/a');
export const mb = (x) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));

/**
 * A target: `value op limit` (op is '<=' or '>='); `value` null means not measured.
 * @returns {{name: string, value: number|null, op: string, limit: number, pass: boolean|null, text: string}}
 */
export function target(name, value, op, limit, fmt = ratio) {
  const pass = value == null || !Number.isFinite(value) ? null : op === '<=' ? value <= limit : value >= limit;
  const verdict = pass == null ? 'SKIP' : pass ? 'PASS' : 'FAIL';
  return {name, value, op, limit, pass, text: `${verdict}  ${name}: ${value == null ? 'not measured' : fmt(value)} (target ${op === '<=' ? '≤' : '≥'} ${fmt(limit)})`};
}

/** Print a table (columns: [header, key, align?]) and return it as Markdown. */
export function table(title, columns, rows) {
  const cells = rows.map((r) => columns.map(([, key]) => String(typeof key === 'function' ? key(r) : r[key] ?? '')));
  const heads = columns.map(([h]) => h);
  const widths = heads.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c].length)));
  const right = columns.map(([, , align]) => align !== 'left');
  const line = (r) => r.map((v, c) => (right[c] ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(heads));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
  const mdRow = (r) => `| ${r.join(' | ')} |`;
  return [`**${title}**`, '', mdRow(heads), mdRow(right.map((rt) => (rt ? '---:' : '---'))), ...cells.map(mdRow)].join('\n');
}

export function printTargets(targets) {
  for (const t of targets) console.log(`  ${t.text}`);
  return targets.map((t) => `- ${t.text}`).join('\n');
}

export function writeResult(suite, data) {
  fs.mkdirSync(RESULTS_DIR, {recursive: true});
  const file = path.join(RESULTS_DIR, `${suite}.json`);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
