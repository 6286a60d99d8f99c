import {readFileSync} from 'node:fs';
import {Command, CommanderError} from 'commander';
import {parseArticle} from '../parse-article.js';
import {articleJsonSchema} from '../schema/json-schema.js';
import {isNewsparseError} from '../errors.js';
import type {Format} from '../schema/options.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  readFile: (path: string) => string;
}

export const nodeIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  readFile: (p) => readFileSync(p, 'utf8'),
};

interface ParseFlags {
  pretty?: boolean;
  format?: Format;
  url?: string;
  referenceDate?: string;
}

/** Build the command line program. Returns the exit code through `run`. */
export function buildProgram(version: string, io: CliIO): Command {
  const program = new Command()
    .name('newsparse')
    .description('Turn raw scraped news text into a typed article (JSON).')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr})
    .showHelpAfterError('(run newsparse --help for usage)');

  program
    .command('parse', {isDefault: true})
    .description('parse FILE (or - for stdin) and print the Article as JSON')
    .argument('<file>', 'a text file, or - for standard input')
    .option('-p, --pretty', 'indent the JSON')
    .option('-f, --format <format>', 'auto | text | markdown | html', 'auto')
    .option('--url <url>', 'where the text was scraped from')
    .option('--reference-date <date>', 'resolves dates that have no year (ISO 8601)')
    .action((file: string, flags: ParseFlags) => {
      if (flags.format && !['auto', 'text', 'markdown', 'html'].includes(flags.format)) {
        throw new CommanderError(2, 'newsparse.badFormat', `error: --format must be auto, text, markdown or html, not "${flags.format}"`);
      }
      let text: string;
      try {
        text = file === '-' ? io.readStdin() : io.readFile(file);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
        throw new CommanderError(1, 'newsparse.read', `error: cannot read ${file}: ${reason}`);
      }
      const article = parseArticle(text, {
        format: flags.format,
        ...(flags.url ? {url: flags.url} : {}),
        ...(flags.referenceDate ? {referenceDate: flags.referenceDate} : {}),
      });
      io.stdout(JSON.stringify(article, null, flags.pretty ? 2 : undefined) + '\n');
    });

  program
    .command('schema')
    .description('print the JSON Schema of an Article')
    .action(() => {
      io.stdout(JSON.stringify(articleJsonSchema(), null, 2) + '\n');
    });

  return program;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export function run(argv: readonly string[], version: string, io: CliIO = nodeIO): number {
  const program = buildProgram(version, io);
  try {
    program.parse([...argv], {from: 'user'});
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code.startsWith('newsparse.')) io.stderr(error.message + '\n');
      return error.exitCode === 1 && error.code.startsWith('commander.') ? 2 : error.exitCode;
    }
    if (isNewsparseError(error)) {
      io.stderr(`error: ${error.message} (${error.code})\n`);
      return 1;
    }
    throw error;
  }
}
