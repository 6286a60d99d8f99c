/**
 * Memoise a pure function of one string, for readings that several stages of one parse make
 * of the same text: a page repeats lines (menus, share buttons, a title printed twice), and
 * the byline reader, the date-line test and the published-at field read the same short lines;
 * every reading that asks chrono-node costs a parse. Cached by text, each reading happens
 * once per distinct text of the page.
 *
 * The caches live for one parse: `startParse()` (called by parseArticle) empties them all, and
 * `endParse()` again when it returns. So nothing of an article is held between calls, and a
 * parse costs the same whatever was parsed before it (a benchmark that parses the same pages
 * again finds no answers left from the last round). A cache also holds at most `max` texts
 * (emptied when full). A cached answer is shared by the later calls of the same parse, so an object
 * answer is frozen (with the objects and arrays inside it); callers that hand a part of it
 * to the user copy that part. `freeze: false` skips freezing, for answers that are large and
 * that every caller only reads (the sentences and words of `parsedSentences`).
 */
export function memoByText<T>(fn: (text: string) => T, max = 4096, opts: {freeze?: boolean} = {}): (text: string) => T {
  const freeze = opts.freeze ?? true;
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T; // one lookup unless the answer is undefined
    const value = freeze ? deepFreeze(fn(text)) : fn(text);
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}

const caches: Array<Map<string, unknown>> = [];

/** A new parse begins: every memoised reading of the last one is dropped. */
export function startParse(): void {
  for (const cache of caches) cache.clear();
}

/**
 * A parse has ended: its readings are dropped at once, so that an idle thread (a pool's, between
 * records) holds nothing of the last article, however large it was.
 */
export const endParse: () => void = startParse;

/** How many answers the caches hold now, all caches together (for tests of the above). */
export function cachedTexts(): number {
  let n = 0;
  for (const cache of caches) n += cache.size;
  return n;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
