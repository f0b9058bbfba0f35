// Binary searches over lists kept in ascending order of a numeric key (text offsets).

const identity = (value: number): number => value;

/** Index of the first of `items[0..end)` whose key is ≥ `at`; `end` when there is none. */
export function firstAtOrAfter<T>(
  items: readonly T[],
  at: number,
  key: (item: T) => number,
  end = items.length,
): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item whose (integer) key is ≤ `at`, or -1 when there is none. */
export function lastAtOrBefore<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  return firstAtOrAfter(items, at + 1, key) - 1;
}

/** Index of the last number ≤ `at` in an ascending list, or -1. */
export function lastNumberAtOrBefore(sorted: readonly number[], at: number): number {
  return lastAtOrBefore(sorted, at, identity);
}
