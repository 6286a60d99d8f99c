/**
 * What a user would otherwise run on the page: @mozilla/readability over linkedom, on the
 * page's HTML, against parseArticle on the text a scraper captured from the same page.
 * HTML is not in the repo: set NEWSPARSE_BENCH_HTML to a directory holding
 * - `<name>.html` or `<name>.html.gz`: matched to corpus records whose htmlFile has that name
 *   (Postlight Parser fixtures, Zyte benchmark pages), or
 * - `<name>/source.html`: matched to the corpus page `readability/<name>` (Readability's
 *   test pages).
 * Without it the row is skipped. Target: parseArticle ≥ 5× faster per article.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {loadCorpus} from '../lib/data.mjs';
import {measureInterleaved, withoutSamples} from '../lib/measure.mjs';
import {ms, ratio, table, target} from '../lib/report.mjs';

function loadPages(dir) {
  const corpus = loadCorpus();
  // Prefer the innerText rendering of a page (what a browser-based scraper captures).
  const byKey = new Map();
  for (const r of [...corpus].sort((a, b) => (a.render === 'innerText' ? 1 : 0) - (b.render === 'innerText' ? 1 : 0))) {
    if (r.htmlFile) byKey.set(path.basename(r.htmlFile).replace(/\.html(?:\.gz)?$/, ''), r);
    if (r.page.startsWith('readability/')) byKey.set(`readability/${r.page.slice('readability/'.length)}`, r);
  }
  const pages = [];
  for (const entry of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    let html = null;
    let key = null;
    if (/\.html(?:\.gz)?$/.test(entry)) {
      const raw = fs.readFileSync(full);
      html = entry.endsWith('.gz') ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
      key = entry.replace(/\.html(?:\.gz)?$/, '');
    } else if (fs.existsSync(path.join(full, 'source.html'))) {
      html = fs.readFileSync(path.join(full, 'source.html'), 'utf8');
      key = `readability/${entry}`;
    }
    const record = key && byKey.get(key);
    if (html && record) pages.push({id: record.id, html, text: record.text});
  }
  return pages;
}

export default async function readabilitySuite({newsparse, quick}) {
  const dir = process.env.NEWSPARSE_BENCH_HTML;
  if (!dir || !fs.existsSync(dir)) {
    console.log('\nreadability: NEWSPARSE_BENCH_HTML is not set (or not a directory) — skipped');
    return {md: '_Readability row skipped: no HTML directory given (NEWSPARSE_BENCH_HTML)._', targets: [target('parseArticle vs Readability+linkedom (median per article)', null, '>=', 5)], json: {skipped: 'NEWSPARSE_BENCH_HTML not set'}};
  }
  const pages = loadPages(dir);
  if (!pages.length) {
    console.log(`\nreadability: no HTML file in ${dir} matches a corpus record — skipped`);
    return {md: '', targets: [target('parseArticle vs Readability+linkedom (median per article)', null, '>=', 5)], json: {skipped: 'no matching HTML'}};
  }
  const readability = (p) => {
    try {
      const {document} = parseHTML(p.html);
      return new Readability(document).parse();
    } catch {
      return null; // a page Readability cannot handle still cost what it cost
    }
  };
  const [theirs, ours] = measureInterleaved(pages, [
    {name: '@mozilla/readability over linkedom (HTML)', fn: readability},
    {name: 'newsparse parseArticle (scraped text)', fn: (p) => newsparse.parseArticle(p.text)},
  // at least ~30 timed parses a side: with a handful of pages, a few passes are noise
  ], {passes: quick ? 1 : Math.max(3, Math.ceil(30 / pages.length)), warmup: 10});
  const htmlKB = pages.reduce((n, p) => n + p.html.length, 0) / 1024;
  const rows = [theirs, ours].map((r) => ({...r, speedup: theirs.medianMs / r.medianMs, speedupTotal: theirs.perPassMs / r.perPassMs}));
  const md = table(`parseArticle vs Readability — ${pages.length} pages (${htmlKB.toFixed(0)} KB of HTML, ${(ours.charsPerPass / 1024).toFixed(0)} KB of text)`, [
    ['extractor', 'name', 'left'],
    ['median ms/article', (r) => ms(r.medianMs)],
    ['ms per pass', (r) => ms(r.perPassMs)],
    ['newsparse is × faster (median)', (r) => ratio(r.speedup)],
    ['(total)', (r) => ratio(r.speedupTotal)],
  ], rows);
  const targets = [target('parseArticle vs Readability+linkedom (median per article)', theirs.medianMs / ours.medianMs, '>=', 5)];
  return {md, targets, json: {pages: pages.map((p) => p.id), rows: rows.map(withoutSamples)}};
}
