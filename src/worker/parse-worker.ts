/**
 * The worker-thread entry of the parse pool (built to dist/parse-worker.js): piscina calls the
 * default export once per record. Parsing and serializing both happen here, so the main thread
 * only reads input and writes output.
 */
import {move, transferableSymbol, valueSymbol} from 'piscina';
import {runTask, type RecordTask, type TaskResult, type TaskSettings} from '../stream/process-record.js';

const encoder = new TextEncoder();

export default function parseWorker({task, settings}: {task: RecordTask; settings: TaskSettings}): TaskResult {
  const result = runTask(task, settings);
  if (!settings.bytes || typeof result.value !== 'string') return result;
  // the text as UTF-8, its buffer moved to the main thread: no copy of it lands in that
  // thread's heap, which then stays small however long the feed (a copied string is
  // allocated there, and the young generation grows to hold the ones waiting to be written)
  const bytes = encoder.encode(result.value);
  return move({[transferableSymbol]: [bytes.buffer], [valueSymbol]: {...result, value: bytes}}) as unknown as TaskResult;
}
