/**
 * Lab panels a clinician pastes into a reply ("Na 138, K 3.1, Cr 1.2", "BMP: Na 131 K 5.8 Cl 99 CO2 22"): two or more
 * analyte-value pairs in a row, one of them an analyte no language uses as a word. Their short names are no names
 * and their values no identifiers, so the ranges found here are kept whole: no detector's span survives inside them.
 */
import { languages } from '../languages'

// An analyte of one or two short words, an optional ":" or "=", a value of at most four digits before an optional
// decimal (no identifier, phone or date fits; no digits right after it: "bun 555 1234" is a phone), an optional flag
// or unit.
const PAIR =
  /(?<![\p{L}\p{N}])([a-z][a-z0-9]{0,8}\+?(?: [a-z][a-z0-9]{0,5})?)[ \t]?[:=]?[ \t]?([<>]?\d{1,4}(?:\.\d{1,2})?)(?![\p{N}]|[.,/-]\p{N}|[ \t-]\d)(?:[ \t]?(?:mg\/dl|mmol\/l|meq\/l|g\/dl|u\/l|ng\/ml|pg\/ml|%|\(?[hl]\)?|\*)(?![\p{L}\p{N}]))?/gu
// What may stand between two pairs of one panel.
const BETWEEN = /^[ \t,;|/]{0,3}$/u
// Analytes whose short name is also a word of a language or of texting ("na", "k", "ca", "mg", "hr", "o2"): a panel
// of these alone proves nothing ("lola ko na 95, k 2 days na siya").
// biome-ignore format: packed list
const AMBIGUOUS = new Set([
  'na', 'na+', 'k', 'k+', 'ca', 'mg', 'mag', 'pot', 'hr', 'rr', 'o2', 'temp', 'sats', 'spo2', 'tg', 'ck', 'lac', 'alb',
  'tp', 'pt', 'anc', 't3', 't4',
])
// Analytes whose values run to four digits ("plt 1200", "bnp 1450"); any other value of four digits before the point
// is no lab value of that name (an address, an ID).
const FOUR_DIGIT_ANALYTES = new Set([
  'plt',
  'plts',
  'bnp',
  'ck',
  'ldh',
  'ferritin',
  'tg',
  'trig',
  'chol',
  'psa',
  'lipase',
])

// The analytes that make a panel clear (every one not AMBIGUOUS; each of two letters or more), by their first two
// code units (ASCII only: a pair's name opens on a-z), for the set they were read from.
let clearOf: { analytes: ReadonlySet<string>; byFirstTwo: Map<number, string[]> } | undefined

function clearAnalytesByFirstTwo(analytes: ReadonlySet<string>): Map<number, string[]> {
  if (clearOf?.analytes === analytes) return clearOf.byFirstTwo
  const byFirstTwo = new Map<number, string[]>()
  for (const a of analytes) {
    const c = a.charCodeAt(0)
    // A pair's name opens on a letter a-z: an analyte opening otherwise is never read. A clear one of a single letter
    // would need a key of its own (the table has none, and the check below keeps it so).
    if (AMBIGUOUS.has(a) || c < 97 || c > 122) continue
    if (a.length < 2) throw new Error(`lab analyte of one letter not in AMBIGUOUS: ${a}`)
    const key = pairKey(c, a.charCodeAt(1))
    byFirstTwo.set(key, [...(byFirstTwo.get(key) ?? []), a])
  }
  clearOf = { analytes, byFirstTwo }
  return byFirstTwo
}

function pairKey(first: number, second: number): number {
  return first * 65536 + second
}

/**
 * Whether a clear analyte (not AMBIGUOUS) stands where PAIR could read it as a pair's name: at a word start (PAIR's
 * look-behind, or the space of a two-word name cut to its second word) and before what a value opens with (a blank,
 * ":", "=", "<", ">" or a digit). A panel is kept only with one, so a text without one has none: PAIR's scan of every
 * word before a number is spared (a text full of dates).
 */
function mayHoldClearPair(lower: string, analytes: ReadonlySet<string>): boolean {
  const byFirstTwo = clearAnalytesByFirstTwo(analytes)
  for (let s = 0; s + 1 < lower.length; s++) {
    const c = lower.charCodeAt(s)
    if (c < 97 || c > 122 || (s > 0 && isAsciiLetterOrDigit(lower.charCodeAt(s - 1)))) continue
    const candidates = byFirstTwo.get(pairKey(c, lower.charCodeAt(s + 1)))
    if (candidates === undefined) continue
    for (const a of candidates) if (lower.startsWith(a, s) && mayOpenValue(lower.charCodeAt(s + a.length))) return true
  }
  return false
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
}

/** The first character PAIR reads after a name: [ \t], [:=], [<>] or the value's first digit. */
function mayOpenValue(c: number): boolean {
  return c === 32 || c === 9 || c === 58 || c === 61 || c === 60 || c === 62 || (c >= 48 && c <= 57)
}

/** The ranges of every lab panel of `lower` (the text in lower case, same length), in order. */
export function labPanelRanges(lower: string): Array<[number, number]> {
  if (!/\d/.test(lower)) return []
  const analytes = languages().labAnalytes
  if (!mayHoldClearPair(lower, analytes)) return []
  const out: Array<[number, number]> = []
  let run: Array<[number, number]> = []
  let lastEnd = -1
  let clear = false
  const flush = () => {
    if (run.length >= 2 && clear) out.push(...run)
    run = []
    clear = false
  }
  PAIR.lastIndex = 0
  for (let m = PAIR.exec(lower); m !== null; m = PAIR.exec(lower)) {
    let name = m[1]!
    let start = m.index
    // "sodium and k 3.1": of two words only the second may be the analyte.
    if (!analytes.has(name) && name.includes(' ')) {
      const cut = name.indexOf(' ') + 1
      name = name.slice(cut)
      start += cut
    }
    const value = m[2]!.replace(/^[<>]/, '')
    if (!analytes.has(name) || (/^\d{4}/.test(value) && !FOUR_DIGIT_ANALYTES.has(name))) {
      flush()
      continue
    }
    if (run.length > 0 && !BETWEEN.test(lower.slice(lastEnd, start))) flush()
    run.push([start, m.index + m[0].length])
    if (!AMBIGUOUS.has(name)) clear = true
    lastEnd = m.index + m[0].length
  }
  flush()
  return out
}
