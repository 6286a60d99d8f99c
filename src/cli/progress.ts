import {SingleBar} from 'cli-progress';
import type {Writable} from 'node:stream';
import type {Tally} from './tally.js';

/** A progress bar on a terminal's stderr (cli-progress); `total` gives an ETA when known. */
export class Progress {
  private readonly bar: SingleBar;
  private last = 0;

  constructor(stream: Writable, total: number | undefined) {
    const known = total !== undefined;
    this.bar = new SingleBar({
      stream: stream as unknown as NodeJS.WritableStream,
      format: known
        ? 'newsparse {bar} {value}/{total} records | {speed} records/s | ETA {eta_formatted} | {errors} failed'
        : 'newsparse {value} records | {speed} records/s | {errors} failed',
      etaBuffer: 200,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
    });
    this.bar.start(total ?? 0, 0, {speed: 0, errors: 0});
  }

  update(tally: Tally): void {
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.bar.update(tally.records, {speed: Math.round(tally.rate()), errors: tally.failed});
  }

  stop(tally: Tally): void {
    this.bar.update(tally.records, {speed: Math.round(tally.rate()), errors: tally.failed});
    this.bar.stop();
  }
}
