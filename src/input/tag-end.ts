/** The end (exclusive) of a tag whose name ends before `from`: its `>` outside quoted attribute values. */
export function tagEnd(source: string, from: number, limit: number): number {
  let quote = 0;
  for (let i = from; i < limit; i++) {
    const c = source.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i + 1;
  }
  const plain = source.indexOf('>', from);
  return plain < 0 || plain >= limit ? -1 : plain + 1;
}
