import {SingleBar} from 'cli-progress';
import type {Writable} from 'node:stream';

/** Counts of a run, for the progress bar and the summary line. */
export class Tally {
  records = 0;
  failed = 0;
  readonly codes = new Map<string, number>();
  readonly started = performance.now();

  add(ok: boolean, code?: string): void {
    this.records++;
    if (!ok) {
      this.failed++;
      const key = code ?? 'UNKNOWN';
      this.codes.set(key, (this.codes.get(key) ?? 0) + 1);
    }
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  rate(): number {
    const seconds = this.seconds();
    return seconds > 0 ? this.records / seconds : 0;
  }

  /** `newsparse: 1200 records, 1198 parsed, 2 failed (BAD_JSON 2) in 3.1 s (387 records/s)` */
  summary(): string {
    const codes = [...this.codes].map(([code, n]) => `${code} ${n}`).join(', ');
    const failed = this.failed ? `, ${this.failed} failed (${codes})` : ', 0 failed';
    const plural = this.records === 1 ? 'record' : 'records';
    return `newsparse: ${this.records} ${plural}, ${this.records - this.failed} parsed${failed} in ${this.seconds().toFixed(1)} s (${Math.round(this.rate())} records/s)`;
  }
}

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
