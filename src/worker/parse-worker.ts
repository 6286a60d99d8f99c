/**
 * The worker-thread entry of the parse pool (built to dist/parse-worker.js): piscina calls the
 * default export once per record. Parsing and serializing both happen here, so the main thread
 * only reads input and writes output.
 */
import {runTask, type RecordTask, type TaskResult, type TaskSettings} from '../stream/process-record.js';

export default function parseWorker({task, settings}: {task: RecordTask; settings: TaskSettings}): TaskResult {
  return runTask(task, settings);
}
