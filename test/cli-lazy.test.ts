// Each command of the built CLI loads only what it uses: the main thread of `parse` hands
// records to worker threads, and one that also loaded the parser (chrono-node, retext,
// franc) held it for nothing. A module loader hook, made here, lists what the process resolves.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = resolve(root, process.env.NEWSPARSE_DIST ?? 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'newsparse-lazy-'));
const hook = join(dir, 'log-resolve.mjs');
writeFileSync(hook, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`RESOLVED ${r.url}\\n`); return r; }\n");

/** The packages the CLI process resolved while running `args`. */
function resolvedPackages(args: string[], input?: string): Set<string> {
  const run = spawnSync(process.execPath, ['--no-warnings', '--experimental-loader', pathToFileURL(hook).href, CLI, ...args], {cwd: root, input, encoding: 'utf8'});
  expect(run.status, run.stderr).toBe(0);
  const names = new Set<string>();
  for (const m of run.stderr.matchAll(/^RESOLVED .*node_modules\/((?:@[^/]+\/)?[^/]+)/gm)) names.add(m[1]!);
  return names;
}

describe('the CLI loads each command\'s code when that command runs', () => {
  it('schema loads zod, not the parser', () => {
    const names = resolvedPackages(['schema']);
    expect(names.has('zod')).toBe(true);
    for (const parser of ['chrono-node', 'retext-english', 'franc', 'piscina']) expect(names.has(parser), parser).toBe(false);
  });

  it('--help (and so the main thread of a parse run) loads neither zod nor the parser', () => {
    const names = resolvedPackages(['--help']);
    expect(names.has('commander')).toBe(true);
    for (const heavy of ['zod', 'chrono-node', 'retext-english', 'franc', 'piscina']) expect(names.has(heavy), heavy).toBe(false);
  });

  it('parse of stdin loads the parser (the control: the hook sees what a command loads)', () => {
    const names = resolvedPackages(['parse', '--fields', 'headline'], 'Ferry service resumes\n\nThe harbour ferry ran again on Monday, the operator said.\n');
    expect(names.has('chrono-node')).toBe(true);
  });
});
