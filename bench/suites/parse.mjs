/**
 * parseArticle against its floor, per article, on every corpus article and seed:
 * - a plain `text.split(/\n/)` scan (the least any line-based reader does),
 * - retext-english parsing the same text alone (the tokenizing our stack cannot avoid).
 * Target: median time per article ≤ 2.0× retext-english alone.
 * While parseArticle runs, the chrono meter records the time spent in chrono-node per
 * article, which the dates suite compares with one chrono pass over the whole text.
 */
import {unified} from 'unified';
import retextEnglish from 'retext-english';
import {loadArticles} from '../lib/data.mjs';
import {measureInterleaved, withoutSamples} from '../lib/measure.mjs';
import {chronoMeter, resetChronoMeter} from '../lib/chrono-meter.mjs';
import {ms, mb, ratio, table, target} from '../lib/report.mjs';

const retext = unified().use(retextEnglish).freeze();

export default async function parseSuite({newsparse, quick, shared}) {
  const articles = loadArticles();
  const passes = quick ? 1 : 4;
  const chronoMs = new Float64Array(articles.length);
  const chronoCalls = new Float64Array(articles.length);

  const splitScan = (a) => {
    let n = 0;
    for (const line of a.text.split(/\n/)) if (line.trim()) n++;
    return n;
  };
  const retextAlone = (a) => retext.parse(a.text);
  const parse = (a, i) => {
    resetChronoMeter();
    chronoMeter.on = true;
    const article = newsparse.parseArticle(a.text);
    chronoMeter.on = false;
    chronoMs[i] += chronoMeter.ms;
    chronoCalls[i] += chronoMeter.calls;
    return article;
  };

  const [split, floor, ours] = measureInterleaved(articles, [
    {name: 'text.split(/\\n/) scan', fn: splitScan},
    {name: 'retext-english parse alone', fn: retextAlone},
    {name: 'newsparse parseArticle', fn: parse},
  ], {passes, warmup: articles.length});

  // The warmup (one untimed pass of each function, so that the numbers are the steady
  // state of a process that parses a feed, not the first minutes of its JIT compilation)
  // ran `parse` too: take only the timed passes' share of the chrono meter.
  const runsOf = () => passes + 1;
  shared.chrono = {articles, ms: [...chronoMs].map((t, i) => t / runsOf(i)), calls: [...chronoCalls].map((c, i) => c / runsOf(i))};

  const rows = [split, floor, ours].map((r) => ({
    ...r,
    vsRetextMedian: r.medianMs / floor.medianMs,
    vsRetextTotal: r.perPassMs / floor.perPassMs,
    vsSplitMedian: r.medianMs / split.medianMs,
  }));
  const md = table(`parseArticle vs its floor — ${articles.length} articles (${mb(ours.charsPerPass / 2 ** 20)} MB), ${passes} pass(es), interleaved`, [
    ['task', 'name', 'left'],
    ['median ms/article', (r) => ms(r.medianMs)],
    ['p99 ms', (r) => ms(r.p99Ms)],
    ['ms per pass', (r) => ms(r.perPassMs)],
    ['MB/s', (r) => mb(r.mbPerS)],
    ['× retext (median)', (r) => ratio(r.vsRetextMedian)],
    ['× retext (total)', (r) => ratio(r.vsRetextTotal)],
    ['× split (median)', (r) => ratio(r.vsSplitMedian)],
  ], rows);
  const targets = [target('parseArticle median per article vs retext-english alone', ours.medianMs / floor.medianMs, '<=', 2.0)];
  return {md, targets, json: {articles: articles.length, passes, rows: rows.map(withoutSamples)}};
}
