import {splitLines, type Line} from './lines.js';
import {detectFormat, type ResolvedFormat} from './format.js';
import type {Format} from '../schema/options.js';
import type {Span} from '../schema/span.js';
import type {Warning} from '../schema/article.js';
import {htmlView, type MarkupView} from './html.js';
import {markdownView} from './markdown.js';
import type {MarkupHint} from './hints.js';

export type {Line} from './lines.js';
export type {ResolvedFormat} from './format.js';
export type {MarkupHint, MarkupHintKind} from './hints.js';

/** What the input stage hands on: the untouched source and its lines. */
export interface Input {
  source: string;
  format: ResolvedFormat;
  lines: Line[];
  /**
   * What the lines were split from, the same length as `source`: `source` itself for
   * text; for HTML and markdown, the source with markup blanked (input/html.ts,
   * input/markdown.ts). Read sub-line text from here, not from `source`.
   */
  view: string;
  /** Structural evidence from markup (headings, captions, links, meta values); empty for text. */
  hints: readonly MarkupHint[];
  /** Regions whose text moved inside them in the view (html.ts); widen spans that cut one. */
  moved: readonly Span[];
  /** What the reader gave up on: FORMAT_DOWNGRADED when markup too costly to parse was read more cheaply. */
  warnings: readonly Warning[];
}

export function readInput(source: string, format: Format = 'auto'): Input {
  const resolved = format === 'auto' ? detectFormat(source) : format;
  const markup: MarkupView =
    resolved === 'html' ? htmlView(source) : resolved === 'markdown' ? markdownView(source) : {view: source, hints: [], moved: []};
  return {source, format: resolved, lines: splitLines(markup.view), view: markup.view, hints: markup.hints, moved: markup.moved, warnings: markup.warnings ?? []};
}
