import {parseArticle} from '../parse-article.js';
import {readInput} from '../input/index.js';
import {isNewsparseError} from '../errors.js';
import type {Article} from '../schema/article.js';
import type {ParseOptions} from '../schema/options.js';
import type {Span} from '../schema/span.js';
import {speakerMention} from './speakers.js';

/** One record of the inspector page: the parsed article with the text the parse read, or why there is none. */
export type InspectRecord = ParsedRecord | {name: string; error: {code: string; message: string}};

export interface ParsedRecord {
      name: string;
      /** The format the input was read as. */
      format: 'text' | 'markdown' | 'html';
      /** The text the parse read, the same length as the input (markup blanked for HTML and markdown). */
      view: string;
      article: Article;
      /** Per quote, where its speaker is named in `view`, or null. */
      mentions: (Span | null)[];
}

/** Parse `text` for the inspector. Never throws for bad input: a failed parse is an error record. */
export function inspectText(name: string, text: string, options: ParseOptions = {}): InspectRecord {
  try {
    const article = parseArticle(text, options);
    // the same reading the parse made (readInput is pure), for the text and its offsets
    const read = readInput(text, options.format);
    return {name, format: read.format, view: read.view, article, mentions: article.quotes.map((q) => speakerMention(read.view, q))};
  } catch (error) {
    if (isNewsparseError(error)) return {name, error: {code: error.code, message: error.message}};
    throw error;
  }
}
