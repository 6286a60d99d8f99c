import {createWorker} from '../worker/bullmq.js';
import type {CliIO} from './program.js';

export interface WorkerFlags {
  redis: string;
  queue: string;
  resultsQueue?: string;
  sink?: string;
  concurrency: number;
  quiet?: boolean;
}

/** `newsparse worker`: take jobs from the queue until SIGINT/SIGTERM, then finish the ones in flight and exit 0. */
export async function runWorker(flags: WorkerFlags, io: CliIO): Promise<number> {
  const stop = io.onStop?.() ?? new Promise<void>(() => {});
  const worker = await createWorker({
    connection: flags.redis,
    queue: flags.queue,
    concurrency: flags.concurrency,
    ...(flags.resultsQueue ? {resultsQueue: flags.resultsQueue} : {}),
    ...(flags.sink ? {sink: flags.sink} : {}),
  });
  await worker.ready();
  if (!flags.quiet) io.stderr.write(`newsparse worker: taking jobs from queue "${flags.queue}"\n`);
  await stop;
  await worker.close();
  if (!flags.quiet) io.stderr.write(`newsparse worker: stopped after ${worker.processed} jobs\n`);
  return 0;
}
