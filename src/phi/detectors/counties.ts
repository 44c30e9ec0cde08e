/**
 * A county named before the word "county" ("kings county hospital", "deaf smith county health department", "the
 * Colquitt County jail"). Fail closed: one or two words before "county" are its name unless they only determine or
 * qualify it ("the county", "which county", "out of county", "our home county").
 */
import { isCity, isClinicalTerm, isCommonWord, isFirstName, isWordSurname } from '../lexicon'
import { languages } from '../languages'
import { FUNCTION_WORDS } from '../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { matchesOf } from './matches'
import type { Detector, Span } from './types'

// Two words, then "county", on one line: the county's name is the last one or both.
const WORDS_BEFORE_COUNTY =
  /(?<![\p{L}\p{M}'’])(?:([\p{L}\p{M}][\p{L}\p{M}'’.-]*)[ \t]+)?([\p{L}\p{M}][\p{L}\p{M}'’.-]*)[ \t]+county(?![\p{L}\p{M}])/giu
// Words a county's name of two starts with ("san bernardino", "st. lucie", "los alamos", "fort bend").
const COUNTY_NAME_PREFIX =
  /^(?:san|santa|st\.?|saint|ste\.?|los|las|el|la|le|de|del|du|fort|ft\.?|mount|mt\.?|lake|palm|prince|grand|new)$/u
// Words that say which county or what kind, not its name.
// biome-ignore format: packed list
const NOT_A_COUNTY_NAME = new Set([
  'same', 'other', 'another', 'next', 'home', 'neighboring', 'neighbouring', 'nearby', 'adjacent', 'whole', 'entire',
  'local', 'rural', 'urban', 'tri', 'multi', 'cross', 'per', 'each', 'every', 'any', 'which', 'what', 'whose', 'big',
  'small', 'large', 'new', 'old', 'own', 'different', 'correct', 'wrong', 'right', 'poor', 'rich', 'dry', 'wet',
  'bordering', 'surrounding', 'outlying', 'respective', 'certain', 'particular', 'single', 'both', 'low', 'high',
  'our', 'your', 'their', 'my', 'his', 'her', 'its', 'the', 'this', 'that', 'these', 'those', 'a', 'an', 'no',
  'of', 'in', 'out', 'by', 'to', 'for', 'from', 'county', 'state', 'city', 'federal', 'country', 'native', 'la', 'el',
])

/**
 * Whether `word` (lower case) may be a county's name: no determiner, function, clinical or number word, and an
 * everyday word only when it is a town or a surname that is a word too ("kings", "smith"; not "closest", "birth").
 */
function mayNameCounty(word: string): boolean {
  return (
    word.length >= 2 &&
    !/\d|-|est$/u.test(word) &&
    !NOT_A_COUNTY_NAME.has(word) &&
    !FUNCTION_WORDS.has(word) &&
    !isFunctionWordOfAnyLanguage(word) &&
    !isClinicalTerm(word) &&
    !languages().numbers.has(word) &&
    (!isCommonWord(word) || isCity(word) || isWordSurname(word) || isWordSurname(word.replace(/s$/u, '')))
  )
}

/** Finds counties named before the word "county", as CITY spans over the name (place-extents.ts adds the word). */
export const detectCounties: Detector = ({ text, lower }) => {
  if (!lower.includes('county')) return []
  const out: Span[] = []
  for (const m of matchesOf(WORDS_BEFORE_COUNTY, text)) {
    const last = m[2]!.toLowerCase()
    // "tell mary county called": a first name that is no town is a person the sentence goes on about; "the WIC county
    // office": an acronym in capitals in a text that has small letters.
    if (!mayNameCounty(last) || (isFirstName(last) && !isCity(last))) continue
    if (m[2]!.length <= 4 && /^\p{Lu}+$/u.test(m[2]!) && /\p{Ll}/u.test(text)) continue
    const first = m[1]?.toLowerCase()
    // "san bernardino county", "St. Lucie County", "Deaf Smith County": the word before is part of the name when the
    // two make a town of the gazetteer, it is a prefix names take, or both are capitalised in a text with capitals.
    const two =
      first !== undefined &&
      (COUNTY_NAME_PREFIX.test(first) ||
        isCity(`${first} ${last}`) ||
        (mayNameCounty(first) && /^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!) && /\p{Ll}/u.test(text)))
    const nameEnd = m.index + m[0].search(/[ \t]+county$/iu)
    const start = two ? m.index : nameEnd - m[2]!.length
    // The name alone: the town-and-county reading (place-extents.ts) adds the word and stops before a facility's.
    out.push({ start, end: nameEnd, type: 'CITY', source: 'city:county' })
  }
  return out
}
