/**
 * Months and days said without a full date: "back in march", "turning 92 in november", "his er visit from february",
 * "the seventeenth of last month", "el veintiocho de este mes". A month or a day of a patient's event is a date element
 * Safe Harbor removes (only the year stays), so a month name is redacted wherever it stands, failing closed, except
 * the everyday English words "may" and "march" and the months that are first names ("june", "april"): those count
 * after a word that makes them a time ("in", "since", "by", "early", "last"; the name detectors read the rest). The tables hold the words of every language (`periodCues`, `monthRelatives`).
 */
import { LANGUAGES, languages } from '../languages'
import { isEnglishWord, isFirstName, isSpanishWord } from '../lexicon'
import { FILLERS } from '../lexicon/name-cues'
import { type Word, words } from '../spoken'
import { sinoKoreanNumber } from './compact-dates'
import { phraseEndingAt, phraseFrom, spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Detector, Span } from './types'

/** Month names that are everyday words too: a month only after a period cue. */
const WORD_MONTHS = new Set(['may', 'march'])
// The months of English and Spanish, which the other tables' month forms are weighed against.
const ENGLISH_SPANISH_MONTHS = new Set(
  LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) => t.months.flat()),
)

/**
 * A month form of another language's table that English or Spanish use as a word ("marca", Polish "of March", is a
 * Spanish brand and the glucometer's "marca 287"; "mart"): like "may", a month only after a period cue.
 */
function monthOfAnotherLanguageOnly(phrase: string): boolean {
  // Shorter forms ("me", "out", "des") are read as abbreviations below.
  return (
    [...phrase].length >= 4 && !ENGLISH_SPANISH_MONTHS.has(phrase) && (isEnglishWord(phrase) || isSpanishWord(phrase))
  )
}
/** The period cues that make "may" and "march" a time ("this may help" is no month). */
// biome-ignore format: packed list
const STRICT_CUES = new Set([
  'in', 'since', 'from', 'until', 'till', 'til', 'by', 'during', 'around', 'early', 'late', 'mid', 'of', 'last', 'next',
  'before', 'after', 'through', 'thru',
])
/** Time words after which "the <ordinal>" is a day ("yesterday the fourth", "on the second"). */
// biome-ignore format: packed list
const DAY_TIME_WORDS = new Set([
  'yesterday', 'today', 'tomorrow', 'since', 'on', 'until', 'till', 'by', 'before', 'after', 'from', 'tonight',
  // The day named as a choice or a guess ("it's either the seventh or…", "maybe the fifth?"), closed by a pause too.
  'either', 'or', 'maybe', 'probably', 'around', 'about', 'is', 'was',
  // What was done on the day ("started it the second and…", "saw her the fourth,"), closed by a pause too.
  'it', 'him', 'her', 'them',
])
const OBJECTS = new Set(['it', 'him', 'her', 'them'])
const HANDING_VERBS = new Set(['give', 'gave', 'given', 'giving', 'hand', 'handed'])
// biome-ignore format: packed list
const ORDINAL_DAYS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', '1st', '2nd', '3rd', '4th',
  '5th', '6th', '7th', '8th', '9th',
])
/** Words after a day that close it ("on the second at 3", "the fourth and fifth"). */
// biome-ignore format: packed list
const DAY_CLOSERS = new Set([
  'at', 'and', 'or', 'in', 'please', 'so', 'then', 'when', 'but', 'because', 'for', 'is', 'was', 'works', 'if', 'we',
  "we'll", 'i', "i'll", 'she', 'he', 'they', 'you', 'it', "it's", 'could', 'can', 'would', 'will', 'okay', 'ok', 'good',
  'fine', 'right', 'somewhere', 'maybe', 'probably', 'ish',
])
/** English month abbreviations that are no English word ("Oct", "Dec"; not "mar", "may"). */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])
/** Words of a visit a month abbreviation stands before ("oct appt"). */
// biome-ignore format: packed list
const VISIT_WORDS = new Set([
  'appt', 'appointment', 'visit', 'surgery', 'procedure', 'labs', 'scan', 'mri', 'ct', 'checkup', 'physical', 'follow',
  'cita', 'consulta',
])
/** Articles between a weekday and its day ("mardi le 14", "tuesday the 14th"). */
const DAY_ARTICLES = new Set(['le', 'el', 'the', 'o', 'a', 'al'])
/** The second article word of "el día tres", "o dia 5". */
const DAY_NOUNS = new Set(['día', 'dia'])
/** What a number counts ("monday 2 pills", "friday 3 times"): no day. */
// biome-ignore format: packed list
const COUNTED = new Set([
  'pill', 'pills', 'tab', 'tabs', 'tablet', 'tablets', 'cap', 'caps', 'capsule', 'capsules', 'mg', 'ml', 'mcg', 'units',
  'unit', 'puffs', 'puff', 'drops', 'times', 'time', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'mins', 'min', 'days',
  'weeks', 'doses', 'dose', 'shots', 'people', 'patients', 'kids', 'am', 'pm', 'oclock', "o'clock", 'x',
])
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}]/u
const KOREAN_DAY = /^([일이삼사오육칠팔구십]{1,4})일(?:에|에는|은|이|부터|까지)?$/u
const DAY_DIGITS = /^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$/

/** The period cue before word i (fillers skipped), or undefined. */
function cueBefore(list: readonly Word[], i: number, text: string): string | undefined {
  let k = i - 1
  while (k >= 0 && FILLERS.has(list[k]!.w) && spacedGap(text, list[k]!, list[k + 1]!, true)) k--
  const prev = list[k]
  if (!prev || !spacedGap(text, prev, list[k + 1]!, true)) return undefined
  return languages().periodCues.phrases.has(prev.w) ? prev.w : undefined
}

/**
 * "thứ sáu hai mươi tám": a day said in two or three words that the language's number table holds as one phrase
 * (1-31); where the phrase ends, or `at` when none starts there.
 */
function dayPhraseEnd(list: readonly Word[], at: number, text: string): number {
  const numbers = languages().numbers
  for (let n = 3; n >= 2; n--) {
    if (at + n > list.length) continue
    const words = list.slice(at, at + n)
    if (!words.every((x, k) => k === 0 || spacedGap(text, words[k - 1]!, x))) continue
    const value = numbers.get(words.map((x) => x.w).join(' '))
    if (value !== undefined && value >= 1 && value <= 31) return at + n
  }
  return at
}

/** A day said as digits, a number word or an ordinal word ("17th", "seventeenth", "veintiocho", "twenty"). */
function dayWord(w: string): boolean {
  const lang = languages()
  if (DAY_DIGITS.test(w)) return true
  // Short number words are words of other languages too ("um" is one in Portuguese and a filler in English).
  // "화요일 이십일에": a Sino-Korean day with its 일 and a particle, after a weekday.
  const korean = KOREAN_DAY.exec(w)
  if (korean) {
    const n = sinoKoreanNumber(korean[1]!)
    if (n !== undefined && n >= 1 && n <= 31) return true
  }
  if ([...w].length < 3 || FILLERS.has(w)) return false
  return lang.ordinals.has(w) || (lang.numbers.has(w) && (lang.numbers.get(w) ?? 99) <= 31)
}

/** A unit word after a weekday's number that makes the number a count ("monday 2 pills"), of two letters or more. */
function isUnitAfterDay(w: string): boolean {
  return w.length >= 2 && languages().unitsAfter.phrases.has(w)
}

// The Korean day marker, alone or with a particle written onto it ("일", "일로", "일에").
const DAY_MARKER_WORD = /^일(?:로|에|부터|까지)?$/u

// The words a period can open on, for the compiled tables they were read from.
let openers: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/**
 * Every word the loop below reads anything from: the first words of its phrase sets, the weekdays and months, and
 * "the". Any other word opens nothing (each test in turn finds no phrase, weekday, month or article), so it is asked
 * one set instead of six.
 */
function periodOpeners(lang: ReturnType<typeof languages>): ReadonlySet<string> {
  if (openers?.lang !== lang) {
    const words = new Set<string>(['the'])
    for (const set of [lang.monthRelatives, lang.monthRelativesBefore, lang.weekdayPhrases, lang.monthPhrases])
      for (const w of set.forward.next.keys()) words.add(w)
    for (const w of lang.weekdays.keys()) words.add(w)
    for (const w of lang.months.keys()) words.add(w)
    openers = { lang, words }
  }
  return openers.words
}

/** Finds months said alone and days placed in a month by a relative phrase, as DATE spans. */
export const detectPeriods: Detector = ({ text, lower }) => {
  const lang = languages()
  const out: Span[] = []
  const list = words(lower)
  const opens = periodOpeners(lang)
  // Every date here opens on one of those words: a text without one is not read word by word.
  if (!holdsAnyWord(list, opens)) return out
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!
    if (!opens.has(w.w)) continue
    // "the seventeenth of last month", "el veintiocho de este mes": the day words before the relative phrase.
    const rel = phraseFrom(list, i, text, lang.monthRelatives)
    if (rel > 0) {
      let k = i
      while (k > 0 && i - k < 3 && dayWord(list[k - 1]!.w) && spacedGap(text, list[k - 1]!, list[k]!)) k--
      if (k < i)
        out.push({ start: list[k]!.start, end: list[rel - 1]!.end, type: 'DATE', source: 'date:month-relative' })
    }
    // "다음 달 삼 일로": a relative month, then a day and its marker (a particle may be written onto the marker).
    const relBefore = phraseFrom(list, i, text, lang.monthRelativesBefore)
    if (relBefore > 0 && relBefore < list.length) {
      let d = relBefore
      // A day said before its marker may be one syllable ("삼 일"): the marker after it says it is a day.
      // "이" is also "this" and "일" also "work": a lone one of them is no day here.
      const dayNumber = (x: string): boolean =>
        x !== '이' && x !== '일' && ((lang.numbers.get(x) ?? 99) <= 31 || /^\d{1,2}$/.test(x))
      while (d < list.length && d - relBefore < 2 && dayNumber(list[d]!.w) && spacedGap(text, list[d - 1]!, list[d]!))
        d++
      const marker = list[d]
      if (d > relBefore && marker && spacedGap(text, list[d - 1]!, marker) && DAY_MARKER_WORD.test(marker.w))
        out.push({ start: list[relBefore]!.start, end: marker.start + 1, type: 'DATE', source: 'date:month-relative' })
      // "다음 달 삼일에": the day and its marker written as one word.
      // "일일이" is "one by one".
      const glued = d === relBefore && list[relBefore]!.w !== '일일이' ? KOREAN_DAY.exec(list[relBefore]!.w) : null
      if (glued) {
        const start = list[relBefore]!.start
        out.push({ start, end: start + glued[1]!.length + 1, type: 'DATE', source: 'date:month-relative' })
      }
    }
    // "mardi le 14", "الثلاثاء ١٢", "last friday the twelfth": a weekday, an article, a day (and the word placing it).
    // Short forms ("sat", "qua", "t4", "أحد") are words or readings too: only full names and phrases count here.
    const weekdayPhrase = phraseFrom(list, i, text, lang.weekdayPhrases)
    // A weekday of a dense script is written out in three syllables ("화요일", "星期二"). Its length is read only for
    // a weekday: spreading every word into code points cost more than the rest of this loop.
    const fullName = lang.weekdays.has(w.w) && ([...w.w].length >= 4 || DENSE_SCRIPT.test(w.w))
    const weekdayEnd = fullName ? i + 1 : weekdayPhrase > i + 1 ? weekdayPhrase : 0
    if (weekdayEnd > 0) {
      // "el martes pasado el día tres", "mardi dernier le 14": the word placing the weekday, then its article.
      const placed = phraseFrom(list, weekdayEnd, text, lang.weekdayRelatives) || weekdayEnd
      let dayAt = DAY_ARTICLES.has(list[placed]?.w ?? '') ? placed + 1 : placed
      if (dayAt > placed && DAY_NOUNS.has(list[dayAt]?.w ?? '')) dayAt++
      let dayEnd = dayPhraseEnd(list, dayAt, text)
      if (dayEnd === dayAt) while (dayEnd < list.length && dayEnd - dayAt < 2 && dayWord(list[dayEnd]!.w)) dayEnd++
      // "화요일 이십일 일": the day's marker said as a word of its own goes with it.
      if (dayEnd > dayAt && lang.dayAfter.phrases.has(list[dayEnd]?.w ?? '')) dayEnd++
      if (
        dayEnd > dayAt &&
        list.slice(weekdayEnd - 1, dayEnd - 1).every((x, k) => spacedGap(text, x, list[weekdayEnd + k]!, true)) &&
        !COUNTED.has(list[dayEnd]?.w ?? '') &&
        // "tuesday one fifty eight over ninety": the number goes on.
        !lang.numbers.has(list[dayEnd]?.w ?? '') &&
        // "Friday 9:40", "free T4 0.9": a time or a decimal, not a day.
        !/^[:.,]\d/.test(text.slice(list[dayEnd - 1]!.end, list[dayEnd - 1]!.end + 2)) &&
        // A unit of one letter ("a", "e", "l" of some table) is more often an article: "randevou jedi 22 a".
        !isUnitAfterDay(list[dayEnd]?.w ?? '')
      ) {
        const placedBefore = phraseEndingAt(list, i - 1, text, lang.weekdayRelatives)
        const start = placedBefore >= 0 && spacedGap(text, list[i - 1]!, w) ? list[placedBefore]!.start : w.start
        // "среду 15-го": a case ending written onto the day.
        const dayStop = list[dayEnd - 1]!.end
        const ending = /^-\p{L}{1,3}(?![\p{L}\p{N}])/u.exec(text.slice(dayStop, dayStop + 5))
        out.push({ start, end: dayStop + (ending ? ending[0].length : 0), type: 'DATE', source: 'date:weekday-day' })
        i = dayEnd - 1
        continue
      }
    }
    // "since yesterday the fourth,", "on the second at 3": an ordinal day after a time word, closed by a pause.
    // "on the uh fourth": a hesitation between the article and the day.
    const dayAt = FILLERS.has(list[i + 1]?.w ?? '') ? i + 2 : i + 1
    if (
      w.w === 'the' &&
      i > 0 &&
      DAY_TIME_WORDS.has(list[i - 1]!.w) &&
      ORDINAL_DAYS.has(list[dayAt]?.w ?? '') &&
      // "we gave him the first", "did you give her the second?": a dose or a shot handed over, not a day.
      !(OBJECTS.has(list[i - 1]!.w) && HANDING_VERBS.has(list[i - 2]?.w ?? ''))
    ) {
      const day = list[dayAt]!
      const after = list[dayAt + 1]
      if (/^[ \t]*(?:[,.;!?]|$)/.test(text.slice(day.end, day.end + 3)) || (after && DAY_CLOSERS.has(after.w)))
        out.push({ start: w.start, end: day.end, type: 'DATE', source: 'date:ordinal-day' })
    }
    const phraseEnd = phraseFrom(list, i, text, lang.monthPhrases)
    const end = phraseEnd > 0 ? phraseEnd : lang.months.has(w.w) ? i + 1 : 0
    if (end === 0) continue
    const phrase = end - i === 1 ? w.w : ''
    // Abbreviations ("mar", "dec", "set") and short month words of other languages ("me", "out", "des") are words.
    // "sept" is seven in French ("quatre-vingt-dix-sept ans"), not September.
    if (lang.numbers.has(phrase)) continue
    // "my wife june", "this is april", "daughter of June Ames": a month that is also a first name is a month only
    // after a period cue and before no capitalised word.
    if (phrase !== '' && isFirstName(phrase) && !WORD_MONTHS.has(phrase)) {
      const cue = cueBefore(list, i, text)
      const next = list[end]
      const named = next !== undefined && /^\p{Lu}/u.test(text.slice(next.start, next.end))
      if (!cue || !STRICT_CUES.has(cue) || cue === 'of' || named) continue
    } else if (WORD_MONTHS.has(phrase) || monthOfAnotherLanguageOnly(phrase)) {
      const cue = cueBefore(list, i, text)
      if (!cue || !STRICT_CUES.has(cue)) continue
    } else if (end - i === 1 && [...phrase].length < 4) {
      // "re: Oct appt", "the Dec visit": an English abbreviation written as one, or before a visit word.
      const raw = text.slice(w.start, w.end)
      const visit = VISIT_WORDS.has(list[end]?.w ?? '')
      if (!MONTH_ABBREVIATIONS.has(phrase) || !(visit || (/^\p{Lu}\p{Ll}+$/u.test(raw) && /\p{Ll}/u.test(text))))
        continue
      if (/^\.?[ \t]*\d/.test(text.slice(w.end, w.end + 3))) continue
    }
    out.push({ start: w.start, end: list[end - 1]!.end, type: 'DATE', source: 'date:month' })
    i = end - 1
  }
  return out
}
