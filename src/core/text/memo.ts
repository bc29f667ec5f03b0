/**
 * A bounded memo for pure functions of a cell text. Sheets repeat texts (units, 実績なし, R6, the
 * same basis phrase on several rows, and every value cell is read again by several checks), so
 * each distinct text is parsed once.
 *
 * Results are shared between callers, so they are deep-frozen: a caller that mutated one would
 * throw (modules run in strict mode) instead of silently changing another row's reading. The memo
 * is emptied whenever it reaches `limit` entries: memory stays bounded on any sheet, and a sheet
 * of all-distinct texts costs one Map lookup per call more than no memo.
 */
export function memoizeBy<A, T>(keyOf: (arg: A) => string, fn: (arg: A) => T, limit = 4096): (arg: A) => T {
  const memo = new Map<string, T>();
  return (arg: A): T => {
    const key = keyOf(arg);
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    const value = deepFreeze(fn(arg));
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}

export function memoizeText<T>(fn: (text: string) => T, limit?: number): (text: string) => T {
  return memoizeBy((text: string) => text, fn, limit);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
