/**
 * A town of some size said after a place preposition where the sentence places someone or something ("the imaging
 * place in corona", "out by mecca", "aquí en amarillo"), even when its name is also a word. The gazetteer says the
 * town has 3,000 people or more; the sentence must say it is a place: a capital in a text that writes capitals, or in
 * text without capitals a word placing someone before the preposition ("live", "clinic", "aquí"), a "by" of
 * nearness ("out by"), an address's number before it, or the end of the clause or a state after the town. Otherwise
 * the word stays ("in salmon and walnuts", "near normal", "en vista de que", "in orange juice").
 */
import { isBasicWord, isBigCity, isClinicalTerm, isPopulousCity, isSpanishWord } from '../lexicon'
import { CALENDAR_NAMES, FUNCTION_WORDS } from '../lexicon/name-cues'
import { isWordOfLanguages } from '../languages'
import { knownInSomeLanguage } from '../languages/words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { hasLowerCase, hasUpperCase } from './chars'
import { matchesOf } from './matches'
import { IN_PHRASES, PLACED_BEFORE, STATE_WORD, isCountryName, isCountryOrState } from './place-names'
import type { Detector, Span } from './types'

// The place prepositions of the languages most messages are written in, then up to three words on one line.
const PREPOSITION_THEN_WORDS =
  /(?<![\p{L}\p{M}'’])((?:(?:out|over|up|down|way|right)[ \t]+)?by|in|near|from|at|outside(?:[ \t]+of)?|around|en|por|cerca[ \t]+de|desde|em|perto[ \t]+de|près[ \t]+de|ở|tại)[ \t]+(?=([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2}))/giu
// "out by", "over by", "up by": nearness to a place, not an agent ("by mistake", "by the doctor").
const NEAR_BY = /^(?:out|over|up|down|way|right)[ \t]+by$/iu
// Words of other languages that place someone before "en", "por", "em", "ở": here, there, where one lives or works.
// biome-ignore format: packed list
const PLACED_BEFORE_OTHER = new Set([
  'aquí', 'aqui', 'acá', 'aca', 'allá', 'alla', 'allí', 'alli', 'ahí', 'ahi', 'vivo', 'vive', 'vivimos', 'viven',
  'vivía', 'trabajo', 'trabaja', 'trabajamos', 'trabajan', 'estoy', 'estamos', 'queda', 'quedamos', 'mudamos', 'mudé',
  'clínica', 'clinica', 'hospital', 'casa', 'tienda', 'escuela', 'farmacia', 'campo', 'familia', 'moro', 'mora',
  'moramos', 'trabalho', 'lá', 'sống', 'làm', 'nhà', 'place', 'places', 'imaging', 'lab', 'er', 'town', 'area',
  'located', 'based', 'visiting', 'address', 'apartment', 'apartments', 'trailer', 'shelter', 'motel', 'hotel',
  'fields', 'orchard', 'dairy', 'warehouse', 'factory', 'grew', 'staying', 'stays', 'lives',
])
// What may follow a town at the end of what the sentence says of it: a stop, a state, a ZIP, the end.
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+\d{5}(?!\d))/u
const WORD_AFTER = /^[ \t]+([\p{L}\p{M}]+)/u
const WORD_BEFORE = /([\p{L}\p{M}'’]+|\d+)[ \t]+$/u
const TWO_WORDS_BEFORE = /([\p{L}\p{M}'’]+)[ \t]+[\p{L}\p{M}'’]+[ \t]+$/u
// After these a town's word goes on as a noun phrase ("in bend of elbow", "en vista de que").
const OF_AFTER = new Set(['of', 'de', 'do', 'da', 'du', 'des', 'del'])
// "down in", "over in", "out in", "up in": where someone is, away from the speaker.
const WAY_BEFORE_IN = /(?:^|[^\p{L}])(?:down|over|out|up)[ \t]+$/u
// After "be in" and a town whose name is a very common word, what ends the place: a stop, or a preposition or time
// word ("be in phoenix for his dad's thing"; not "be in normal limits", "be in orange shirts").
const AFTER_BEING_IN_TOWN =
  /^(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:for|to|on|at|this|next|until|till|tomorrow|today|tonight|with|and|so|by|from|over|since|when|because|um|uh)(?![\p{L}]))/iu
const BE_BEFORE = /(?:^|[^\p{L}'’])(?:be|been)[ \t]+$/iu
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'o', 'a', 'os', 'as'])

/**
 * Whether `phrase` (lower case) is a town of some size and no word those prepositions usually take. `placed`: the
 * sentence says a place stands there ("down in", "over in", or a capital in cased text), so a very common word that
 * is a town of 3,000 people or more is read as the town ("down in brush", "over in sterling").
 */
function isTownAfterPreposition(phrase: string, placed = false, near = false): boolean {
  const space = phrase.indexOf(' ')
  // "at south sioux": a town of two words or more said without the "city" of its name (South Sioux City).
  if (
    space > 0 &&
    !isPopulousCity(phrase) &&
    !isCountryOrState(phrase) &&
    isPopulousCity(`${phrase} city`) &&
    !ARTICLES.has(phrase.slice(0, space))
  )
    return true
  // A state that is also a town of 50,000 people or more (Wyoming, Michigan) is failed closed: the state is no PHI,
  // the town is, and only the sentence's cue (below) says a place stands there at all. "out by denmark": nearness
  // ("out by", "over by") is said of a place one can drive to, so the town is read whatever else its name is.
  if (phrase.length < 3 || !isPopulousCity(phrase) || (isCountryOrState(phrase) && !isBigCity(phrase) && !near))
    return false
  // "en el campo", "in the woodlands": after an article the town's other words must be no everyday word ("el
  // campo" is a field; "el paso", "the colony" are left to the rules that know them).
  if (space > 0) {
    const rest = phrase.slice(space + 1)
    return !ARTICLES.has(phrase.slice(0, space)) || (!isBasicWord(rest) && !knownInSomeLanguage(rest))
  }
  return (
    // A very common word is a town only when the town is a big one ("aquí en amarillo", "the lab in sunrise"), and
    // only where the sentence places someone (below).
    (!isBasicWord(phrase) || isBigCity(phrase) || placed) &&
    !IN_PHRASES.has(phrase) &&
    !FUNCTION_WORDS.has(phrase) &&
    !CALENDAR_NAMES.has(phrase) &&
    !isFunctionWordOfAnyLanguage(phrase) &&
    !isClinicalTerm(phrase)
  )
}

// Each preposition of another language than English, and the languages whose words it takes ("por" is left out: "por
// mobile" is as often "by phone").
const PREPOSITION_LANGUAGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', new Set(['es', 'fr'])],
  ['desde', new Set(['es'])],
  ['cerca de', new Set(['es'])],
  ['em', new Set(['pt'])],
  ['perto de', new Set(['pt'])],
  ['près de', new Set(['fr'])],
  ['ở', new Set(['vi'])],
  ['tại', new Set(['vi'])],
])

/**
 * Whether a big town's name after another language's preposition is no word of that language ("le hablo desde
 * mobile", "ở garden grove"): the sentence's own language would not say an English word there, a town's name it does.
 */
function isForeignToPreposition(preposition: string, town: string): boolean {
  const codes = PREPOSITION_LANGUAGES.get(preposition.toLowerCase().replace(/[ \t]+/gu, ' '))
  if (codes === undefined || !isBigCity(town)) return false
  return town.split(' ').every((w) => !isWordOfLanguages(w, codes) && !(codes.has('es') && isSpanishWord(w)))
}

/** Whether the words before the preposition at `at` place someone or something, or are an address's number. */
function placedBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at).toLowerCase()
  const last = WORD_BEFORE.exec(window)?.[1]
  if (last === undefined) return false
  if (/^\d+$/u.test(last)) return true
  const second = TWO_WORDS_BEFORE.exec(window)?.[1]
  return [last, second].some((w) => w !== undefined && (PLACED_BEFORE.has(w) || PLACED_BEFORE_OTHER.has(w)))
}

/** Finds towns of some size after place prepositions where the sentence places someone, as CITY spans. */
export const detectTownsAfterPrepositions: Detector = ({ text }) => {
  const out: Span[] = []
  const cased = hasLowerCase(text) && hasUpperCase(text)
  for (const m of matchesOf(PREPOSITION_THEN_WORDS, text)) {
    const start = m.index + m[0].length
    const parts = m[2]!.split(/[ \t]/u)
    // "down in brush", "over in sterling": a way of going or being there before "in" places someone in a town even
    // where its name is a very common word (not "works in media", "came down in price").
    const wayIn = /^in$/iu.test(m[1]!) && WAY_BEFORE_IN.test(text.slice(Math.max(0, m.index - 8), m.index))
    for (let k = parts.length; k >= 1; k--) {
      const phrase = parts
        .slice(0, k)
        .join(' ')
        .replace(/['’]s$/u, '')
      const town = phrase.toLowerCase()
      const end = start + phrase.length
      const next = WORD_AFTER.exec(text.slice(end, end + 32))?.[1]?.toLowerCase()
      const capital = cased && /^\p{Lu}/u.test(phrase)
      const near = NEAR_BY.test(m[1]!)
      // A country's name after "out by" is a town's too where the sentence places someone ("the dairy out by
      // denmark"): countries are everyday words to the lists. Not a US state ("out by washington state").
      const nearCountry = near && k === 1 && isCountryName(town) && !STATE_WORD.test(town) && next !== 'state'
      const placedNear = nearCountry && placedBefore(text, m.index)
      if (!isTownAfterPreposition(town, k === 1 && (wayIn || capital || placedNear), placedNear)) continue
      // "in foster care", "in bend of elbow": a clinical word, a noun "in" makes a phrase with, or "of" after it.
      if (next !== undefined && (isClinicalTerm(next) || IN_PHRASES.has(next) || OF_AFTER.has(next))) break
      // After "from", "at" or "by" a very common word names an organisation or a hospital as often ("called from
      // sunrise home care", "the er at temple").
      const common = isBasicWord(town)
      const foreign = isForeignToPreposition(m[1]!, town)
      if (/^(?:from|desde|at|by)$/iu.test(m[1]!) && common && !foreign) break
      // In a text with capitals the town has one; "at" and a bare "by" name a business or an agent as often ("at
      // Summit", "seen by Mentor"): after them, and in text without capitals, the sentence must place someone too.
      if (cased && !/^\p{Lu}/u.test(phrase)) break
      const weak = /^(?:at|by)$/iu.test(m[1]!)
      const placed =
        (cased && !weak) ||
        NEAR_BY.test(m[1]!) ||
        foreign ||
        placedBefore(text, m.index) ||
        // "we're gonna be in phoenix": being somewhere is said of a big town whatever its name means (not "been in
        // foster care": Foster is a small town).
        (isBigCity(town) &&
          /^in$/iu.test(m[1]!) &&
          BE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
          (!common || AFTER_BEING_IN_TOWN.test(text.slice(end, end + 12)))) ||
        // The end of a clause says little after a very common word ("le sale en amarillo", yellow).
        (!common &&
          (CLAUSE_END_AFTER.test(text.slice(end, end + 8)) || (next !== undefined && STATE_WORD.test(next)))) ||
        // "the civil surgeon in providence needs them": in or near a town of 50,000 people whose name is no very
        // common word, what the sentence says goes on after it.
        (!common && isBigCity(town) && /^(?:in|near)$/iu.test(m[1]!))
      if (placed) out.push({ start, end, type: 'CITY', source: 'city:after-preposition' })
      break
    }
  }
  return out
}
