/**
 * `[...text.matchAll(re)]` without matchAll's cost: matchAll clones the RegExp (species constructor) and builds an
 * iterator on every call, which dominated short messages (some sixty calls per detection, most with no match).
 *
 * Patterns that open with a word boundary (`\bfoo…`, `(?:\bfoo…)…`) are also run without it, the boundary checked
 * on each candidate: V8 scans a pattern that starts with a literal alternation several times faster when no assertion
 * comes first (8.8 µs → 1.2 µs on the 1 KB chat text for the city cue). The first candidate that passes the check is
 * the match the original finds (the assertion is zero-width, so the rest matches the same way); one that fails sends
 * the search on from the next code point, as the original's scan goes on. A leading look-behind without a capture
 * (`(?<![\p{L}\p{N}])…`) is handled the same way, checked by itself as a sticky pattern at each candidate (6.7 ms ->
 * 4.5 ms for its 44 patterns over the engine families' texts).
 */

/** How one pattern is run: as is, or without its leading \b or look-behind (checked by hand). */
interface Plan {
  run: RegExp
  boundary: boolean
  /** Word characters as \b sees them with the i and u flags: ſ (U+017F) and K (U+212A) fold onto ASCII ones. */
  foldedWordChars: boolean
  /** The pattern's leading look-behind alone (sticky, same flags), asked at each candidate instead. */
  behind?: RegExp
}

const plans = new WeakMap<RegExp, Plan>()

/**
 * Every match of the global `re` in `text`, exactly as `[...text.matchAll(re)]` yields them (same start at
 * `re.lastIndex`, same step over empty matches); `re.lastIndex` is left as it was, as matchAll leaves it.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global RegExp')
  let plan = plans.get(re)
  if (!plan) {
    plan = planFor(re)
    plans.set(re, plan)
  }
  const found = collect(re, plan, text)
  // In unicode mode V8's own scan also tries the middle of a surrogate pair (an empty match or a lone trail surrogate
  // can start there), which a search resumed from the next code point would skip: where a candidate of the pattern
  // without its look-behind meets a pair, the pattern runs as written.
  return found ?? collect(re, { run: re, boundary: false, foldedWordChars: false }, text)!
}

/** matchesOf by one plan; null when a look-behind plan met a surrogate pair at a candidate. */
function collect(re: RegExp, plan: Plan, text: string): RegExpExecArray[] | null {
  const run = plan.run
  const unicode = re.unicode || re.flags.includes('v')
  const saved = re.lastIndex
  const savedRun = run.lastIndex
  const out: RegExpExecArray[] = []
  try {
    run.lastIndex = saved
    for (let m = run.exec(text); m !== null; m = run.exec(text)) {
      if (plan.behind !== undefined) {
        if (isSurrogate(text.charCodeAt(m.index)) || isSurrogate(text.charCodeAt(m.index - 1))) return null
        if (!holdsAt(plan.behind, text, m.index)) {
          run.lastIndex = m.index + 1
          continue
        }
      }
      if (plan.boundary && !isBoundary(text, m.index, plan.foldedWordChars)) {
        run.lastIndex = advance(text, m.index, unicode)
        continue
      }
      out.push(m)
      if (m[0].length === 0) run.lastIndex = advance(text, run.lastIndex, unicode)
    }
  } finally {
    run.lastIndex = savedRun
    re.lastIndex = saved
  }
  return out
}

function planFor(re: RegExp): Plan {
  const direct: Plan = { run: re, boundary: false, foldedWordChars: false }
  const src = re.source
  if (re.sticky || hasTopLevelAlternation(src)) return direct
  // A leading look-behind ("(?<![\p{L}\p{N}])…", most patterns here) is tried at every position of the text; V8
  // scans the rest several times faster alone. Same reasoning as for \b: the look-behind reads only the text before
  // the candidate, so the first candidate where it holds is the original's match. Only without a capture inside it
  // (the groups after it keep their numbers).
  if (src.startsWith('(?<!') || src.startsWith('(?<=')) {
    const close = groupEnd(src, 0)
    const behind = close > 0 ? src.slice(0, close + 1) : ''
    // Its only group is itself: escapes and classes aside, it holds one "(".
    if (
      close > 0 &&
      behind
        .replace(/\\./g, '')
        .replace(/\[[^\]]*\]/g, '')
        .split('(').length === 2
    )
      return {
        run: new RegExp(src.slice(close + 1), re.flags),
        boundary: false,
        foldedWordChars: false,
        behind: new RegExp(behind, `${re.flags.replace('g', '')}y`),
      }
  }
  let stripped: string | undefined
  // Only where a group follows (a word alternation): a character class after \b ("\b[a-z0-9]…") scans faster with it.
  if (src.startsWith('\\b(')) stripped = src.slice(2)
  else if (src.startsWith('(?:\\b(')) {
    // The group must not offer an alternative without the \b: "(?:\bfoo|bar)" stays as it is.
    const close = groupEnd(src, 0)
    if (close > 0 && !hasTopLevelAlternation(src.slice(3, close))) stripped = `(?:${src.slice(5)}`
  }
  if (stripped === undefined) return direct
  const iu = re.ignoreCase && (re.unicode || re.flags.includes('v'))
  return { run: new RegExp(stripped, re.flags), boundary: true, foldedWordChars: iu }
}

/**
 * Walks a pattern source from `from`, skipping escapes and character classes; `visit` sees every other character
 * with the group depth once that character is read (a `(` already counted, a `)` already closed). Answers the index
 * where `visit` said stop, or -1.
 */
function walkSource(src: string, from: number, visit: (c: string, depth: number) => boolean): number {
  let depth = 0
  let inClass = false
  for (let i = from; i < src.length; i++) {
    const c = src[i] as string
    if (c === '\\') {
      i += 1
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') {
      inClass = true
      continue
    }
    if (c === '(') depth += 1
    else if (c === ')') depth -= 1
    if (visit(c, depth)) return i
  }
  return -1
}

/** Whether a pattern source has a `|` outside every group and character class. */
function hasTopLevelAlternation(src: string): boolean {
  return walkSource(src, 0, (c, depth) => c === '|' && depth === 0) >= 0
}

/** Index of the `)` closing the group that opens at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  return walkSource(src, open, (c, depth) => c === ')' && depth === 0)
}

/** A surrogate code unit (NaN, outside the string, is none). */
function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff
}

/** Whether the zero-width sticky `behind` holds at `i` of `text`. */
function holdsAt(behind: RegExp, text: string, i: number): boolean {
  behind.lastIndex = i
  return behind.test(text)
}

/** \b at `i`: a word character on exactly one side. */
function isBoundary(text: string, i: number, folded: boolean): boolean {
  return (
    isWordUnit(i > 0 ? text.charCodeAt(i - 1) : -1, folded) !==
    isWordUnit(i < text.length ? text.charCodeAt(i) : -1, folded)
  )
}

function isWordUnit(c: number, folded: boolean): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true
  return folded && (c === 0x17f || c === 0x212a)
}

/** AdvanceStringIndex: one code unit, or a whole surrogate pair in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const c = text.charCodeAt(index)
  if (c < 0xd800 || c > 0xdbff) return index + 1
  const d = text.charCodeAt(index + 1)
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1
}
