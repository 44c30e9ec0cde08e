/**
 * Dates and numbers in every language the engine reads, driven by the tables: month names (14 mars 1958, el 3 de
 * mayo), numbered dates, years said to their end. Split from multilingual.ts, which keeps the names and places and
 * runs these; dates around a date marker (ngày 3 tháng 12) are in marked-dates.ts, the compact dates of Han and
 * Hangul in compact-dates.ts.
 */
import { LANGUAGES, languages, latinLanguagesOfWords, mainLatinLanguagesOfWords } from '../languages'
import { classify } from '../lexicon/word-class'
import type { Word } from '../spoken'
import { phraseEndingAt, phraseFrom, spacedGap } from './phrases'
import { DIGITS, numberPhraseAt } from './spoken-numbers'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

/** Re-exported for the detectors that read dates and numbers together (one definition, in spoken-numbers.ts). */
export { DIGITS }
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|o|a|ro|ra|do|da|to|ta)$/

const ENGLISH_SPANISH_MONTHS = new Set(
  LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) => t.months.flat()),
)

/** A number at word i: digits, an ordinal, or number words of any language. [words used, value]. */
export function numberAtWord(list: readonly Word[], i: number, text: string): [number, number] | undefined {
  const w = list[i]
  if (!w) return undefined
  // Both digit patterns open with an ASCII digit: a word starting otherwise asks neither.
  const c0 = w.w.charCodeAt(0)
  if (c0 >= 48 && c0 <= 57) {
    if (DIGITS.test(w.w)) return w.w.length <= 4 ? [1, Number(w.w)] : undefined
    const ord = ORDINAL_DIGITS.exec(w.w)
    if (ord) return [1, Number(ord[1])]
  }
  const ordinal = languages().ordinals.get(w.w)
  const phrase = numberPhraseAt(list, i, text)
  if (phrase) {
    // "vingt et un", "the twenty third": an ordinal right after tens.
    const next = list[i + phrase[0]]
    const o = next ? languages().ordinals.get(next.w) : undefined
    if (o !== undefined && o < 10 && phrase[1] >= 20 && phrase[1] % 10 === 0) return [phrase[0] + 1, phrase[1] + o]
    return phrase
  }
  if (ordinal !== undefined) return [1, ordinal]
  return undefined
}

/** Words joining a round year to the rest of it ("mil novecientos y", "nineteen hundred and"). */
const YEAR_JOINERS = new Set(['and', 'y', 'e', 'et', 'ak'])
/** The conjunction Arabic writes onto the next number ("وستين"). */
const ARABIC_AND = 'و'

/** The 1-99 said after a round year at word i ("… swasanndis", "… واثنين وستين"): [words used, value]. */
function yearRest(list: readonly Word[], i: number, text: string): [number, number] | undefined {
  const w = list[i]
  if (!w || !spacedGap(text, list[i - 1]!, w, true)) return undefined
  // "واحد" starts with the letter of "and" too: a word the tables hold whole is read whole.
  if (!w.w.startsWith(ARABIC_AND) || languages().numberFirstWords.has(w.w)) {
    const joined = YEAR_JOINERS.has(w.w) ? 1 : 0
    const n = numberAtWord(list, i + joined, text)
    return n && n[1] >= 1 && n[1] <= 99 ? [n[0] + joined, n[1]] : undefined
  }
  const numbers = languages().numbers
  const next = list[i + 1]
  const two = next && spacedGap(text, w, next) ? numbers.get(`${w.w.slice(1)} ${next.w}`) : undefined
  if (two !== undefined && two >= 1 && two <= 99) return [2, two]
  const one = numbers.get(w.w.slice(1))
  return one !== undefined && one >= 1 && one <= 99 ? [1, one] : undefined
}

/** Skips date joiners ("de", "of", "ng", "the") forward from i; returns the next index. */
function skipJoiners(list: readonly Word[], i: number, text: string, monthWord = ''): number {
  let j = i
  while (
    j < list.length &&
    // "Marso a-dose": Tagalog says the day with the Spanish "a" hyphened onto it.
    (joinsMonth(list[j]!.w, monthWord) || (list[j]!.w === 'a' && text[list[j]!.end] === '-')) &&
    j - i < 2 &&
    (j === 0 || spacedGap(text, list[j - 1]!, list[j]!, true))
  )
    j++
  return j
}

/**
 * The number at word k beside a month name; digits only when `digitsOnly`. A function of the module rather than a
 * closure per month word: where function names are kept (esbuild's keepNames) each closure is named as it is made.
 */
function numberNear(list: readonly Word[], k: number, text: string, digitsOnly: boolean): [number, number] | undefined {
  return digitsOnly && !DIGITS.test(list[k]?.w ?? '') ? undefined : numberAtWord(list, k, text)
}

// The words Romance languages join a day, a month and a year said as numbers with ("dezenove do três de oitenta"):
// "of the" between the day and the month (a plain "de" is a count's "of": "uno de dos"), "of" before the year.
const DAY_MONTH_JOINERS: ReadonlySet<string> = new Set(['do', 'del', 'du'])
const NUMBER_DATE_JOINERS: ReadonlySet<string> = new Set(['do', 'del', 'du', 'de', 'da'])

/**
 * A day, a month and a year said as numbers of any table and joined by do/del/de ("dezenove do três de oitenta e
 * dois", "quince del cinco de mil novecientos"): three numbers joined so name nothing but a date, with no cue.
 */
export function numberedDates(list: readonly Word[], text: string, out: Span[]): void {
  if (!/ d(?:[ou]|el) /.test(text)) return
  for (let p = 1; p + 1 < list.length; p++) {
    if (!DAY_MONTH_JOINERS.has(list[p]!.w)) continue
    // The day ends right before "del"/"do", in one word or several ("vinte e cinco do onze").
    const i = dayEndingAt(list, p, text)
    if (i < 0) continue
    const m = p + 1
    const month = numberAtWord(list, m, text)
    if (!month || month[1] < 1 || month[1] > 12) continue
    // "ele nasceu dezoito do cinco", "minha data é três do nove setenta e sete": a birth or a date said just before.
    const cued = BIRTH_OR_DATE_BEFORE.has(list[i - 1]?.w ?? '') || BIRTH_OR_DATE_BEFORE.has(list[i - 2]?.w ?? '')
    const joined = NUMBER_DATE_JOINERS.has(list[m + month[0]]?.w ?? '')
    // After such a cue the year may follow the month with no "de" ("três do nove setenta e sete").
    const y = m + month[0] + (joined ? 1 : 0)
    const year = joined || cued ? numberAtWord(list, y, text) : undefined
    // A year: two digits' worth from 20 up ("oitenta e dois"), or a full one; "uno de diez" is a count.
    const withYear = year !== undefined && ((year[1] >= 20 && year[1] <= 99) || (year[1] >= 1900 && year[1] <= 2099))
    // Without a year, a day and month said after the article a date takes ("tengo cita el diecinueve del once").
    if (!withYear && !DAY_ARTICLES.has(list[i - 1]?.w ?? '') && !cued) continue
    const rest =
      withYear && (year[1] % 100 === 0 || (year[1] >= 20 && year[1] <= 90 && year[1] % 10 === 0))
        ? yearRest(list, y + year[0], text)
        : undefined
    const last = withYear ? y + year[0] - 1 + (rest ? rest[0] : 0) : m + month[0] - 1
    // Said in one breath: nothing but spaces between the words.
    let spoken = true
    for (let k = i; k < last && spoken; k++) spoken = spacedGap(text, list[k]!, list[k + 1]!, true)
    if (!spoken) continue
    out.push({ start: list[i]!.start, end: list[last]!.end, type: 'DATE', source: 'date:numbers' })
    p = last
  }
}

// The article before a day said as a date ("el diecinueve del once", "o dia", "le trois du onze").
const DAY_ARTICLES: ReadonlySet<string> = new Set(['el', 'o', 'le', 'dia', 'día'])
// A birth or a date said right before the day, or one word before it ("nasceu", "minha data é").
// biome-ignore format: packed list
const BIRTH_OR_DATE_BEFORE: ReadonlySet<string> = new Set([
  'nasceu', 'nasci', 'nació', 'nacio', 'nací', 'naci', 'nacimiento', 'nascimento', 'né', 'née', 'naissance', 'data',
  'fecha', 'date',
])

/** Where the day that ends right before word `p` starts (one word, or a number of several: "vinte e cinco"), or -1. */
function dayEndingAt(list: readonly Word[], p: number, text: string): number {
  for (let from = Math.max(0, p - 3); from < p; from++) {
    const day = numberAtWord(list, from, text)
    if (day && from + day[0] === p && day[1] >= 1 && day[1] <= 31) return from
  }
  return -1
}

let monthLanguages: { lang: ReturnType<typeof languages>; of: Map<string, Set<string>> } | undefined

/** Whether `w` joins a date's parts, or a day to `monthWord` in the language of the month ("3 o Aokuso"). */
function joinsMonth(w: string, monthWord: string): boolean {
  const lang = languages()
  if (lang.dateJoiners.phrases.has(w)) return true
  if (monthWord === '') return false
  for (const code of monthLanguagesOf(monthWord)) if (lang.monthJoinersOf.get(code)?.has(w)) return true
  return false
}

/** The languages whose tables hold `word` as (a form of) a month name. */
function monthLanguagesOf(word: string): ReadonlySet<string> {
  const lang = languages()
  if (monthLanguages?.lang !== lang) {
    const of = new Map<string, Set<string>>()
    for (const t of LANGUAGES)
      for (const forms of t.months)
        for (const form of forms)
          for (const w of form.toLowerCase().split(/\s+/)) (of.get(w) ?? of.set(w, new Set()).get(w)!).add(t.code)
    monthLanguages = { lang, of }
  }
  return monthLanguages.of.get(word) ?? NO_LANGUAGES
}
const NO_LANGUAGES: ReadonlySet<string> = new Set()

/** Dates built around a month name in any language: "14 mars 1958", "14 de março de 1958", "3 декабря", "Marso 3, 1958", "mars 1958". */
export function monthNameDates(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  // Every date here opens on a month or the first word of a month's phrase: a text without one is not read word by word.
  if (
    !holdsAnyWord(list, lang.months) &&
    !holdsAnyWord(list, lang.monthPhrases.forward.next) &&
    !holdsAnyWord(list, lang.datesOnlyMonths)
  )
    return
  let foreign: boolean | undefined
  let main: ReadonlySet<string> | undefined
  for (let i = 0; i < list.length; i++) {
    // A month of one word, or a named month of two ("تشرين الثاني"): the words after it start at monthEnd. A month
    // said with its number ("tháng ba", "tháng một") has its own reading with the day and year (markedDates).
    let monthEnd = i + 1
    // A month that is an everyday word too ("حمل", pregnancy) is read in a whole date only (checked at the end).
    const datesOnly = !lang.months.has(list[i]!.w) && lang.datesOnlyMonths.has(list[i]!.w)
    if (!datesOnly && !lang.months.has(list[i]!.w)) {
      monthEnd = phraseFrom(list, i, text, lang.monthPhrases, true)
      if (monthEnd < i + 2 || monthsOpenedBy(list[i]!.w) > 2) continue
    }
    // A month form that is an everyday English or Spanish word ("out", "set", "me") counts only with digits around it,
    // unless the text is written in another language.
    foreign ??= [...latinLanguagesOfWords(list)].some((code) => code !== 'es')
    // A word a table lists as everyday counts as one too ("نه دی", Pashto "is not", beside the Persian month Dey).
    const everyday =
      (classify(list[i]!.w).common || lang.words.has(list[i]!.w)) && !ENGLISH_SPANISH_MONTHS.has(list[i]!.w)
    // … and so does one that is an everyday word of the language the text is written in, when that language has no
    // such month: "ocho dos me llamo" is Spanish "me", not Haitian "me" (May).
    let digitsOnly = !foreign && everyday && !datesOnly
    if (!digitsOnly && everyday && !datesOnly) {
      main ??= mainLatinLanguagesOfWords(list)
      const months = monthLanguagesOf(list[i]!.w)
      digitsOnly =
        ![...main].some((code) => months.has(code)) &&
        [...main].some((code) => lang.byLanguage.get(code)?.has(list[i]!.w))
    }
    // "a 7 out of 10", "5 set of": an everyday word before "of" is that word, never Portuguese "out" (October).
    if (everyday && list[monthEnd]?.w === 'of') continue
    let start = list[i]!.start
    let end = list[monthEnd - 1]!.end
    let day = false
    // A day read before the month ("15 حمل"), not after it ("حمل سوم ۳۵").
    let dayFirst = false
    let year: number | undefined
    let yearEnd = 0
    // Day before: "14 (de) mars", "le 3 décembre", "ika-3 ng marso".
    let k = i - 1
    while (k >= 0 && joinsMonth(list[k]!.w, list[i]!.w) && i - k <= 2) k--
    for (let back = Math.max(0, k - 2); back <= k; back++) {
      const n = numberNear(list, back, text, digitsOnly)
      if (n && back + n[0] - 1 === k && n[1] >= 1 && n[1] <= 31 && spacedGap(text, list[k]!, list[k + 1]!, true)) {
        start = list[back]!.start
        day = true
        dayFirst = true
        // A weekday before the day joins: "lundi 14 mars".
        const wd = list[back - 1]
        if (wd && spacedGap(text, wd, list[back]!, true)) {
          // … or a weekday of several words ("ku wa kabiri 12 Werurwe").
          const phrase = lang.weekdays.has(wd.w) ? back - 1 : phraseEndingAt(list, back - 1, text, lang.weekdayPhrases)
          if (phrase >= 0) start = list[phrase]!.start
        }
        break
      }
    }
    // Day and/or year after: "mars 14, 1958", "março de 1958", "декабря 1958 г".
    let j = skipJoiners(list, monthEnd, text, list[i]!.w)
    let joined = monthEnd
    if (j < list.length && spacedGap(text, list[j - 1]!, list[j]!, true)) {
      let n = numberNear(list, j, text, digitsOnly)
      // "agosto treinta dos mil diez": the tens of a day said without their "y", then the year; read the day alone.
      if (n && n[0] >= 2 && n[1] > 31 && !day) {
        const alone = numberNear([list[j]!], 0, text, digitsOnly)
        if (alone && alone[0] === 1 && alone[1] >= 1 && alone[1] <= 31) n = alone
      }
      if (n && !day && n[1] >= 1 && n[1] <= 31 && !(n[0] === 1 && DIGITS.test(list[j]!.w) && list[j]!.w.length === 4)) {
        day = true
        end = list[j + n[0] - 1]!.end
        joined = j + n[0]
        j = skipJoiners(list, joined, text, list[i]!.w)
      }
    }
    if (
      j < list.length &&
      j >= monthEnd &&
      spacedGap(text, list[j - 1]!, list[j]!, true) &&
      DIGITS.test(list[j]!.w) &&
      list[j]!.w.length === 4
    ) {
      year = solarToGregorian(Number(list[j]!.w), list[i]!.w)
      end = list[j]!.end
      yearEnd = j + 1
    } else if (day && j < list.length && j >= monthEnd && spacedGap(text, list[j - 1]!, list[j]!, true)) {
      // "douz me swasanndisèt", "14 mars 58": a year said in words or two digits after the day and month.
      let y = numberNear(list, j, text, digitsOnly)
      // "vennsèt fevriye de mil katòz": a joiner that is a number word too opens the year ("de mil", two thousand).
      if (y?.[1] === 1000 && joined < j) {
        const whole = numberNear(list, joined, text, digitsOnly)
        // … with the rest of the year after it ("de mil dolares" is a thousand dollars).
        const restAfter = whole && whole[1] % 100 === 0 ? yearRest(list, joined + whole[0], text) : undefined
        if (
          whole &&
          whole[1] >= 1900 &&
          whole[1] <= 2099 &&
          joined + whole[0] > j &&
          (whole[1] % 100 !== 0 || restAfter)
        ) {
          y = whole
          j = joined
        }
      }
      // A solar year ("هزار و سیصد و هفتاد و دو", 1372) after a month of the solar calendar: a date, its year unread.
      const solar = y !== undefined && y[1] >= 1300 && y[1] <= 1420 && isSolarMonth(list[i]!.w)
      if (y && (y[1] <= 99 || (y[1] >= 1900 && y[1] <= 2099) || solar)) {
        end = list[j + y[0] - 1]!.end
        yearEnd = j + y[0]
        if (y[1] >= 1900) year = y[1]
        else if (solar) year = solarToGregorian(y[1], list[i]!.w)
        // "mil nèf san swasanndis", "ألف وتسعمائة واثنين وستين": the rest of a year said in words.
        const rest = y[1] % 100 === 0 ? yearRest(list, j + y[0], text) : undefined
        if (rest) {
          yearEnd = j + y[0] + rest[0]
          end = list[yearEnd - 1]!.end
          year = y[1] + rest[1]
        }
        // "تسعتعش اربعة وتلاتين", "nineteen forty one": a year said as its century, then the rest; "swasanndis-nèf":
        // tens, then a unit the tables hold only in another spelling.
        const after = list[yearEnd]
        const century = y[1] === 19 || y[1] === 20
        const tens = y[0] === 1 && y[1] >= 20 && y[1] <= 90 && y[1] % 10 === 0
        if (!rest && (century || tens) && after && spacedGap(text, list[yearEnd - 1]!, after, true)) {
          const z = numberAtWord(list, yearEnd, text)
          if (z && (century ? z[1] <= 99 : z[0] === 1 && z[1] >= 1 && z[1] <= 9)) {
            if (century) year = y[1] * 100 + z[1]
            yearEnd += z[0]
            end = list[yearEnd - 1]!.end
          }
        }
      }
    }
    // "…сорок первого года", "1958 г.": the word marking the year goes with it.
    const marked = yearEnd > 0 ? phraseFrom(list, yearEnd, text, lang.yearAfter) : 0
    if (marked > 0) end = list[marked - 1]!.end
    if (!day && year === undefined) continue
    // A month that is an everyday word too is one only after a day, with a whole year ("۵ ماه حمل ۱۲ هفته" is five
    // months of pregnancy, twelve weeks) or a birth cue before it, and no unit after it ("۲ قوس ۱۲ درجه").
    if (datesOnly) {
      const wholeYear = year !== undefined && year >= 1300 && year <= 2099
      const unitAfter = yearEnd > 0 && lang.unitsAfter.phrases.has(list[yearEnd]?.w ?? '')
      if (!dayFirst || unitAfter || !(wholeYear || birthCueBefore(list, start, text))) continue
    }
    out.push({
      start,
      end,
      type: 'DATE',
      source: 'date:months',
      ...(year !== undefined ? { canonical: String(year) } : {}),
    })
  }
}

/** A month of the Persian and Pashto tables, where the solar calendar's years (1300-1420) are read. */
function isSolarMonth(word: string): boolean {
  const of = monthLanguagesOf(word)
  return of.has('fa') || of.has('ps') || languages().datesOnlyMonths.has(word)
}

/**
 * The Gregorian year of a solar year (1362 of the Iranian and Afghan calendars) said with a month of that script: the
 * solar year starts in March, so its January to March (the months listed under them) fall in the next Gregorian year.
 * Any other year is returned as it is.
 */
function solarToGregorian(year: number, monthWord: string): number {
  if (year < 1300 || year > 1420 || !isSolarMonth(monthWord)) return year
  const lang = languages()
  const month = lang.months.get(monthWord) ?? lang.datesOnlyMonths.get(monthWord) ?? 4
  return year + (month <= 3 ? 622 : 621)
}

/** Whether a birth cue ("تاریخ تولدش", "date of birth") ends right before offset `start`. */
function birthCueBefore(list: readonly Word[], start: number, text: string): boolean {
  const k = list.findIndex((w) => w.start === start)
  for (let back = Math.max(0, k - 4); back < k; back++)
    if (phraseFrom(list, back, text, languages().birthCues) === k) return true
  return false
}

let monthOpeners: { lang: ReturnType<typeof languages>; months: Map<string, Set<number>> } | undefined

/**
 * How many months a first word opens the names of: two for "تشرين" (الأول, الثاني), twelve for "tháng", which names
 * every month by its number and so is no month's name.
 */
function monthsOpenedBy(word: string): number {
  const lang = languages()
  if (monthOpeners?.lang !== lang) {
    const opened = new Map<string, Set<number>>()
    for (const [phrase, month] of lang.months) {
      const first = phrase.split(' ')[0]!
      if (first !== phrase) opened.set(first, (opened.get(first) ?? new Set<number>()).add(month))
    }
    monthOpeners = { lang, months: opened }
  }
  return monthOpeners.months.get(word)?.size ?? 0
}
