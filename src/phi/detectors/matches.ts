/**
 * `[...text.matchAll(re)]` without matchAll's cost: matchAll clones the RegExp (species constructor) and builds an
 * iterator on every call, which dominated short messages (some sixty calls per detection, most with no match).
 */

/**
 * Every match of the global `re` in `text`, exactly as `[...text.matchAll(re)]` yields them (same start at
 * `re.lastIndex`, same step over empty matches); `re.lastIndex` is left as it was, as matchAll leaves it.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global RegExp')
  const saved = re.lastIndex
  const unicode = re.unicode || re.flags.includes('v')
  const out: RegExpExecArray[] = []
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m)
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode)
    }
  } finally {
    re.lastIndex = saved
  }
  return out
}

/** AdvanceStringIndex: one code unit, or a whole surrogate pair in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const c = text.charCodeAt(index)
  if (c < 0xd800 || c > 0xdbff) return index + 1
  const d = text.charCodeAt(index + 1)
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1
}
