import {NewsparseError} from './errors.js';
import {ExtractOptionsSchema, ParseOptionsSchema, type ExtractOptions, type ParseOptions} from './schema/options.js';

function check<T>(schema: {safeParse(v: unknown): {success: true; data: T} | {success: false; error: {issues: {path: PropertyKey[]; message: string}[]}}}, value: unknown): T {
  if (value === undefined || value === null) return {} as T;
  let r: ReturnType<typeof schema.safeParse>;
  try {
    r = schema.safeParse(value);
  } catch (error) {
    // a getter or Proxy that throws while the options are read: still an options error, ours
    throw new NewsparseError('INVALID_OPTIONS', `Invalid options: reading them threw (${error instanceof Error ? error.message : String(error)})`, {cause: error});
  }
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new NewsparseError('INVALID_OPTIONS', `Invalid option ${issue.path.map(String).join('.') || '(options)'}: ${issue.message}`);
  }
  return r.data;
}

export function checkParseOptions(value: unknown): ParseOptions {
  return check<ParseOptions>(ParseOptionsSchema, value);
}

export function checkExtractOptions(value: unknown): ExtractOptions {
  return check<ExtractOptions>(ExtractOptionsSchema, value);
}

/** `referenceDate` as a Date; a string that is no date is an option error. */
export function toReferenceDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value instanceof Date ? value.getTime() : value); // a copy: the caller's Date may change later
  if (Number.isNaN(d.getTime())) {
    throw new NewsparseError('INVALID_OPTIONS', `Invalid option referenceDate: ${JSON.stringify(String(value))} is not a date`);
  }
  return d;
}
