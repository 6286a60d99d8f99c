import {Command, CommanderError, Option} from 'commander';
import type {Readable, Writable} from 'node:stream';
import {existsSync} from 'node:fs';
import {nearestKey} from '../nearest-key.js';
import {isNewsparseError} from '../errors.js';
import {runParse, type ParseFlags} from './run-parse.js';
import type {WorkerFlags} from './worker.js';
import type {InspectFlags} from './inspect.js';
// Each command loads its own code when it runs: `parse` hands records to worker threads, and a
// main thread that loaded the parser (through `inspect`) or the JSON Schemas would hold them
// for nothing, in memory and in start-up time.

/** Where the command line reads and writes; tests pass their own. */
export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  stderrIsTTY: boolean;
  /** True when stdin is a terminal: then a parse with no input is a usage error, else stdin is read. */
  stdinIsTTY?: boolean;
  /** Resolves when the user asks a long-running command (`worker`) to stop; only `worker` listens. */
  onStop?: () => Promise<void>;
  /**
   * End the process now: the worker's last resort when Redis is gone at shutdown (ioredis
   * would keep the process alive retrying). Absent in tests: the command returns its code.
   */
  forceExit?: (code: number) => void;
}

export function nodeIO(): CliIO {
  // A reader that goes away (`newsparse ... | head`) is no crash for any command: each writer
  // handles its own errors (cli/sink.ts, validate, writeOut); this keeps an EPIPE on help or
  // version text, or one that comes after a writer let go, from throwing as unhandled.
  if (!process.stdout.listenerCount('error')) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.exitCode = 1;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    forceExit: (code) => process.exit(code),
    onStop: () =>
      new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  };
}

const usage = (message: string) => new CommanderError(2, 'newsparse.usage', `error: ${message}`);

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw usage(`${name} must be a positive whole number, not "${value}"`);
    return n;
  };
}

function wholeNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw usage(`${name} must be a whole number, not "${value}"`);
    return n;
  };
}

const EXAMPLES = `
Examples:
  newsparse article.txt --pretty                  parse one scraped text file
  newsparse feed.jsonl.gz -o articles.csv         a JSONL feed (gzipped) to a spreadsheet
  curl -s https://example.com/news | newsparse --input-type html --url https://example.com/news
`;

/**
 * A first argument that reads as a command name (a bare word, no path or extension) but is no
 * command and no file: a mistyped command, not a missing file.
 */
function unknownCommand(argv: readonly string[], commands: string[]): string | undefined {
  const first = argv[0];
  if (first === undefined || !/^[a-z][a-z-]*$/i.test(first) || commands.includes(first) || existsSync(first)) return undefined;
  const near = nearestKey(first, commands);
  return `unknown command "${first}"${near ? `; did you mean "${near}"?` : ''} (commands: ${commands.join(', ')}; to parse a file named ${first}, write ./${first})`;
}

/** Build the command line program; `run` gives the exit code. */
export function buildProgram(version: string, io: CliIO, setExit: (code: number) => void): Command {
  const write = (stream: Writable) => (s: string) => void stream.write(s);
  const program = new Command()
    .name('newsparse')
    .description('Turn raw scraped news text into typed articles: files, folders, globs, JSONL feeds (.gz too), WARC/WET archives.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({writeOut: write(io.stdout), writeErr: write(io.stderr)})
    .showHelpAfterError('(run newsparse --help for usage)');

  const parse = program
    .command('parse', {isDefault: true})
    .description('parse inputs into one output record per input record, in input order')
    .argument('[inputs...]', 'files, folders (read recursively by extension), quoted globs, or - for stdin (the default when stdin is piped)')
    .option('-o, --out <file>', 'write to FILE instead of stdout (format from its extension: .jsonl, .ndjson, .json or .csv)')
    .addOption(new Option('-f, --format <format>', 'output format: jsonl (default), json or csv'))
    .option('--bom', 'start CSV output with a UTF-8 byte order mark, for spreadsheet programs')
    .option('--claims', 'one row per numeric claim (CSV), or only numericClaims (JSON)')
    .option('--fields <list>', 'comma-separated Article fields to keep, e.g. headline,byline,publishedAt')
    .option('-p, --pretty', 'indent JSON records')
    .option('-j, --jobs <n>', 'worker threads (default: 1 for small inputs, the number of cores for large feeds)', positiveInt('--jobs'))
    .option('--strict', 'stop at the first record that fails (exit 1)')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .option('--input-type <type>', 'read every input as text, markdown, html, jsonl or warc (default: by extension; stdin: text)')
    .option('--text-field <name>', 'JSONL field holding the text (default: text, else content, else body)')
    .option('--url-field <name>', 'JSONL field holding the URL', 'url')
    .option('--id-field <name>', 'JSONL field holding the record id', 'id')
    .option('--url <url>', 'where a text file was scraped from')
    .option('--reference-date <date>', 'resolves dates that have no year (ISO 8601), when a record has no date of its own')
    .option('--max-input-length <n>', 'longest text parsed, in characters (default 5000000)', positiveInt('--max-input-length'))
    .option('--record-timeout <seconds>', 'time budget of one record (of a feed; of a single article when given); past it the record is a TIMEOUT error (default 60, 0: none)', wholeNumber('--record-timeout'))
    .option('--max-worker-heap <MB>', 'heap of each worker thread; a record that exhausts it is an OUT_OF_MEMORY error (default 768)', positiveInt('--max-worker-heap'))
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ParseFlags) => {
      if (!inputs.length) {
        if (io.stdinIsTTY) throw usage('no input given: name files, folders or globs, or pipe text to stdin');
        inputs = ['-'];
      }
      setExit(await runParse(inputs, flags, io, usage));
    });

  program
    .command('validate')
    .description('check a JSONL file of article records against ArticleSchema; each invalid line is reported with its zod issue paths')
    .argument('<file>', 'a JSONL file (.gz too), or - for stdin')
    .option('--partial', 'records keep only some fields (--fields): check the fields present')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (file: string, flags: {partial?: boolean; quiet?: boolean}) => {
      const {runValidate} = await import('./validate.js');
      setExit(await runValidate(file, flags, io));
    });

  program
    .command('worker')
    .description('parse jobs from a BullMQ queue on Redis (needs the optional peer dependency bullmq)')
    .option('--redis <url>', 'Redis connection URL', 'redis://127.0.0.1:6379')
    .option('--queue <name>', 'queue to take jobs from', 'newsparse')
    .option('--results-queue <name>', 'add each output record as a job to this queue')
    .option('--sink <file>', 'append each output record as a JSONL line to this file')
    .option('--concurrency <n>', 'jobs in flight in this process (run one process per core)', positiveInt('--concurrency'), 1)
    .option('--text-field <name>', 'job data field holding the text (default: text, else content, else body)')
    .option('--url-field <name>', 'job data field holding the URL', 'url')
    .option('--id-field <name>', 'job data field holding the record id', 'id')
    .option('--connect-timeout <seconds>', 'give up when Redis cannot be reached at start', positiveInt('--connect-timeout'), 10)
    .option('--stop-timeout <seconds>', 'on SIGINT/SIGTERM, wait this long for jobs in flight and Redis, then stop anyway', positiveInt('--stop-timeout'), 10)
    .option('-q, --quiet', 'no start and stop messages on stderr')
    .action(async (flags: WorkerFlags) => {
      const {runWorker} = await import('./worker.js');
      setExit(await runWorker(flags, io));
    });

  program
    .command('inspect')
    .description('write one self-contained HTML page showing how a file was parsed: blocks by role, fields, claims, quotes (a JSONL feed: one page with a record picker)')
    .argument('<file>', 'a text, markdown, HTML or JSONL file (.gz too), or - for stdin')
    .option('-o, --out <file>', 'write the page to FILE, - for stdout (default: NAME.inspect.html here)')
    .option('--explain', 'add the evidence for each block and field (parseArticle explain: true)')
    .option('--input-type <type>', 'read the file as text, markdown, html, jsonl or warc (default: by extension)')
    .option('--text-field <name>', 'JSONL field holding the text (default: text, else content, else body)')
    .option('--url-field <name>', 'JSONL field holding the URL', 'url')
    .option('--id-field <name>', 'JSONL field holding the record id', 'id')
    .option('--url <url>', 'where a text file was scraped from')
    .option('--reference-date <date>', 'resolves dates that have no year (ISO 8601)')
    .option('--max-input-length <n>', 'longest text parsed, in characters (default 5000000)', positiveInt('--max-input-length'))
    .option('--max-records <n>', 'most records of a feed shown on the page', positiveInt('--max-records'), 200)
    .option('-q, --quiet', 'no message on stderr')
    .action(async (file: string, flags: InspectFlags) => {
      const {runInspect} = await import('./inspect.js');
      setExit(await runInspect(file, flags, io, usage));
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of an Article, or of an output record')
    .option('--record', 'the schema of one output record (JSONL line): an article record with id, url and source, or an error record')
    .option('--partial', 'with --record: article records that keep only some fields (--fields)')
    .action(async (flags: {record?: boolean; partial?: boolean}) => {
      if (flags.partial && !flags.record) throw usage('--partial goes with --record');
      const {articleJsonSchema, recordJsonSchema} = await import('../schema/json-schema.js');
      const schema = flags.record ? recordJsonSchema({partial: Boolean(flags.partial)}) : articleJsonSchema();
      setExit(await writeOut(io, JSON.stringify(schema, null, 2) + '\n'));
    });

  // The root help shows the default command's flags and examples, not only the command list.
  program.addHelpText('after', () => `\nParse (the default command: newsparse [parse] [options] [inputs...]):\n${parse.createHelp().formatHelp(parse, parse.createHelp()).split('\n').filter((line) => line.startsWith('  ')).join('\n')}\n${EXAMPLES}`);

  return program;
}

/**
 * Write `text` to stdout and wait until it is written: 0, or 1 with a message when the write
 * fails (a full disk); a reader that went away (EPIPE, `| head`) is no failure.
 */
async function writeOut(io: CliIO, text: string): Promise<number> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => void (failure ??= error);
  io.stdout.on('error', onError);
  try {
    await new Promise<void>((resolve) => io.stdout.write(text, (error?: Error | null) => (error && (failure ??= error), resolve())));
  } finally {
    io.stdout.off('error', onError);
  }
  if (!failure || failure.code === 'EPIPE') return 0;
  io.stderr.write(`error: cannot write the output: ${failure.message}\n`);
  return 1;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], version: string, io: CliIO = nodeIO()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(version, io, (code) => (exitCode = code));
  const unknown = unknownCommand(argv, [...program.commands.map((command) => command.name()), 'help']);
  if (unknown) {
    io.stderr.write(`error: ${unknown}\n`);
    return 2;
  }
  try {
    await program.parseAsync([...argv], {from: 'user'});
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code.startsWith('newsparse.')) io.stderr.write(error.message + '\n');
      return error.exitCode === 1 && error.code.startsWith('commander.') ? 2 : error.exitCode;
    }
    if (isNewsparseError(error)) {
      io.stderr.write(`error: ${error.message} (${error.code})\n`);
      return error.code === 'INVALID_OPTIONS' ? 2 : 1;
    }
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
