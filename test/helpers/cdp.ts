// A small Chrome DevTools Protocol client over --remote-debugging-pipe (no WebSocket, no
// dependency): Chromium reads commands from fd 3 and writes replies and events to fd 4,
// each message JSON ended by a NUL byte.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Readable, Writable} from 'node:stream';

/** Where Chromium is: $CHROMIUM, else Debian's /usr/bin/chromium (or chromium on the PATH), else null. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'chromium'))) return join(dir, 'chromium');
  return null;
}

type Message = {id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: {message: string}; sessionId?: string};

export class Browser {
  private next = 1;
  private pending = new Map<number, {resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void}>();
  private waiters: {method: string; resolve: (p: Record<string, unknown>) => void}[] = [];
  private buffer = '';

  private constructor(private proc: ChildProcess, private profile: string) {
    const out = proc.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const msg = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(msg);
      }
    });
    proc.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('chromium exited'));
      this.pending.clear();
    });
  }

  static async launch(path: string): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'newsparse-chromium-'));
    const proc = spawn(path, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-extensions', '--no-first-run', '--hide-scrollbars', '--mute-audio', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const browser = new Browser(proc, profile);
    await browser.send('Browser.getVersion');
    return browser;
  }

  private dispatch(msg: Message): void {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result ?? {});
      return;
    }
    const i = this.waiters.findIndex((w) => w.method === msg.method);
    if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(msg.params ?? {});
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    const input = this.proc.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject});
      input.write(JSON.stringify({id, method, params, ...(sessionId ? {sessionId} : {})}) + '\0');
    });
  }

  /** The next event named `method` (registered before the command that causes it). */
  once(method: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiters.push({method, resolve}));
  }

  async newPage(width = 1400, height = 1000): Promise<Page> {
    const {targetId} = (await this.send('Target.createTarget', {url: 'about:blank'})) as {targetId: string};
    const {sessionId} = (await this.send('Target.attachToTarget', {targetId, flatten: true})) as {sessionId: string};
    const page = new Page(this, sessionId);
    await page.send('Page.enable');
    await page.send('Emulation.setDeviceMetricsOverride', {width, height, deviceScaleFactor: 1, mobile: false});
    return page;
  }

  async close(): Promise<void> {
    const exited = new Promise((r) => this.proc.once('exit', r));
    await this.send('Browser.close').catch(() => {});
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (this.proc.exitCode === null) this.proc.kill();
    rmSync(this.profile, {recursive: true, force: true});
  }
}

export class Page {
  constructor(private browser: Browser, private sessionId: string) {}

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.browser.send(method, params, this.sessionId);
  }

  async goto(url: string): Promise<void> {
    const loaded = this.browser.once('Page.loadEventFired');
    await this.send('Page.navigate', {url});
    await loaded;
  }

  /** Evaluate an expression in the page; its value, by value. Throws on a page exception. */
  async eval<T>(expression: string): Promise<T> {
    const r = (await this.send('Runtime.evaluate', {expression, returnByValue: true, awaitPromise: true})) as {result: {value: T}; exceptionDetails?: {text: string; exception?: {description?: string}}};
    if (r.exceptionDetails) throw new Error(`page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }

  async hover(x: number, y: number): Promise<void> {
    await this.send('Input.dispatchMouseEvent', {type: 'mouseMoved', x, y});
  }

  async key(key: string, code: string, keyCode: number): Promise<void> {
    await this.send('Input.dispatchKeyEvent', {type: 'keyDown', key, code, windowsVirtualKeyCode: keyCode, ...(key.length === 1 ? {text: key} : {})});
    await this.send('Input.dispatchKeyEvent', {type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode});
  }

  async scheme(dark: boolean): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', {features: [{name: 'prefers-color-scheme', value: dark ? 'dark' : 'light'}]});
  }

  async screenshot(): Promise<Buffer> {
    const {data} = (await this.send('Page.captureScreenshot', {format: 'png'})) as {data: string};
    return Buffer.from(data, 'base64');
  }
}
