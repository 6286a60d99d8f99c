import {NewsparseError} from './errors.js';
import {nearestKey} from './nearest-key.js';
import {ExtractOptionsSchema, ParseOptionsSchema, type ExtractOptions, type ParseOptions} from './schema/options.js';

export {nearestKey};

type Issue = {code?: string; path: PropertyKey[]; message: string; keys?: string[]};

function check<T>(schema: {shape: object; safeParse(v: unknown): {success: true; data: T} | {success: false; error: {issues: Issue[]}}}, value: unknown): T {
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
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      throw new NewsparseError('INVALID_OPTIONS', unknownKeyMessage(issue.keys[0]!, Object.keys(schema.shape)));
    }
    throw new NewsparseError('INVALID_OPTIONS', `Invalid option ${issue.path.map(String).join('.') || '(options)'}: ${issue.message}`);
  }
  return r.data;
}

/** `Unknown option "refDate"; did you mean "referenceDate"?`, or the list of known options. */
export function unknownKeyMessage(key: string, known: string[]): string {
  const near = nearestKey(key, known);
  return `Unknown option ${JSON.stringify(key)}; ${near ? `did you mean ${JSON.stringify(near)}?` : `the options are ${known.join(', ')}`}`;
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
