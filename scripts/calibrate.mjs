#!/usr/bin/env node
// npm run calibrate: fit the confidence models (src/confidence/weights.json) and measure them.
//
//   npm run build && node scripts/calibrate.mjs [--eval ../shared/eval] [--folds 5] [--no-write] [--no-png]
//
// 1. Parses the five corpus files, PolNeAR's dev articles and NewsQuant's sentences with the
//    built package (dist/index.js), and reads each decision's features with the same function
//    parseArticle uses (src/confidence/features.ts, bundled on the fly by esbuild).
// 2. Labels each decision right or wrong with the scorers' own matching (scorer-code.mjs).
// 3. Cross-validates by site (k folds over hashed host names, or publishers for quotes): every
//    prediction reported comes from a model that never saw that site. Prints the expected
//    calibration error per field and draws the reliability diagram (docs/confidence-reliability.svg,
//    and .png through headless Chromium when it is installed).
// 4. Fits every model on all the data and writes src/confidence/weights.json.
// Deterministic: same data, same weights. Reads ../shared/eval; nothing here ships in the package.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {pathToFileURL, fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {loadScorerCode} from './calibrate/scorer-code.mjs';
import {fitLogistic, predict, calibrationBins} from './calibrate/logistic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = {evalDir: path.resolve(root, '../shared/eval'), folds: 5, write: true, png: true, limit: Infinity};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--eval') opt.evalDir = path.resolve(args[++i]);
  else if (a === '--folds') opt.folds = Number(args[++i]);
  else if (a === '--limit') opt.limit = Number(args[++i]);
  else if (a === '--no-write') opt.write = false;
  else if (a === '--no-png') opt.png = false;
  else { console.error(`calibrate: unknown argument ${a}`); process.exit(2); }
}

const lib = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
const S = await loadScorerCode(opt.evalDir);
const F = await loadFeatures();
const readJsonl = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).slice(0, opt.limit).map((l) => JSON.parse(l));

/** src/confidence/features.ts as a module, bundled to a temporary file. */
async function loadFeatures() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsparse-calibrate-')), 'features.mjs');
  await build({entryPoints: [path.join(root, 'src/confidence/features.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error'});
  const m = await import(pathToFileURL(out).href);
  fs.rmSync(path.dirname(out), {recursive: true, force: true});
  return m;
}

const siteOf = (rec) => { try { return new URL(rec.url).hostname.replace(/^www\./, ''); } catch { return rec.page ?? rec.id; } };
// the files whose gold null asserts absence (corpus/SOURCES.md); elsewhere a null gold is unknown
const NULL_MEANS_NONE = new Set(['readability', 'postlight', 'trafilatura']);
// a silver label for updatedAt, which no corpus annotates: the page says "Updated" next to a date
const UPDATED = /\b(?:updated|last modified|aktualisiert|mis à jour|actualizado)\b[^\n]{1,40}\d/i;

// ---------- decisions and their labels ----------
/** rows[key] = [{x, y, group}]: key is `field:present`, `field:absent`, `role:<role>`, `quotes`, `claims`. */
const rows = {};
const push = (key, x, y, group) => (rows[key] ??= []).push({x, y: y ? 1 : 0, group});

function labelArticle(rec, file) {
  const a = lib.parseArticle(rec.text, {url: rec.url ?? undefined});
  const g = rec.gold ?? {}, inText = rec.inText ?? {};
  const group = siteOf(rec);
  const trustNull = NULL_MEANS_NONE.has(file);
  const ff = F.fieldFeatures(a, rec.url ?? undefined);
  // present: right or wrong when the gold can tell; absent: 1 when the page has it and it was missed
  const field = (name, has, inTextOk, right) => {
    const {present, x} = ff[name];
    if (present) {
      if (has && inTextOk) push(`${name}:present`, x, right(), group);
      else if (!has && trustNull) push(`${name}:present`, x, false, group);
    } else if (has) push(`${name}:absent`, x, inTextOk, group);
    else if (trustNull) push(`${name}:absent`, x, false, group);
  };
  field('headline', !!g.headline, !!inText.headline, () => S.normTitle(a.headline) === S.normTitle(g.headline));
  const goldAuthors = g.authors ?? (g.byline ? [g.byline] : null);
  // [] names nobody: a byline with no person (a date, a button) counts as none
  field('byline', !!goldAuthors?.length, !!inText.byline, () => S.setF1(a.byline?.authors ?? [], goldAuthors) === 1);
  if (!g.publishedAtDisputed) field('publishedAt', !!g.publishedAt, !!inText.publishedAt, () => S.sameDay(a.publishedAt?.iso, g.publishedAt));
  const textTitle = S.normTitle(rec.text);
  if ('dek' in g) {
    const inDek = !!g.dek && textTitle.includes(S.normTitle(g.dek));
    field('dek', !!g.dek, inDek, () => S.multisetF1(S.tokens(a.dek), S.tokens(g.dek)).f >= 0.8);
  }
  const lang = (rec.lang ?? g.lang ?? '').toLowerCase().slice(0, 2) || null;
  field('language', !!lang, true, () => a.language === lang);
  // updatedAt: no gold; the silver label is whether the text shows an update stamp
  {
    const {present, x} = ff.updatedAt;
    const shown = UPDATED.test(rec.text);
    if (present) push('updatedAt:present', x, shown, group); else push('updatedAt:absent', x, shown, group);
  }
  // block roles: is the block's text in the gold body, and did the role say body?
  if (Array.isArray(g.body) && g.body.length) {
    const goldText = ' ' + g.body.map((p) => S.tokens(p).join(' ')).join(' ') + ' ';
    const grams = new Set();
    const gt = S.tokens(g.body.join('\n'));
    for (let i = 0; i + 3 <= gt.length; i++) grams.add(gt.slice(i, i + 3).join(' '));
    const flat = F.blockFeatures(a);
    const d = F.BLOCK_FEATURES.length;
    const bf = a.blocks.map((_, i) => Object.fromEntries(F.BLOCK_FEATURES.map((n, k) => [n, flat[i * d + k]])));
    a.blocks.forEach((b, i) => {
      const t = S.tokens(b.text);
      if (!t.length) return;
      let inBody;
      if (t.length < 8) inBody = goldText.includes(' ' + t.join(' ') + ' ');
      else { let hit = 0; for (let k = 0; k + 3 <= t.length; k++) if (grams.has(t.slice(k, k + 3).join(' '))) hit++; inBody = hit / (t.length - 2) >= 0.6; }
      let right = (b.role === 'body') === inBody;
      if (b.role === 'headline' && g.headline && inText.headline) right = S.normTitle(b.text) === S.normTitle(g.headline);
      push(`role:${b.role}`, bf[i], right, group);
    });
  }
}

function labelQuotes(rec) {
  const a = lib.parseArticle(rec.text);
  const qf = F.quoteFeatures(a);
  const gold = rec.gold.attributions.filter((x) => x.direct);
  const discard = (rec.gold.discard ?? []).map((d) => [d.start, d.end]);
  const G = gold.map((g) => ({g, ps: S.piecesOf(g.content), len: S.lenOf(S.piecesOf(g.content))}));
  a.quotes.forEach((q, i) => {
    const qlen = q.span.end - q.span.start;
    if (qlen <= 0 || S.overlap(q.span, discard) >= 0.5 * qlen) return;
    // the gold direct quote it found, as the scorer matches them
    let best = null, bestO = 0;
    for (const x of G) { const o = S.overlap(q.span, x.ps); if (o > bestO && (o >= 0.5 * x.len || o >= 0.5 * qlen)) { best = x; bestO = o; } }
    if (!best || !best.g.source) return;
    push('quotes', qf[i], S.speakerMatches(q.speaker, best.g), rec.publisher ?? rec.id);
  });
}

function labelClaims(rec) {
  if (rec.notSupportedJs) return;
  const claims = lib.extractNumericClaims(rec.input);
  const cf = F.claimFeatures(claims);
  const used = new Set();
  for (const e of rec.expected) {
    const es = {start: e.start, end: e.end + 1};
    const j = claims.findIndex((c, i) => !used.has(i) && S.overlaps(c.span, es) && (e.value == null || S.valueEq(c.value, e.value)));
    if (j >= 0) used.add(j);
  }
  claims.forEach((c, i) => push('claims', cf[i], used.has(i), rec.id));
}

const t0 = Date.now();
for (const f of fs.readdirSync(path.join(opt.evalDir, 'corpus')).filter((n) => n.endsWith('.dev.jsonl')).sort()) {
  const name = f.replace('.dev.jsonl', '');
  for (const rec of readJsonl(path.join(opt.evalDir, 'corpus', f))) labelArticle(rec, name);
  console.log(`parsed ${f} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
for (const rec of readJsonl(path.join(opt.evalDir, 'quotes/polnear.dev.jsonl'))) labelQuotes(rec);
for (const rec of readJsonl(path.join(opt.evalDir, 'numeric/newsquant.dev.jsonl'))) labelClaims(rec);
console.log(`labelled in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// ---------- models ----------
const MIN_ROLE_ROWS = 300;
const namesOf = (rs) => [...new Set(rs.flatMap((r) => Object.keys(r.x)))].sort();
function foldOf(group) { // FNV-1a: a site's fold never depends on the order of the files
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % opt.folds;
}
/** Cross-validated predictions: each row scored by a model fitted without its site's fold. */
function crossValidate(rs, fit) {
  const out = new Array(rs.length);
  for (let k = 0; k < opt.folds; k++) {
    const train = rs.filter((r) => foldOf(r.group) !== k);
    const m = fit(train);
    rs.forEach((r, i) => { if (foldOf(r.group) === k) out[i] = predict(m, r.x); });
  }
  return out;
}
const fitPlain = (rs) => fitLogistic(rs, namesOf(rs).filter((n) => !n.startsWith('role_')));

const weights = {version: 1, featuresVersion: F.FEATURES_VERSION, fields: {}, roles: {}, quotes: null, claims: null};
const report = {};
const addPairs = (key, pairs) => (report[key] ??= []).push(...pairs);
for (const name of F.FIELD_NAMES) {
  weights.fields[name] = {};
  for (const side of ['present', 'absent']) {
    const rs = rows[`${name}:${side}`] ?? [];
    weights.fields[name][side] = fitPlain(rs);
    const cv = crossValidate(rs, fitPlain);
    // the output's confidence: p for a value; 1 - missed for a null, right when nothing was missed
    addPairs(name, rs.map((r, i) => (side === 'present' ? [cv[i], r.y] : [1 - cv[i], 1 - r.y])));
    addPairs(`${name} (${side})`, rs.map((r, i) => (side === 'present' ? [cv[i], r.y] : [1 - cv[i], 1 - r.y])));
  }
}
// block roles: a model per common role, one pooled model (with the role as a feature) for the rest
const roleRows = Object.entries(rows).filter(([k]) => k.startsWith('role:'));
const pooled = roleRows.flatMap(([, rs]) => rs);
const fitPooled = (rs) => fitLogistic(rs, namesOf(rs));
weights.roles['*'] = fitPooled(pooled);
for (const [key, rs] of roleRows.sort(([a], [b]) => a.localeCompare(b))) {
  const role = key.slice(5);
  const own = rs.length >= MIN_ROLE_ROWS && rs.some((r) => r.y) && rs.some((r) => !r.y);
  if (own) weights.roles[role] = fitPlain(rs);
  // a rare role is cross-validated by the pooled model, fitted without the held-out sites
  const cv = own ? crossValidate(rs, fitPlain) : crossValidatePooled(rs);
  addPairs('block roles', rs.map((r, i) => [cv[i], r.y]));
  addPairs(`role ${role}${own ? '' : ' (pooled)'}`, rs.map((r, i) => [cv[i], r.y]));
}
function crossValidatePooled(rs) {
  const out = new Array(rs.length);
  for (let k = 0; k < opt.folds; k++) {
    const m = fitPooled(pooled.filter((r) => foldOf(r.group) !== k));
    rs.forEach((r, i) => { if (foldOf(r.group) === k) out[i] = predict(m, r.x); });
  }
  return out;
}
for (const key of ['quotes', 'claims']) {
  const rs = rows[key] ?? [];
  weights[key] = fitPlain(rs);
  const cv = crossValidate(rs, fitPlain);
  addPairs(key === 'quotes' ? 'quote speaker' : 'numeric claims', rs.map((r, i) => [cv[i], r.y]));
}

// ---------- report ----------
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
console.log(`\nCross-validated by site, ${opt.folds} folds (confidence = P(output right); ECE over 10 equal bins)`);
console.log('| decision | n | accuracy | mean confidence | ECE | Brier |');
console.log('|---|---:|---:|---:|---:|---:|');
const summary = {};
for (const [key, pairs] of Object.entries(report)) {
  const {ece} = calibrationBins(pairs);
  const acc = pairs.reduce((s, [, y]) => s + y, 0) / pairs.length;
  const conf = pairs.reduce((s, [c]) => s + c, 0) / pairs.length;
  const brier = pairs.reduce((s, [c, y]) => s + (c - y) ** 2, 0) / pairs.length;
  console.log(`| ${key} | ${pairs.length} | ${f3(acc)} | ${f3(conf)} | ${f3(ece)} | ${f3(brier)} |`);
  if (!key.includes('(') && !key.startsWith('role ')) summary[key] = ece;
}
console.log('\nSUMMARY ' + Object.entries(summary).map(([k, v]) => `ece.${k.replace(/\s+/g, '_')}=${f3(v)}`).join(' '));

if (opt.write) {
  fs.writeFileSync(path.join(root, 'src/confidence/weights.json'), JSON.stringify(weights, null, 1) + '\n');
  console.log('wrote src/confidence/weights.json');
  const diagrams = Object.keys(summary).filter((k) => report[k].length);
  const svg = reliabilitySvg(diagrams.map((k) => ({title: k, pairs: report[k]})));
  const svgPath = path.join(root, 'docs/confidence-reliability.svg');
  fs.writeFileSync(svgPath, svg);
  if (opt.png) renderPng(svgPath, path.join(root, 'docs/confidence-reliability.png'));
}

/** Small multiples: per decision, accuracy against mean confidence per bin, dot area by count. */
function reliabilitySvg(panels) {
  const W = 220, H = 230, P = 34, cols = 3;
  const rowsN = Math.ceil(panels.length / cols);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${cols * W}" height="${rowsN * H + 30}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="18" font-size="13">Reliability, cross-validated by site (x: confidence, y: share right; diagonal = calibrated)</text>`];
  panels.forEach(({title, pairs}, i) => {
    const ox = (i % cols) * W, oy = 30 + Math.floor(i / cols) * H;
    const s = W - P - 12;
    const X = (v) => ox + P + v * s, Y = (v) => oy + 22 + (1 - v) * s;
    const {ece, bins} = calibrationBins(pairs);
    parts.push(`<text x="${ox + P}" y="${oy + 14}" font-weight="bold">${title}</text><text x="${ox + W - 12}" y="${oy + 14}" text-anchor="end">ECE ${f3(ece)}, n ${pairs.length}</text>`);
    parts.push(`<rect x="${X(0)}" y="${Y(1)}" width="${s}" height="${s}" fill="none" stroke="#999"/>`);
    parts.push(`<line x1="${X(0)}" y1="${Y(0)}" x2="${X(1)}" y2="${Y(1)}" stroke="#bbb" stroke-dasharray="4 3"/>`);
    for (const t of [0, 0.5, 1]) parts.push(`<text x="${X(t)}" y="${Y(0) + 12}" text-anchor="middle">${t}</text><text x="${X(0) - 4}" y="${Y(t) + 4}" text-anchor="end">${t}</text>`);
    const pts = bins.filter((b) => b.n);
    parts.push(`<polyline fill="none" stroke="#1f6fb2" stroke-width="1.5" points="${pts.map((b) => `${X(b.conf).toFixed(1)},${Y(b.acc).toFixed(1)}`).join(' ')}"/>`);
    for (const b of pts) parts.push(`<circle cx="${X(b.conf).toFixed(1)}" cy="${Y(b.acc).toFixed(1)}" r="${(1.5 + 6 * Math.sqrt(b.n / pairs.length)).toFixed(1)}" fill="#1f6fb2" fill-opacity="0.6"/>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

function renderPng(svgPath, pngPath) {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!chromium) { console.log('no chromium: docs/confidence-reliability.png not redrawn'); return; }
  const m = /width="(\d+)" height="(\d+)"/.exec(fs.readFileSync(svgPath, 'utf8'));
  try {
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${m[1]},${m[2]}`, `--screenshot=${pngPath}`, pathToFileURL(svgPath).href], {stdio: 'ignore', timeout: 60000});
    console.log(`wrote ${path.relative(root, pngPath)}`);
  } catch (e) { console.log(`chromium failed (${e.message}): docs/confidence-reliability.png not redrawn`); }
}
