/** Wall-clock milliseconds `run` takes, with its result: the bad-input bars are wall time. */
export function elapsedMs<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}
