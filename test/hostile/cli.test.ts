// The command line under hostile feeds, archives and outputs: each input record gives one output
// record, in order, every record before a failure is written, and every write failure is a
// non-zero exit with a message. Inputs are made here.
import {spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');

function cli(args: string[], {input, timeout = 60_000}: {input?: string | Buffer; timeout?: number} = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {cwd: root, input, encoding: 'utf8', timeout});
}
const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as {error?: {code: string; message: string}; headline?: string; url?: string; warnings?: {code: string}[]});
const codes = (stdout: string) => records(stdout).map((r) => r.error?.code ?? 'ok');

const TEXT = (n: number) => `Harbour ferry number ${n} opens\n\nThe new ferry terminal opened on Monday, the harbour master said, and the first boat left at noon.\n`;

/** One WARC record, written by hand so that its header can be broken on purpose. */
function warcRecord(fields: Record<string, string>, body: Buffer | string, length?: string): Buffer {
  const block = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const head = ['WARC/1.0', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${length ?? block.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}
const conversion = (n: number, extra: Record<string, string> = {}) =>
  warcRecord({'WARC-Type': 'conversion', 'WARC-Target-URI': `https://example.com/${n}`, 'WARC-Date': '2025-03-04T09:00:00Z', 'Content-Type': 'text/plain', ...extra}, TEXT(n));
const response = (n: number, body: Buffer, headers: string) =>
  warcRecord({'WARC-Type': 'response', 'WARC-Target-URI': `https://example.com/${n}`, 'Content-Type': 'application/http; msgtype=response'}, Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${headers}\r\n\r\n`), body]));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-hostile-'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('WARC limits and progress', () => {
  const write = (name: string, ...parts: Buffer[]) => {
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat(parts));
    return path;
  };

  it('a file cut off inside a skipped record ends with BAD_ARCHIVE after the records before it', () => {
    const skipped = warcRecord({'WARC-Type': 'request'}, 'GET / HTTP/1.1\r\n'.repeat(100));
    const path = write('cut.warc', conversion(1), conversion(2), skipped.subarray(0, skipped.length - 800));
    const r = cli([path, '--fields', 'headline', '--jobs', '1'], {timeout: 30_000});
    expect(r.error).toBeUndefined();
    expect(codes(r.stdout)).toEqual(['ok', 'ok', 'BAD_ARCHIVE']);
    expect(r.status).toBe(1);
  });

  it.each([['a huge one', '99999999999999'], ['a non-numeric one', '12abc'], ['a negative one', '-5']])('a bad Content-Length (%s) is BAD_ARCHIVE after the records before it, never a loop', (_, length) => {
    const path = write(`len-${length}.warc`, conversion(1), warcRecord({'WARC-Type': 'request'}, 'x', length), conversion(3));
    const r = cli([path, '--fields', 'headline', '--jobs', '1'], {timeout: 30_000});
    expect(r.error).toBeUndefined();
    expect(codes(r.stdout)).toEqual(['ok', 'BAD_ARCHIVE']);
  });

  it('a .warc.gz whose first line never ends, or whose header never ends, stops at the line and header limits', () => {
    const longLine = write('line.warc.gz', gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x41)));
    const r1 = cli([longLine, '--jobs', '1'], {timeout: 30_000});
    expect(codes(r1.stdout)).toEqual(['BAD_ARCHIVE']);
    const header = write('header.warc.gz', gzipSync(Buffer.concat([Buffer.from('WARC/1.0\r\n'), Buffer.from('X-Pad: 0123456789\r\n'.repeat(400_000))])));
    const r2 = cli([header, '--jobs', '1'], {timeout: 30_000});
    expect(codes(r2.stdout)).toEqual(['BAD_ARCHIVE']);
    expect(records(r2.stdout)[0]!.error!.message).toMatch(/header is longer/);
  });

  it('a gzip Content-Encoding body that inflates past the input limit is INPUT_TOO_LARGE; the next record is read', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const path = write('bomb.warc', response(1, bomb, 'Content-Type: text/html\r\nContent-Encoding: gzip'), conversion(2));
    const r = cli([path, '--fields', 'headline', '--jobs', '1', '--max-input-length', '1000000'], {timeout: 30_000});
    expect(codes(r.stdout)).toEqual(['INPUT_TOO_LARGE', 'ok']);
  });

  it('reads a gzip Content-Encoding body that fits, and a 14-digit or junk WARC-Date never loses the article', () => {
    const page = gzipSync(Buffer.from(`<html><body><h1>Harbour ferry opens</h1><p>${TEXT(1)}</p></body></html>`));
    const path = write('dates.warc', response(1, page, 'Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip'), conversion(2, {'WARC-Date': '20250304090000'}), conversion(3, {'WARC-Date': 'yesterday-ish'}));
    const r = cli([path, '--fields', 'headline,warnings', '--jobs', '1']);
    const out = records(r.stdout);
    expect(codes(r.stdout)).toEqual(['ok', 'ok', 'ok']);
    expect(out[0]!.headline).toMatch(/Harbour ferry/);
    expect(out[1]!.warnings!.map((w) => w.code)).not.toContain('ARCHIVE_DATE_IGNORED');
    expect(out[2]!.warnings!.map((w) => w.code)).toContain('ARCHIVE_DATE_IGNORED');
  });
});

describe('feeds and outputs', () => {
  it('JSONL with a UTF-8 BOM keeps its first record, in parse and validate', () => {
    const path = join(dir, 'bom.jsonl');
    writeFileSync(path, `\uFEFF${JSON.stringify({id: 'a', text: TEXT(1)})}\n${JSON.stringify({id: 'b', text: TEXT(2)})}\n`);
    const r = cli([path, '--fields', 'headline', '--jobs', '1']);
    expect(codes(r.stdout)).toEqual(['ok', 'ok']);
    const out = join(dir, 'bom-out.jsonl');
    writeFileSync(out, `\uFEFF${cli([path, '--jobs', '1']).stdout}`);
    const v = cli(['validate', out]);
    expect(v.stdout).toBe('');
    expect(v.status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('a write error (-o /dev/full) fails the run with a message', () => {
    const path = join(dir, 'full.jsonl');
    writeFileSync(path, Array.from({length: 3}, (_, i) => JSON.stringify({text: TEXT(i)})).join('\n'));
    const r = cli([path, '-o', '/dev/full', '--jobs', '1']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot write .*ENOSPC|no space/i);
    const s = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" schema > /dev/full`], {encoding: 'utf8'});
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/cannot write/);
  });

  it('refuses -o naming an input, before touching it, and a folder walk passes the output file over', () => {
    const path = join(dir, 'self.jsonl');
    const content = `${JSON.stringify({text: TEXT(1)})}\n`;
    writeFileSync(path, content);
    const r = cli([path, '-o', path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/names the input/);
    expect(readFileSync(path, 'utf8')).toBe(content);
    const folder = join(dir, 'walk');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), TEXT(1));
    const w = cli([folder, '-o', join(folder, 'out.jsonl'), '--jobs', '1']);
    expect(w.stderr).toMatch(/it is the output file/);
    expect(records(readFileSync(join(folder, 'out.jsonl'), 'utf8'))).toHaveLength(1);
  });

  it('no command prints an EPIPE trace when its reader goes away', async () => {
    const feed = join(dir, 'many.jsonl');
    writeFileSync(feed, Array.from({length: 40}, (_, i) => JSON.stringify({text: TEXT(i)})).join('\n'));
    const parsed = join(dir, 'many-out.jsonl');
    writeFileSync(parsed, cli([feed, '--jobs', '2']).stdout.repeat(50));
    for (const args of [['validate', parsed], ['schema'], ['--help']]) {
      const child = spawn('sh', ['-c', `"${process.execPath}" "${CLI}" ${args.map((a) => `"${a}"`).join(' ')} | head -c 10 > /dev/null`]);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      await once(child, 'close');
      expect(stderr, args.join(' ')).not.toMatch(/EPIPE|Unhandled|at .*\.js/);
    }
  });

  it('caps --jobs at 4 per core with a clear message', () => {
    for (const jobs of ['1000000000', String(4 * availableParallelism() + 1)]) {
      const r = cli(['-', '--jobs', jobs, '--input-type', 'jsonl'], {input: '{}\n'});
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs must be at most \d+/);
    }
  });

  it('reads symlinked files through a quoted glob as a folder walk does, and both report a dangling link in its place', () => {
    const folder = join(dir, 'links');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), TEXT(1));
    symlinkSync(join(folder, 'a.txt'), join(folder, 'b.txt'));
    symlinkSync(join(folder, 'missing.txt'), join(folder, 'c.txt'));
    writeFileSync(join(folder, 'd.txt'), TEXT(2));
    const glob = cli([`${folder}/*.txt`, '--fields', 'headline', '--jobs', '1']);
    expect(codes(glob.stdout)).toEqual(['ok', 'ok', 'READ_ERROR', 'ok']);
    expect(records(glob.stdout)[2]!.error!.message).toContain(join(folder, 'c.txt'));
    const walk = cli([folder, '--fields', 'headline', '--jobs', '1']);
    expect(codes(walk.stdout)).toEqual(['ok', 'ok', 'READ_ERROR', 'ok']);
    // the same exit and summary either way
    expect(glob.status).toBe(walk.status);
    expect(glob.stderr.replace(/ in [\d.]+ s.*$/m, '')).toBe(walk.stderr.replace(/ in [\d.]+ s.*$/m, ''));
  });

  it('keeps a time budget asked for on a single article, which is otherwise parsed in the main thread', () => {
    const file = join(dir, 'slow.txt');
    // one long paragraph of invented prose: seconds of parsing, far past a 1 s budget
    writeFileSync(file, 'The council met on day 12 and voted 7 to 2 on the bridge, which will cost about $4 million, the mayor said. '.repeat(25_000));
    const run = cli([file, '--fields', 'headline', '--record-timeout', '1']);
    expect(codes(run.stdout)).toEqual(['TIMEOUT']);
    expect(run.status).toBe(1);
  });

  it('turns a real record that exhausts its thread\'s heap into an OUT_OF_MEMORY record naming it, and goes on', () => {
    const feed = join(dir, 'heavy.jsonl');
    // a long paragraph of invented prose, thick with numbers: far more than a 64 MB heap holds
    const heavy = 'The council met on day 12 and voted 7 to 2 on the bridge, which will cost about $4 million, the mayor said. '.repeat(30_000);
    writeFileSync(feed, `${JSON.stringify({id: 'heavy', url: 'https://example.com/heavy', text: heavy})}\n${JSON.stringify({id: 'light', text: TEXT(1)})}\n`);
    const run = cli([feed, '--fields', 'headline', '--jobs', '1', '--max-worker-heap', '64']);
    expect(codes(run.stdout)).toEqual(['OUT_OF_MEMORY', 'ok']);
    const [failed, next] = records(run.stdout) as Array<{id?: string; url?: string; headline?: string}>;
    expect(failed).toMatchObject({id: 'heavy', url: 'https://example.com/heavy'});
    expect(next).toMatchObject({id: 'light', headline: 'Harbour ferry number 1 opens'});
  });

  it('reports a dangling link a glob reaches only as deep as the glob reaches, and none it does not match', () => {
    const folder = join(dir, 'deep-links');
    mkdirSync(join(folder, 'inner'), {recursive: true});
    writeFileSync(join(folder, 'top.txt'), TEXT(1));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'inner', 'dead.txt'));
    symlinkSync(join(folder, 'gone.md'), join(folder, 'dead.md'));
    // one level: the link in inner/ is out of reach, the .md link is not matched
    expect(codes(cli([`${folder}/*.txt`, '--fields', 'headline', '--jobs', '1']).stdout)).toEqual(['ok']);
    // any depth: the link in inner/ is reported
    const deep = cli([`${folder}/**/*.txt`, '--fields', 'headline', '--jobs', '1']);
    expect(codes(deep.stdout)).toEqual(['READ_ERROR', 'ok']);
    expect(records(deep.stdout)[0]!.error!.message).toContain(join('inner', 'dead.txt'));
  });
});
