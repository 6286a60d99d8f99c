/**
 * Memoise a pure function of one string, for readings that several stages make of the same
 * text: the byline reader runs from the roles stage and again from the fields stage, each
 * time on a block and on its neighbours, and every reading that asks chrono-node costs a
 * parse. Cached by text, each reading happens once per distinct text.
 *
 * A cached answer is shared by every later call, so an object answer is frozen (with the
 * objects and arrays inside it): nobody can change what the next article gets. Callers that
 * hand a part of it to the user copy that part. The cache holds at most `max` texts and is
 * emptied when full, so memory stays bounded however many pages are parsed.
 */
export function memoByText<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T; // one lookup unless the answer is undefined
    const value = deepFreeze(fn(text));
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
