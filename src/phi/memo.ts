/**
 * A bounded memo for per-word work the engine repeats across texts (folding, name words). Keys longer than 64
 * characters are never kept, and the map is cleared whenever it reaches its bound, so an isolate holds at most
 * `max` short strings of recent texts (docs/hipaa-deployment.md §5, retention of isolate caches).
 */
export function boundedMemo<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const memo = new Map<string, T>()
  return (key) => {
    if (key.length > 64) return compute(key)
    let value = memo.get(key)
    if (value === undefined) {
      value = compute(key)
      if (memo.size >= max) memo.clear()
      memo.set(key, value)
    }
    return value
  }
}
