/**
 * Where winter visitors, farmworkers and renters stay: a named park or complex ("palm shadows rv park", "sandpiper
 * condos", "trophy gardens") and the lot, space or unit in it ("lot two fourteen", "space 92", "unit four b"). After a
 * word saying where ("at", "in", "from", "en el"), the words before a kind of complex are its name whatever they mean,
 * and a lot or unit said after a place is part of the address.
 */
import { isClinicalTerm, isCommonWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { type Word, words } from '../spoken'
import { NOT_TOWN_BEFORE_STATE } from './place-names'
import { NUM_WORD } from './street-patterns'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// The kinds of complex a name closes, longest first ("mobile home park" before "park" is never read alone).
// biome-ignore format: packed list
const COMPLEX_KINDS: readonly string[][] = [
  ['mobile', 'home', 'park'], ['mobile', 'home', 'estates'], ['manufactured', 'home', 'community'], ['rv', 'park'],
  ['rv', 'resort'], ['rv', 'ranch'], ['trailer', 'park'], ['trailer', 'court'], ['condos'], ['condominiums'],
  ['apartments'], ['apts'], ['estates'], ['gardens'], ['mhp'], ['townhomes'], ['villas'],
]
// Words saying where, before the name of a complex ("at", "from", "en el", "na").
// biome-ignore format: packed list
// "to" is left out: an infinitive goes before a plural ("had to move apartments").
const WHERE = new Set(['at', 'in', 'from', 'en', 'el', 'del', 'de', 'na', 'no', 'em', 'à', 'sa', 'ở'])
// Words that say which or what kind of complex, not its name ("other apartments", "assisted living apartments",
// "in between apartments", "visitor lot two", "short stay unit").
// biome-ignore format: packed list
const NOT_A_NAME = new Set([
  'other', 'both', 'different', 'between', 'several', 'many', 'some', 'more', 'these', 'those', 'new', 'old', 'cheap',
  'nice', 'big', 'small', 'public', 'housing', 'assisted', 'living', 'senior', 'section', 'low', 'income', 'affordable',
  'student', 'luxury', 'furnished', 'rental', 'beach', 'city', 'county', 'state', 'parking', 'visitor', 'employee',
  'staff', 'front', 'back', 'pickup', 'reserved', 'disabled', 'accessible', 'handicap', 'short', 'stay', 'north',
  'south', 'east', 'west', 'blue', 'red', 'green', 'nicu', 'picu', 'pacu', 'sicu', 'micu', 'icu', 'ccu', 'cvicu',
])
// A lot, space or unit and its number, said or written ("lot two fourteen", "space 92", "unit four b", "#12").
const UNIT = new RegExp(
  String.raw`^[ \t,]+(?:lot|space|spc|unit|apt|apartment|trailer|number|#)[ \t]*#?[ \t]*(?:\d{1,4}[a-z]?(?![/.-]\d)|(?:${NUM_WORD}[ \t-]*){1,3}(?:[a-z](?![\p{L}\p{N}'’]))?)(?![\p{L}\p{N}'’])`,
  'iu',
)
const MAX_NAME_WORDS = 3
const UNIT_WORDS = new Set(['lot', 'space', 'spc', 'unit', 'apt', 'apartment', 'trailer'])

/** Finds named parks and complexes after a word saying where, with the lot or unit said after them. */
export const detectResidenceParks: Detector = ({ lower }) => {
  if (
    !/(?:park|resort|ranch|court|condo|apartment|apts|estates|gardens|mhp|townhomes|villas|community|lot|space|spc|unit|apt|trailer)/.test(
      lower,
    )
  )
    return []
  const list = words(lower)
  const out: Span[] = []
  for (let i = 1; i < list.length; i++) {
    const kind = kindAt(list, i, lower)
    if (kind === 0) {
      // "staying at bahia mar unit four b": a place's name after a word saying where, then its unit and number.
      const unit = UNIT_WORDS.has(list[i]!.w) ? UNIT.exec(lower.slice(list[i - 1]!.end)) : null
      const from = unit ? nameStart(list, i, lower) : -1
      // Without a kind of complex, a name is only one that is no everyday English word ("bahia mar unit four b"; not
      // "parking lot three", "telemetry unit two").
      const named = from >= 0 && list.slice(from, i).some((w) => !isCommonWord(w.w))
      if (unit && named && WHERE.has(list[from - 1]!.w))
        out.push({
          start: list[from]!.start,
          end: list[i - 1]!.end + unit[0].length,
          type: 'STREET',
          source: 'street:park',
        })
      continue
    }
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

// The kinds by their first word, in COMPLEX_KINDS' order: a word opens none of them mostly, and asking every kind
// at every word of a text that passed the gate (a closure per kind) was 0.9 % of the cued-new-names profile.
const KINDS_BY_FIRST = new Map<string, string[][]>()
for (const kind of COMPLEX_KINDS) {
  const same = KINDS_BY_FIRST.get(kind[0]!)
  if (same) same.push(kind)
  else KINDS_BY_FIRST.set(kind[0]!, [kind])
}

/** The number of words of a kind of complex starting at `i`, or 0. */
function kindAt(list: readonly Word[], i: number, text: string): number {
  const kinds = KINDS_BY_FIRST.get(list[i]!.w)
  if (kinds === undefined) return 0
  for (const kind of kinds) {
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
    // Places in a hospital or of a day ("labor unit two", "home unit five") name no complex.
    if (WHERE.has(w.w) || isFunctionWordOfAnyLanguage(w.w) || /\d/.test(w.w) || isClinicalTerm(w.w)) break
    // A verb form ("moving apartments", "rented condos") says what someone does with a complex.
    if (NOT_TOWN_BEFORE_STATE.has(w.w) || NOT_A_NAME.has(w.w) || /(?:ing|ed)$/.test(w.w)) return -1
    if (!spacedGap(text, w, list[from]!)) break
    from--
  }
  if (from === i) return -1
  const cue = list[from - 1]
  // After a word saying where, or after the house number of a street found already ("two oh six sandpiper condos").
  return cue && (WHERE.has(cue.w) || HOUSE_NUMBER_WORD.test(cue.w)) && spacedGap(text, cue, list[from]!) ? from : -1
}

const HOUSE_NUMBER_WORD = new RegExp(String.raw`^(?:\d{1,5}[a-z]?|${NUM_WORD})$`, 'u')
