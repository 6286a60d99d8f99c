#!/usr/bin/env node
// npm run train: rebuilds src/model/weights.json from ../shared/eval/corpus/*.dev.jsonl.
// Labels from gold (scripts/lib/corpus.mjs), features from src/model/features.ts (through the
// same code the parse runs), a conditional-logit headline ranker (scripts/lib/fit.mjs).
// Deterministic: same data, same bytes. Not part of npm test.
//
//   node scripts/train.mjs [--no-headline] [--no-name-line]   (leave a model out: the rules decide there)
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadEntry} from './lib/bundle.mjs';
import {readRecords, labelRecord} from './lib/corpus.mjs';
import {fitRanker, headlineSamples, nameLineSamples} from './lib/fit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const weightsFile = path.join(root, 'src/model/weights.json');
const noHeadline = process.argv.includes('--no-headline');
const noNameLine = process.argv.includes('--no-name-line');

const entry = await loadEntry();
entry.useModel({version: entry.FEATURE_VERSION, headline: null, nameLine: null}); // features and labels from the rules alone
const records = readRecords();
const items = records.map((rec) => {
  const trace = entry.trace(rec.text, rec.url ?? undefined);
  return {rec, trace, label: labelRecord(rec, trace)};
});
const samples = headlineSamples(items);
const nameSamples = nameLineSamples(items, entry.nameLineNone());
const model = {
  version: entry.FEATURE_VERSION,
  trainedOn: `${[...new Set(records.map((r) => r.corpus))].join(', ')} dev files: ${records.length} records, ${samples.length} pages' renderings with the gold headline among the candidates`,
  headline: noHeadline ? null : fitRanker(samples, entry.HEADLINE_FEATURE_NAMES),
  nameLine: noNameLine ? null : fitRanker(nameSamples, entry.NAME_LINE_FEATURE_NAMES),
};
fs.writeFileSync(weightsFile, JSON.stringify(model) + '\n');
console.log(`wrote ${path.relative(process.cwd(), weightsFile)} (${fs.statSync(weightsFile).size} bytes) from ${samples.length} headline and ${nameSamples.length} name-line samples`);
