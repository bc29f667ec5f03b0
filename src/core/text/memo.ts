/**
 * A bounded memo for pure functions of a cell text. Sheets repeat texts (units, 実績なし, R6, the
 * same basis phrase on several rows, and every value cell is read again by several checks), so
 * each distinct text is parsed once.
 *
 * Results are shared between callers, so they are deep-frozen: a caller that mutated one would
 * throw (modules run in strict mode) instead of silently changing another row's reading.
 *
 * Memory stays bounded on any sheet: at most `limit` entries in each of two generations. When the
 * recent one is full it becomes the older one (the previous older one is let go); a text found in
 * the older generation is carried into the recent one. The texts a sheet keeps repeating (its
 * units, years, 継続) thus stay, while texts read once (every row's indicator name) pass through
 * without emptying the memo of them: a 100,000-row sheet would otherwise parse its repeated texts
 * again after every few thousand names.
 */
export function memoizeBy<A, T>(keyOf: (arg: A) => string, fn: (arg: A) => T, limit = 4096): (arg: A) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (arg: A): T => {
    const key = keyOf(arg);
    const hit = recent.get(key);
    if (hit !== undefined || recent.has(key)) return hit as T;
    const value = older.has(key) ? (older.get(key) as T) : deepFreeze(fn(arg));
    if (recent.size >= limit) {
      older = recent;
      recent = new Map();
    }
    recent.set(key, value);
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
