#!/usr/bin/env node
// Feed throughput and memory of the newsparse command: builds a JSONL feed from the shared
// corpus texts at run time (never committed), runs `newsparse --jobs N` over it for each N,
// and prints records/s, the speed-up over --jobs 1 and the peak RSS of the whole process
// (all threads), as measured by /usr/bin/time.
//
//   node bench/feeds.mjs [--records 100000] [--jobs 1,2] [--cli dist/cli.js] [--chars 4000] [--gzip]
//   node bench/feeds.mjs --crossover [--sizes 50,200,1000,3000]
//
// --crossover runs feeds of growing size with --jobs 1 and --jobs 2 and with no --jobs (the
// default, chosen from the input's size), to show where a pool starts to gain and what the
// default picks there.
//
// Not a test: numbers depend on the machine and on what else runs on it.
import {spawn} from 'node:child_process';
import {createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {once} from 'node:events';
import {availableParallelism, loadavg} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createGzip} from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const records = Number(arg('records', '100000'));
const jobsList = arg('jobs', '1,2').split(',').map(Number);
const cli = resolve(root, arg('cli', 'dist/cli.js'));
const chars = Number(arg('chars', '4000'));
const gzip = args.includes('--gzip');
const corpusDir = resolve(root, arg('corpus', '../shared/eval/corpus'));
const workDir = resolve(root, '.tmp/feeds-bench');

/** The corpus page texts, each cut at a line end near `chars` characters (a feed item, not a whole page dump). */
export function corpusTexts(dir = corpusDir, limit = chars) {
  const texts = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const {text} = JSON.parse(line);
      if (typeof text !== 'string' || !text.trim()) continue;
      const cut = text.length > limit ? text.lastIndexOf('\n', limit) : text.length;
      texts.push(text.slice(0, cut > 0 ? cut : limit));
    }
  }
  return texts;
}

/** Write `n` JSONL records cycling through the corpus texts; returns the path. */
export async function buildFeed(n, {gz = false, dir = workDir, limit = chars} = {}) {
  mkdirSync(dir, {recursive: true});
  const path = join(dir, `feed-${n}-${limit}.jsonl${gz ? '.gz' : ''}`);
  if (existsSync(path)) return path;
  const texts = corpusTexts(corpusDir, limit);
  const file = createWriteStream(path + '.part');
  const out = gz ? createGzip({level: 1}) : file;
  if (gz) out.pipe(file);
  for (let i = 0; i < n; i++) {
    const line = JSON.stringify({id: `r${i}`, url: `https://example.com/feed/${i}`, text: texts[i % texts.length]}) + '\n';
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(file, 'close');
  const {renameSync} = await import('node:fs');
  renameSync(path + '.part', path);
  return path;
}

/** Run the command over `input`; resolves to {seconds, maxRssMb, code, summary}. */
export function runCli(cliPath, cliArgs) {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'maxrss_kb=%M cpu_s=%U+%S', process.execPath, cliPath, ...cliArgs], {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
      const cpu = /cpu_s=([\d.]+)\+([\d.]+)/.exec(stderr);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
      const summary = /newsparse: .*/.exec(stderr)?.[0] ?? stderr.trim().split('\n').slice(-3).join(' | ');
      resolveRun({seconds, cpuSeconds, maxRssMb: rss, code, summary});
    });
  });
}

/** Feeds of growing size, each with --jobs 1, --jobs 2 and the default: where the pool starts to pay. */
async function crossover() {
  const sizes = arg('sizes', '50,200,1000,3000').split(',').map(Number);
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}; texts cut near ${chars} chars`);
  console.log('records   MB   --jobs 1   --jobs 2   2 vs 1   default   default picks');
  for (const n of sizes) {
    const feed = await buildFeed(n);
    const mb = statSync(feed).size / 1e6;
    const one = await runCli(cli, [feed, '--jobs', '1', '--out', '/dev/null', '--quiet']);
    const two = await runCli(cli, [feed, '--jobs', '2', '--out', '/dev/null', '--quiet']);
    const auto = await runCli(cli, [feed, '--out', '/dev/null', '--quiet']);
    // the rule in src/cli/run-parse.ts (jobsForWork): one thread below 2 MB of input
    const picks = statSync(feed).size < 2_000_000 ? '1 thread' : `${availableParallelism()} threads`;
    console.log(
      `${String(n).padStart(7)} ${mb.toFixed(1).padStart(5)} ${one.seconds.toFixed(1).padStart(8)} s ${two.seconds.toFixed(1).padStart(8)} s ${(one.seconds / two.seconds).toFixed(2).padStart(7)}x ${auto.seconds.toFixed(1).padStart(7)} s   ${picks}, load ${loadavg()[0].toFixed(1)}`,
    );
  }
}

async function main() {
  if (args.includes('--crossover')) return crossover();
  if (!existsSync(cli)) throw new Error(`${cli} not found: build first (npm run build, or --cli .tmp/cli/cli.js)`);
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}; building ${records} records (texts cut near ${chars} chars)${gzip ? ', gzipped' : ''}`);
  const feed = await buildFeed(records, {gz: gzip});
  console.log(`feed: ${feed} (${(statSync(feed).size / 1e6).toFixed(1)} MB)`);
  const results = [];
  for (const jobs of jobsList) {
    const r = await runCli(cli, [feed, '--jobs', String(jobs), '--out', '/dev/null']);
    const rate = records / r.seconds;
    results.push({jobs, rate});
    const speedup = results[0] ? rate / results[0].rate : 1;
    console.log(
      `--jobs ${jobs}: ${r.seconds.toFixed(1)} s, ${rate.toFixed(0)} records/s, x${speedup.toFixed(2)} vs --jobs ${results[0].jobs}, ` +
        `peak RSS ${r.maxRssMb.toFixed(0)} MB, CPU ${r.cpuSeconds.toFixed(1)} s (${(r.cpuSeconds / r.seconds).toFixed(2)} cores busy), load ${loadavg()[0].toFixed(1)}, exit ${r.code}\n    ${r.summary}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
