import {stat, writeFile} from 'node:fs/promises';
import {basename} from 'node:path';
import type {CommanderError} from 'commander';
import {DEFAULT_MAX_INPUT_LENGTH} from '../input/validate.js';
import {readJsonLine} from '../stream/read-record.js';
import type {RecordOptions} from '../stream/types.js';
import type {Format} from '../schema/options.js';
import {inspectText, type InspectRecord} from '../inspect/record.js';
import {renderPage} from '../inspect/template.js';
import {kindOf, showPath} from './inputs.js';
import {readFileRecords, type ReadSettings} from './read-file.js';
import {checkReferenceDate, inputTypeFlag, type RecordFlags} from './record-flags.js';
import type {CliIO} from './program.js';

export interface InspectFlags extends RecordFlags {
  out?: string;
  explain?: boolean;
  maxRecords: number;
}

/** Where the page goes: -o FILE, `-` for stdout; by default NAME.inspect.html in the current folder (stdout for stdin). */
export function pagePath(input: string, out: string | undefined): string {
  if (out !== undefined) return out;
  if (input === '-') return '-';
  const name = basename(input).replace(/\.gz$/i, '').replace(/\.[^.]*$/, '') || 'input';
  return `${name}.inspect.html`;
}

/** `newsparse inspect FILE`: one self-contained HTML page for the file's record(s); the exit code. */
export async function runInspect(input: string, flags: InspectFlags, io: CliIO, usage: (m: string) => CommanderError): Promise<number> {
  const as = inputTypeFlag(flags.inputType, usage);
  checkReferenceDate(flags.referenceDate, usage);
  if (input !== '-') {
    const problem = await stat(input).then(
      (info) => (info.isDirectory() ? 'a folder (inspect takes one file)' : null),
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? 'no such file' : error.message),
    );
    if (problem) {
      io.stderr.write(`newsparse: cannot read ${showPath(input)}: ${problem}\n`);
      return 1;
    }
  }
  const known = input === '-' ? undefined : kindOf(input);
  const file = {path: input, kind: as ?? known?.kind ?? 'text', gzip: known?.gzip ?? false};
  const maxInputLength = flags.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  const settings: ReadSettings = {
    maxInputLength,
    maxLineLength: maxInputLength * 2,
    stdin: io.stdin,
    ...(flags.url ? {url: flags.url} : {}),
    ...(flags.referenceDate ? {referenceDate: flags.referenceDate} : {}),
  };
  const recordOptions: RecordOptions = {
    urlField: flags.urlField,
    idField: flags.idField,
    maxInputLength,
    ...(flags.textField ? {textField: flags.textField} : {}),
    ...(flags.referenceDate ? {referenceDate: flags.referenceDate} : {}),
  };
  const records: InspectRecord[] = [];
  let seen = 0;
  for await (const item of readFileRecords(file, settings)) {
    seen++;
    if (records.length >= flags.maxRecords) continue;
    const where = item.kind === 'failed' ? item.record.source : item.source;
    const line = where?.line !== undefined ? `:${where.line}` : where?.record !== undefined ? `#${where.record}` : '';
    const fallback = `${input === '-' ? 'stdin' : basename(input)}${file.kind === 'jsonl' || file.kind === 'warc' ? line : ''}`;
    if (item.kind === 'failed') {
      records.push({name: fallback, error: item.record.error});
      continue;
    }
    const text = item.kind === 'json' ? readJsonLine(item.raw, recordOptions, item.source) : item.kind === 'text' ? item : null;
    if (!text) continue;
    if ('error' in text) {
      records.push({name: fallback, error: text.error});
      continue;
    }
    const referenceDate = text.referenceDate ?? flags.referenceDate;
    const format: Format = text.format ?? (file.kind === 'html' || file.kind === 'markdown' ? file.kind : 'auto');
    const name = [text.id, text.url].filter(Boolean).join(' · ') || fallback;
    records.push(inspectText(name, text.text, {
      format,
      maxInputLength,
      ...(text.url ? {url: text.url} : {}),
      ...(referenceDate ? {referenceDate} : {}),
      ...(flags.explain ? {explain: true} : {}),
    }));
  }
  if (seen > records.length) io.stderr.write(`newsparse: ${input} has ${seen} records; the page shows the first ${records.length} (--max-records)\n`);
  const html = renderPage(records, `newsparse inspect: ${input === '-' ? 'stdin' : basename(input)}`);
  const out = pagePath(input, flags.out);
  if (out === '-') io.stdout.write(html);
  else {
    await writeFile(out, html).catch((error: NodeJS.ErrnoException) => {
      throw usage(`cannot write ${showPath(out)}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
    });
  }
  const failed = records.filter((r) => 'error' in r).length;
  if (!flags.quiet && out !== '-') io.stderr.write(`newsparse: wrote ${showPath(out)} (${records.length} record${records.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''})\n`);
  return failed ? 1 : 0;
}
