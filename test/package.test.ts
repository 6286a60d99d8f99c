// Packs the built package, installs the tarball into a scratch project and calls it the
// way users do: `require` from CommonJS and `import` from ESM, plus the unified subpath and
// the bin. Resolving is not enough: each one calls parseArticle.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let scratch = '';
const node = (file: string) => execFileSync(process.execPath, [file], {cwd: scratch, encoding: 'utf8'});

describe('the packed package', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'newsparse-pack-'));
    const out = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], {cwd: root, encoding: 'utf8'});
    const tarball = join(scratch, out.trim().split('\n').pop()!);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true}));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball, 'zod@4'], {cwd: scratch, stdio: 'pipe'});
  }, 180_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true});
  });

  const text = 'A headline for the test\n\nBy Jane Doe, August 14, 2025\n\nTrade rose 16% to $1.3 billion in the first five months of the year, officials said on Monday. [TASS]\n';

  it('works with require() from CommonJS', () => {
    writeFileSync(join(scratch, 'a.cjs'), `
      const {parseArticle, extractNumericClaims, ArticleSchema, NewsparseError} = require('newsparse');
      const a = parseArticle(${JSON.stringify(text)});
      if (!ArticleSchema.safeParse(a).success) throw new Error('invalid article');
      try { parseArticle(''); } catch (e) { if (!(e instanceof NewsparseError)) throw e; }
      console.log(JSON.stringify({paragraphs: a.paragraphs.length, claims: extractNumericClaims('up 16%').length}));
    `);
    expect(JSON.parse(node('a.cjs'))).toEqual({paragraphs: 1, claims: 1});
  });

  it('works with import from ESM', () => {
    writeFileSync(join(scratch, 'a.mjs'), `
      import {parseArticle, ArticleSchema} from 'newsparse';
      const a = parseArticle(${JSON.stringify(text)});
      if (!ArticleSchema.safeParse(a).success) throw new Error('invalid article');
      console.log(JSON.stringify({paragraphs: a.paragraphs.length}));
    `);
    expect(JSON.parse(node('a.mjs'))).toEqual({paragraphs: 1});
  });

  it('exposes the retext plugin to both module systems', () => {
    writeFileSync(join(scratch, 'u.mjs'), `
      import retextNumericClaims from 'newsparse/unified';
      const {retextNumericClaims: fromCjs} = await import('node:module').then((m) => m.createRequire(import.meta.url)('newsparse/unified'));
      console.log(typeof retextNumericClaims, typeof fromCjs);
    `);
    expect(node('u.mjs').trim()).toBe('function function');
  });

  it('type-checks every entry from CommonJS and ESM with skipLibCheck false, without @types/node', () => {
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({compilerOptions: {module: 'node16', moduleResolution: 'node16', strict: true, skipLibCheck: false, noEmit: true, types: []}, files: ['t.cts', 't.mts']}));
    writeFileSync(join(scratch, 't.cts'), `
      import core = require('newsparse');
      import schema = require('newsparse/schema');
      import node = require('newsparse/node');
      import worker = require('newsparse/worker');
      import uni = require('newsparse/unified');
      const article: core.Article = core.parseArticle('x');
      const span: schema.Span = {start: 0, end: 1};
      export {article, span};
      export const fns = [node.parseStream, worker.createWorker, uni.retextNumericClaims];
    `);
    writeFileSync(join(scratch, 't.mts'), `
      import {parseArticle, type Article} from 'newsparse';
      import {ArticleSchema} from 'newsparse/schema';
      import {parseStream} from 'newsparse/node';
      import {createWorker} from 'newsparse/worker';
      import retextNumericClaims from 'newsparse/unified';
      import type {VFile} from 'vfile';
      const article: Article = parseArticle('x');
      const claims = (file: VFile) => file.data.numericClaims;
      export {article, claims, ArticleSchema, parseStream, createWorker, retextNumericClaims};
    `);
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', scratch], {cwd: scratch, encoding: 'utf8'});
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    expect(existsSync(join(scratch, 'node_modules/@types/node'))).toBe(false);
  });

  it('installs the newsparse bin', () => {
    const out = execFileSync(join(scratch, 'node_modules/.bin/newsparse'), ['schema'], {cwd: scratch, encoding: 'utf8'});
    expect(JSON.parse(out).type).toBe('object');
  });
});
