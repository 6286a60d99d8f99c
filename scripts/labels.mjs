#!/usr/bin/env node
// npm run labels: aligns each dev record's gold (../shared/eval/corpus/*.dev.jsonl) with its
// blocks — headline block, byline block, date block, body blocks, body start — writes them to
// .cache/labels.json (git-ignored) and prints how often each label was found and how often
// the current parse agrees with it.
import fs from 'node:fs';
import path from 'node:path';
import {loadEntry, cacheDir} from './lib/bundle.mjs';
import {readRecords, labelRecord} from './lib/corpus.mjs';

const entry = await loadEntry();
const records = readRecords();
const labels = records.map((rec) => labelRecord(rec, entry.trace(rec.text, rec.url ?? undefined)));
fs.mkdirSync(cacheDir, {recursive: true});
const out = path.join(cacheDir, 'labels.json');
fs.writeFileSync(out, JSON.stringify({featureVersion: entry.FEATURE_VERSION, labels}));

const f = (n, d) => `${n}/${d}${d ? ` (${(n / d).toFixed(3)})` : ''}`;
for (const corpus of [...new Set(labels.map((l) => l.corpus))]) {
  const ls = labels.filter((l) => l.corpus === corpus);
  const h = ls.filter((l) => l.headline);
  const hb = h.filter((l) => l.headline.length);
  const hc = h.filter((l) => l.headlineCandidate >= 0);
  const hp = h.filter((l) => l.headline.includes(l.predHeadline));
  const by = ls.filter((l) => 'byline' in l);
  const dt = ls.filter((l) => 'date' in l);
  const bs = ls.filter((l) => 'bodyStart' in l);
  console.log(`${corpus}: ${ls.length} records, ${new Set(ls.map((l) => l.site)).size} sites`);
  console.log(`  headline: gold ${h.length}, a block ${f(hb.length, h.length)}, a candidate ${f(hc.length, h.length)}, chosen ${f(hp.length, h.length)}`);
  console.log(`  byline: gold ${by.length}, a block ${f(by.filter((l) => l.byline !== null).length, by.length)}`);
  console.log(`  date: gold ${dt.length}, a block ${f(dt.filter((l) => l.date !== null).length, dt.length)}`);
  console.log(`  body start: gold ${bs.length}, a block ${f(bs.filter((l) => l.bodyStart !== null).length, bs.length)}, chosen ${f(bs.filter((l) => l.bodyStart !== null && l.bodyStart === l.predBodyStart).length, bs.length)}`);
}
console.log(`wrote ${path.relative(process.cwd(), out)}`);
