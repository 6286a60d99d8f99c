/** Stable codes of `NewsparseError`; new codes may be added, none is ever renamed. */
export const ERROR_CODES = [
  'INVALID_INPUT', // the input is not a string
  'EMPTY_INPUT', // the input is empty or only whitespace
  'INPUT_TOO_LARGE', // the input is longer than `maxInputLength`
  'INVALID_OPTIONS', // an option has the wrong type or value
  'MISSING_DEPENDENCY', // an optional peer (warcio, bullmq) is needed for this and not installed
  'TIMEOUT', // a record took longer than its time budget
  'OUT_OF_MEMORY', // a record exhausted its worker thread's heap
] as const;
export type NewsparseErrorCode = (typeof ERROR_CODES)[number];

/** The one error newsparse throws: bad input or options, with a stable `code`. */
export class NewsparseError extends Error {
  readonly code: NewsparseErrorCode;

  constructor(code: NewsparseErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options);
    this.name = 'NewsparseError';
    this.code = code;
  }
}

/** True for a `NewsparseError`, also one thrown by another copy of newsparse (ESM and CJS). */
export function isNewsparseError(value: unknown): value is NewsparseError {
  return (
    value instanceof NewsparseError ||
    (value instanceof Error && value.name === 'NewsparseError' && typeof (value as {code?: unknown}).code === 'string')
  );
}
