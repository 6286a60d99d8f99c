import {z} from 'zod';
import {ArticleSchema} from './article.js';

/** Where a CLI or `parseStream` output record came from. */
export const RecordSourceSchema = z
  .object({
    /** The input file, or "-" for stdin. */
    file: z.string().describe('The input file, or "-" for stdin'),
    /** 1-based line of a JSONL record (1 for a whole-file article). */
    line: z.number().int().positive().optional().describe('1-based line of a JSONL record (1 for a whole-file article)'),
    /** 1-based record number inside a WARC/WET file. */
    record: z.number().int().positive().optional().describe('1-based record number inside a WARC/WET file'),
  })
  .describe('Where the record came from');

/** What every output record may carry besides the article or the error. */
const recordContext = {
  /** The input record's id, when it had one. */
  id: z.string().optional().describe("The input record's id, when it had one"),
  /** The input record's URL, when it had one. */
  url: z.string().optional().describe("The input record's URL, when it had one"),
  /** Where the record came from. */
  source: RecordSourceSchema.optional(),
};

/** An output line for an input that parsed: the Article plus the input's id, url and source. */
export const ArticleRecordSchema = ArticleSchema.extend(recordContext).describe(
  "An article record: the Article plus the input's id, url and source",
);

/** An output line with only the `--fields` kept: every Article field optional. */
export const PartialArticleRecordSchema = ArticleSchema.partial()
  .extend(recordContext)
  .describe("An article record with only some Article fields (--fields), plus the input's id, url and source");

/** An output line for an input that could not be parsed. */
export const ErrorRecordSchema = z
  .object({
    error: z
      .object({
        /** A NewsparseError code (EMPTY_INPUT, ...) or a record code (BAD_JSON, NO_TEXT, ...). */
        code: z.string().describe('A NewsparseError code (EMPTY_INPUT, ...) or a record error code (BAD_JSON, NO_TEXT, ...)'),
        /** What went wrong, in English. */
        message: z.string().describe('What went wrong, in English'),
      })
      .describe('Why the record could not be parsed'),
    ...recordContext,
  })
  .describe('An error record: an input that could not be parsed, in its place in the output');

/** One line of the CLI's JSONL output (one element of its JSON array): an article or an error record. */
export const OutputRecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]).describe('One output record of newsparse: an article record or an error record');
