import {stat} from 'node:fs/promises';
import {checkReferenceDate, inputTypeFlag, type RecordFlags} from './record-flags.js';
import type {CommanderError} from 'commander';
import {ARTICLE_FIELDS as FIELD_NAMES, isFormat} from '../schema/names.js';
import {DEFAULT_MAX_INPUT_LENGTH} from '../input/validate.js';
import {csvColumns, csvLine, type CsvShape} from '../stream/csv.js';
import {defaultJobs, maxJobs, runPipeline, type PipelineItem} from '../stream/parse-stream.js';
import {DEFAULT_RECORD_TIMEOUT} from '../stream/types.js';
import type {Serialize, TaskSettings} from '../stream/task.js';
import {expandInputs, kindOf, type InputKind} from './inputs.js';
import {Tally} from './tally.js';
import {readFileRecords, type ReadSettings} from './read-file.js';
import {Sink} from './sink.js';
import type {CliIO} from './program.js';

export interface ParseFlags extends RecordFlags {
  out?: string;
  format?: string;
  claims?: boolean;
  fields?: string;
  pretty?: boolean;
  jobs?: number;
  strict?: boolean;
  recordTimeout?: number;
  maxWorkerHeap?: number;
  bom?: boolean;
}

type OutputFormat = 'jsonl' | 'json' | 'csv';
const ARTICLE_FIELDS: string[] = [...FIELD_NAMES];

function outputFormat(flags: ParseFlags, usage: (m: string) => CommanderError): OutputFormat {
  if (flags.format !== undefined) {
    if (flags.format === 'jsonl' || flags.format === 'json' || flags.format === 'csv') return flags.format;
    const hint = isFormat(flags.format) ? ` (the input format is --input-type ${flags.format === 'auto' ? 'text' : flags.format})` : '';
    throw usage(`--format must be jsonl, json or csv, not "${flags.format}"${hint}`);
  }
  if (flags.out === undefined) return 'jsonl';
  const ext = outputExtension(flags.out);
  if (ext === undefined) return 'jsonl';
  const format = OUTPUT_EXTENSIONS[ext];
  if (!format) {
    throw usage(`cannot write ${JSON.stringify(ext)} files: name the output .jsonl, .ndjson, .json or .csv, or choose with --format jsonl|json|csv`);
  }
  return format;
}

const OUTPUT_EXTENSIONS: Record<string, OutputFormat> = {'.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv'};

/** The extension of an output path (".csv"), or undefined for a name without one (`out`, `/dev/stdout`). */
function outputExtension(path: string): string | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : undefined;
}

/** `--url` is where a text was scraped from: an absolute URL. */
function checkUrl(url: string | undefined, usage: (m: string) => CommanderError): void {
  if (url === undefined) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^[a-z][a-z0-9+.-]*:$/.test(parsed.protocol) || (!parsed.host && parsed.protocol !== 'file:')) {
    throw usage(`--url must be an absolute URL such as https://example.com/news/story, not "${url}"`);
  }
}

function chosenFields(flags: ParseFlags, format: OutputFormat, usage: (m: string) => CommanderError): string[] | undefined {
  if (flags.claims && format !== 'csv') return ['numericClaims'];
  if (!flags.fields) return undefined;
  const fields = flags.fields.split(',').map((f) => f.trim()).filter(Boolean);
  const allowed = format === 'csv' ? [...ARTICLE_FIELDS, 'authors'] : ARTICLE_FIELDS;
  const unknown = fields.filter((f) => !allowed.includes(f));
  if (unknown.length || !fields.length) throw usage(`--fields takes Article fields (${allowed.join(', ')}), not "${unknown.join(',') || flags.fields}"`);
  return fields;
}

/** One text file (or stdin) alone is one record: not worth starting worker threads for. */
async function isSingleArticle(inputs: string[], as: InputKind | undefined): Promise<boolean> {
  if (inputs.length !== 1) return false;
  const [input] = inputs as [string];
  const kind = as ?? (input === '-' ? 'text' : (kindOf(input)?.kind ?? 'text'));
  if (kind === 'jsonl' || kind === 'warc') return false;
  if (input === '-') return true;
  return stat(input).then(
    (info) => info.isFile(),
    () => true,
  );
}

/**
 * The bytes of input to parse, when known before reading (files named on the command line, a
 * gzipped one counted at the ratio feeds usually compress by); undefined for stdin, and
 * Infinity for folders and globs (taken as large: they are read file by file).
 */
async function inputBytes(inputs: string[]): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    const info = await stat(input).catch(() => undefined);
    if (!info?.isFile()) return Number.POSITIVE_INFINITY;
    total += input.toLowerCase().endsWith('.gz') ? info.size * GZIP_RATIO : info.size;
  }
  return total;
}

/** Text feeds compress about this much with gzip. */
const GZIP_RATIO = 4;

/**
 * Below this much input, one thread beats a pool: each worker thread loads and warms its own
 * parser (about a second of CPU) before it helps. `npm run bench -- feeds` shows the crossover.
 */
export const POOL_CROSSOVER_BYTES = 2_000_000;

/**
 * The default --jobs, chosen from the work: 1 below the crossover (or when the size is unknown,
 * as for stdin), else one thread per core.
 */
export function jobsForWork(bytes: number | undefined, cores: number): number {
  if (bytes === undefined || bytes < POOL_CROSSOVER_BYTES) return 1;
  return Math.max(1, cores);
}

/** The number of records when it is known before reading: only text-like files, one record each. */
async function knownTotal(inputs: string[], as: InputKind | undefined): Promise<number | undefined> {
  for (const input of inputs) {
    const kind = as ?? (input === '-' ? 'text' : kindOf(input)?.kind ?? 'text');
    if (kind === 'jsonl' || kind === 'warc') return undefined;
    if (input !== '-' && !(await stat(input).then((info) => info.isFile(), () => false))) return undefined;
  }
  return inputs.length;
}

/** A file's device and inode, or undefined when it does not exist (yet). */
async function fileId(path: string): Promise<{dev: number; ino: number} | undefined> {
  return stat(path).then(
    (info) => ({dev: info.dev, ino: info.ino}),
    () => undefined,
  );
}

const sameFile = (a: {dev: number; ino: number} | undefined, b: {dev: number; ino: number} | undefined) =>
  Boolean(a && b && a.dev === b.dev && a.ino === b.ino && a.ino !== 0);

/** `newsparse parse`: stream every input record through the parser to the output; the exit code. */
export async function runParse(inputs: string[], flags: ParseFlags, io: CliIO, usage: (m: string) => CommanderError): Promise<number> {
  const format = outputFormat(flags, usage);
  const fields = chosenFields(flags, format, usage);
  const as = inputTypeFlag(flags.inputType, usage);
  checkUrl(flags.url, usage);
  if (flags.bom && format !== 'csv') throw usage('--bom goes with CSV output (-o FILE.csv or --format csv)');
  checkReferenceDate(flags.referenceDate, usage);
  const maxInputLength = flags.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (flags.jobs !== undefined && flags.jobs > maxJobs()) {
    throw usage(`--jobs must be at most ${maxJobs()} (4 per core on this machine), not ${flags.jobs}: each thread holds a parser and its heap`);
  }
  const single = await isSingleArticle(inputs, as);
  const jobs = single ? 1 : (flags.jobs ?? jobsForWork(await inputBytes(inputs), defaultJobs()));
  // a feed runs on worker threads even with --jobs 1: only a thread can be stopped at its time
  // budget. One article is parsed here (a thread costs more than it does), unless a budget
  // was asked for by name: then it is kept too.
  const budgeted = flags.recordTimeout !== undefined || flags.maxWorkerHeap !== undefined;
  const limits = {
    threads: !single || budgeted,
    recordTimeout: (flags.recordTimeout ?? DEFAULT_RECORD_TIMEOUT / 1000) * 1000,
    ...(flags.maxWorkerHeap !== undefined ? {maxWorkerHeapMb: flags.maxWorkerHeap} : {}),
  };
  let output = flags.out ? await fileId(flags.out) : undefined;
  if (output) {
    for (const input of inputs) {
      if (input !== '-' && sameFile(await fileId(input), output)) throw usage(`-o ${flags.out} names the input ${input}: writing would destroy it before it is read`);
    }
  }

  const csv: CsvShape | undefined = format === 'csv' ? {csv: flags.claims ? 'claim' : 'article', columns: csvColumns(flags.claims ? 'claim' : 'article', fields)} : undefined;
  const serialize: Serialize = csv ?? (flags.pretty ? 'json-pretty' : 'json');
  const settings: TaskSettings = {
    serialize,
    bytes: true,
    urlField: flags.urlField,
    idField: flags.idField,
    maxInputLength,
    ...(flags.textField ? {textField: flags.textField} : {}),
    ...(flags.referenceDate ? {referenceDate: flags.referenceDate} : {}),
    ...(fields ? {fields} : {}),
  };
  const readSettings: ReadSettings = {
    maxInputLength,
    maxLineLength: maxInputLength * 2,
    stdin: io.stdin,
    ...(flags.url ? {url: flags.url} : {}),
    ...(flags.referenceDate ? {referenceDate: flags.referenceDate} : {}),
  };

  let problems = 0;
  const notice = (message: string) => void io.stderr.write(`newsparse: ${message}\n`);
  async function* items(): AsyncGenerator<PipelineItem> {
    for await (const found of expandInputs(inputs, as)) {
      if ('notice' in found) {
        notice(found.notice);
        if (found.problem) problems++;
      } else if ('failed' in found) yield {kind: 'failed', record: found.failed};
      else if (output && found.file.path !== '-' && sameFile(await fileId(found.file.path), output)) {
        // a folder or glob that holds the output file: never read what is being written
        notice(`skipping ${found.file.path}: it is the output file`);
      } else yield* readFileRecords(found.file, readSettings);
    }
  }

  const sink = await Sink.open(flags.out, io.stdout).catch((error: NodeJS.ErrnoException) => {
    throw usage(`cannot write ${flags.out}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
  });
  // a new output file exists now: a folder walk or glob that reaches it must pass it over
  if (flags.out) output = await fileId(flags.out);
  const tally = new Tally();
  // cli-progress loads only for a terminal.
  const progress = io.stderrIsTTY && !flags.quiet ? new (await import('./progress.js')).Progress(io.stderr, await knownTotal(inputs, as)) : undefined;
  let stopped = false;
  try {
    await writeAll();
  } catch (error) {
    const failure = sink.error;
    if (!failure || error !== failure) throw error;
    // a write error (a full disk, a closed file): the run failed, and says so
    progress?.stop(tally);
    notice(`cannot write ${flags.out ?? 'the output'}: ${failure.message}; ${tally.records} records were parsed before it failed, and the output is incomplete`);
    return 1;
  }
  if (stopped) notice('stopped at the first record that failed (--strict)');
  if (!flags.quiet) io.stderr.write(tally.summary() + '\n');
  return tally.failed || problems ? 1 : 0;

  async function writeAll(): Promise<void> {
  // A byte order mark tells spreadsheet programs the file is UTF-8 (--bom).
  if (csv) await sink.write((flags.bom ? '\ufeff' : '') + csvLine(csv.columns) + '\r\n');
  if (format === 'json') await sink.write('[');
  try {
    for await (const result of runPipeline(items(), settings, jobs, undefined, limits)) {
      const text = result.value as string | Uint8Array;
      if (format === 'json') {
        await sink.write(tally.records ? ',\n' : '\n');
        await sink.write(text);
      } else await sink.write(text);
      if (format === 'jsonl') await sink.write('\n');
      tally.add(result.ok, result.code);
      progress?.update(tally);
      if (sink.closed) break;
      if (!result.ok && flags.strict) {
        stopped = true;
        break;
      }
    }
    if (format === 'json') await sink.write(tally.records ? '\n]\n' : ']\n');
  } finally {
    progress?.stop(tally);
    await sink.close();
  }
  }
}
