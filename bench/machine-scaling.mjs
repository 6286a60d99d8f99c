#!/usr/bin/env node
// The machine's own ceiling for --jobs: how much more parsing two (or N) independent
// processes get done in the same time than one, with no pool, no main thread and nothing
// shared. A --jobs N speed-up (bench/feeds.mjs) cannot beat this ratio; on a virtual machine
// whose cores share a physical one it is well under N.
//
//   node bench/machine-scaling.mjs [--processes 2] [--seconds 15]
//
// Not a test: the figure is the machine's, and depends on what else runs on it.
import {spawn} from 'node:child_process';
import {availableParallelism} from 'node:os';
import {pathToFileURL} from 'node:url';
import {MODULE_PATH} from './lib/module.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const processes = arg('processes', 2);
const seconds = arg('seconds', 15);
const data = pathToFileURL(new URL('./lib/data.mjs', import.meta.url).pathname).href;

// each process parses the first 400 bench articles round and round for `seconds`, and prints how many it parsed
const child = `
const {parseArticle} = await import(${JSON.stringify(pathToFileURL(MODULE_PATH).href)});
const {loadArticles} = await import(${JSON.stringify(data)});
const articles = loadArticles().slice(0, 400);
for (const a of articles.slice(0, 50)) parseArticle(a.text);
const start = performance.now();
let n = 0;
while (performance.now() - start < ${seconds * 1000}) parseArticle(articles[n++ % articles.length].text);
console.log(n);
`;
const run = (k) =>
  Promise.all(
    Array.from({length: k}, () => new Promise((resolve, reject) => {
      const p = spawn(process.execPath, ['--input-type=module', '-e', child], {stdio: ['ignore', 'pipe', 'inherit']});
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`a parsing process exited with ${code}`))));
    })),
  );

const [one] = await run(1);
const many = (await run(processes)).reduce((a, b) => a + b, 0);
console.log(`machine: ${availableParallelism()} cores, node ${process.version}`);
console.log(`articles parsed in ${seconds} s: 1 process ${one}; ${processes} processes ${many} together: ${(many / one).toFixed(2)}x (the ceiling of a --jobs ${processes} speed-up here)`);
