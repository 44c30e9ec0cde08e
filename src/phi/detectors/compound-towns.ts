/**
 * A city of 50,000 people or more whose name is two or three words, one of them no English word ("sioux falls",
 * "corpus christi"), wherever the sentence says it ("driving into sioux falls", "nou rete sioux falls"): the words
 * together name nothing but the city. Names made only of English words ("bowling green", "royal oak", "elk grove")
 * and names with an article ("el paso") stay with the rules that ask for a place preposition or a capital.
 */
import { isBigCity, isEnglishWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { words } from '../spoken'
import { isCountryOrState } from './place-names'
import type { Detector, Span } from './types'

// biome-ignore format: packed list
const ARTICLES = new Set([
  'the', 'el', 'la', 'los', 'las', 'le', 'les', 'lo', 'o', 'a', 'os', 'as', 'de', 'del', 'da', 'do', 'du', 'des', 'di',
])

/** Finds the cities of two or three words (see the module comment). */
export const detectCompoundTowns: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  for (let i = 0; i + 1 < list.length; i++) {
    let phrase = list[i]!.w
    for (let n = 2; n <= 3 && i + n - 1 < list.length; n++) {
      const last = list[i + n - 1]!
      // One line, words apart only by spaces.
      if (!/^[ \t]+$/.test(text.slice(list[i + n - 2]!.end, last.start))) break
      phrase += ` ${last.w}`
      if (!isBigCity(phrase) || isCountryOrState(phrase)) continue
      const parts = list.slice(i, i + n)
      // An article opens given names too ("maría de los ángeles"): those towns are left to the other rules.
      if (
        parts.some((p) => ARTICLES.has(p.w) || isFunctionWordOfAnyLanguage(p.w)) ||
        parts.every((p) => isEnglishWord(p.w))
      )
        continue
      out.push({ start: list[i]!.start, end: last.end, type: 'CITY', source: 'compound-towns' })
      break
    }
  }
  return out
}
