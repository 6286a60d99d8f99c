import {spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {WARCRecord, WARCSerializer} from 'warcio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ArticleSchema} from '../src/index.js';

// The built command: dist/ (built by `npm test`), or another build via NEWSPARSE_DIST.
const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');
const fixtures = join(root, 'test/fixtures/cli');
const article = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function cli(args: string[], {input, cwd = root}: {input?: string | Buffer; cwd?: string} = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {cwd, input, encoding: 'utf8', timeout: 60_000});
}
const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const jsonl = (rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsparse-cli-'));
});
afterAll(() => {
  // links in it (the folder-loop test) are removed, not followed
  rmSync(dir, {recursive: true, force: true});
});

async function warcFile(records: WARCRecord[], gzip = false): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const record of records) parts.push(Buffer.from(await WARCSerializer.serialize(record, {gzip})));
  return Buffer.concat(parts);
}
async function* bytes(text: string) {
  yield new TextEncoder().encode(text);
}

describe('newsparse over files and folders', () => {
  it('reads a folder recursively by extension, one record per .txt/.md/.html, in name order', () => {
    const folder = join(dir, 'site');
    mkdirSync(join(folder, 'b/deeper'), {recursive: true});
    writeFileSync(join(folder, 'a.txt'), article('harbour.txt'));
    writeFileSync(join(folder, 'b/deeper/c.md'), article('library.md'));
    writeFileSync(join(folder, 'b/d.html'), article('market.html'));
    writeFileSync(join(folder, 'b/notes.pdf'), 'not an article');
    const r = cli([folder, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.source.file)).toEqual([join(folder, 'a.txt'), join(folder, 'b/d.html'), join(folder, 'b/deeper/c.md')]);
    expect(out.map((o) => o.source.line)).toEqual([1, 1, 1]);
    expect(out[0].headline).toBe('Harbour town opens new ferry terminal');
    expect(out[1].blocks.map((b: {text: string}) => b.text).join('\n')).toContain('The weekly farmers market will move');
    expect(out[2].headline).toBe('City library extends opening hours');
    for (const o of out) expect(ArticleSchema.safeParse(o).success).toBe(true);
    expect(r.stderr).toMatch(/newsparse: 3 records, 3 parsed, 0 failed in [\d.]+ s \(\d+ records\/s\)/);
  });

  it('expands a quoted glob itself', () => {
    const folder = join(dir, 'globbed');
    mkdirSync(join(folder, 'x'), {recursive: true});
    writeFileSync(join(folder, 'one.txt'), article('harbour.txt'));
    writeFileSync(join(folder, 'x/two.txt'), article('harbour.txt'));
    writeFileSync(join(folder, 'x/three.md'), article('library.md'));
    const r = cli(['globbed/**/*.txt'], {cwd: dir});
    expect(r.status, r.stderr).toBe(0);
    expect(records(r.stdout).map((o) => o.source.file)).toEqual(['globbed/one.txt', 'globbed/x/two.txt']);
    const none = cli(['globbed/**/*.docx'], {cwd: dir});
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no file matches globbed\/\*\*\/\*\.docx/);
  });

  it('keeps file names with spaces, newlines and unicode exactly', () => {
    const folder = join(dir, 'names');
    mkdirSync(folder);
    const names = ['with space.txt', 'new\nline.txt', 'ünïcødé 記事.txt'];
    for (const name of names) writeFileSync(join(folder, name), article('harbour.txt'));
    const r = cli([folder, '--fields', 'headline']);
    expect(r.status, r.stderr).toBe(0);
    expect(records(r.stdout).map((o) => o.source.file).sort()).toEqual(names.map((n) => join(folder, n)).sort());
    const csv = cli([join(folder, 'new\nline.txt'), '--format', 'csv', '--fields', 'headline']);
    expect(csv.stdout).toContain(`"${join(folder, 'new\nline.txt')}"`);
  });

  it('survives a folder loop through symbolic links, and reports a broken link as an error record', () => {
    const folder = join(dir, 'loop');
    mkdirSync(join(folder, 'inner'), {recursive: true});
    writeFileSync(join(folder, 'inner/story.txt'), article('harbour.txt'));
    symlinkSync('..', join(folder, 'inner/up'));
    symlinkSync(join(folder, 'missing.txt'), join(folder, 'dead.txt'));
    const r = cli([folder]);
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({error: {code: 'READ_ERROR'}, source: {file: join(folder, 'dead.txt')}});
    expect(out[1].headline).toBe('Harbour town opens new ferry terminal');
    expect(r.stderr).toMatch(/skipping .*inner\/up: a link back to a folder already read/);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file as an error record (not as root, who reads anything)', () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, article('harbour.txt'));
    chmodSync(file, 0o000);
    const r = cli([file, join(fixtures, 'harbour.txt')]);
    expect(r.status).toBe(1);
    expect(records(r.stdout)[0]).toMatchObject({error: {code: 'READ_ERROR', message: expect.stringMatching(/permission denied/)}});
  });

  it('reports a missing path on stderr and goes on with the others', () => {
    const r = cli(['no/such/file.txt', join(fixtures, 'harbour.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read no\/such\/file\.txt: no such file/);
    expect(records(r.stdout)).toHaveLength(1);
  });
});

describe('newsparse over JSONL feeds', () => {
  const feed = () => [
    {id: 'a', url: 'https://example.com/a', text: article('harbour.txt')},
    '{"id": "b", "text": ',
    {id: 'c', content: article('library.md')},
    [1, 2, 3],
    {id: 'e', body: article('harbour.txt')},
    {id: 'f', text: '   '},
    {id: 'g', title: 'no text here'},
    {id: 'h', text: 42},
    '7',
    {id: 'j', text: article('harbour.txt')},
  ];
  const expected = [
    {id: 'a', ok: true},
    {code: 'BAD_JSON'},
    {id: 'c', ok: true},
    {code: 'NOT_AN_OBJECT'},
    {id: 'e', ok: true},
    {id: 'f', code: 'EMPTY_INPUT'},
    {id: 'g', code: 'NO_TEXT'},
    {id: 'h', code: 'NO_TEXT'},
    {code: 'NOT_AN_OBJECT'},
    {id: 'j', ok: true},
  ];
  const check = (out: {id?: string; error?: {code: string}; headline?: string; source: {line: number}}[]) => {
    expect(out).toHaveLength(expected.length);
    out.forEach((o, i) => {
      const want = expected[i]!;
      expect(o.source.line).toBe(i + 1);
      if (want.id) expect(o.id).toBe(want.id);
      if (want.ok) expect(o.headline).toBeTruthy();
      else expect(o.error?.code).toBe(want.code);
    });
  };

  it.each(['1', '2'])('gives one record per line in input order, error records included (--jobs %s), exit 1', (jobs) => {
    const path = join(dir, `feed-${jobs}.jsonl`);
    writeFileSync(path, jsonl(feed()));
    const r = cli([path, '--jobs', jobs]);
    expect(r.status).toBe(1);
    check(records(r.stdout));
    expect(records(r.stdout)[0]).toMatchObject({url: 'https://example.com/a', source: {file: path, line: 1}});
    expect(r.stderr).toMatch(/10 records, 4 parsed, 6 failed \(BAD_JSON 1, NOT_AN_OBJECT 2, EMPTY_INPUT 1, NO_TEXT 2\)/);
  });

  it('keeps order over many records on a pool', () => {
    const rows = Array.from({length: 60}, (_, i) => ({id: `n${i}`, text: i % 7 === 3 ? '' : `Story ${i}\nThe council said ${i} people came.`}));
    const r = cli(['-', '--input-type', 'jsonl', '--jobs', '2', '--fields', 'headline'], {input: jsonl(rows)});
    expect(records(r.stdout).map((o) => o.id)).toEqual(rows.map((row) => row.id));
  });

  it('reads .gz feeds, and a truncated .gz gives the complete records and then an error record', () => {
    const rows = Array.from({length: 40}, (_, i) => ({id: `z${i}`, text: `Headline ${i}\n${article('harbour.txt')}`}));
    const whole = gzipSync(Buffer.from(jsonl(rows)));
    writeFileSync(join(dir, 'feed.ndjson.gz'), whole);
    const ok = cli([join(dir, 'feed.ndjson.gz'), '--fields', 'headline']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(records(ok.stdout).map((o) => o.id)).toEqual(rows.map((row) => row.id));

    writeFileSync(join(dir, 'cut.jsonl.gz'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const cut = cli([join(dir, 'cut.jsonl.gz'), '--fields', 'headline']);
    expect(cut.status).toBe(1);
    const out = records(cut.stdout);
    const last = out.at(-1);
    expect(last).toMatchObject({error: {code: 'READ_ERROR', message: expect.stringMatching(/truncated|unexpected end/)}});
    expect(out.slice(0, -1).map((o) => o.id)).toEqual(rows.slice(0, out.length - 1).map((row) => row.id));
    expect(last.source.line).toBe(out.length);
  });

  it('reads the fields named by --text-field, --url-field and --id-field', () => {
    const path = join(dir, 'named.jsonl');
    writeFileSync(path, jsonl([{key: 7, link: 'https://example.com/x', story: article('harbour.txt'), text: 'ignored'}]));
    const r = cli([path, '--text-field', 'story', '--url-field', 'link', '--id-field', 'key', '--fields', 'headline']);
    expect(r.status, r.stderr).toBe(0);
    expect(records(r.stdout)[0]).toEqual({headline: 'Harbour town opens new ferry terminal', id: '7', url: 'https://example.com/x', source: {file: path, line: 1}});
  });

  it('treats __proto__ and constructor keys as data (no prototype pollution)', () => {
    const lines = [
      '{"__proto__": {"headline": "polluted", "polluted": true}, "text": "Plain story\\nThe mayor said 5 people came."}',
      '{"constructor": {"prototype": {"polluted": true}}, "text": "Second story\\nIt rained."}',
      '{"__proto__": {"text": "from the prototype"}}',
    ];
    const r = cli(['-', '--input-type', 'jsonl', '--fields', 'headline'], {input: lines.join('\n')});
    const out = records(r.stdout);
    expect(out[0].headline).toBe('Plain story');
    expect(out[0].polluted).toBeUndefined();
    expect(out[1].headline).toBe('Second story');
    expect(out[2]).toMatchObject({error: {code: 'NO_TEXT'}});
  });

  it('turns an over-long line into RECORD_TOO_LARGE without stopping', () => {
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, jsonl([{id: 'big', text: 'x'.repeat(5000)}, {id: 'small', text: 'Small story\nIt rained.'}]));
    const r = cli([path, '--max-input-length', '1000']);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((o) => o.error?.code ?? o.id)).toEqual(['RECORD_TOO_LARGE', 'small']);
  });

  it('stops at the first failed record with --strict', () => {
    const path = join(dir, 'strict.jsonl');
    writeFileSync(path, jsonl(feed()));
    const r = cli([path, '--strict', '--jobs', '2']);
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out.map((o) => o.error?.code ?? o.id)).toEqual(['a', 'BAD_JSON']);
    expect(r.stderr).toMatch(/stopped at the first record that failed/);
  });
});

describe('newsparse over WARC and WET archives', () => {
  const html = article('market.html');
  const archive = () => [
    WARCRecord.createWARCInfo({filename: 'crawl.warc'}, {software: 'test'}),
    WARCRecord.create(
      {url: 'https://example.com/market', date: '2025-06-03T08:00:00Z', type: 'response', statusline: 'HTTP/1.1 200 OK', httpHeaders: {'Content-Type': 'text/html; charset=utf-8'}},
      bytes(html),
    ),
    WARCRecord.create(
      {url: 'https://example.com/logo.png', date: '2025-06-03T08:00:01Z', type: 'response', statusline: 'HTTP/1.1 200 OK', httpHeaders: {'Content-Type': 'image/png'}},
      bytes('\u0089PNG'),
    ),
    WARCRecord.create({url: 'https://example.com/harbour', date: '2025-03-04T09:00:00Z', type: 'conversion', warcHeaders: {'Content-Type': 'text/plain'}}, bytes(article('harbour.txt'))),
  ];

  it.each([
    ['crawl.warc', false],
    ['crawl.warc.gz', true],
    ['crawl.warc.wet.gz', true],
  ])('reads %s: one article per response/conversion record, with url and date', async (name, gzip) => {
    const path = join(dir, name);
    writeFileSync(path, await warcFile(archive(), gzip));
    const r = cli([path, '--fields', 'headline,blocks']);
    expect(r.status, r.stderr).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => [o.url, o.source])).toEqual([
      ['https://example.com/market', {file: path, record: 2}],
      ['https://example.com/harbour', {file: path, record: 4}],
    ]);
    // The page is the HTTP payload: no HTTP status line or headers.
    const page = out[0].blocks.map((b: {text: string}) => b.text).join('\n');
    expect(page).toContain('The weekly farmers market will move');
    expect(page).not.toMatch(/HTTP\/1\.1|Content-Type/);
    expect(out[1].headline).toBe('Harbour town opens new ferry terminal');
  });

  it('passes the WARC-Date on as the reference date for dates without a year', async () => {
    const path = join(dir, 'dated.wet');
    const text = 'Bridge reopens after repairs\nBy Tom Field\nMay 8\nThe bridge reopened on Wednesday after repairs, officials said.\nTraffic was light in the morning.\n';
    writeFileSync(path, await warcFile([WARCRecord.create({url: 'https://example.com/bridge', date: '2024-05-10T00:00:00Z', type: 'conversion'}, bytes(text))]));
    const r = cli([path, '--fields', 'publishedAt']);
    expect(r.status, r.stderr).toBe(0);
    expect(records(r.stdout)[0].publishedAt).toMatchObject({text: 'May 8', iso: '2024-05-08'});
  });

  it('gives a BAD_ARCHIVE record for a file that is not a WARC', () => {
    const path = join(dir, 'junk.warc');
    writeFileSync(path, 'this is not a web archive\r\n\r\n');
    const r = cli([path]);
    expect(r.status).toBe(1);
    expect(records(r.stdout)).toEqual([expect.objectContaining({error: expect.objectContaining({code: 'BAD_ARCHIVE'}), source: {file: path, record: 1}})]);
  });
});

describe('newsparse output', () => {
  it('writes a JSON array with --format json, and only to --out', () => {
    const work = mkdtempSync(join(tmpdir(), 'newsparse-out-'));
    const before = readdirSync(work);
    const r = cli([join(fixtures, 'harbour.txt'), join(fixtures, 'library.md'), '--out', 'out.json', '--jobs', '1'], {cwd: work});
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(work)).toEqual([...before, 'out.json']);
    const out = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8'));
    expect(out.map((o: {headline: string}) => o.headline)).toEqual(['Harbour town opens new ferry terminal', 'City library extends opening hours']);
  });

  it('writes CSV, one row per article or per numeric claim', () => {
    const articles = cli([join(fixtures, 'harbour.txt'), '-', '--format', 'csv', '--input-type', 'text'], {input: '   '});
    expect(articles.status).toBe(1);
    const rows = articles.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('file,line,record,id,url,headline,dek,authors,publishedAt,paragraphs,warnings,error_code,error_message');
    expect(rows[1]).toContain('Harbour town opens new ferry terminal');
    expect(rows.at(-1)).toMatch(/^-,1,,,,.*EMPTY_INPUT/);

    const claims = cli([join(fixtures, 'harbour.txt'), '--format', 'csv', '--claims']);
    expect(claims.status, claims.stderr).toBe(0);
    const claimRows = claims.stdout.split('\r\n').filter(Boolean);
    expect(claimRows[0]).toMatch(/^file,line,record,id,url,text,kind,value,/);
    expect(claimRows.slice(1).some((row) => row.includes('$12 million') && row.includes('money'))).toBe(true);
  });

  it('keeps only --fields, and rejects unknown ones with exit 2', () => {
    const r = cli([join(fixtures, 'harbour.txt'), '--fields', 'headline,byline']);
    expect(Object.keys(records(r.stdout)[0])).toEqual(['headline', 'byline', 'source']);
    const bad = cli([join(fixtures, 'harbour.txt'), '--fields', 'headline,nonsense']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--fields takes Article fields/);
  });

  it('exits 2 on bad usage', () => {
    for (const args of [['--jobs', '0'], ['--input-type', 'pdf'], ['--format', 'xml'], ['--reference-date', 'someday']]) {
      const r = cli([join(fixtures, 'harbour.txt'), ...args]);
      expect(r.status, args.join(' ')).toBe(2);
    }
    // no input named and stdin piped (empty here): stdin is read, and its empty text is an error record
    const none = cli([], {input: ''});
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/EMPTY_INPUT/);
  });

  it('stops quietly when its reader goes away (`| head`), with threads still busy', async () => {
    const path = join(dir, 'many.jsonl');
    writeFileSync(path, jsonl(Array.from({length: 400}, (_, i) => ({id: `m${i}`, text: `Story ${i}\n${article('harbour.txt')}`}))));
    const child = spawn(process.execPath, [CLI, path, '--jobs', '2', '--fields', 'headline'], {stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = await once(child, 'exit');
    expect(stderr).not.toMatch(/Error|\n\s+at /);
    expect(code).toBe(0);
    expect(stderr).toMatch(/newsparse: \d+ records/);
  });

  it('is silent on stderr with --quiet', () => {
    const r = cli([join(fixtures, 'harbour.txt'), '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('newsparse validate', () => {
  it('accepts its own output, and reports bad records with zod issue paths', () => {
    const good = cli([join(fixtures, 'harbour.txt'), join(fixtures, 'library.md')]);
    const path = join(dir, 'articles.jsonl');
    writeFileSync(path, good.stdout);
    const ok = cli(['validate', path]);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/2 valid, 0 invalid/);

    const [first] = records(good.stdout);
    const broken = [
      {...first, headline: 7},
      {...first, publishedAt: {...first.publishedAt, precision: 'week'}},
      {...first, paragraphs: [{text: 'x', span: {start: 'a', end: 1}}]},
      {error: {code: 'EMPTY_INPUT', message: 'empty'}, source: {file: '-'}},
    ];
    writeFileSync(path, jsonl([first, ...broken]) + 'not json\n');
    const bad = cli(['validate', path]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${path}:2: headline:`);
    expect(bad.stdout).toContain(`${path}:3: publishedAt.precision:`);
    expect(bad.stdout).toContain(`${path}:4: paragraphs[0].span.start:`);
    expect(bad.stdout).toContain(`${path}:6: not JSON`);
    expect(bad.stderr).toMatch(/1 valid, 4 invalid, 1 error records/);

    const fields = cli([join(fixtures, 'harbour.txt'), '--fields', 'headline']);
    writeFileSync(path, fields.stdout);
    expect(cli(['validate', path]).status).toBe(1);
    expect(cli(['validate', path, '--partial']).status).toBe(0);
  });
});
