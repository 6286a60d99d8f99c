// The worker-thread pool needs dist/parse-worker.js: pack the package, install the tarball into
// a scratch project, and run parseStream on two threads from CommonJS and from ESM.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

// The package folder to pack (default: this repository, with dist/ built by `npm test`).
const root = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.NEWSPARSE_PACK_ROOT ?? '.');
let scratch = '';
const node = (file: string) => execFileSync(process.execPath, [file], {cwd: scratch, encoding: 'utf8'});
const story = (headline: string) => `${headline}\nBy Kim Park\nThe council said 40 people came to the meeting on Monday.\nIt was the largest meeting this year.`;
const records = JSON.stringify([
  {id: 'a', text: story('First story here')},
  {id: 'b', text: ''},
  {id: 'c', text: story('Third story here')},
]);

describe('parseStream from the packed package', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'newsparse-stream-pack-'));
    const out = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], {cwd: root, encoding: 'utf8'});
    const tarball = join(scratch, out.trim().split('\n').pop()!);
    const listing = execFileSync('tar', ['tzf', tarball], {encoding: 'utf8'});
    expect(listing).toContain('package/dist/parse-worker.js');
    expect(listing).toContain('package/dist/parse-worker.cjs');
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true}));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball, 'zod@4'], {cwd: scratch, stdio: 'pipe'});
  }, 180_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true});
  });

  const expected = [{headline: 'First story here', id: 'a'}, {error: {code: 'EMPTY_INPUT'}, id: 'b'}, {headline: 'Third story here', id: 'c'}];
  const shape = (out: string) =>
    JSON.parse(out).map((r: {error?: {code: string}; headline?: string; id: string}) => (r.error ? {error: {code: r.error.code}, id: r.id} : r));

  it('runs on worker threads from CommonJS', () => {
    writeFileSync(join(scratch, 's.cjs'), `
      const {parseStream} = require('newsparse/node');
      (async () => {
        const out = [];
        for await (const r of parseStream(${records}, {jobs: 2, fields: ['headline']})) out.push(r);
        console.log(JSON.stringify(out));
      })();
    `);
    expect(shape(node('s.cjs'))).toEqual(expected);
  });

  it('runs on worker threads from ESM', () => {
    writeFileSync(join(scratch, 's.mjs'), `
      import {parseStream} from 'newsparse/node';
      const out = [];
      for await (const r of parseStream(${records}, {jobs: 2, fields: ['headline']})) out.push(r);
      console.log(JSON.stringify(out));
    `);
    expect(shape(node('s.mjs'))).toEqual(expected);
  });
});
