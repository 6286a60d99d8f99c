// The printed JSON Schemas accept what the CLI writes: real CLI output (JSONL with article and
// error records, and --fields output) checked with ajv, the way a user in another language would.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {PassThrough, Readable} from 'node:stream';
import {Ajv2020} from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {run} from '../src/cli/program.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], {cwd: root, input, encoding: 'utf8'});
const dir = mkdtempSync(join(tmpdir(), 'newsparse-schema-'));

const story = (n: number) => `Council meeting number ${n}\nBy Kim Park\nThe council said ${n * 10} people came to the meeting on Monday, up 12% on last year.\nIt was the largest meeting this year.`;
const feed = join(dir, 'feed.jsonl');
writeFileSync(
  feed,
  [
    JSON.stringify({id: 'a', url: 'https://example.com/a', text: story(1)}),
    JSON.stringify({id: 'b', text: ''}),
    'not json',
    JSON.stringify({id: 'c', url: 'https://example.com/c', text: story(3)}),
  ].join('\n') + '\n',
);

function schema(args: string[]): object {
  const r = cli(['schema', ...args]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as object;
}

function lines(out: string): unknown[] {
  return out.trim().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('newsparse schema', () => {
  // one Ajv per schema: each compile registers the schema's $id
  const ajv = {compile: (schema: object) => new Ajv2020({allErrors: true, strict: false}).compile(schema)};
  /** The Article alone, from a CLI record (which adds the input's id, url and source). */
  const articleOf = (out: string) => {
    const {source: _s, id: _i, url: _u, ...article} = JSON.parse(out) as Record<string, unknown>;
    return article;
  };

  it('--record validates the CLI output, article and error records alike', () => {
    const validate = ajv.compile(schema(['--record']));
    const r = cli([feed, '--quiet', '--jobs', '1']);
    const records = lines(r.stdout);
    expect(records).toHaveLength(4);
    expect(records.filter((x) => (x as {error?: unknown}).error)).toHaveLength(2);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    // a line with a field the schema does not know is still refused
    expect(validate({...(records[0] as object), extra: 1})).toBe(false);
  });

  it('--record --partial validates --fields output', () => {
    const validate = ajv.compile(schema(['--record', '--partial']));
    const records = lines(cli([feed, '--quiet', '--fields', 'headline,publishedAt']).stdout);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('prints the Article schema with $id, title and a description on every property', () => {
    const article = schema([]) as {$id: string; title: string; properties: Record<string, {description?: string}>};
    expect(article.$id).toMatch(/^https:\/\/.+article\.json$/);
    expect(article.title).toMatch(/Article/);
    const validate = ajv.compile(article);
    const one = cli([join(root, 'fixtures/seeds/bne-mishustin-visit.txt')]);
    expect(validate(articleOf(one.stdout)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(one.stdout))).toBe(false); // the record's source is not an Article field
    // every property of every object in the schema has a description
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const props = (node as {properties?: Record<string, {description?: string}>}).properties;
      for (const [key, value] of Object.entries(props ?? {})) if (!value.description) missing.push(`${path}.${key}`);
      // the if/then date checks restate properties already described
      for (const [key, value] of Object.entries(node)) if (key !== 'allOf') walk(value, `${path}/${key}`);
    };
    walk(article, '');
    expect(missing).toEqual([]);
  });

  it("says in JSON Schema that an iso must fit its precision", () => {
    const validate = ajv.compile(schema([]));
    const article = articleOf(cli([join(root, 'fixtures/seeds/bne-mishustin-visit.txt')]).stdout);
    const date = {text: 'May 8, 2025', iso: '2025-05', precision: 'day', span: {start: 0, end: 11}};
    expect(validate({...article, publishedAt: date})).toBe(false);
    expect(validate({...article, publishedAt: {...date, iso: '2025-05-08'}})).toBe(true);
  });
});

describe('no silent mistakes on the command line', () => {
  const seed = 'fixtures/seeds/bne-mishustin-visit.txt';

  it('refuses an output extension it cannot write', () => {
    const r = cli([seed, '-o', join(dir, 'out.parquet')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write "\.parquet" files/);
    expect(cli([seed, '-o', join(dir, 'out.parquet'), '--format', 'jsonl', '--quiet']).status).toBe(0);
  });

  it('refuses a --url that is no URL', () => {
    const r = cli([seed, '--url', 'notaurl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--url must be an absolute URL/);
    expect(cli([seed, '--url', 'https://example.com/news/1', '--quiet']).status).toBe(0);
  });

  it('calls a mistyped command an unknown command, not a missing file', () => {
    const r = cli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
    expect(cli(['schem']).stderr).toMatch(/did you mean "schema"/);
  });

  it('reads piped stdin when no input is named', () => {
    const r = cli(['--quiet'], story(7));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as {headline: string}).headline).toBe('Council meeting number 7');
  });

  it('asks for an input when none is named and stdin is a terminal', async () => {
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (d: Buffer) => (said += d));
    const code = await run([], '0.0.0', {stdout: new PassThrough(), stderr, stdin: Readable.from([]), stderrIsTTY: false, stdinIsTTY: true});
    expect(code).toBe(2);
    expect(said).toMatch(/no input given/);
  });

  it('shows the parse flags and three examples in the root help', () => {
    const help = cli(['--help']).stdout;
    for (const flag of ['--out', '--format', '--fields', '--jobs', '--input-type', '--url']) expect(help).toContain(flag);
    expect(help.split('Examples:')[1]?.trim().split('\n').filter((l) => l.includes('newsparse'))).toHaveLength(3);
  });

  it('prefixes CSV cells a spreadsheet would run as formulas, and writes a BOM when asked', () => {
    const text = 'Council opens new library\n\n=HYPERLINK("http://example.com") was written on the sign at the door of the new library on Monday, the council said.\n';
    const r = cli(['-', '--format', 'csv', '--bom', '--fields', 'headline,paragraphs', '--quiet'], text);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\ufeff')).toBe(true);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://example.com"") was written`);
    expect(r.stdout).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // without --bom there is none; the stdin file name "-" alone is no formula and stays as it is
    const plain = cli(['-', '--format', 'csv', '--quiet'], text);
    expect(plain.stdout.startsWith('file,')).toBe(true);
    expect(plain.stdout.split('\r\n')[1]).toMatch(/^-,1,/);
    expect(cli([seed, '--bom', '--quiet']).status).toBe(2);
  });
});
