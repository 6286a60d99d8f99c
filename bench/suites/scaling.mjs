/**
 * Scaling: parseArticle over real article text cut into inputs of 10 KB, 100 KB, 1 MB and
 * 10 MB, and over one pathological 1 MB line (the same text with every line break made a
 * space). The text is one stream of the corpus articles in a fixed shuffled order: the
 * 10 KB, 100 KB and 1 MB rows parse its first 2 MB cut into pieces of their size, the 10 MB
 * row parses its first 10 MB whole, so rows differ in input size, not in the kind of text.
 * Sizes are in UTF-16 characters (1 MB = 2^20).
 * Target: flat — time per MB at 10 MB ≤ 1.5× time per MB at 10 KB.
 * Peak heap is measured in a child process (see lib/heap-probe.mjs), per input, and per
 * article over the corpus.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {loadArticles, articleStream, pieces, singleLine, KiB, MiB} from '../lib/data.mjs';
import {collectGarbage, measure, measureTurns, withoutSamples} from '../lib/measure.mjs';
import {MODULE_PATH} from '../lib/module.mjs';
import {ms, mb, ratio, table, target} from '../lib/report.mjs';

// Above the 10 MB input: the defaults (5,000,000 characters, 50,000 blocks) would refuse it
// or fold most of it into one block, which is not the work we want to time.
const OPTIONS = {maxInputLength: 20_000_000, maxBlocks: 10_000_000};

export default async function scalingSuite({newsparse, quick}) {
  const articles = loadArticles();
  const streamSize = quick ? 2 * MiB : 10 * MiB;
  const stream = articleStream(articles, streamSize);
  const head = stream.slice(0, 2 * MiB);
  const parse = (p) => newsparse.parseArticle(p.text, OPTIONS);
  const asItems = (texts) => texts.map((text) => ({text}));

  const specs = [
    {label: '10 KB', size: 10 * KiB},
    {label: '100 KB', size: 100 * KiB},
    {label: '1 MB', size: MiB},
    ...(quick ? [] : [{label: '10 MB', size: 10 * MiB}]),
  ];
  const rows = [];
  for (const s of specs) {
    const items = asItems(pieces(s.size >= 10 * MiB ? stream : head, s.size));
    collectGarbage();
    const r = measure(`${s.label} inputs`, items, parse, {passes: 1, warmup: s.size <= MiB ? Math.min(items.length, Math.ceil(MiB / s.size / 4)) : 0});
    rows.push({label: s.label, inputs: items.length, ...r});
  }
  const base = rows[0];
  const perMB = (r) => r.perPassMs / (r.charsPerPass / MiB);
  for (const r of rows) {
    r.msPerMB = perMB(r);
    r.vs10KB = r.msPerMB / perMB(base);
  }
  // One input against the 10 KB inputs, taking turns: one untimed parse and three timed ones
  // of the line, each next to a turn over 1 MB of the 10 KB inputs. Timed alone, seconds after
  // the 10 KB row, the line's ratio carried the machine's drift (1.3× to 1.75× for the same
  // build), as functions timed pass against pass did before the parse suite took turns.
  const line = asItems([singleLine(articles, MiB)]);
  const tenKB = asItems(pieces(head, 10 * KiB).slice(0, MiB / (10 * KiB)));
  const [lineTurns, tenKBTurns] = measureTurns([
    {name: '1 MB single line', items: line, fn: parse},
    {name: '10 KB inputs, 1 MB of them', items: tenKB, fn: parse},
  ], {rounds: 3, warmup: 1});
  const oneLineRow = {label: '1 MB, one line', inputs: 1, ...lineTurns, msPerMB: perMB(lineTurns), tenKBMsPerMB: perMB(tenKBTurns)};
  oneLineRow.vs10KB = oneLineRow.msPerMB / oneLineRow.tenKBMsPerMB;
  rows.push(oneLineRow);

  const heap = probeHeap(specs);
  for (const r of rows) Object.assign(r, heap.byLabel[r.label] ?? {});

  const md = table('Scaling — parseArticle on real article text cut into inputs of each size (2 MB of them; 10 MB for the 10 MB row)', [
    ['input', 'label', 'left'],
    ['inputs', 'inputs'],
    ['median ms/input', (r) => ms(r.medianMs)],
    ['ms per MB', (r) => ms(r.msPerMB)],
    ['× 10 KB per MB', (r) => ratio(r.vs10KB)],
    ['peak heap MB (max)', (r) => (r.peakMaxMB == null ? '' : mb(r.peakMaxMB))],
    ['peak heap bytes per input char', (r) => (r.peakPerChar == null ? '' : r.peakPerChar.toFixed(0))],
  ], rows);
  const turnsNote = `The one-line row's "× 10 KB per MB" is against 1 MB of the 10 KB inputs parsed in turns with it (${ms(oneLineRow.tenKBMsPerMB)} ms per MB in those turns), not against the 10 KB row above.`;
  console.log(turnsNote);
  const heapMd = heap.corpus
    ? table('Peak heap per article (corpus and seeds, one parse each)', [
      ['articles', 'n'],
      ['median article KB', (r) => (r.medianKB).toFixed(1)],
      ['peak heap MB (median)', (r) => mb(r.medianMB)],
      ['peak heap MB (p99)', (r) => mb(r.p99MB)],
      ['peak heap MB (max)', (r) => mb(r.maxMB)],
      ['peak heap bytes per char (median)', (r) => r.medianPerChar.toFixed(0)],
    ], [heap.corpus])
    : '_Peak heap: the heap probe did not run._';
  const ten = rows.find((r) => r.label === '10 MB');
  const targets = [
    target('time per MB at 10 MB vs at 10 KB', ten ? ten.vs10KB : null, '<=', 1.5),
    target('time per MB on a single 1 MB line vs at 10 KB', oneLineRow.vs10KB, '<=', 1.5),
  ];
  return {md: `${md}\n\n_${turnsNote}_\n\n${heapMd}`, targets, json: {streamChars: streamSize, options: OPTIONS, rows: rows.map(withoutSamples), heapCorpus: heap.corpus}};
}

/** Run lib/heap-probe.mjs with --trace-gc and read the peak heap of every parse off its output. */
function probeHeap(specs) {
  const jobs = [
    {label: 'corpus', kind: 'corpus'},
    // A few inputs of each size are enough to see the peak.
    ...specs.map((s) => ({label: s.label, kind: 'stream', size: s.size, streamSize: Math.max(s.size, 2 * MiB), count: Math.max(1, Math.min(20, Math.round(MiB / s.size)))})),
    {label: '1 MB, one line', kind: 'line', size: MiB},
  ];
  const probe = fileURLToPath(new URL('../lib/heap-probe.mjs', import.meta.url));
  const res = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', probe, JSON.stringify({module: MODULE_PATH, jobs, options: OPTIONS})], {encoding: 'utf8', maxBuffer: 1 << 28});
  if (res.status !== 0) {
    console.log(`scaling: heap probe failed (${res.status}): ${res.stderr.slice(0, 500)}`);
    return {byLabel: {}, corpus: null};
  }
  const peaks = new Map(); // label -> [{peak, len}]
  let open = null;
  for (const line of res.stdout.split('\n')) {
    if (line.startsWith('@@start ')) {
      open = {gcPeak: 0};
    } else if (line.startsWith('@@end ') && open) {
      const parts = line.split(' ');
      const [len, base, after] = parts.slice(-4, -1).map(Number);
      const label = parts.slice(1, -5).join(' ');
      const peak = Math.max(open.gcPeak, after) - base;
      if (!peaks.has(label)) peaks.set(label, []);
      peaks.get(label).push({peak, len});
      open = null;
    } else if (open) {
      // "[pid:0x..]  123 ms: Scavenge 12.3 (15.0) -> 10.1 (16.0) MB, ..." — the heap before the GC
      const arrow = line.indexOf(' -> ');
      if (arrow < 0) continue;
      const m = /(\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\)$/.exec(line.slice(0, arrow));
      if (m) open.gcPeak = Math.max(open.gcPeak, Number(m[1]) * MiB); // V8 prints MiB
    }
  }
  const byLabel = {};
  for (const [label, list] of peaks) {
    if (label === 'corpus') continue;
    const maxPeak = Math.max(...list.map((p) => p.peak));
    const len = list.reduce((n, p) => n + p.len, 0) / list.length;
    byLabel[label] = {peakMaxMB: maxPeak / MiB, peakPerChar: maxPeak / len};
  }
  const c = peaks.get('corpus') ?? [];
  const q = (xs, f) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(f * (s.length - 1)))];
  };
  const corpus = c.length
    ? {
      n: c.length,
      medianKB: q(c.map((p) => p.len), 0.5) / 1024,
      medianMB: q(c.map((p) => p.peak), 0.5) / MiB,
      p99MB: q(c.map((p) => p.peak), 0.99) / MiB,
      maxMB: Math.max(...c.map((p) => p.peak)) / MiB,
      medianPerChar: q(c.map((p) => p.peak / p.len), 0.5),
    }
    : null;
  return {byLabel, corpus};
}
