/**
 * Holidays and named days in every language the tables know ("halloween", "valentine's day", "navidad", "tết", "추석",
 * "春节"): each fixes a day of the year, so a visit, birth or discharge "on halloween" is a date (Safe Harbor keeps
 * only the year).
 */
import { hasAttachedSuffix, languages } from '../languages'
import { boundedMemo } from '../memo'
import { words } from '../spoken'
import { SCRIPT, holdsScript } from './chars'
import { phraseFrom } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Detector, Span } from './types'

const HANGUL = /\p{Script=Hangul}/u
// biome-ignore format: packed list
const GREETINGS = new Set([
  'merry', 'happy', 'feliz', 'felices', 'felíz', 'joyeux', 'joyeuse', 'joyeuses', 'bonne', 'bon', 'boas', 'bom',
  'maligayang', 'manigong', 'chúc', 'mừng', 'mung', 'chuc', 'bòn', 'bonn', 'с', 'счастливого', 'поздравляю',
  'весёлого', 'веселого', 'مبارك', 'سعيد',
])

// A Hangul holiday with a particle ("추석에"): a property of the word alone, remembered like other per-word tests.
const isHangulHoliday = boundedMemo(
  (w) => HANGUL.test(w) && hasAttachedSuffix(w, (stem) => languages().holidays.phrases.has(stem), 2),
  4096,
)

/** Finds holidays and named days as DATE spans. */
export const detectHolidays: Detector = ({ text, lower }) => {
  const lang = languages()
  const set = lang.holidays
  const out: Span[] = []
  const list = words(lower)
  // Only a Hangul word can be a Hangul holiday: a text without Hangul asks none of its words the per-word memo.
  const hangul = holdsScript(lower, SCRIPT.hangul)
  // A holiday of the set opens on the first word of one of its phrases: without one (and without Hangul), no word is
  // read.
  const opens = hangul || holdsAnyWord(list, set.forward.next)
  for (let i = 0; opens && i < list.length; i++) {
    const w = list[i]!.w
    const end = phraseFrom(list, i, text, set)
    // "merry christmas", "feliz navidad", "happy new year": a wish, not the day of anything.
    if (end > 0 && i > 0 && GREETINGS.has(list[i - 1]!.w)) {
      i = end - 1
      continue
    }
    if (end > 0) {
      out.push({ start: list[i]!.start, end: list[end - 1]!.end, type: 'DATE', source: 'date:holiday' })
      i = end - 1
      continue
    }
    // Korean writes particles onto the word: "추석에", "설날부터".
    if (hangul && isHangulHoliday(w))
      out.push({ start: list[i]!.start, end: list[i]!.end, type: 'DATE', source: 'date:holiday' })
  }
  // Every unspaced phrase holds Han or kana (that is what makes it unspaced): a text without either holds none, and is
  // not searched once per phrase.
  if (!holdsScript(lower, SCRIPT.han | SCRIPT.hiragana | SCRIPT.katakana)) return out
  for (const phrase of set.unspaced) {
    for (let k = lower.indexOf(phrase); k >= 0; k = lower.indexOf(phrase, k + phrase.length)) {
      out.push({ start: k, end: k + phrase.length, type: 'DATE', source: 'date:holiday' })
    }
  }
  return out
}
