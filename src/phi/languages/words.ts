/**
 * Whether a word is an everyday word of some language the engine reads, so the word backstop leaves it: the
 * frequency lists of the generated lexicon, each table's own words, and Korean words with their attached particles
 * stripped. Han and Kana runs are never judged whole here (a Chinese sentence has no spaces): the names of those
 * scripts are found by the cue, title and family-name rules of detectors/multilingual.ts.
 */
import { isForeignWord } from '../lexicon'
import { hasAttachedSuffix, languages } from './index'

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const HANGUL = /\p{Script=Hangul}/u

/** An everyday word of a language the engine reads, other than English and Spanish (lower case). */
export function knownInSomeLanguage(word: string): boolean {
  if (UNSPACED.test(word)) return true
  const lang = languages()
  if (lang.words.has(word) || isForeignWord(word)) return true
  if (ARABIC.test(word))
    return ARABIC_PREFIXES.some(
      (p) => word.length > p.length + 1 && word.startsWith(p) && isKnownStem(word.slice(p.length)),
    )
  if (!HANGUL.test(word)) return false
  return hasAttachedSuffix(word, isKnownStem)
}

const ARABIC = /\p{Script=Arabic}/u
// Arabic writes "and", "so", "with", "for", "like" and the article onto the word: وسعال is "and cough".
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك']

function isKnownStem(stem: string): boolean {
  return languages().words.has(stem) || isForeignWord(stem)
}
