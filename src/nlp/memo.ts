/**
 * Memoise a pure function of one string, for readings that several stages make of the same
 * text: the byline reader runs from the roles stage and again from the fields stage, each
 * time on a block and on its neighbours, and every reading that asks chrono-node costs a
 * parse. Cached by text, each reading happens once per distinct text.
 *
 * Only for functions that return primitives (string, number, boolean, null): a cached object
 * would be shared between articles, and a caller changing it would change later results.
 * The cache holds at most `max` texts and is emptied when full, so memory stays bounded
 * however many pages are parsed.
 */
export function memoByText<T extends string | number | boolean | null>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}
