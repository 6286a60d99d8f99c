import {ArticleSchema} from '../schema/article.js';
import {kindOf, showPath} from './inputs.js';
import {splitLines} from './lines.js';
import {openInput} from './read-file.js';
import type {CliIO} from './program.js';

const MAX_LINE = 20_000_000;
const ISSUES_PER_LINE = 5;

function pathOf(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(record)';
}

/**
 * `newsparse validate FILE.jsonl`: check each line against `ArticleSchema` and print
 * `FILE:LINE: path: message` for each zod issue; error records (`{"error": ...}`) are counted,
 * not checked. Exit 0 when every article record is valid, 1 otherwise.
 */
export async function runValidate(file: string, flags: {partial?: boolean; quiet?: boolean}, io: CliIO): Promise<number> {
  const schema = flags.partial ? ArticleSchema.partial() : ArticleSchema;
  const name = showPath(file);
  const out: string[] = [];
  const report = (line: number, message: string) => out.push(`${name}:${line}: ${message}\n`);
  // a reader that goes away (`| head`) ends the run quietly; any other write error fails it
  let gone = false;
  let writeError: Error | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') gone = true;
    else writeError ??= error;
  };
  io.stdout.on('error', onError);
  try {
    const code = await check();
    if (writeError) {
      io.stderr.write(`error: cannot write the report: ${writeError.message}\n`);
      return 1;
    }
    return code;
  } finally {
    io.stdout.off('error', onError);
  }

  async function check(): Promise<number> {
  let valid = 0;
  let invalid = 0;
  let errors = 0;
  try {
    const input = openInput({path: file, kind: 'jsonl', gzip: kindOf(file)?.gzip ?? false}, io.stdin);
    for await (const next of splitLines(input as AsyncIterable<Buffer>, MAX_LINE)) {
      if (gone || writeError) break;
      if (out.length > 256) {
        io.stdout.write(out.join(''));
        out.length = 0;
      }
      if (next.tooLong) {
        invalid++;
        report(next.line, `longer than ${MAX_LINE} characters`);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(next.text);
      } catch (error) {
        invalid++;
        report(next.line, `not JSON: ${(error as Error).message}`);
        continue;
      }
      if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'error') && !Object.hasOwn(value, 'headline')) {
        errors++;
        continue;
      }
      const result = schema.safeParse(value);
      if (result.success) {
        valid++;
        continue;
      }
      invalid++;
      for (const issue of result.error.issues.slice(0, ISSUES_PER_LINE)) report(next.line, `${pathOf(issue.path)}: ${issue.message}`);
      if (result.error.issues.length > ISSUES_PER_LINE) report(next.line, `... and ${result.error.issues.length - ISSUES_PER_LINE} more issues`);
    }
  } catch (error) {
    io.stdout.write(out.join(''));
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(`error: cannot read ${name}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return 1;
  }
  io.stdout.write(out.join(''));
  if (!flags.quiet) {
    io.stderr.write(`newsparse validate: ${valid} valid, ${invalid} invalid${errors ? `, ${errors} error records` : ''}\n`);
  }
  return invalid ? 1 : 0;
  }
}
