#!/usr/bin/env node
// npm run cv: k-fold cross-validation grouped by site (a page's URL host, else the site in its
// page id; both renderings of a page and all pages of a site share a fold). For each fold the
// model is trained on the other folds and the held-out records are scored by
// ../shared/eval/score.mjs itself (through a small wrapper module that puts the fold's weights
// in place), so the figures are the scorer's. The rules alone (no model) are scored on the
// same records. Prints the scorer's fields per source and per rendering, before (rules) and
// after (model), and a SUMMARY line in score.mjs's form for the model.
//
//   node scripts/cv.mjs [--folds 5] [--only headline|name-line] [--show-misses headline]
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {loadEntry, cacheDir, entryPath} from './lib/bundle.mjs';
import {readRecords, labelRecord} from './lib/corpus.mjs';
import {fitRanker, headlineSamples, nameLineSamples, siteFolds} from './lib/fit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(root, '../shared/eval/score.mjs');
const args = process.argv.slice(2);
const K = Number(args[args.indexOf('--folds') + 1] || 0) || 5;
const showMisses = args.includes('--show-misses') ? args[args.indexOf('--show-misses') + 1] : null;
// --only headline / --only name-line: cross-validate one model, the rules decide the rest
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const entry = await loadEntry('cv-entry');
const entryFile = entryPath('cv-entry');
const rulesOnly = {version: entry.FEATURE_VERSION, headline: null, nameLine: null};
entry.useModel(rulesOnly);
const records = readRecords();
const folds = siteFolds(records, K);
const items = records.map((rec) => {
  const trace = entry.trace(rec.text, rec.url ?? undefined);
  return {rec, trace, label: labelRecord(rec, trace), fold: folds.get(rec.site)};
});
const dir = path.join(cacheDir, 'cv');
fs.rmSync(dir, {recursive: true, force: true});
fs.mkdirSync(dir, {recursive: true});

/** Score `recs` with the given model file through score.mjs; returns its rows, tagged with the corpus. */
function score(name, recs, model) {
  const weights = path.join(dir, `${name}.weights.json`);
  fs.writeFileSync(weights, JSON.stringify(model));
  const wrapper = path.join(dir, `${name}.mjs`);
  fs.writeFileSync(wrapper, [
    `import fs from 'node:fs';`,
    `import * as e from ${JSON.stringify(entryFile)};`,
    `e.useModel(JSON.parse(fs.readFileSync(${JSON.stringify(weights)}, 'utf8')));`,
    `export const parseArticle = e.parseArticle;`,
    `export const ArticleSchema = e.ArticleSchema;`,
  ].join('\n'));
  const files = [];
  for (const corpus of [...new Set(recs.map((r) => r.corpus))]) {
    const f = path.join(dir, `${name}.${corpus}.jsonl`);
    const strip = ({corpus: _c, file: _f, site: _s, ...r}) => r;
    fs.writeFileSync(f, recs.filter((r) => r.corpus === corpus).map((r) => JSON.stringify(strip(r))).join('\n') + '\n');
    files.push(f);
  }
  const json = path.join(dir, `${name}.score.json`);
  const run = spawnSync(process.execPath, [scorer, '--module', wrapper, '--json', json, ...files], {encoding: 'utf8', maxBuffer: 1 << 28});
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  const out = JSON.parse(fs.readFileSync(json, 'utf8'));
  const corpusOf = new Map(recs.map((r) => [r.id, r.corpus]));
  return out.results.flatMap((r) => r.rows ?? []).map((row) => ({...row, corpus: corpusOf.get(row.id)}));
}

const before = score('rules', records, rulesOnly);
const after = [];
for (let k = 0; k < K; k++) {
  const train = items.filter((it) => it.fold !== k);
  const held = items.filter((it) => it.fold === k).map((it) => it.rec);
  const model = {
    version: entry.FEATURE_VERSION,
    headline: only && only !== 'headline' ? null : fitRanker(headlineSamples(train), entry.HEADLINE_FEATURE_NAMES),
    nameLine: only && only !== 'name-line' ? null : fitRanker(nameLineSamples(train, entry.nameLineNone()), entry.NAME_LINE_FEATURE_NAMES),
  };
  after.push(...score(`fold${k}`, held, model));
}

// ---------- tables ----------
const FIELDS = [['headline', 'headline'], ['authors', 'authors'], ['date', 'date'], ['bodyStart', 'bodyStart'], ['bodyF', 'bodyF1']];
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const col = (rows, k) => rows.filter((r) => r[k] !== undefined).map((r) => r[k]);
const line = (label, rows) => `${label.padEnd(28)}` + FIELDS.map(([k, name]) => `${name} ${f3(mean(col(rows, k)))} (${String(col(rows, k).length).padStart(3)})`).join('  ');
const groups = [];
for (const corpus of [...new Set(records.map((r) => r.corpus))]) {
  groups.push([corpus, (r) => r.corpus === corpus]);
  for (const render of ['innerText', 'htmlToText']) groups.push([`  ${corpus} ${render}`, (r) => r.corpus === corpus && r.render === render]);
}
for (const render of ['innerText', 'htmlToText']) groups.push([`all ${render}`, (r) => r.render === render]);
groups.push(['all', () => true]);
console.log(`cross-validation: ${K} folds grouped by site, ${new Set(records.map((r) => r.site)).size} sites, ${records.length} records`);
for (const [title, rows] of [['rules (no model)', before], ['model (cross-validated)', after]]) {
  console.log(`\n${title}`);
  for (const [label, keep] of groups) console.log(line(label, rows.filter(keep)));
}
function summary(rows) {
  const ok = rows.filter((r) => !r.error);
  const s = {
    headline: mean(col(rows, 'headline')), authors: mean(col(rows, 'authors')), date: mean(col(rows, 'date')),
    bodyStart: mean(col(rows, 'bodyStart')), bodyF1: mean(col(rows, 'bodyF')), spansOk: mean(col(rows, 'spansOk')),
    lossless: mean(ok.map((r) => (r.lostChars === 0 ? 1 : 0))), errors: rows.length - ok.length,
  };
  return Object.entries(s).map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? f3(v) : v}`).join(' ');
}
if (showMisses) {
  const byId = new Map(before.map((r) => [r.id, r]));
  console.log(`\n${showMisses}: rows the model changed`);
  for (const r of after) {
    const b = byId.get(r.id);
    if (r[showMisses] === undefined || b[showMisses] === r[showMisses]) continue;
    console.log(`  ${b[showMisses]}→${r[showMisses]} ${r.id}: rules=${JSON.stringify(b[showMisses + 'Pred'] ?? null)} model=${JSON.stringify(r[showMisses + 'Pred'] ?? null)}`);
  }
}
console.log(`\nRULES   ${summary(before)}`);
console.log(`SUMMARY ${summary(after)}`);
