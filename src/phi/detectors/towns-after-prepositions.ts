/**
 * A town of some size said right after a place preposition ("the imaging place in corona", "out by mecca", "aquí en
 * amarillo"), even when its name is also a word. Fail closed: after "in", "near", "from" a phrase the gazetteer lists
 * as a town of 3,000 people or more is the town, unless it is one of the very common words those prepositions take
 * ("in spring", "from work"), a state or country, a clinical word or a function word of some language.
 */
import { isBasicWord, isBigCity, isClinicalTerm, isPopulousCity } from '../lexicon'
import { CALENDAR_NAMES, FUNCTION_WORDS } from '../lexicon/name-cues'
import { knownInSomeLanguage } from '../languages/words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { IN_PHRASES } from './location'
import { matchesOf } from './matches'
import { isCountryOrState } from './place-names'
import type { Detector, Span } from './types'

// The place prepositions of the languages most messages are written in, then up to three words on one line.
const PREPOSITION_THEN_WORDS =
  /(?<![\p{L}\p{M}'’])(in|near|from|outside(?:[ \t]+of)?|around|(?:out|over|up|down|way|right)[ \t]+by|en|por|cerca[ \t]+de|desde|em|perto[ \t]+de|près[ \t]+de)[ \t]+(?=([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2}))/giu
// Where a preposition may stand at all: the pattern runs only on texts holding one of these letter pairs.
const MAY_HOLD_PREPOSITION = /in|ne|fr|ou|ar|by|en|ce|de|em|pe|pr/iu

const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'o', 'a', 'os', 'as'])
const WORD_AFTER = /^[ \t]+([\p{L}\p{M}]+)/u

/** Whether `phrase` (lower case) is a town of some size and no word those prepositions usually take. */
function isTownAfterPreposition(phrase: string, preposition: string): boolean {
  if (phrase.length < 3 || !isPopulousCity(phrase) || isCountryOrState(phrase)) return false
  // "en el campo", "in the woodlands": after an article the town's other words must be no everyday word ("el
  // campo" is a field; "el paso", "the colony" are left to the rules that know them).
  const space = phrase.indexOf(' ')
  if (space > 0) {
    const rest = phrase.slice(space + 1)
    return !ARTICLES.has(phrase.slice(0, space)) || (!isBasicWord(rest) && !knownInSomeLanguage(rest))
  }
  return (
    // A very common word is the town only when the town is a big one and no phrase with "in" ("in spring", "in
    // progress"): "in sunrise", "from surprise", "near enterprise".
    // After "from" such a word names an organisation as often ("calling from sunrise home care").
    (!isBasicWord(phrase) ||
      (isBigCity(phrase) && !IN_PHRASES.has(phrase) && !/^(?:from|desde)$/u.test(preposition))) &&
    !FUNCTION_WORDS.has(phrase) &&
    !CALENDAR_NAMES.has(phrase) &&
    !isFunctionWordOfAnyLanguage(phrase) &&
    !isClinicalTerm(phrase)
  )
}

/** Finds towns of some size right after place prepositions, as CITY spans (the longest town of one to three words). */
export const detectTownsAfterPrepositions: Detector = ({ text }) => {
  if (!MAY_HOLD_PREPOSITION.test(text)) return []
  const out: Span[] = []
  for (const m of matchesOf(PREPOSITION_THEN_WORDS, text)) {
    const words = m[2]!
    const start = m.index + m[0].length
    const parts = words.split(/[ \t]/u)
    for (let k = parts.length; k >= 1; k--) {
      const phrase = parts
        .slice(0, k)
        .join(' ')
        .replace(/['’]s$/u, '')
      if (!isTownAfterPreposition(phrase.toLowerCase(), m[1]!.toLowerCase())) continue
      // "in foster care": a one-word town before a clinical word or a noun "in" makes a phrase with qualifies it.
      const next = k === 1 ? WORD_AFTER.exec(text.slice(start + phrase.length, start + phrase.length + 32)) : null
      const after = next?.[1]?.toLowerCase()
      if (after !== undefined && (isClinicalTerm(after) || IN_PHRASES.has(after))) break
      out.push({ start, end: start + phrase.length, type: 'CITY', source: 'city:after-preposition' })
      break
    }
  }
  return out
}
