/**
 * One cached classification per lower-case word, so the names detector asks the dictionaries once per
 * distinct word rather than once per rule.
 */
import { knownInSomeLanguage } from '../languages/words'
import {
  isBasicWord,
  isClinicalTerm,
  isEnglishWord,
  isFirstName,
  isRareEnglishWord,
  isProperWord,
  isSlang,
  isSpanishVerbName,
  isSpanishWord,
  isSurname,
  isWordSurname,
} from './index'

/** What the dictionaries say about one lower-case word. */
export interface WordClass {
  /** A known first name (may also be a common word). */
  first: boolean
  /** In the (noisy) name list: first or last name. */
  surname: boolean
  /** Common English (bands 10-50 + extras) or Spanish. */
  common: boolean
  /** Very common (bands 10-20, extras, Spanish): a stop-word for cues. */
  basic: boolean
  /** Clinical vocabulary or SMS slang: never a name on its own. */
  clinical: boolean
  /** A rare English word that is not a name (bands 55-70). */
  rare: boolean
  /** A name token that is not a common word, clinical term or slang: a name anywhere. */
  strong: boolean
  /** Not in any vocabulary: unknown (out-of-vocabulary). */
  oov: boolean
  /** A common surname that is also a word (brown, king): a name right after a first name. */
  wordSurname: boolean
  /** A common Spanish word (de, la, mil, cita). */
  spanish: boolean
  /** An everyday word written capitalised (Sunday, March, Texas, Spanish, Walgreens). */
  proper: boolean
  /** A Spanish verb form that is also a name (arden, leo, tomas). */
  spanishVerb: boolean
  /** An everyday word of another language the engine reads (French, Vietnamese, Russian, Korean...). */
  foreign: boolean
}

const CACHE_LIMIT = 20_000
const MAX_CACHED_LENGTH = 40
const cache = new Map<string, WordClass>()
const POSSESSIVE = /['’](?:s|ve|ll|re|d|t|m)$/
const LATIN = /\p{Script=Latin}/u

function compute(word: string): WordClass {
  const first = isFirstName(word)
  const surname = first || isSurname(word)
  const clinical = isClinicalTerm(word) || isSlang(word)
  const spanish = isSpanishWord(word)
  const common = isEnglishWord(word) || spanish
  const basic = isBasicWord(word) || spanish
  const rare = !common && isRareEnglishWord(word)
  const strong = surname && !common && !clinical
  const foreign = !common && !clinical && !rare && knownInSomeLanguage(word)
  // Outside Latin script a known word is known everywhere; a Latin one only in a text of its language (names.ts).
  const oov = !common && !clinical && !rare && !surname && !(foreign && !LATIN.test(word))
  // biome-ignore format: packed list
  return { first, surname, common, basic, clinical, rare, strong, oov, wordSurname: isWordSurname(word), spanish, proper: isProperWord(word),
    spanishVerb: isSpanishVerbName(word), foreign }
}

const NAME_PREFIX = /^(?:o|d|l|d[ai])['’](?=\p{L})/u

/** Judges a word the lists do not hold by its stem ("jake's"), prefix ("o'brien") or parts ("anna-sofia"). */
const LAUGHTER =
  /^(?:(?:ha|he|hi|ja|je|ah|eh)h?){2,}$|^(?:lo)+l$|^(?:l+o+)+l+$|^(?:x+o+)+x*$|^(?:a+w+)+$|^h+m+$|^u+g+h+$/u
const ELONGATED = /(\p{L})\1{2,}/gu
// biome-ignore format: packed list
const LAUGH_CLASS: WordClass = {
  first: false, surname: false, common: true, basic: false, clinical: false, rare: false, strong: false, oov: false,
  wordSurname: false, spanish: false, proper: false, spanishVerb: false, foreign: false,
}

function fromParts(word: string): WordClass | undefined {
  // Bounded: no name is this long, and recursion over "o'o'o'…" must stay shallow.
  if (word.length > MAX_CACHED_LENGTH) return undefined
  // Laughter and stretched words ("hahaha", "lolol", "soooo", "pleaseee"): no name repeats a letter three times.
  if (LAUGHTER.test(word)) return LAUGH_CLASS
  if (ELONGATED.test(word)) {
    ELONGATED.lastIndex = 0
    for (const shorter of [word.replace(ELONGATED, '$1'), word.replace(ELONGATED, '$1$1')]) {
      const c = classify(shorter)
      if (c.common || c.clinical) return { ...c, first: false, surname: false, strong: false, oov: false }
    }
  }
  ELONGATED.lastIndex = 0
  const stem = word.replace(POSSESSIVE, '')
  if (stem !== word && stem.length > 0) return classify(stem)
  if (NAME_PREFIX.test(word)) {
    const rest = classify(word.replace(NAME_PREFIX, ''))
    if (rest.clinical) return undefined
    return { ...rest, strong: rest.surname || rest.oov, common: false, basic: false, oov: !rest.surname && rest.oov }
  }
  if (!word.includes('-')) return undefined
  const parts = word
    .split('-')
    .filter((p) => p.length > 0)
    .map((p) => classify(p))
  if (parts.length < 2) return undefined
  const anyStrong = parts.some((p) => p.strong)
  const anyName = parts.some((p) => p.first || p.strong)
  const allKnownWords = parts.every((p) => p.common || p.clinical || p.rare || p.foreign)
  return {
    first: parts[0]!.first,
    surname: anyName,
    common: allKnownWords && !anyStrong,
    basic: false,
    clinical: parts.every((p) => p.clinical),
    rare: false,
    wordSurname: false,
    spanish: false,
    proper: false,
    spanishVerb: false,
    foreign: false,
    strong: anyStrong || (anyName && !allKnownWords),
    oov: !allKnownWords && !anyName,
  }
}

/** Classifies a lower-case word; hyphenated and apostrophe forms are judged by their parts. */
export function classify(word: string): WordClass {
  let found = cache.get(word)
  if (found) return found
  found = compute(word)
  if (!found.common && !found.clinical && !found.surname) found = fromParts(word) ?? found
  // Long words (no dictionary holds them) are not cached, so hostile input cannot fill memory.
  if (word.length > MAX_CACHED_LENGTH) return found
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, found)
  return found
}
