import type {CommanderError} from 'commander';
import type {InputKind} from './inputs.js';

/** The flags of the commands that read records (parse, inspect): how to read them. */
export interface RecordFlags {
  inputType?: string;
  textField?: string;
  urlField: string;
  idField: string;
  url?: string;
  referenceDate?: string;
  maxInputLength?: number;
  quiet?: boolean;
}

/** The values of `--input-type`, shared by the commands that read records. */
export const INPUT_TYPES: readonly InputKind[] = ['text', 'markdown', 'html', 'jsonl', 'warc'];

/** `--input-type` checked against INPUT_TYPES: the kind, or undefined when not given. */
export function inputTypeFlag(value: string | undefined, usage: (m: string) => CommanderError): InputKind | undefined {
  if (value !== undefined && !INPUT_TYPES.includes(value as InputKind)) throw usage(`--input-type must be ${INPUT_TYPES.join(', ')}, not "${value}"`);
  return value as InputKind | undefined;
}

/** `--reference-date` must be a date `Date.parse` reads (ISO 8601). */
export function checkReferenceDate(value: string | undefined, usage: (m: string) => CommanderError): void {
  if (value !== undefined && Number.isNaN(Date.parse(value))) throw usage(`--reference-date must be an ISO 8601 date, not "${value}"`);
}
