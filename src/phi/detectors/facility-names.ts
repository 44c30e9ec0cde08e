/**
 * Places inside the names of facilities a caller is with or from: "this is dana with bay ridge pulmonary", "calling
 * from redwood imaging", "the hospital in linden". Most such names are a town or a neighbourhood the gazetteer does
 * not hold, so the words are read failing closed: between an affiliation word and a facility word, whatever is not
 * a function word, a clinical term or a number is the place; after "hospital in", the words up to a boundary are.
 */
import { languages } from '../languages'
import { isBasicWord, isClinicalTerm } from '../lexicon'
import { FUNCTION_WORDS, NOT_AFTER_LABEL } from '../lexicon/name-cues'
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
// Words that are no place although nothing else marks them.
// biome-ignore format: packed list
const NOT_PLACES = new Set([
  'town', 'city', 'downtown', 'home', 'family', 'primary', 'your', 'our', 'their', 'same', 'other', 'new', 'old',
  'local', 'main', 'big', 'little', 'nearby', 'area', 'front', 'back', 'person', 'general', 'private', 'public',
])

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu

function placeWord(w: string): boolean {
  const lang = languages()
  return (
    !lang.months.has(w) &&
    !lang.weekdays.has(w) &&
    !lang.numbers.has(w) &&
    w.length >= 3 &&
    !FUNCTION_WORDS.has(w) &&
    !NOT_AFTER_LABEL.has(w) &&
    !NOT_PLACES.has(w) &&
    !FACILITY_WORDS.has(w) &&
    !isClinicalTerm(w)
  )
}

/** CITY spans for places inside facility names. */
export function detectFacilityNames(input: DetectInput): Span[] {
  const { lower, text } = input
  const out: Span[] = []
  const words = [...lower.matchAll(WORD)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }))
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
