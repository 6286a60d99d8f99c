import {NewsparseError} from './errors.js';
import {ExtractOptionsSchema, ParseOptionsSchema, type ExtractOptions, type ParseOptions} from './schema/options.js';

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

/** The known key nearest a misspelt one: few edits apart, or the same letters in order (an abbreviation). */
export function nearestKey(key: string, known: string[]): string | null {
  const k = key.toLowerCase();
  let best: string | null = null;
  let bestScore = Infinity;
  for (const name of known) {
    const n = name.toLowerCase();
    const d = editDistance(k, n);
    // an abbreviation ("refDate") is as near as two edits, however many letters it leaves out
    const score = k.length >= 3 && isSubsequence(k, n) ? Math.min(d, 2) : d;
    if (score < bestScore) [best, bestScore] = [name, score];
  }
  return bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64; // a key that long is no typo
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
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
