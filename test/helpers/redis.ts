// A real Redis for the queue tests: Debian's redis-server (.ci/run installs it), started on a
// free loopback port with no persistence.
import {spawn, type ChildProcess} from 'node:child_process';
import {once} from 'node:events';
import {createServer} from 'node:net';

/** A loopback port no one listens on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as {port: number};
  server.close();
  await once(server, 'close');
  return port;
}

/** Start redis-server on `port` with its files in `dir`; resolves once it accepts connections. */
export async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {stdio: ['ignore', 'pipe', 'pipe']});
  await new Promise<void>((ready, fail) => {
    let log = '';
    redis.stdout!.on('data', (d: Buffer) => {
      log += d;
      if (log.includes('Ready to accept connections')) ready();
    });
    redis.on('error', (error) => fail(new Error(`cannot start redis-server (apt-get install redis-server): ${error.message}`)));
    redis.on('exit', (code) => fail(new Error(`redis-server exited with ${code}: ${log}`)));
  });
  return redis;
}

/** Wait until `check` holds, polling every 100 ms; throws after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
