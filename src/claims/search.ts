/**
 * Binary search over a sorted list: the first index in 0..length at which `before(i)` is
 * false, given that `before` is true for a prefix of the indexes and false after it.
 */
export function firstIndexNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
