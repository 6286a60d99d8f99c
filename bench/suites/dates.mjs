/**
 * Date finding: the time parseArticle spends in chrono-node (every call it makes, measured
 * by the chrono meter during the parse suite's runs) against one chrono-node pass over the
 * whole text of the same article. Target: no more than one chrono pass, per article
 * (median) and over the corpus (total).
 */
import {loadArticles} from '../lib/data.mjs';
import {measure, withoutSamples} from '../lib/measure.mjs';
import {chrono, chronoMeter, resetChronoMeter} from '../lib/chrono-meter.mjs';
import {ms, ratio, table, target} from '../lib/report.mjs';

const REF = new Date(Date.UTC(2000, 0, 1));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export default async function datesSuite({newsparse, quick, shared}) {
  if (!shared.chrono) {
    // Run alone: measure the chrono share of one parse of each article here.
    const articles = loadArticles();
    const msBy = [];
    const callsBy = [];
    for (const a of articles) {
      resetChronoMeter();
      chronoMeter.on = true;
      newsparse.parseArticle(a.text);
      chronoMeter.on = false;
      msBy.push(chronoMeter.ms);
      callsBy.push(chronoMeter.calls);
    }
    shared.chrono = {articles, ms: msBy, calls: callsBy};
  }
  const {articles, ms: oursMs, calls} = shared.chrono;
  const totalCalls = calls.reduce((a, b) => a + b, 0);
  if (totalCalls === 0) {
    console.log('\ndates: the module under test made no chrono-node calls the bench could see (a different chrono-node copy?) — skipped');
    return {md: '', targets: [target('date finding vs one chrono pass (median)', null, '<=', 1)], json: {skipped: 'no chrono calls seen'}};
  }

  chronoMeter.on = true; // the peer pays the same wrapper cost
  const peer = measure('chrono-node, one pass over the whole text', articles, (a) => chrono.parse(a.text, REF), {passes: quick ? 1 : 2, warmup: 20});
  chronoMeter.on = false;

  const oursTotal = oursMs.reduce((a, b) => a + b, 0);
  const ours = {name: 'newsparse date finding (its chrono calls in parseArticle)', medianMs: median(oursMs), perPassMs: oursTotal, callsPerArticle: totalCalls / articles.length};
  const rows = [ours, {...peer, callsPerArticle: 1}].map((r) => ({...r, vsChronoMedian: r.medianMs / peer.medianMs, vsChronoTotal: r.perPassMs / peer.perPassMs}));
  const md = table(`Date finding vs one chrono-node pass — ${articles.length} articles`, [
    ['task', 'name', 'left'],
    ['median ms/article', (r) => ms(r.medianMs)],
    ['ms per pass', (r) => ms(r.perPassMs)],
    ['chrono calls/article', (r) => r.callsPerArticle.toFixed(1)],
    ['× chrono (median)', (r) => ratio(r.vsChronoMedian)],
    ['× chrono (total)', (r) => ratio(r.vsChronoTotal)],
  ], rows);
  const targets = [
    target('date finding median per article vs one chrono pass', ours.medianMs / peer.medianMs, '<=', 1.0),
    target('date finding over the corpus vs one chrono pass', oursTotal / peer.perPassMs, '<=', 1.0),
  ];
  return {md, targets, json: {articles: articles.length, rows: rows.map(withoutSamples)}};
}
