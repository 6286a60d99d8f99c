import {splitLines, type Line} from './lines.js';
import {detectFormat, type ResolvedFormat} from './format.js';
import type {Format} from '../schema/options.js';

export type {Line} from './lines.js';
export type {ResolvedFormat} from './format.js';

/** What the input stage hands on: the untouched source and its lines. */
export interface Input {
  source: string;
  format: ResolvedFormat;
  lines: Line[];
}

export function readInput(source: string, format: Format = 'auto'): Input {
  const resolved = format === 'auto' ? detectFormat(source) : format;
  return {source, format: resolved, lines: splitLines(source)};
}
