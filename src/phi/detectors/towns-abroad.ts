/**
 * A town abroad said after a place preposition ("viene de santo domingo", "veio de governador valadares", "vengo
 * de ciudad acuña", "my mom is from piedras negras"). The gazetteer's towns abroad are those of two words or more
 * with an everyday word in them, which the backstop for unknown words leaves; the whole name after a preposition of
 * place is the town, whatever its words mean alone.
 */
import { dominantLanguagesOfWords } from '../languages/counts'
import { isTownAbroad, startsTownAbroad } from '../lexicon'
import { words } from '../spoken'
import { isCountryOrState } from './place-names'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// Where someone comes from, lives or goes, in the languages patients write in Latin letters ("a", "do", "no", "to", "of"
// are as often an article, a verb or a possessive's word).
// biome-ignore format: packed list
const PLACE_PREPOSITIONS = new Set([
  'from', 'in', 'near', 'de', 'desde', 'en', 'em', 'da', 'dos', 'das', 'na', 'pra', 'para', 'à', 'au', 'ở', 'tại',
  'sa', 'taga', 'nan', 'lan',
])
const VIETNAMESE_PREPOSITIONS = new Set(['ở', 'tại', 'from', 'in', 'near'])
const MAX_WORDS = 6

/** Finds the towns abroad after place prepositions, as CITY spans. */
export const detectTownsAbroad: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  for (let i = 1; i + 1 < list.length; i++) {
    const before = list[i - 1]!
    if (!PLACE_PREPOSITIONS.has(before.w) || !spacedGap(text, before, list[i]!) || !startsTownAbroad(list[i]!.w))
      continue
    // The longest name that starts here: words joined by spaces, hyphens or apostrophes on one line.
    let phrase = list[i]!.w
    let found = -1
    for (let k = i + 1; k < list.length && k - i < MAX_WORDS && spacedGap(text, list[k - 1]!, list[k]!); k++) {
      phrase += ` ${list[k]!.w}`
      if (isTownAbroad(phrase)) found = k
    }
    // "de puerto rico": a country or a state is no town, whatever town abroad shares its name.
    if (found < 0 || isCountryOrState(lower.slice(list[i]!.start, list[found]!.end).replace(/[-' ]+/g, ' '))) continue
    // "em là gì" ("what is", not La Gi): in Vietnamese "em", "da", "do" are words, only its own prepositions place.
    if (!VIETNAMESE_PREPOSITIONS.has(before.w) && dominantLanguagesOfWords(list).has('vi')) continue
    out.push({ start: list[i]!.start, end: list[found]!.end, type: 'CITY', source: 'city:abroad' })
    i = found
  }
  return out
}
