/**
 * extractNumericClaims against the peers a user would otherwise run, on the same
 * sentences: every input of the numeric suites (NewsQuant, Recognizers-Text's English
 * specs) and the seeds' lines with numbers.
 * - Microsoft Recognizers-Text (@microsoft/recognizers-text-suite), every English model it
 *   has (number, ordinal, percentage, age, currency, dimension, temperature, datetime, and
 *   the sequence models: phone number, IP address, URL, email, mention, hashtag, GUID;
 *   plus boolean): each sentence is recognized with each model. The per-model split is
 *   reported too.
 * - compromise: nlp(text) then .numbers(), .money(), .percentages(), .fractions(), each
 *   as JSON (which computes the values).
 * Targets (issue 4): throughput ≥ 50× Recognizers-Text and ≥ 10× compromise.
 */
import * as Recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';
import {loadSentences} from '../lib/data.mjs';
import {measure, summarize, withoutSamples} from '../lib/measure.mjs';
import {ms, mb, ratio, table, target} from '../lib/report.mjs';

const MODELS = Object.keys(Recognizers).filter((k) => /^recognize[A-Z]/.test(k)).sort();
const NUMBER_MODELS = ['recognizeAge', 'recognizeCurrency', 'recognizeDimension', 'recognizeNumber', 'recognizeOrdinal', 'recognizePercentage', 'recognizeTemperature'];

export default async function numericSuite({newsparse, quick}) {
  let sentences = loadSentences();
  if (quick) sentences = sentences.filter((_, i) => i % 5 === 0);

  const perModel = Object.fromEntries(MODELS.map((m) => [m, 0]));
  let metering = false;
  const recognizeAll = (s) => {
    for (const m of MODELS) {
      const t0 = performance.now();
      Recognizers[m](s.text, Recognizers.Culture.English);
      if (metering) perModel[m] += performance.now() - t0;
    }
  };
  const compromise = (s) => {
    const doc = nlp(s.text);
    return [doc.numbers().json(), doc.money().json(), doc.percentages().json(), doc.fractions().json()];
  };
  const ours = (s) => newsparse.extractNumericClaims(s.text);

  // Ours is fast: several passes, half before the peers and half after, merged.
  const oursPasses = quick ? 2 : 6;
  const a = measure('newsparse extractNumericClaims', sentences, ours, {passes: oursPasses / 2, warmup: 200});
  const comp = measure('compromise (numbers, money, percentages, fractions)', sentences, compromise, {passes: 1, warmup: 30});
  metering = true;
  const rec = measure(`Recognizers-Text, all ${MODELS.length} English models`, sentences, (s) => recognizeAll(s), {passes: 1, warmup: 10});
  metering = false;
  const b = measure('newsparse extractNumericClaims', sentences, ours, {passes: oursPasses / 2, warmup: 0});
  const mine = summarize(a.name, sentences, oursPasses, [...a.samples, ...b.samples].sort((x, y) => x - y));

  // The warmup also ran through the meter: scale the per-model split to the timed pass.
  const meteredTotal = Object.values(perModel).reduce((x, y) => x + y, 0);
  const split = MODELS.map((m) => ({model: m.replace(/^recognize/, ''), ms: (perModel[m] / meteredTotal) * rec.perPassMs})).sort((x, y) => y.ms - x.ms);
  const numberModelsMs = split.filter((s) => NUMBER_MODELS.includes(`recognize${s.model}`)).reduce((x, y) => x + y.ms, 0);

  const rows = [mine, comp, rec].map((r) => ({...r, speedup: r.perPassMs / mine.perPassMs, speedupMedian: r.medianMs / mine.medianMs}));
  const chars = mine.charsPerPass;
  const md = table(`extractNumericClaims vs peers — ${sentences.length} sentences (${(chars / 1024).toFixed(0)} KB), same inputs`, [
    ['extractor', 'name', 'left'],
    ['median ms/sentence', (r) => ms(r.medianMs)],
    ['ms per pass', (r) => ms(r.perPassMs)],
    ['KB/s', (r) => mb((r.mbPerS * 1024))],
    ['newsparse is × faster (throughput)', (r) => ratio(r.speedup)],
    ['(median)', (r) => ratio(r.speedupMedian)],
  ], rows);
  const md2 = table('Recognizers-Text: where its time goes (one pass)', [
    ['model', 'model', 'left'],
    ['ms per pass', (r) => ms(r.ms)],
    ['share', (r) => `${((100 * r.ms) / rec.perPassMs).toFixed(1)}%`],
    ['newsparse is × faster than this model alone', (r) => ratio(r.ms / mine.perPassMs)],
  ], split);
  console.log(`  the 7 number/unit models alone (no datetime, no sequence models): ${ms(numberModelsMs)} ms per pass, newsparse ${ratio(numberModelsMs / mine.perPassMs)} faster`);
  const targets = [
    target('extractNumericClaims throughput vs Recognizers-Text (all English models)', rec.perPassMs / mine.perPassMs, '>=', 50),
    target('extractNumericClaims throughput vs compromise', comp.perPassMs / mine.perPassMs, '>=', 10),
  ];
  return {
    md: `${md}\n\n${md2}\n\nThe 7 number and unit models alone (no datetime, no sequence models): ${ms(numberModelsMs)} ms per pass; newsparse is ${ratio(numberModelsMs / mine.perPassMs)} faster.`,
    targets,
    json: {sentences: sentences.length, chars, rows: rows.map(withoutSamples), recognizersModels: split, recognizersNumberModelsMs: numberModelsMs},
  };
}
