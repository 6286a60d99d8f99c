// Packs the built package, installs the tarball into a scratch project and calls it the
// way users do: `require` from CommonJS and `import` from ESM, plus the unified subpath and
// the bin. Resolving is not enough: each one calls parseArticle.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
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

  it('installs the newsparse bin', () => {
    const out = execFileSync(join(scratch, 'node_modules/.bin/newsparse'), ['schema'], {cwd: scratch, encoding: 'utf8'});
    expect(JSON.parse(out).type).toBe('object');
  });
});
