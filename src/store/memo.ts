/**
 * Memoisation on object identity, for selectors that build objects: the store replaces `grads`,
 * `trace` and `model` with new objects on every run, so a value cached on one of them is exactly
 * as fresh as the run (and goes with it, being held weakly).
 */
export function cached<K extends object, R>(cache: WeakMap<K, R>, key: K, compute: () => R): R {
  if (cache.has(key)) return cache.get(key) as R;
  const value = compute();
  cache.set(key, value);
  return value;
}
