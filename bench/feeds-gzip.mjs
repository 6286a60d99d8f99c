#!/usr/bin/env node
// A 1 GB gzipped JSONL feed streamed through `newsparse` in one pass, with peak RSS: shows
// that the file is read, gunzipped, split and written as streams, never held in memory.
//
// The feed alternates a short article (from the shared corpus texts, generated at run time)
// with a bulky line of random base64 (~150k characters; random data so that gzip cannot shrink
// it much). With --max-input-length 50000 the bulky lines are over the line limit, so the line
// splitter skips their text without buffering it and each becomes a RECORD_TOO_LARGE error
// record: every byte of the 1 GB is gunzipped and scanned, every line gets its output record,
// and parsing time (measured by bench/feeds.mjs) stays out of the way.
//
//   node bench/feeds-gzip.mjs [--gb 1] [--jobs 2] [--cli dist/cli.js]
import {randomBytes} from 'node:crypto';
import {createWriteStream, existsSync, mkdirSync, renameSync, statSync} from 'node:fs';
import {once} from 'node:events';
import {join, resolve, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createGzip} from 'node:zlib';
import {corpusTexts, runCli} from './feeds.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const gb = Number(arg('gb', '1'));
const jobs = arg('jobs', '2');
const cli = resolve(root, arg('cli', 'dist/cli.js'));
const dir = resolve(root, '.tmp/feeds-bench');

async function buildBigFeed() {
  mkdirSync(dir, {recursive: true});
  const path = join(dir, `big-${gb}gb.jsonl.gz`);
  if (existsSync(path)) return path;
  const texts = corpusTexts(undefined, 300);
  const file = createWriteStream(path + '.part');
  const gzip = createGzip({level: 1});
  gzip.pipe(file);
  let compressed = 0;
  gzip.on('data', (chunk) => (compressed += chunk.length));
  const target = gb * 1024 ** 3;
  for (let i = 0; compressed < target; i++) {
    const ok = JSON.stringify({id: `a${i}`, text: texts[i % texts.length]}) + '\n';
    const bulky = JSON.stringify({id: `b${i}`, text: randomBytes(112_000).toString('base64')}) + '\n';
    if (!gzip.write(ok + bulky)) await once(gzip, 'drain');
  }
  gzip.end();
  await once(file, 'close');
  renameSync(path + '.part', path);
  return path;
}

const feed = await buildBigFeed();
const size = statSync(feed).size;
console.log(`feed: ${feed} (${(size / 1024 ** 3).toFixed(2)} GB gzipped)`);
const r = await runCli(cli, [feed, '--jobs', jobs, '--max-input-length', '50000', '--out', '/dev/null']);
console.log(
  `--jobs ${jobs}: ${r.seconds.toFixed(1)} s, ${(size / 1024 ** 2 / r.seconds).toFixed(0)} MB/s gzipped, peak RSS ${r.maxRssMb.toFixed(0)} MB, exit ${r.code} (1: the bulky lines are error records)\n    ${r.summary}`,
);
