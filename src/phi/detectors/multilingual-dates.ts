/**
 * Dates and numbers in every language the engine reads, driven by the tables: month names (14 mars 1958, el 3 de
 * mayo), date markers (ngày 3 tháng 12, dias dez e onze), years said to their end or digit by digit, and the compact
 * dates and ages of Han and Hangul (1958年3月14日, 12월 3일, 95岁). Split from multilingual.ts, which keeps the names and
 * places and runs these.
 */
import { LANGUAGES, languages, latinLanguagesOfWords, type PhraseSet } from '../languages'
import { FILLERS } from '../lexicon/name-cues'
import { classify } from '../lexicon/word-class'
import type { Word } from '../spoken'
import { numberPhraseAt } from './spoken-numbers'
import { phraseFrom, spacedGap } from './phrases'
import { SCRIPT, holdsScript } from './chars'
import type { Span } from './types'

/** A Han character. */
export const HAN = /\p{Script=Han}/u
/** A word opening on Hangul. */
export const HANGUL_WORD = /^\p{Script=Hangul}/u
const HAN_NUMERALS = '〇零一二三四五六七八九十百两兩'
const HAN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
/** A word of digits only. */
export const DIGITS = /^\d+$/
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|o|a|ro|ra|do|da|to|ta)$/

/** Value of a Han numeral below 1000 (十四 → 14, 九十五 → 95, 一九五八 read digit by digit → 1958). */
export function hanNumber(s: string): number | undefined {
  if (s.length === 0) return undefined
  if (![...s].every((c) => HAN_NUMERALS.includes(c))) return undefined
  if (!s.includes('十') && !s.includes('百')) return Number([...s].map((c) => HAN_DIGIT[c] ?? 0).join(''))
  let total = 0
  let current = 0
  for (const c of s) {
    if (c === '百') {
      total += (current || 1) * 100
      current = 0
    } else if (c === '十') {
      total += (current || 1) * 10
      current = 0
    } else current = HAN_DIGIT[c] ?? 0
  }
  return total + current
}

const KO_DIGIT: Record<string, number> = {
  영: 0,
  공: 0,
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
}
const KO_NUMERALS = '영공일이삼사오육륙칠팔구십백천'

/** Value of a Sino-Korean numeral (천구백팔십오 → 1985, 이십 → 20, 칠 → 7). */
export function sinoKoreanNumber(s: string): number | undefined {
  if (s.length === 0 || ![...s].every((c) => KO_NUMERALS.includes(c))) return undefined
  let total = 0
  let current = 0
  for (const c of s) {
    const unit = c === '천' ? 1000 : c === '백' ? 100 : c === '십' ? 10 : 0
    if (unit > 0) {
      total += (current || 1) * unit
      current = 0
    } else current = KO_DIGIT[c] ?? 0
  }
  return total + current
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function alternation(set: PhraseSet): string {
  return [...set.phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')
}

const ENGLISH_SPANISH_MONTHS = new Set(
  LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) => t.months.flat()),
)

/** A pattern and the strings one of which each of its matches holds (none: any text may match). */
interface MarkedPattern {
  re: RegExp
  marks: readonly string[]
}

/** Whether `text` holds one of the pattern's marks: without one, scanning it finds nothing. */
function mayMatch(p: MarkedPattern, text: string): boolean {
  return p.marks.length === 0 || p.marks.some((m) => text.includes(m))
}

/** The strings of `all` that hold no other one of them: a text holding none of those holds none of `all`. */
function shortestMarks(all: readonly string[]): string[] {
  const distinct = [...new Set(all)]
  return distinct.filter((m) => !distinct.some((o) => o !== m && m.includes(o)))
}

let compactDate: MarkedPattern | undefined
let compactAge: MarkedPattern | undefined
// What a day written alone (no month) starts with: digits or Han numerals (DAY_ALONE in compactDatePattern).
const DAY_ALONE_NUMBER = new RegExp(`[0-9${HAN_NUMERALS}]`, 'u')

/**
 * Dates written with markers and no spaces needed: 1958年3月14日, 12월 3일, 3月14号. `marks` are the months' markers
 * and names (a date with a month holds one); a day alone needs DAY_ALONE_NUMBER instead.
 */
function compactDatePattern(): MarkedPattern {
  if (compactDate) return compactDate
  const lang = languages()
  // Sino-Korean numerals (천구백팔십오년 칠월 이십일) count only inside a year-month-day frame: alone, 오일 is "oil".
  const n = `(?:\\d{1,4}|[${HAN_NUMERALS}]{1,4}|[${KO_NUMERALS}]{1,6})`
  const year = `(?:${n}\\s?(?:${alternation(lang.yearAfter)})\\s?)`
  // Month names of the dense scripts as the tables write them, irregular ones included (시월, 유월: not 십월, 육월).
  const namedMonths = [...lang.months.keys()]
    .filter((m) => /^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(m))
    .sort((a, b) => b.length - a.length)
  const named = namedMonths.map(escapeRegExp)
  const month = `(?:${n}\\s?(?:${alternation(lang.monthAfter)})${named.length > 0 ? `|${named.join('|')}` : ''})`
  const day = `(?:${n}\\s?(?:${alternation(lang.dayAfter)}))`
  // A day alone is no day right after a street word ("格兰街88号") or inside a number said in Han numerals ("格兰大道二十号").
  const dayAlone = `(?:(?:(?<![街路巷弄]|大道)\\d{1,2}|(?<![街路巷弄${HAN_NUMERALS}]|大道)[${HAN_NUMERALS}]{1,3})\\s?(?:${alternation(lang.dayAfter)}))`
  // Never from the middle of a longer number: "4120号" is a house number, not the 20th.
  const re = new RegExp(`(?<!\\d)(?:${year}?${month}\\s?${day}|${year}${month}|${dayAlone})`, 'gu')
  compactDate = { re, marks: shortestMarks([...lang.monthAfter.phrases, ...namedMonths]) }
  return compactDate
}

/** Ages with a "years old" character right after the number: 95岁, 九十五歲, 95세, 아흔다섯 살. */
function compactAgePattern(): MarkedPattern {
  if (compactAge) return compactAge
  const lang = languages()
  const unspaced = [...lang.yearsOld.phrases].filter(
    (p) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(p) && !p.includes(' '),
  )
  const words90 = [...lang.numbers.entries()]
    .filter(([w, v]) => v >= 90 && v <= 130 && /\p{Script=Hangul}/u.test(w))
    .map(([w]) => escapeRegExp(w))
  const n = `(?:\\d{2,3}|[${HAN_NUMERALS}]{2,4}${words90.length ? `|${words90.sort((a, b) => b.length - a.length).join('|')}` : ''})`
  const re = new RegExp(
    `(${n})\\s?(?:${unspaced
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join('|')})`,
    'gu',
  )
  // Every match ends on a "years old" phrase (with none, the pattern matches any number: no marks).
  compactAge = { re, marks: unspaced.length > 0 ? shortestMarks(unspaced) : [] }
  return compactAge
}

function compactNumber(s: string): number | undefined {
  if (DIGITS.test(s)) return Number(s)
  return hanNumber(s) ?? sinoKoreanNumber(s) ?? languages().numbers.get(s)
}

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
function skipJoiners(list: readonly Word[], i: number, text: string): number {
  const joiners = languages().dateJoiners.phrases
  let j = i
  while (
    j < list.length &&
    // "Marso a-dose": Tagalog says the day with the Spanish "a" hyphened onto it.
    (joiners.has(list[j]!.w) || (list[j]!.w === 'a' && text[list[j]!.end] === '-')) &&
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
    const y = m + month[0] + 1
    const year = NUMBER_DATE_JOINERS.has(list[m + month[0]]?.w ?? '') ? numberAtWord(list, y, text) : undefined
    // A year: two digits' worth from 20 up ("oitenta e dois"), or a full one; "uno de diez" is a count.
    const withYear = year !== undefined && ((year[1] >= 20 && year[1] <= 99) || (year[1] >= 1900 && year[1] <= 2099))
    // Without a year, a day and month said after the article a date takes ("tengo cita el diecinueve del once").
    if (!withYear && !DAY_ARTICLES.has(list[i - 1]?.w ?? '')) continue
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

/** Where the day that ends right before word `p` starts (one word, or a number of several: "vinte e cinco"), or -1. */
function dayEndingAt(list: readonly Word[], p: number, text: string): number {
  for (let from = Math.max(0, p - 3); from < p; from++) {
    const day = numberAtWord(list, from, text)
    if (day && from + day[0] === p && day[1] >= 1 && day[1] <= 31) return from
  }
  return -1
}

/** Dates built around a month name in any language: "14 mars 1958", "14 de março de 1958", "3 декабря", "Marso 3, 1958", "mars 1958". */
export function monthNameDates(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  let foreign: boolean | undefined
  for (let i = 0; i < list.length; i++) {
    // A month of one word, or a named month of two ("تشرين الثاني"): the words after it start at monthEnd. A month
    // said with its number ("tháng ba", "tháng một") has its own reading with the day and year (markedDates).
    let monthEnd = i + 1
    if (!lang.months.has(list[i]!.w)) {
      monthEnd = phraseFrom(list, i, text, lang.monthPhrases, true)
      if (monthEnd < i + 2 || monthsOpenedBy(list[i]!.w) > 2) continue
    }
    // A month form that is an everyday English or Spanish word ("out", "set", "me") counts only with digits around it,
    // unless the text is written in another language.
    foreign ??= [...latinLanguagesOfWords(list)].some((code) => code !== 'es')
    const everyday = classify(list[i]!.w).common && !ENGLISH_SPANISH_MONTHS.has(list[i]!.w)
    const digitsOnly = !foreign && everyday
    // "a 7 out of 10", "5 set of": an everyday word before "of" is that word, never Portuguese "out" (October).
    if (everyday && list[monthEnd]?.w === 'of') continue
    let start = list[i]!.start
    let end = list[monthEnd - 1]!.end
    let day = false
    let year: number | undefined
    let yearEnd = 0
    // Day before: "14 (de) mars", "le 3 décembre", "ika-3 ng marso".
    let k = i - 1
    while (k >= 0 && lang.dateJoiners.phrases.has(list[k]!.w) && i - k <= 2) k--
    for (let back = Math.max(0, k - 2); back <= k; back++) {
      const n = numberNear(list, back, text, digitsOnly)
      if (n && back + n[0] - 1 === k && n[1] >= 1 && n[1] <= 31 && spacedGap(text, list[k]!, list[k + 1]!, true)) {
        start = list[back]!.start
        day = true
        // A weekday before the day joins: "lundi 14 mars".
        const wd = list[back - 1]
        if (wd && lang.weekdays.has(wd.w) && spacedGap(text, wd, list[back]!, true)) start = wd.start
        break
      }
    }
    // Day and/or year after: "mars 14, 1958", "março de 1958", "декабря 1958 г".
    let j = skipJoiners(list, monthEnd, text)
    if (j < list.length && spacedGap(text, list[j - 1]!, list[j]!, true)) {
      const n = numberNear(list, j, text, digitsOnly)
      if (n && !day && n[1] >= 1 && n[1] <= 31 && !(n[0] === 1 && DIGITS.test(list[j]!.w) && list[j]!.w.length === 4)) {
        day = true
        end = list[j + n[0] - 1]!.end
        j = skipJoiners(list, j + n[0], text)
      }
    }
    if (
      j < list.length &&
      j >= monthEnd &&
      spacedGap(text, list[j - 1]!, list[j]!, true) &&
      DIGITS.test(list[j]!.w) &&
      list[j]!.w.length === 4
    ) {
      year = Number(list[j]!.w)
      end = list[j]!.end
      yearEnd = j + 1
    } else if (day && j < list.length && j >= monthEnd && spacedGap(text, list[j - 1]!, list[j]!, true)) {
      // "douz me swasanndisèt", "14 mars 58": a year said in words or two digits after the day and month.
      const y = numberNear(list, j, text, digitsOnly)
      if (y && (y[1] <= 99 || (y[1] >= 1900 && y[1] <= 2099))) {
        end = list[j + y[0] - 1]!.end
        yearEnd = j + y[0]
        if (y[1] >= 1900) year = y[1]
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
    out.push({
      start,
      end,
      type: 'DATE',
      source: 'date:months',
      ...(year !== undefined ? { canonical: String(year) } : {}),
    })
  }
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

/** A year said digit by digit at word i ("một chín ba hai", "one nine five two"): [4, year], or undefined. */
function digitByDigitYear(list: readonly Word[], i: number, text: string): [number, number] | undefined {
  let year = 0
  for (let k = i; k < i + 4; k++) {
    const w = list[k]
    if (!w || (k > i && !spacedGap(text, list[k - 1]!, w))) return undefined
    const d = languages().numbers.get(w.w)
    if (d === undefined || d > 9 || !/^\p{L}/u.test(w.w)) return undefined
    year = year * 10 + d
  }
  return year >= 1900 && year <= 2099 ? [4, year] : undefined
}

/** Words joining two days of one date ("dias dez e onze", "los días 5 y 6", "ngày 3 và 4"). */
const DAY_LIST_JOINERS = new Set(['e', 'y', 'et', 'và', 'va', 'and', 'o', 'ou'])

/**
 * Where a second day joined to a day ending at word `j` ends ("… e onze", "… y 6"), or 0: a joiner, then a number from
 * 1 to 31 that counts nothing ("y dos veces" stays).
 */
function dayJoinedAt(list: readonly Word[], j: number, text: string): number {
  const joiner = list[j]
  // "um" is one in Portuguese and a hesitation in English.
  const n =
    joiner && DAY_LIST_JOINERS.has(joiner.w) && !FILLERS.has(list[j + 1]?.w ?? '')
      ? numberAtWord(list, j + 1, text)
      : undefined
  if (!n || n[1] < 1 || n[1] > 31) return 0
  const next = list[j + 1 + n[0]]?.w ?? ''
  return languages().unitsAfter.phrases.has(next) && !languages().monthBefore.phrases.has(next) ? 0 : j + 1 + n[0]
}

// The words a marked date cannot do without, for the compiled tables read: a day, month or year marker, or the first
// word of a plural day phrase.
let markerWords: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/** Whether any word of `list` is one of the marker words every date of `markedDates` holds. */
function holdsDateMarker(list: readonly Word[], lang: ReturnType<typeof languages>): boolean {
  if (markerWords?.lang !== lang) {
    const words = new Set([
      ...lang.dayBefore.phrases,
      ...lang.monthBefore.phrases,
      ...lang.yearBefore.phrases,
      ...lang.daysBefore.forward.next.keys(),
    ])
    markerWords = { lang, words }
  }
  for (const w of list) if (markerWords.words.has(w.w)) return true
  return false
}

/** Dates spelled with marker words before their numbers: "ngày 3 tháng 12 năm 1958", "tháng 12 năm 1958". */
export function markedDates(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  // A text without a marker word holds none of these dates: its words are not read number by number.
  if (!holdsDateMarker(list, lang)) return
  let i = 0
  while (i < list.length) {
    let j = i
    let day = false
    let month = false
    let year: number | undefined
    let end = -1
    // "12 thang 3": a bare day right before a month marker.
    const bare = numberAtWord(list, i, text)
    if (
      bare &&
      bare[1] >= 1 &&
      bare[1] <= 31 &&
      lang.monthBefore.phrases.has(list[i + bare[0]]?.w ?? '') &&
      spacedGap(text, list[i + bare[0] - 1]!, list[i + bare[0]]!)
    ) {
      day = true
      j = i + bare[0]
    }
    for (;;) {
      const w = list[j]
      if (!w || (j > i && !spacedGap(text, list[j - 1]!, w, true))) break
      const isDay = lang.dayBefore.phrases.has(w.w)
      const isMonth = lang.monthBefore.phrases.has(w.w)
      const isYear = lang.yearBefore.phrases.has(w.w)
      if (!isDay && !isMonth && !isYear) break
      // "tháng tư": a month the table names with its marker, read as its number.
      // "tháng mười một" (November) before "tháng mười" (October): the longer name first.
      const named3 = isMonth && list[j + 2] ? lang.months.get(`${w.w} ${list[j + 1]!.w} ${list[j + 2]!.w}`) : undefined
      const named = named3 ?? (isMonth && list[j + 1] ? lang.months.get(`${w.w} ${list[j + 1]!.w}`) : undefined)
      const n =
        (isYear && digitByDigitYear(list, j + 1, text)) ||
        (named3 !== undefined
          ? ([2, named3] as [number, number])
          : named !== undefined
            ? ([1, named] as [number, number])
            : numberAtWord(list, j + 1, text))
      if (!n || !spacedGap(text, w, list[j + 1]!)) break
      // A year, four digits or two ("năm 1958", "nam chin muoi").
      // A single digit word is no year ("năm một …" goes on digit by digit: read above, or not at all).
      if (isYear && !((n[1] >= 1900 && n[1] <= 2099) || (n[1] >= 10 && n[1] <= 99 && (day || month)))) break
      if (isDay && (n[1] < 1 || n[1] > 31)) break
      if (isMonth && (n[1] < 1 || n[1] > 12)) break
      if (isDay) day = true
      if (isMonth) month = true
      if (isYear && n[1] >= 1900) year = n[1]
      end = list[j + n[0]]!.end
      j = j + 1 + n[0]
    }
    // "mười hai tháng ba một chín sáu hai": a year said digit by digit right after the month, with no marker.
    if (end > 0 && month && year === undefined && list[j] && spacedGap(text, list[j - 1]!, list[j]!)) {
      const spelled = digitByDigitYear(list, j, text)
      if (spelled) {
        year = spelled[1]
        end = list[j + 3]!.end
        j += 4
      } else if (day) {
        // "hai mươi tháng mười một tám mươi hai": a day and month, then the year as a number with no marker; not a
        // count of something ("… hai mươi viên").
        const n = numberAtWord(list, j, text)
        const next = n ? (list[j + n[0]]?.w ?? '') : ''
        if (n && ((n[1] >= 20 && n[1] <= 99) || (n[1] >= 1900 && n[1] <= 2099)) && !lang.unitsAfter.phrases.has(next)) {
          if (n[1] >= 1900) year = n[1]
          end = list[j + n[0] - 1]!.end
          j += n[0]
        }
      }
    }
    // "dia dez e onze", "el día cinco y seis": a second day joined to the first.
    if (end > 0 && day && !month) {
      const second = dayJoinedAt(list, j, text)
      if (second > j) {
        end = list[second - 1]!.end
        j = second
      }
    }
    // "dias dez e onze", "los días 5 y 6": a plural day word holds a list of days, not one count.
    const plural = end < 0 ? phraseFrom(list, i, text, lang.daysBefore, true) : 0
    const first = plural > 0 ? numberAtWord(list, plural, text) : undefined
    if (first && first[1] >= 1 && first[1] <= 31 && spacedGap(text, list[plural - 1]!, list[plural]!)) {
      const second = dayJoinedAt(list, plural + first[0], text)
      if (second > 0) {
        out.push({ start: list[i]!.start, end: list[second - 1]!.end, type: 'DATE', source: 'date:markers' })
        i = second
        continue
      }
    }
    if (end > 0 && (day || (month && j > i + 2))) {
      out.push({
        start: list[i]!.start,
        end,
        type: 'DATE',
        source: 'date:markers',
        ...(year !== undefined ? { canonical: String(year) } : {}),
      })
      i = j
    } else i++
  }
}

/** Dates and ages written with markers in Han and Hangul: 1958年3月14日, 12월 3일, 95岁, 95세. */
export function compactDatesAndAges(text: string, out: Span[]): void {
  if (!holdsScript(text, SCRIPT.han | SCRIPT.hangul)) return
  // Each pattern is tried at every position: a text holding none of a pattern's marks is not scanned by it.
  const date = compactDatePattern()
  const age = compactAgePattern()
  const dates = mayMatch(date, text) || DAY_ALONE_NUMBER.test(text) ? text.matchAll(date.re) : []
  for (const m of dates) {
    const yearMatch = /^(\d{4}|[〇零一二三四五六七八九]{4}|[천구백팔십칠육오사삼이일]{3,8})(?=\s?[年년])/u.exec(m[0])
    const year = yearMatch ? compactNumber(yearMatch[1]!) : undefined
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      source: 'date:compact',
      ...(year && year >= 1900 && year <= 2099 ? { canonical: String(year) } : {}),
    })
  }
  for (const m of mayMatch(age, text) ? text.matchAll(age.re) : []) pushAgeOver89(out, m.index, m[1]!)
  // "今年九十四", "올해 아흔다섯", "연세가 아흔셋": the age said after "this year" or "age" with no "years old" after it.
  for (const m of text.includes('아흔') ? text.matchAll(NATIVE_NINETY_COPULA) : []) pushAgeOver89(out, m.index, m[1]!)
  for (const m of AGE_CUE_WORD.test(text) ? text.matchAll(THIS_YEAR_AGE) : [])
    pushAgeOver89(out, m.index + m[0].length - m[1]!.length, m[1]!)
  // "婆婆九十六了": an elder's ninety said with 了 and no "years" ("血糖九十六了" is a reading: no kinship word).
  for (const m of text.includes('九十') ? text.matchAll(KIN_NINETY) : [])
    pushAgeOver89(out, m.index + m[0].length - m[1]!.length, m[1]!)
}

const KIN_NINETY =
  /(?:奶奶|爷爷|爺爺|外婆|外公|姥姥|姥爷|姥爺|婆婆|公公|老人家|老人|我妈|我媽|我爸|妈妈|媽媽|爸爸|母亲|母親|父亲|父親)(?:已经|已經|都|快)?(九十[一二三四五六七八九]?)(?=了)/gu

/** An AGE span over `number` at `start` when it reads 90 to 130. */
function pushAgeOver89(out: Span[], start: number, number: string): void {
  const v = compactNumber(number)
  if (v !== undefined && v >= 90 && v <= 130)
    out.push({ start, end: start + number.length, type: 'AGE', source: 'age:compact', canonical: '>89' })
}

// Korean says it after "age" ("연세가 아흔셋") as well. A native Korean ninety with a copula after it ("아버지는
// 아흔셋이세요") is a person's age too: counts of things take a counter instead.
const NATIVE_NINETY_COPULA =
  /(아흔(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)?)(?=이세요|세요|이셔요|이십니다|이에요|예요|이야|이신데|이신|이고|인데|입니다|이라서|이라|이지|이죠|이거든)/gu
// The cue words of THIS_YEAR_AGE: a text holding none is not scanned by it.
const AGE_CUE_WORD = /今年|올해|연세|나이|춘추/u
const THIS_YEAR_AGE =
  /(?:今年|올해|연세[는가]?|나이[는가]?|춘추[는가]?)[ \t]?(?:已经|已經|都|有|만[ \t]?)?((?:九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九])?|9\d|1[01]\d)(?![\d〇零一二三四五六七八九十百年月号號日])|아흔(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)?|구십[일이삼사오육칠팔구]?)/gu
