import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ArticleSchema} from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The built command: dist/ (built by `npm test`), or another build via NEWSPARSE_DIST.
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], {cwd: root, input, encoding: 'utf8'});
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};

describe('newsparse command (the built cli.js)', () => {
  it.each(['bne-mishustin-visit', 'tass-russia-kyrgyzstan'])('prints a schema-valid Article for %s', (name) => {
    const r = cli([`fixtures/seeds/${name}.txt`]);
    expect(r.status, r.stderr).toBe(0);
    expect(ArticleSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it('reads stdin with -, and indents with --pretty', () => {
    const text = readFileSync(`${root}/fixtures/seeds/tass-russia-kyrgyzstan.txt`, 'utf8');
    const r = cli(['-', '--pretty'], text);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^ {2}"headline"/);
    expect(JSON.parse(r.stdout).paragraphs.length).toBeGreaterThan(0);
  });

  it('prints the JSON Schema', () => {
    const out = execFileSync(process.execPath, [CLI, 'schema'], {cwd: root, encoding: 'utf8'});
    const schema = JSON.parse(out);
    expect(schema.properties.headline).toBeDefined();
    expect(schema.required).toContain('numericClaims');
  });

  it('prints help and version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: newsparse/);
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('fails clearly on a missing file', () => {
    const r = cli(['no/such/file.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read no\/such\/file\.txt: no such file/);
    expect(r.stdout).toBe('');
  });

  it('fails with exit 2 on a bad flag or format', () => {
    const flag = cli(['fixtures/seeds/bne-mishustin-visit.txt', '--bogus']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--bogus'/);
    const format = cli(['fixtures/seeds/bne-mishustin-visit.txt', '--format', 'pdf']);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/--format must be/);
  });

  it('reports empty input with its error code', () => {
    const r = cli(['-'], '   \n');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/EMPTY_INPUT/);
  });
});
