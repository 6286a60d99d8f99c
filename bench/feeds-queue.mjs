#!/usr/bin/env node
// Throughput of `newsparse worker` processes on one machine: starts a local redis-server on a
// free loopback port, adds N feed records (built at run time from the shared corpus texts) as
// BullMQ jobs, starts W worker processes, and times until all N jobs are completed; for each W.
//
//   node bench/feeds-queue.mjs [--records 2000] [--workers 1,2,4] [--chars 2000] [--cli dist/cli.js]
//
// Needs redis-server (apt-get install redis-server) and the bullmq + ioredis packages.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdtempSync, readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Queue} from 'bullmq';
import {corpusTexts} from './feeds.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const records = Number(arg('records', '2000'));
const workerCounts = arg('workers', '1,2,4').split(',').map(Number);
const chars = Number(arg('chars', '2000'));
const cli = resolve(root, arg('cli', 'dist/cli.js'));

/** User + system CPU seconds of a live process, from /proc (Linux). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

const port = await freePort();
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', mkdtempSync(join(tmpdir(), 'nsq-'))], {stdio: ['ignore', 'pipe', 'inherit']});
await new Promise((ok, fail) => {
  let log = '';
  redis.stdout.on('data', (d) => (log += d) && log.includes('Ready to accept connections') && ok());
  redis.on('exit', (code) => fail(new Error(`redis-server exited ${code}`)));
});

const connection = {host: '127.0.0.1', port};
const texts = corpusTexts(undefined, chars);
console.log(`machine: ${availableParallelism()} cores; ${records} jobs per run (texts cut near ${chars} chars), redis on 127.0.0.1:${port}`);
try {
  let base;
  for (const count of workerCounts) {
    const name = `bench-${count}`;
    const queue = new Queue(name, {connection});
    for (let i = 0; i < records; i += 500) {
      const batch = [];
      for (let j = i; j < Math.min(records, i + 500); j++) batch.push({name: 'parse', data: {id: `r${j}`, text: texts[j % texts.length]}});
      await queue.addBulk(batch);
    }
    const started = performance.now();
    const workers = Array.from({length: count}, () =>
      spawn(process.execPath, [cli, 'worker', '--redis', `redis://127.0.0.1:${port}`, '--queue', name, '--sink', '/dev/null', '--quiet'], {stdio: 'inherit'}),
    );
    for (;;) {
      const {completed, failed} = await queue.getJobCounts('completed', 'failed');
      if (completed + failed >= records) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = workers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0);
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => once(w, 'exit')));
    const rate = records / seconds;
    base ??= rate;
    console.log(
      `${count} worker${count > 1 ? 's' : ''}: ${seconds.toFixed(1)} s, ${rate.toFixed(0)} records/s, x${(rate / base).toFixed(2)} vs ${workerCounts[0]}; ` +
        `workers' CPU ${cpu.toFixed(1)} s (${(records / cpu).toFixed(0)} records per CPU-second, ${(cpu / seconds).toFixed(2)} cores busy), load ${loadavg()[0].toFixed(1)}`,
    );
    await queue.obliterate({force: true});
    await queue.close();
  }
} finally {
  redis.kill('SIGTERM');
  await once(redis, 'exit');
}
