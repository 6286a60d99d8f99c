import {createWriteStream} from 'node:fs';
import {once} from 'node:events';
import {finished} from 'node:stream/promises';
import type {Writable} from 'node:stream';

/** Resolves on 'drain', or when the stream closes or fails first; leaves no listener behind. */
function drained(stream: Writable): Promise<void> {
  // a stream that already failed or closed fires none of these again: waiting would never end
  if (stream.destroyed || stream.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Buffered writes to a stream that wait for 'drain', so a slow reader holds the pipeline back instead of filling memory. */
export class Sink {
  private buffer: Array<string | Uint8Array> = [];
  private size = 0;
  private failed: Error | undefined;
  private flushed = performance.now();
  /** True once the reader has gone away (EPIPE: `newsparse ... | head`). */
  closed = false;

  private constructor(
    private readonly stream: Writable,
    private readonly owned: boolean,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.failed = error;
    });
  }

  /** Write to `path` (created or truncated), or to `stdout` when there is no path. */
  static async open(path: string | undefined, stdout: Writable): Promise<Sink> {
    if (!path) return new Sink(stdout, false);
    const stream = createWriteStream(path, {flags: 'w'});
    await once(stream, 'open');
    return new Sink(stream, true);
  }

  /** Queue text, or UTF-8 bytes (a pool thread's serialized record), for writing. */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.closed) return;
    this.buffer.push(text);
    this.size += typeof text === 'string' ? text.length : text.byteLength;
    // Batch small records into larger writes, but never hold output back for long.
    if (this.size >= 64 * 1024 || performance.now() - this.flushed > 100) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer.length || this.closed) return;
    this.flushed = performance.now();
    const parts = this.buffer;
    const chunk = parts.every((p) => typeof p === 'string') ? parts.join('') : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await drained(this.stream);
    if (this.failed) throw this.failed;
  }

  /**
   * Flush and, for a file, end it and wait until it is written and closed. A write error (a
   * full disk) throws here if it did not already throw from `write`, so the run fails with it.
   * The wait reads the stream's state, not a new `close` event: a stream that failed has
   * already closed, and waiting for the event again would wait forever.
   */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      if (!this.owned) {
        // stdout is not ours to end: wait until what was written has gone (or failed)
        if (!this.stream.destroyed && !this.closed) {
          await new Promise<void>((resolve) =>
            this.stream.write('', (error?: NodeJS.ErrnoException | null) => {
              if (error && error.code !== 'EPIPE') this.failed ??= error;
              resolve();
            }),
          );
        }
      } else {
        if (!this.stream.destroyed) this.stream.end();
        await finished(this.stream).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') this.failed ??= error;
        });
      }
    }
    if (this.failed) throw this.failed;
  }

  /** The write error that failed the output, if any. */
  get error(): Error | undefined {
    return this.failed;
  }
}
