/**
 * Where winter visitors, farmworkers and renters stay: a named park or complex ("palm shadows rv park", "sandpiper
 * condos", "trophy gardens") and the lot, space or unit in it ("lot two fourteen", "space 92", "unit four b"). After a
 * word saying where ("at", "in", "from", "en el"), the words before a kind of complex are its name whatever they mean,
 * and a lot or unit said after a place is part of the address.
 */
import { isClinicalTerm } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { type Word, words } from '../spoken'
import { NUM_WORD } from './street-patterns'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// The kinds of complex a name closes, longest first ("mobile home park" before "park" is never read alone).
// biome-ignore format: packed list
const COMPLEX_KINDS: readonly string[][] = [
  ['mobile', 'home', 'park'], ['mobile', 'home', 'estates'], ['manufactured', 'home', 'community'], ['rv', 'park'],
  ['rv', 'resort'], ['rv', 'ranch'], ['trailer', 'park'], ['trailer', 'court'], ['condos'], ['condominiums'],
  ['apartments'], ['apts'], ['estates'], ['gardens'], ['mhp'], ['townhomes'], ['villas'], ['resort'],
]
// Words saying where, before the name of a complex ("at", "from", "en el", "na").
// biome-ignore format: packed list
const WHERE = new Set(['at', 'in', 'from', 'to', 'en', 'el', 'del', 'de', 'na', 'no', 'em', 'à', 'sa', 'ở'])
// A lot, space or unit and its number, said or written ("lot two fourteen", "space 92", "unit four b", "#12").
const UNIT = new RegExp(
  String.raw`^[ \t,]+(?:lot|space|spc|site|unit|apt|apartment|trailer|number|#)[ \t]*#?[ \t]*(?:\d{1,4}[a-z]?|(?:${NUM_WORD}[ \t-]*){1,3}(?:[a-z](?![\p{L}\p{N}]))?)(?![\p{L}\p{N}])`,
  'iu',
)
const MAX_NAME_WORDS = 3

/** Finds named parks and complexes after a word saying where, with the lot or unit said after them. */
export const detectResidenceParks: Detector = ({ lower }) => {
  if (!/(?:park|resort|ranch|court|condo|apartments|apts|estates|gardens|mhp|townhomes|villas|community)/.test(lower))
    return []
  const list = words(lower)
  const out: Span[] = []
  for (let i = 1; i < list.length; i++) {
    const kind = kindAt(list, i, lower)
    if (kind === 0) continue
    const from = nameStart(list, i, lower)
    if (from < 0) continue
    const last = list[i + kind - 1]!
    const unit = UNIT.exec(lower.slice(last.end, last.end + 40))
    out.push({
      start: list[from]!.start,
      end: last.end + (unit?.[0].length ?? 0),
      type: 'STREET',
      source: 'street:park',
    })
    i += kind - 1
  }
  return out
}

/** The number of words of a kind of complex starting at `i`, or 0. */
function kindAt(list: readonly Word[], i: number, text: string): number {
  for (const kind of COMPLEX_KINDS) {
    if (kind.every((w, k) => list[i + k]?.w === w && (k === 0 || spacedGap(text, list[i + k - 1]!, list[i + k]!))))
      return kind.length
  }
  return 0
}

/** The first word of the name before the kind at `i`, after a word saying where; -1 when there is none. */
function nameStart(list: readonly Word[], i: number, text: string): number {
  let from = i
  while (from > 0 && i - from < MAX_NAME_WORDS) {
    const w = list[from - 1]!
    if (WHERE.has(w.w) || isFunctionWordOfAnyLanguage(w.w) || /\d/.test(w.w) || isClinicalTerm(w.w)) break
    if (!spacedGap(text, w, list[from]!)) break
    from--
  }
  if (from === i) return -1
  const cue = list[from - 1]
  return cue && WHERE.has(cue.w) && spacedGap(text, cue, list[from]!) ? from : -1
}
