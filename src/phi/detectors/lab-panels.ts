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

/** The ranges of every lab panel of `lower` (the text in lower case, same length), in order. */
export function labPanelRanges(lower: string): Array<[number, number]> {
  if (!/\d/.test(lower)) return []
  const analytes = languages().labAnalytes
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
