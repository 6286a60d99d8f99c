import {NewsparseError} from '../errors.js';

export const DEFAULT_MAX_INPUT_LENGTH = 5_000_000;

/** Check the input is a usable string; throws `NewsparseError` otherwise. */
export function assertText(input: unknown, maxLength = DEFAULT_MAX_INPUT_LENGTH, {allowEmpty = false} = {}): string {
  if (typeof input !== 'string') {
    const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new NewsparseError('INVALID_INPUT', `Expected the input to be a string, got ${got}`);
  }
  if (input.length > maxLength) {
    throw new NewsparseError(
      'INPUT_TOO_LARGE',
      `The input is ${input.length} characters long, over the limit of ${maxLength} (set maxInputLength to raise it)`,
    );
  }
  if (!allowEmpty && !/\S/.test(input)) {
    throw new NewsparseError('EMPTY_INPUT', 'The input is empty or only whitespace');
  }
  return input;
}
