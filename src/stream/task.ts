import type {RecordText} from './read-record.js';
import {toCsvRows, type CsvShape} from './csv.js';
import type {OutputRecord, RecordOptions, RecordSource, StreamInput} from './types.js';

// The shapes that cross between the main thread and the pool's threads, and the serializer
// both sides use. Nothing here loads the parser: a main thread that only hands work to worker
// threads never pays for it.

/** One unit of work: a JSONL line still to decode, or a record already in hand. */
export type RecordTask =
  | {kind: 'json'; raw: string; source?: RecordSource}
  | {kind: 'record'; input: StreamInput; source?: RecordSource}
  | ({kind: 'text'} & RecordText);

/** How a result travels back: as the record itself, or already serialized (JSON or CSV rows). */
export type Serialize = 'object' | 'json' | 'json-pretty' | CsvShape;

export interface TaskSettings extends RecordOptions {
  serialize: Serialize;
  /**
   * A pool thread hands serialized text back as UTF-8 bytes, moved to the main thread rather
   * than copied into its heap (the command line writes them as they are). Records parsed in
   * the main thread keep their text.
   */
  bytes?: boolean;
}

/** The outcome of one task: `value` is the output record, or its serialized text (as UTF-8 bytes from a pool thread when `bytes` is set). */
export interface TaskResult {
  ok: boolean;
  code?: string;
  value: OutputRecord | string | Uint8Array;
}

/** Serialize an output record as the CLI writes it. */
export function serializeRecord(record: OutputRecord, serialize: Serialize): OutputRecord | string {
  switch (serialize) {
    case 'object':
      return record;
    case 'json':
      return JSON.stringify(record);
    case 'json-pretty':
      return JSON.stringify(record, null, 2);
    default:
      return toCsvRows(record, serialize);
  }
}
