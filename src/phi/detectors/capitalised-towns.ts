/**
 * Towns of two or three capitalised words in cased text ("del centro de salud de Union City", "the Long Beach
 * office"): the capitals say a proper name stands there, and a phrase of the gazetteer of that length is rarely
 * anything but the town, whatever cue is around it (a one-word town is left to the cue rules: "Mission", "Hope").
 */
import { isCity, isFirstName } from '../lexicon'
import { hasLowerCase, hasUpperCase } from './chars'
import { isCountryOrState } from './place-names'
import type { Detector, Span } from './types'

// Two or three capitalised words in a row, each with lower-case letters after its capital.
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}(?![\p{L}\p{N}'’-])/gu

/** Finds capitalised runs whose first two or three words make a town of the gazetteer, as CITY spans. */
export const detectCapitalisedTowns: Detector = ({ text }) => {
  if (!hasUpperCase(text) || !hasLowerCase(text)) return []
  const out: Span[] = []
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = [...m[0].matchAll(/\S+/gu)]
    // A run opening on a first name is a person as often ("Summer Lake", "Princess Anne Garcia"): the name rules
    // read it, and memory keeps what they find.
    if (isFirstName(words[0]![0].toLowerCase())) continue
    for (let k = words.length; k >= 2; k--) {
      const last = words[k - 1]!
      const phrase = m[0].slice(0, last.index + last[0].length)
      const lower = phrase.toLowerCase()
      if (!isCity(lower) || isCountryOrState(lower)) continue
      out.push({ start: m.index, end: m.index + phrase.length, type: 'CITY', source: 'city:capitalised' })
      break
    }
  }
  return out
}
