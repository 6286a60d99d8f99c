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
