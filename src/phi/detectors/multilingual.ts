/**
 * Dates, ages and names in every language the engine reads, driven by the language tables (src/phi/languages):
 * month names and date markers (14 mars 1958, 12월 3일, 1958年3月14日, ngày 3 tháng 12), "years old" words of 90+
 * (95 tuổi, 九十五岁, quatre-vingt-quinze ans), and names after a person cue, a title or an honorific in any script
 * (je m'appelle Marie Dupont, 我叫陈志强, 박영희 씨, chị Lan). One small core; every word it knows comes from the tables.
 */
import { languages } from '../languages'
import { words, type Word } from '../spoken'
import { SCRIPT, holdsScript } from './chars'
import { phraseEndingAt, phraseFrom } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Detector, Span } from './types'
import { birthOrderNames } from './birth-order-names'
import { birthYears } from './birth-years'
import { hanNames, hangulGivenNames } from './cjk-names'
import { hangulAddressNames } from './hangul-address-names'
import { compactDatesAndAges } from './compact-dates'
import { markedDates } from './marked-dates'
import { monthNameDates, numberedDates, numberAtWord } from './multilingual-dates'
import { onOriginal, withoutHanSpaces } from './han-names'
import {
  compassDistricts,
  facilityPlaces,
  facilityTowns,
  localPlaceTowns,
  townsBesidePlaceWords,
} from './facility-towns'
import { articleAfterRelationNames } from './relative-names'
import { syllableNames } from './syllable-names'
import { articleNames, particleNames, titledBefore } from './held-names'
import { cuedNames } from './cued-names'

// The words an age below needs, for the compiled tables read: the first word of a "years old" phrase or the last of
// an "age" phrase.
let ageWords: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/** Whether any word of `list` may open a "years old" phrase or end an "age" phrase. */
function holdsAgeWord(list: readonly Word[], lang: ReturnType<typeof languages>): boolean {
  if (ageWords?.lang !== lang) {
    ageWords = { lang, words: new Set([...lang.yearsOld.forward.next.keys(), ...lang.ageBefore.backward.next.keys()]) }
  }
  return holdsAnyWord(list, ageWords.words)
}

/** Ages of 90+ with a "years old" phrase after the number or an "age" phrase before it, in any language. */
function spacedAges(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  // Every age here has one of those phrases beside its number: a text without their words is not read number by number.
  if (!holdsAgeWord(list, lang)) return
  for (let i = 0; i < list.length; i++) {
    const n = numberAtWord(list, i, text)
    if (!n || n[1] < 90 || n[1] > 130) continue
    const last = i + n[0] - 1
    const after = phraseFrom(list, last + 1, text, lang.yearsOld)
    const before = phraseEndingAt(list, i - 1, text, lang.ageBefore)
    if (after > 0 || before >= 0)
      out.push({ start: list[i]!.start, end: list[last]!.end, type: 'AGE', source: 'age:languages', canonical: '>89' })
    i = last
  }
}

/** Finds dates, ages of 90+ and cued names with the language tables. */
export const detectMultilingual: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  monthNameDates(list, text, out)
  numberedDates(list, text, out)
  markedDates(list, text, out)
  facilityPlaces(list, text, out)
  facilityTowns(list, text, out)
  localPlaceTowns(list, text, out)
  townsBesidePlaceWords(list, text, out)
  compassDistricts(list, text, out)
  particleNames(list, text, out)
  syllableNames(list, text, out)
  birthOrderNames(list, text, out)
  // Both read Hangul words only: a text without Hangul asks none of its words (each asked a per-word memo).
  if (holdsScript(lower, SCRIPT.hangul)) {
    titledBefore(list, text, out)
    hangulGivenNames(list, out)
    hangulAddressNames(list, text, out)
  }
  spacedAges(list, text, out)
  cuedNames(list, text, out)
  articleNames(list, text, out)
  articleAfterRelationNames(list, text, out)
  // Speech-to-text spaces Chinese ("我是 李建国 的儿子"): the Han names are read as if it had not.
  const compact = withoutHanSpaces(text)
  if (compact) {
    const found: Span[] = []
    hanNames(compact.text, found)
    out.push(...onOriginal(found, compact.offsets))
  } else hanNames(text, out)
  compactDatesAndAges(text, out)
  birthYears(text, lower, out)
  return out
}
