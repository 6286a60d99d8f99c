/** Suggestions for a misspelt name (an option key, a command): no dependency, so the command line's main thread can use it without the schemas. */

/** The known key nearest a misspelt one: few edits apart, or the same letters in order (an abbreviation). */
export function nearestKey(key: string, known: string[]): string | null {
  const k = key.toLowerCase();
  let best: string | null = null;
  let bestScore = Infinity;
  for (const name of known) {
    const n = name.toLowerCase();
    const d = editDistance(k, n);
    // an abbreviation ("refDate") is as near as two edits, however many letters it leaves out
    const score = k.length >= 3 && isSubsequence(k, n) ? Math.min(d, 2) : d;
    if (score < bestScore) [best, bestScore] = [name, score];
  }
  return bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64; // a key that long is no typo
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
