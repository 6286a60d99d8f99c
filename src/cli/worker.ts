import type {CliIO} from './program.js';

export interface WorkerFlags {
  redis: string;
  queue: string;
  resultsQueue?: string;
  sink?: string;
  concurrency: number;
  connectTimeout: number;
  stopTimeout: number;
  textField?: string;
  urlField: string;
  idField: string;
  quiet?: boolean;
}

/** `newsparse worker`: take jobs from the queue until SIGINT/SIGTERM, then finish the ones in flight and exit 0. */
export async function runWorker(flags: WorkerFlags, io: CliIO): Promise<number> {
  const stop = io.onStop?.() ?? new Promise<void>(() => {});
  // The parser and bullmq load only for this command.
  const {createWorker} = await import('../worker/bullmq.js');
  const seen = new Set<string>();
  const worker = await createWorker({
    onError: (error) => {
      if (seen.has(error.message) || flags.quiet) return;
      seen.add(error.message);
      io.stderr.write(`newsparse worker: ${error.message}\n`);
    },
    connection: flags.redis,
    queue: flags.queue,
    concurrency: flags.concurrency,
    urlField: flags.urlField,
    idField: flags.idField,
    ...(flags.textField ? {textField: flags.textField} : {}),
    ...(flags.resultsQueue ? {resultsQueue: flags.resultsQueue} : {}),
    ...(flags.sink ? {sink: flags.sink} : {}),
  });
  const ready = await Promise.race([worker.ready().then(() => true), new Promise<false>((r) => setTimeout(r, flags.connectTimeout * 1000, false).unref())]);
  if (!ready) {
    io.stderr.write(`error: cannot reach Redis at ${flags.redis} within ${flags.connectTimeout} s\n`);
    await worker.close(true);
    return 1;
  }
  if (!flags.quiet) io.stderr.write(`newsparse worker: taking jobs from queue "${flags.queue}"\n`);
  await stop;
  const inTime = await worker.close(false, flags.stopTimeout * 1000);
  if (!inTime) {
    io.stderr.write(`newsparse worker: Redis did not answer within ${flags.stopTimeout} s; stopped, jobs in flight are left for another worker\n`);
    // ioredis keeps retrying and would hold the process: end it once stderr is written
    if (io.forceExit) io.stderr.write('', () => io.forceExit?.(1));
    return 1;
  }
  if (!flags.quiet) io.stderr.write(`newsparse worker: stopped after ${worker.processed} jobs\n`);
  return 0;
}
