/**
 * A city of 50,000 people or more whose name is two or three words, one of them no English word ("sioux falls",
 * "corpus christi"), wherever the sentence says it ("driving into sioux falls", "nou rete sioux falls"): the words
 * together name nothing but the city. Names made only of English words ("bowling green", "royal oak", "elk grove")
 * and names with an article ("el paso") stay with the rules that ask for a place preposition or a capital.
 */
import { isBigCity, isEnglishWord, mayBeBigCityWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { words } from '../spoken'
import { isCountryOrState } from './place-names'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// biome-ignore format: packed list
const ARTICLES = new Set([
  'the', 'el', 'la', 'los', 'las', 'le', 'les', 'lo', 'o', 'a', 'os', 'as', 'de', 'del', 'da', 'do', 'du', 'des', 'di',
])

/** Finds the cities of two or three words (see the module comment). */
export const detectCompoundTowns: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  // What each word is, read once: a word that can stand in such a name (no article or function word), and whether it
  // is an English word. Most words fail the first test, so most pairs are never looked up.
  const usable: Array<boolean | undefined> = new Array(list.length)
  const english: Array<boolean | undefined> = new Array(list.length)
  // A word no big town's name holds ends every phrase through it (asked first: most words of a text are none).
  const canStand = (k: number): boolean =>
    (usable[k] ??=
      mayBeBigCityWord(list[k]!.w) &&
      !ARTICLES.has(list[k]!.w) &&
      !isFunctionWordOfAnyLanguage(list[k]!.w) &&
      !/\d/.test(list[k]!.w))
  const isEnglish = (k: number): boolean => (english[k] ??= isEnglishWord(list[k]!.w))
  for (let i = 0; i + 1 < list.length; i++) {
    if (!canStand(i)) continue
    let phrase = list[i]!.w
    let foreign = !isEnglish(i)
    for (let n = 2; n <= 3 && i + n - 1 < list.length; n++) {
      const k = i + n - 1
      const last = list[k]!
      // One line, words apart only by spaces; an article opens given names too ("maría de los ángeles").
      if (!canStand(k) || !spacedGap(text, list[k - 1]!, last)) break
      phrase += ` ${last.w}`
      foreign ||= !isEnglish(k)
      if (!foreign || !isBigCity(phrase) || isCountryOrState(phrase)) continue
      out.push({ start: list[i]!.start, end: last.end, type: 'CITY', source: 'compound-towns' })
      break
    }
  }
  return out
}
