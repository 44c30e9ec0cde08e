/**
 * The word runs of a detection's lower-cased text, read once for the detectors that split it: the runs with hyphens
 * inside (corrections.ts) and those without (facility-names.ts), the second cut from the first rather than read again.
 */
import { WordRun, wordRuns } from './chars'
import type { DetectInput } from './types'

// Per detection input (one text, one call of the detectors): never kept beyond it.
const runsOfInput = new WeakMap<DetectInput, WordRun[]>()

/** wordRuns(input.lower, true): the words of /[\p{L}\p{M}][\p{L}\p{M}'’-]*\/gu, read once per input. */
export function hyphenatedWordRuns(input: DetectInput): WordRun[] {
  let runs = runsOfInput.get(input)
  if (runs === undefined) {
    runs = wordRuns(input.lower, true)
    runsOfInput.set(input, runs)
  }
  return runs
}

/**
 * wordRuns(input.lower, false), the words of /[\p{L}\p{M}][\p{L}\p{M}'’]*\/gu, cut from the hyphenated runs: every
 * letter or mark lies in one of those, made of letters, marks, apostrophes and hyphens, so the runs without hyphens
 * are its parts between hyphens, each from its first letter or mark on (an apostrophe opens no word).
 */
export function plainWordRuns(input: DetectInput): WordRun[] {
  const out: WordRun[] = []
  for (const run of hyphenatedWordRuns(input)) {
    const w = run.w
    if (!w.includes('-')) {
      out.push(run)
      continue
    }
    let from = 0
    while (from <= w.length) {
      let to = w.indexOf('-', from)
      if (to < 0) to = w.length
      let start = from
      while (start < to && (w.charCodeAt(start) === 39 || w.charCodeAt(start) === 0x2019)) start++
      if (start < to) out.push(new WordRun(w.slice(start, to), run.start + start, run.start + to))
      from = to + 1
    }
  }
  return out
}
