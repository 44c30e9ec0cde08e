/**
 * Places inside the names of facilities a caller is with or from: "this is dana with bay ridge pulmonary", "calling
 * from redwood imaging", "the hospital in linden". Most such names are a town or a neighbourhood the gazetteer does
 * not hold, so the words are read failing closed: between an affiliation word and a facility word, whatever is not
 * a function word, a clinical term or a number is the place; after "hospital in", the words up to a boundary are.
 */
import { languages } from '../languages'
import { isBasicWord, isClinicalTerm } from '../lexicon'
import { FUNCTION_WORDS, NOT_AFTER_LABEL } from '../lexicon/name-cues'
import { wordRuns } from './chars'
import type { DetectInput, Span } from './types'

// Words that end a facility's name ("mesa verde medical supply", "redwood imaging").
// biome-ignore format: packed list
const FACILITY_WORDS = new Set([
  'hospital', 'clinic', 'medical', 'imaging', 'radiology', 'pulmonary', 'cardiology', 'orthopedics', 'pediatrics',
  'dental', 'pharmacy', 'supply', 'supplies', 'labs', 'laboratory', 'diagnostics', 'surgical', 'surgery', 'wellness',
  'associates', 'physicians', 'specialists', 'oncology', 'dermatology', 'rehabilitation', 'rehab', 'therapy',
  'nursing', 'hospice', 'dialysis', 'urgent', 'health', 'healthcare', 'memorial', 'general', 'regional', 'community',
])
// Words before a facility's name that tie the speaker or the patient to it.
const AFFILIATION = new Set(['with', 'from', 'at'])
// Facility nouns after which "in <place>" names the town.
const FACILITY_NOUNS = new Set(['hospital', 'clinic', 'er', 'emergency', 'urgent', 'pharmacy', 'office', 'center'])
// Words before a town ("from pine ridge", "the cedar falls location", "in new bedford").
const NEW_TOWN_BEFORE = new Set([
  'in',
  'from',
  'to',
  'near',
  'st',
  'street',
  'ave',
  'avenue',
  'rd',
  'road',
  'dr',
  'drive',
])
const PLACE_BEFORE = new Set(['with', 'from', 'at', 'in', 'the', 'of', 'near', 'to'])
// The last words of US town names made of everyday words ("bay ridge", "cedar falls", "harbor point", "daly city").
// biome-ignore format: packed list
const PLACE_ENDINGS = new Set([
  'ridge', 'falls', 'point', 'city', 'heights', 'springs', 'valley', 'hills', 'beach', 'harbor', 'harbour', 'creek',
  'lake', 'grove', 'woods', 'village', 'township', 'rapids', 'junction', 'mills', 'haven', 'bluffs', 'glen', 'meadows',
])
// Words that are no place although nothing else marks them.
// biome-ignore format: packed list
const NOT_PLACES = new Set([
  'town', 'city', 'downtown', 'home', 'family', 'primary', 'your', 'our', 'their', 'same', 'other', 'new', 'old',
  'local', 'main', 'big', 'little', 'nearby', 'area', 'front', 'back', 'person', 'general', 'private', 'public',
])

// English number words: "the two falls" is no town, though a Vietnamese number ("bay", seven) may start one.
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/

/** A word that may open a town's name: no function word, clinical term, calendar word, English number or facility word. */
function townWord(w: string): boolean {
  const lang = languages()
  return (
    w.length >= 3 &&
    !FUNCTION_WORDS.has(w) &&
    !NOT_AFTER_LABEL.has(w) &&
    !NOT_PLACES.has(w) &&
    !FACILITY_WORDS.has(w) &&
    !NUMBER_WORDS.test(w) &&
    !lang.months.has(w) &&
    !lang.weekdays.has(w) &&
    !isClinicalTerm(w)
  )
}

/** A word inside a facility's name: a town word that is no number word of any language either. */
function placeWord(w: string): boolean {
  return townWord(w) && !languages().numbers.has(w)
}

/** CITY spans for places inside facility names. */
export function detectFacilityNames(input: DetectInput): Span[] {
  const { lower, text } = input
  const out: Span[] = []
  // The words: /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu.
  const words = wordRuns(lower, false)
  const spaced = (a: number, b: number): boolean => /^[ \t]+$/.test(text.slice(words[a]!.end, words[b]!.start))
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w
    // "with bay ridge pulmonary": one to three place words between the affiliation and the facility word.
    if (AFFILIATION.has(w)) {
      let k = i + 1
      while (k < words.length && k - i <= 3 && placeWord(words[k]!.w) && spaced(k - 1, k)) k++
      // Everyday adjectives ("with severe pulmonary hypertension") are no place: one word at least must be rarer.
      const rare = words.slice(i + 1, k).some((x) => !isBasicWord(x.w))
      if (k > i + 1 && rare && k < words.length && FACILITY_WORDS.has(words[k]!.w) && spaced(k - 1, k))
        out.push({ start: words[i + 1]!.start, end: words[k - 1]!.end, type: 'CITY', source: 'city:facility-name' })
    }
    // "the cedar falls location", "from pine ridge", "at harbor point": a word and a place-name ending after a
    // preposition or article are a town, whatever the words mean; so is "new" and a word ("in new bedford").
    const next = words[i + 1]
    const after = words[i + 2]
    const opens = PLACE_BEFORE.has(w) || languages().streetWords.phrases.has(w)
    if (opens && next && after && spaced(i, i + 1) && spaced(i + 1, i + 2)) {
      const townEnding = PLACE_ENDINGS.has(after.w) && townWord(next.w)
      // "new" + a word is a town only after a street or a word of motion or place, never after "the" ("the new med").
      const newTown = next.w === 'new' && NEW_TOWN_BEFORE.has(w) && townWord(after.w) && !isBasicWord(after.w)
      // One more ending goes with it ("salt lake city").
      const more = words[i + 3]
      const last = more && PLACE_ENDINGS.has(more.w) && spaced(i + 2, i + 3) ? more : after
      if (townEnding || newTown)
        out.push({ start: next.start, end: last.end, type: 'CITY', source: 'city:place-ending' })
    }
    // "the hospital in linden": the place after a facility noun and "in".
    if (FACILITY_NOUNS.has(w) && words[i + 1]?.w === 'in' && spaced(i, i + 1)) {
      let k = i + 2
      while (k < words.length && k - (i + 2) < 2 && placeWord(words[k]!.w) && spaced(k - 1, k)) k++
      if (k > i + 2 && words.slice(i + 2, k).some((x) => !isBasicWord(x.w)))
        out.push({ start: words[i + 2]!.start, end: words[k - 1]!.end, type: 'CITY', source: 'city:facility-name' })
    }
  }
  return out
}
