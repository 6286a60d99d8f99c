import {readdir, realpath, stat} from 'node:fs/promises';
import {isAbsolute, join} from 'node:path';
import picomatch from 'picomatch';
import {glob, isDynamicPattern} from 'tinyglobby';
import type {ErrorRecord} from '../stream/types.js';

/** How an input file is read. */
export type InputKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'warc';

/** A file (or stdin, `-`) to read, and how. */
export interface InputFile {
  path: string;
  kind: InputKind;
  gzip: boolean;
}

/** What expanding the command line's inputs yields: files, records of files that could not be read, and notices. */
export type Expanded = {file: InputFile} | {failed: ErrorRecord} | {notice: string; problem: boolean};

const KINDS: Record<string, InputKind> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  warc: 'warc',
  wet: 'warc',
  arc: 'warc',
};

/** The kind of a file from its name (`.gz` is looked through), or undefined when the name says nothing. */
export function kindOf(path: string): {kind: InputKind; gzip: boolean} | undefined {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const name = gzip ? lower.slice(0, -3) : lower;
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  if (dot <= slash) return undefined;
  const kind = KINDS[name.slice(dot + 1)];
  return kind ? {kind, gzip} : undefined;
}

/** A printable form of a path: JSON-quoted when it holds control characters (a newline in a file name). */
export function showPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

function readFailure(path: string, error: unknown): ErrorRecord {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file (a broken link?)' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return {error: {code: 'READ_ERROR', message: `cannot read ${showPath(path)}: ${reason}`}, source: {file: path}};
}

/**
 * Walk a folder depth first in name order, yielding the files whose extension newsparse reads.
 * Symbolic links are followed (as a quoted glob follows them), each real directory visited
 * once: a link loop is a notice, not a hang; a link that leads nowhere or cannot be read is a
 * READ_ERROR record.
 */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Expanded> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield {failed: readFailure(dir, error)};
    return;
  }
  if (seen.has(real)) {
    yield {notice: `skipping ${showPath(dir)}: a link back to a folder already read (${showPath(real)})`, problem: false};
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    yield {failed: readFailure(dir, error)};
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const known = kindOf(name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (known) yield {failed: readFailure(path, error)};
      continue;
    }
    if (info.isDirectory()) yield* walk(path, seen);
    else if (known && info.isFile()) yield {file: {path, ...known}};
  }
}

/**
 * The links a quoted glob names that lead nowhere or cannot be read, as READ_ERROR records in
 * name order. tinyglobby, which finds the glob's files, follows links but drops the ones it
 * cannot follow without a word; the folder walk reports them, and a glob must too. The
 * glob's fixed base is walked as tinyglobby walks it: no dot entries, no deeper than the
 * pattern reaches (any depth under `**`), each real folder once.
 */
export async function brokenLinks(pattern: string): Promise<Array<{path: string; failed: ErrorRecord}>> {
  const {base, glob: rest} = picomatch.scan(pattern);
  const matches = picomatch(pattern);
  const maxDepth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.split('/').length;
  const found: Array<{path: string; failed: ErrorRecord}> = [];
  const seen = new Set<string>();
  const visit = async (dir: string, depth: number): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir || '.');
    } catch {
      return; // the base itself is missing or unreadable: tinyglobby's empty answer is the notice
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = (await readdir(dir || '.', {withFileTypes: true})).sort((x, y) => byCodeUnits(x.name, y.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = dir ? join(dir, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (depth < maxDepth) await visit(path, depth + 1);
        continue;
      }
      if (!entry.isSymbolicLink()) continue;
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        if (matches(path)) found.push({path, failed: readFailure(path, error)});
        continue;
      }
      if (info.isDirectory() && depth < maxDepth) await visit(path, depth + 1);
    }
  };
  await visit(base, 1);
  return found.sort((x, y) => byCodeUnits(x.path, y.path));
}

/** The order of `Array.prototype.sort()` on strings (UTF-16 code units), which the glob's matches are in. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expand command-line inputs: `-` is stdin; a folder is walked recursively for known
 * extensions; a pattern (quoted so the shell did not expand it) is matched with tinyglobby;
 * any other path is a file, read by its extension (`as` overrides; unknown ones are text).
 */
export async function* expandInputs(args: readonly string[], as?: InputKind): AsyncGenerator<Expanded> {
  const seen = new Set<string>();
  const fileOf = (path: string): InputFile => {
    const known = kindOf(path);
    return {path, kind: as ?? known?.kind ?? 'text', gzip: known?.gzip ?? path.toLowerCase().endsWith('.gz')};
  };
  for (const arg of args) {
    if (arg === '-') {
      yield {file: {path: '-', kind: as ?? 'text', gzip: false}};
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(arg)) {
        // the same link policy as a folder walk: links to files and folders are followed
        // an absolute pattern names its files absolutely (tinyglobby would make them relative to the working folder)
        const matches = (await glob(arg, {onlyFiles: true, followSymbolicLinks: true, expandDirectories: false, absolute: isAbsolute(arg)})).sort();
        // tinyglobby passes over links it cannot follow in silence: each is an error record, in name order among the files
        const broken = await brokenLinks(arg);
        if (!matches.length && !broken.length) yield {notice: `no file matches ${showPath(arg)}`, problem: true};
        let b = 0;
        for (const match of matches) {
          for (; b < broken.length && broken[b]!.path < match; b++) yield {failed: broken[b]!.failed};
          yield {file: fileOf(match)};
        }
        for (; b < broken.length; b++) yield {failed: broken[b]!.failed};
        continue;
      }
      const code = (error as NodeJS.ErrnoException).code;
      yield {notice: `cannot read ${showPath(arg)}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, problem: true};
      continue;
    }
    if (info.isDirectory()) {
      for await (const found of walk(arg, seen)) {
        yield as && 'file' in found ? {file: {...found.file, kind: as}} : found;
      }
    } else {
      // A file, or a pipe the user named on purpose (`<(zcat feed.gz)`); only walks skip pipes.
      yield {file: fileOf(arg)};
    }
  }
}
