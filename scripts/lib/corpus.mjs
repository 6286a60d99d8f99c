// The dev corpora in ../shared/eval/corpus, read as records, with the site each page
// belongs to (the unit cross-validation keeps together) and gold aligned to blocks.
// Normalisation follows ../shared/eval/score.mjs, so a label means what the scorer counts.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as chrono from 'chrono-node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(root, '../shared/eval/corpus');

export function corpusFiles() {
  return fs.readdirSync(corpusDir).filter((f) => f.endsWith('.dev.jsonl')).sort().map((f) => path.join(corpusDir, f));
}

export function readRecords(files = corpusFiles()) {
  const out = [];
  for (const file of files) {
    const source = path.basename(file).replace(/\.dev\.jsonl$/, '');
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      out.push({...rec, corpus: source, file});
    }
  }
  // the site of a page: its URL's host, else the site in its page id; both renderings get the
  // site of the page's first record, so they always share a fold
  const siteOfPage = new Map();
  for (const r of out) if (!siteOfPage.has(r.page)) siteOfPage.set(r.page, siteOf(r));
  for (const r of out) r.site = siteOfPage.get(r.page);
  return out;
}

function siteOf(rec) {
  if (rec.url) {
    try {
      return new URL(rec.url).hostname.toLowerCase().replace(/^www\d?\./, '');
    } catch { /* fall through */ }
  }
  const name = rec.page.split('/')[1] ?? rec.page;
  // "example.com--test-case-2", "example.com.2895", "nytimes-2": the name without its counter
  return name.replace(/--.*$/, '').replace(/[.-]\d+$/, '').replace(/^www\d?\./, '').toLowerCase();
}

// ---------- normalisation (as in score.mjs) ----------
export const norm = (s) => (s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
  .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
export const normTitle = (s) => norm(s).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
export const tokens = (s) => norm(s).match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}])+/gu) ?? [];
export const normName = (s) => norm(s).replace(/^by\s+/, '').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

function dayOf(iso) { const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? ''); return m ? Date.UTC(+m[1], m[2] - 1, +m[3]) : null; }

const DATE_PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.nl, chrono.ja].filter(Boolean);

/**
 * Gold aligned to the blocks of one trace (see scripts/lib/model-entry.ts). Indices are block
 * indices; null where the gold is absent or not in the text.
 */
export function labelRecord(rec, tr) {
  const g = rec.gold ?? {};
  const inText = rec.inText ?? {};
  const blocks = tr.blocks;
  const lab = {id: rec.id, page: rec.page, site: rec.site, corpus: rec.corpus, render: rec.render};
  // headline: the blocks whose folded text is the gold headline, and which candidate that is
  if (g.headline && inText.headline) {
    const want = normTitle(g.headline);
    lab.headline = blocks.flatMap((b, i) => (normTitle(b.visible) === want ? [i] : []));
    lab.headlineCandidate = tr.headline.findIndex((c) => lab.headline.includes(c.index));
  }
  // byline: the first short block that names every gold author
  const authors = (g.authors ?? []).map(normName).filter(Boolean);
  if (authors.length && inText.byline) {
    const i = blocks.findIndex((b) => b.visible.length <= 300 && authors.every((a) => normName(b.visible).includes(a)));
    lab.byline = i < 0 ? null : i;
  }
  // date: the first short block in which chrono reads a date of the gold's day
  if (g.publishedAt && inText.publishedAt) {
    const day = dayOf(g.publishedAt);
    const slack = /T\d/.test(g.publishedAt) ? 86400000 : 0;
    lab.date = null;
    for (let i = 0; i < blocks.length && i < 400 && lab.date === null; i++) {
      const v = blocks[i].visible;
      if (v.length > 300 || !/\d/.test(v)) continue;
      for (const p of DATE_PARSERS) {
        const hit = p.parse(v, new Date(day ?? 0)).some((r) => {
          const k = r.start.get('year') && r.start.get('month') && r.start.get('day') ? Date.UTC(r.start.get('year'), r.start.get('month') - 1, r.start.get('day')) : null;
          return k !== null && Math.abs(k - day) <= slack;
        });
        if (hit) { lab.date = i; break; }
      }
    }
  }
  // body: blocks whose words are a gold paragraph or lie inside the gold body
  if (g.body?.length) {
    const paras = new Set(g.body.map((p) => tokens(p).join(' ')));
    const all = ' ' + tokens(g.body.join('\n')).join(' ') + ' ';
    lab.body = blocks.flatMap((b, i) => {
      const t = tokens(b.visible).join(' ');
      if (!t) return [];
      return paras.has(t) || (t.length >= 25 && all.includes(' ' + t + ' ')) ? [i] : [];
    });
    lab.bodyStart = lab.body.length ? lab.body[0] : null;
  } else if (g.bodyStart) {
    const want = tokens(g.bodyStart).slice(0, 6).join(' ');
    const i = want ? blocks.findIndex((b) => tokens(b.visible).slice(0, 80).join(' ').startsWith(want)) : -1;
    lab.bodyStart = i < 0 ? null : i;
  }
  // what the rules and the committed model chose, for the counts
  lab.predHeadline = blocks.findIndex((b) => b.role === 'headline');
  lab.predBodyStart = blocks.findIndex((b) => b.role === 'body');
  return lab;
}
