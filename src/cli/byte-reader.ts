/** A read that went past a limit, or a file that ended before the bytes it promised. */
export class ReadLimitError extends Error {
  constructor(
    readonly kind: 'line' | 'truncated',
    message: string,
  ) {
    super(message);
    this.name = 'ReadLimitError';
  }
}

/**
 * Lines and counted byte runs from a stream of chunks, never holding more than one line (up
 * to its limit) or one run asked for: a line past its limit throws, an end of input inside a
 * counted run throws `truncated`. Every call consumes input or ends, so a reader always makes
 * progress.
 */
export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private done = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** Load one more chunk into the buffer; false at the end of input. */
  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    return true;
  }

  /** The next line without its LF (nor a CR before it), or null at the end of input; longer than `max` bytes throws. */
  async readLine(max: number): Promise<Buffer | null> {
    let searched = 0;
    for (;;) {
      const nl = this.buffer.indexOf(0x0a, searched);
      if (nl >= 0) {
        if (nl > max) throw new ReadLimitError('line', `a line is longer than ${max} bytes`);
        const line = this.buffer.subarray(0, nl);
        this.buffer = this.buffer.subarray(nl + 1);
        return line.length && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
      }
      searched = this.buffer.length;
      if (searched > max) throw new ReadLimitError('line', `a line is longer than ${max} bytes`);
      if (!(await this.more())) {
        if (!this.buffer.length) return null;
        const line = this.buffer;
        this.buffer = Buffer.alloc(0);
        return line;
      }
    }
  }

  /** Exactly `n` bytes; the input ending first throws `truncated`. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      if (!this.buffer.length && !(await this.more())) throw new ReadLimitError('truncated', `the input ends ${need} bytes short of the ${n} promised`);
      const take = this.buffer.subarray(0, need);
      parts.push(take);
      need -= take.length;
      this.buffer = this.buffer.subarray(take.length);
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** Pass over `n` bytes without keeping them; the input ending first throws `truncated`. */
  async skip(n: number): Promise<void> {
    let need = n;
    while (need > 0) {
      if (!this.buffer.length && !(await this.more())) throw new ReadLimitError('truncated', `the input ends ${need} bytes short of the ${n} promised`);
      const take = Math.min(need, this.buffer.length);
      need -= take;
      this.buffer = this.buffer.subarray(take);
    }
  }

  /** The rest of the input as chunks: what is buffered, then the source's own. */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.buffer.length) yield this.buffer;
    this.buffer = Buffer.alloc(0);
    while (await this.more()) {
      yield this.buffer;
      this.buffer = Buffer.alloc(0);
    }
  }

  /** Stop reading: the source is told to end (a file closed, a gunzip stopped). */
  async close(): Promise<void> {
    this.done = true;
    this.buffer = Buffer.alloc(0);
    await this.iterator.return?.();
  }

  /** The first bytes of the input, without consuming them. */
  async peek(n: number): Promise<Buffer> {
    while (this.buffer.length < n && (await this.more()));
    return this.buffer.subarray(0, n);
  }
}
