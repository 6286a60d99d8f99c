/**
 * Map `source` through the async `fn` with at most `window` calls in flight, yielding the
 * results in input order. Reading stops while the window is full, so memory stays bounded
 * whatever the input size. `fn` must not reject.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const inFlight: Promise<R>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && inFlight.length < window) {
        const next = await iterator.next();
        if (next.done) done = true;
        else inFlight.push(fn(next.value));
      }
      const head = inFlight.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}
