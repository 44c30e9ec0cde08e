/**
 * A town abroad said between "from" (or "de", "da", "em"...) and its country ("veio da praia cabo verde", "from kumasi
 * ghana", "de san pedro sula honduras"): the gazetteer holds US towns only, and the country right after says the
 * words before it are a place there, whatever else they mean ("praia" is also "beach").
 */
import { isClinicalTerm, isEnglishWord, isForeignWord, isSpanishWord } from '../lexicon'
import { isClinicalWordOf } from '../languages/words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { words } from '../spoken'
import { NOT_TOWN_BEFORE_STATE, STATE_WORD, isCountryOrState } from './place-names'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// Where someone comes from or lives, in the languages patients write.
const FROM = new Set(['from', 'in', 'de', 'da', 'do', 'desde', 'em', 'en', 'à'])
// Words that say which part of a country, not which town ("from northern mexico", "do interior do brasil").
// biome-ignore format: packed list
const REGION_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'coastal', 'all',
  'whole', 'back', 'old', 'new', 'norte', 'sur', 'sul', 'este', 'oeste', 'centro', 'interior', 'capital', 'campo',
  'nord', 'sud', 'est', 'ouest', 'home', 'here', 'there', 'family', 'familia', 'família', 'famille',
  // Places of care and trade, often named for a country ("farmácia brasil", "mercado méxico").
  'farmácia', 'farmacia', 'pharmacy', 'pharmacie', 'clínica', 'clinica', 'clinic', 'hospital', 'mercado', 'market',
  'supermercado', 'tienda', 'loja', 'restaurante', 'restaurant', 'escuela', 'escola', 'iglesia', 'igreja',
])
const MAX_TOWN_WORDS = 3
// Between a town and its country ("long cheng in laos"), and the words of origin before such a town.
const IN_COUNTRY = new Set(['in', 'en', 'em', 'à', 'au', 'na', 'no'])
const ORIGIN = new Set(['from', 'de', 'da', 'do', 'desde'])
const ENGLISH_FROM = new Set(['from', 'in'])
// The languages written in Latin letters whose words of care the tables hold.
const LATIN_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['es', 'pt', 'fr', 'ht', 'tl', 'vi'])
// Countries whose name is also a food, an animal or a word.
const WORD_COUNTRIES = new Set(['chile', 'turkey', 'china', 'jordan', 'chad', 'guinea', 'georgia', 'niger', 'togo'])

/** Finds the words between a "from" and a country. */
export const detectTownsBeforeCountries: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  const spaced = (a: number, b: number) => spacedGap(text, list[a]!, list[b]!)
  // The nearest "from" before the word: a country is looked for only two to four words after one.
  let lastFrom = -1
  for (let i = 0; i < list.length; i++) {
    if (FROM.has(list[i]!.w)) {
      lastFrom = i
      continue
    }
    if (lastFrom < 0 || i - lastFrom > MAX_TOWN_WORDS + 2) continue
    // The country: one word or two ("cabo verde", "el salvador").
    let countryStart = -1
    if (i + 1 < list.length && spaced(i, i + 1) && isCountry(`${list[i]!.w} ${list[i + 1]!.w}`)) countryStart = i
    else if (isCountry(list[i]!.w)) countryStart = i
    if (countryStart < 0) continue
    // "from long cheng in laos", "de san marcos en guatemala": the town, then "in" and its country.
    let townEnd = countryStart
    if (townEnd >= 2 && IN_COUNTRY.has(list[townEnd - 1]!.w) && spaced(townEnd - 1, townEnd)) townEnd--
    let k = townEnd - 1
    while (k >= 0 && townEnd - k <= MAX_TOWN_WORDS && !FROM.has(list[k]!.w) && spaced(k, k + 1)) {
      const w = list[k]!.w
      if (!/^[\p{L}\p{M}'’-]{2,}$/u.test(w) || isFunctionWordOfAnyLanguage(w) || REGION_WORDS.has(w)) break
      if (NOT_TOWN_BEFORE_STATE.has(w) || isClinicalTerm(w) || isCountryOrState(w)) break
      k--
    }
    if (k < 0 || k === townEnd - 1 || !FROM.has(list[k]!.w) || !spaced(k, k + 1)) continue
    // "in" before the country needs a "from" before the town ("lives in town in mexico" says nothing new), and a word
    // out of the everyday lists in it ("from long cheng in laos"; "de niño en méxico", "from abuelita in guatemala",
    // "de férias no brasil" say when or whose).
    if (townEnd < countryStart) {
      if (!ORIGIN.has(list[k]!.w)) continue
      if (!list.slice(k + 1, townEnd).some((t) => !isEnglishWord(t.w) && !isSpanishWord(t.w) && !isForeignWord(t.w)))
        continue
    }
    // After an English "from" or "in", English words are what the sentence says ("works in construction mexico").
    const town = list.slice(k + 1, townEnd)
    if (ENGLISH_FROM.has(list[k]!.w) && town.every((t) => isEnglishWord(t.w))) continue
    // A country that is also a word ("chile verde", "deli turkey", "china") only written with its capital.
    const country = text.slice(list[countryStart]!.start, list[countryStart]!.end)
    if (WORD_COUNTRIES.has(list[countryStart]!.w) && !/^\p{Lu}/u.test(country)) continue
    // Nor a word of care of the text's language before it ("de presión colombia", "da farmácia brasil").
    if (town.some((t) => isClinicalWordOf(t.w, LATIN_SCRIPT_LANGUAGES))) continue
    out.push({ start: list[k + 1]!.start, end: list[townEnd - 1]!.end, type: 'CITY', source: 'city:country' })
  }
  return out
}

/** A country's name (a US state is no country here). */
function isCountry(phrase: string): boolean {
  return isCountryOrState(phrase) && !STATE_WORD.test(phrase)
}
