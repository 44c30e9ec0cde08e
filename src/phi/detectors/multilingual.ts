/**
 * Dates, ages and names in every language the engine reads, driven by the language tables (src/phi/languages):
 * month names and date markers (14 mars 1958, 12월 3일, 1958年3月14日, ngày 3 tháng 12), "years old" words of 90+
 * (95 tuổi, 九十五岁, quatre-vingt-quinze ans), and names after a person cue, a title or an honorific in any script
 * (je m'appelle Marie Dupont, 我叫陈志强, 박영희 씨, chị Lan). One small core; every word it knows comes from the tables.
 */
import {
  copulaLength,
  fold,
  hasAttachedSuffix,
  LANGUAGES,
  languages,
  latinLanguagesOf,
  phraseLengthAtEnd,
  type PhraseSet,
} from '../languages'
import { isCity, isClinicalTerm, isEnglishWord, isFirstName, isSlang } from '../lexicon'
import { FILLERS } from '../lexicon/name-cues'
import { classify } from '../lexicon/word-class'
import { boundedMemo } from '../memo'
import { words, type Word } from '../spoken'
import { hasLowerCase, hasUpperCase } from './chars'
import { numberPhraseAt } from './spoken-numbers'
import { phraseEndingAt, phraseFrom, spacedGap } from './phrases'
import type { Detector, Span } from './types'
import { hanNames, hangulGivenNames } from './cjk-names'
import { onOriginal, withoutHanSpaces } from './han-names'

const HAN = /\p{Script=Han}/u
const HANGUL_WORD = /^\p{Script=Hangul}/u
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
const DIGITS = /^\d+$/
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|o|a|ro|ra|do|da|to|ta)$/
const MAX_NAME_WORDS = 4

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

let compactDate: RegExp | undefined
let compactAge: RegExp | undefined

/** Dates written with markers and no spaces needed: 1958年3月14日, 12월 3일, 3月14号. */
function compactDatePattern(): RegExp {
  if (compactDate) return compactDate
  const lang = languages()
  // Sino-Korean numerals (천구백팔십오년 칠월 이십일) count only inside a year-month-day frame: alone, 오일 is "oil".
  const n = `(?:\\d{1,4}|[${HAN_NUMERALS}]{1,4}|[${KO_NUMERALS}]{1,6})`
  const year = `(?:${n}\\s?(?:${alternation(lang.yearAfter)})\\s?)`
  // Month names of the dense scripts as the tables write them, irregular ones included (시월, 유월: not 십월, 육월).
  const named = [...lang.months.keys()]
    .filter((m) => /^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(m))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
  const month = `(?:${n}\\s?(?:${alternation(lang.monthAfter)})${named.length > 0 ? `|${named.join('|')}` : ''})`
  const day = `(?:${n}\\s?(?:${alternation(lang.dayAfter)}))`
  // A day alone is no day right after a street word ("格兰街88号") or inside a number said in Han numerals ("格兰大道二十号").
  const dayAlone = `(?:(?:(?<![街路巷弄]|大道)\\d{1,2}|(?<![街路巷弄${HAN_NUMERALS}]|大道)[${HAN_NUMERALS}]{1,3})\\s?(?:${alternation(lang.dayAfter)}))`
  // Never from the middle of a longer number: "4120号" is a house number, not the 20th.
  compactDate = new RegExp(`(?<!\\d)(?:${year}?${month}\\s?${day}|${year}${month}|${dayAlone})`, 'gu')
  return compactDate
}

/** Ages with a "years old" character right after the number: 95岁, 九十五歲, 95세, 아흔다섯 살. */
function compactAgePattern(): RegExp {
  if (compactAge) return compactAge
  const lang = languages()
  const unspaced = [...lang.yearsOld.phrases].filter(
    (p) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(p) && !p.includes(' '),
  )
  const words90 = [...lang.numbers.entries()]
    .filter(([w, v]) => v >= 90 && v <= 130 && /\p{Script=Hangul}/u.test(w))
    .map(([w]) => escapeRegExp(w))
  const n = `(?:\\d{2,3}|[${HAN_NUMERALS}]{2,4}${words90.length ? `|${words90.sort((a, b) => b.length - a.length).join('|')}` : ''})`
  compactAge = new RegExp(
    `(${n})\\s?(?:${unspaced
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join('|')})`,
    'gu',
  )
  return compactAge
}

function compactNumber(s: string): number | undefined {
  if (DIGITS.test(s)) return Number(s)
  return hanNumber(s) ?? sinoKoreanNumber(s) ?? languages().numbers.get(s)
}

/** A number at word i: digits, an ordinal, or number words of any language. [words used, value]. */
function numberAtWord(list: readonly Word[], i: number, text: string): [number, number] | undefined {
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
  const joined = YEAR_JOINERS.has(w.w) ? 1 : 0
  const n = numberAtWord(list, i + joined, text)
  if (n && n[1] >= 1 && n[1] <= 99) return [n[0] + joined, n[1]]
  if (!w.w.startsWith(ARABIC_AND)) return undefined
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
    joiners.has(list[j]!.w) &&
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

/** Dates built around a month name in any language: "14 mars 1958", "14 de março de 1958", "3 декабря", "Marso 3, 1958", "mars 1958". */
function monthNameDates(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  let foreign: boolean | undefined
  for (let i = 0; i < list.length; i++) {
    if (!lang.months.has(list[i]!.w)) continue
    // A month form that is an everyday English or Spanish word ("out", "set", "me") counts only with digits around it,
    // unless the text is written in another language.
    foreign ??= [...latinLanguagesOf(list.map((w) => w.w))].some((code) => code !== 'es')
    const digitsOnly = !foreign && classify(list[i]!.w).common && !ENGLISH_SPANISH_MONTHS.has(list[i]!.w)
    let start = list[i]!.start
    let end = list[i]!.end
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
    let j = skipJoiners(list, i + 1, text)
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
      j > i &&
      spacedGap(text, list[j - 1]!, list[j]!, true) &&
      DIGITS.test(list[j]!.w) &&
      list[j]!.w.length === 4
    ) {
      year = Number(list[j]!.w)
      end = list[j]!.end
      yearEnd = j + 1
    } else if (day && j < list.length && j > i && spacedGap(text, list[j - 1]!, list[j]!, true)) {
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

/** Like phraseFrom, after any gap: a day list may open a clause ("segunda e terça, dias dez e onze"). */
function phraseAfterAnyGap(list: readonly Word[], i: number, text: string, set: PhraseSet): number {
  let found = 0
  let phrase = ''
  for (let k = i; k < i + set.maxWords && k < list.length; k++) {
    if (k > i && !spacedGap(text, list[k - 1]!, list[k]!)) break
    phrase = k === i ? list[k]!.w : `${phrase} ${list[k]!.w}`
    if (set.phrases.has(phrase)) found = k + 1
  }
  return found
}

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

/** Dates spelled with marker words before their numbers: "ngày 3 tháng 12 năm 1958", "tháng 12 năm 1958". */
function markedDates(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
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
      const n = (isYear && digitByDigitYear(list, j + 1, text)) || numberAtWord(list, j + 1, text)
      if (!n || !spacedGap(text, w, list[j + 1]!)) break
      // A year, four digits or two ("năm 1958", "nam chin muoi").
      if (isYear && !((n[1] >= 1900 && n[1] <= 2099) || (n[1] >= 0 && n[1] <= 99 && (day || month)))) break
      if (isDay && (n[1] < 1 || n[1] > 31)) break
      if (isMonth && (n[1] < 1 || n[1] > 12)) break
      if (isDay) day = true
      if (isMonth) month = true
      if (isYear && n[1] >= 1900) year = n[1]
      end = list[j + n[0]]!.end
      j = j + 1 + n[0]
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
    const plural = end < 0 ? phraseAfterAnyGap(list, i, text, lang.daysBefore) : 0
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

/** Ages of 90+ with a "years old" phrase after the number or an "age" phrase before it, in any language. */
function spacedAges(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
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

// Closed-class English words and auxiliaries that end a name after a cue ("this is grace young calling").
const ENGLISH_SPANISH_MONTHS = new Set(
  LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) => t.months.flat()),
)

// biome-ignore format: packed list
const ENGLISH_BOUNDARY = new Set([
  'and', 'or', 'but', 'from', 'calling', 'here', 'speaking', 'again', 'at', 'in', 'on', 'for', 'to', 'with', 'about', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'do',
  'i', 'im', "i'm", 'he', 'she', 'we', 'they', 'you', 'it', 'my', 'your', 'his', 'her', 'our', 'their', 'the', 'a', 'an',
  'this', 'that', 'who', 'which', 'please', 'pls', 'plz', 'thanks', 'thank', 'regarding', 're', 'so', 'just', 'not', 'if',
  'when', 'because', 'yes', 'no', 'ok', 'okay', 'hi', 'hey', 'hello', 'um', 'uh', 'also', 'too', 'there', 'then', 'now',
  'today', 'tomorrow', 'yesterday', 'tonight', 'needs', 'need', 'wants', 'want', 'got', 'get', 'says', 'said', 'called',
])
const CALLER_WORDS = /^(?:calling|speaking|here|again)$/

// A pure test of the word over fixed tables, asked of every word after a cue: remembered per word (bounded).
const isNameBoundary = boundedMemo(isBoundaryWord, 4096)

function isBoundaryWord(w: string): boolean {
  if (ENGLISH_BOUNDARY.has(w) || DIGITS.test(w)) return true
  const lang = languages()
  if (lang.words.has(w) || lang.months.has(w) || lang.weekdays.has(w) || lang.numbers.has(w)) return true
  if (isClinicalTerm(w) || isSlang(w)) return true
  if (/ing$/.test(w) && classify(w).common) return true
  return false
}

/** Whether the word can open a name after a weak cue ("this is", "c'est"): not an everyday word, or written capitalised. */
function nameLike(w: Word, text: string, cased: boolean): boolean {
  const lang = languages()
  const c = classify(w.w)
  // A folded Vietnamese or Chinese-romanised name ("son", "my", "an") that is an everyday word is not evidence.
  // Written with its marks ("lê", not "le"), a table name is one unless the table lists that very form as a word.
  if (lang.givenNames.has(w.w) || lang.familyNames.has(w.w)) {
    if (!c.common || (w.w !== fold(w.w) && !lang.words.has(w.w))) return true
  }
  if (c.first || c.strong || c.oov) return true
  return cased && /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !c.proper
}

// Cues that name someone outright ("my name is", "me llamo", "je m'appelle", "меня зовут", "tên tôi là", "이름은"):
// the name runs to the next boundary whatever its words are. Every other cue ("this is", "my son", "chị") needs a
// word that looks like a name first ("this is about my refill" has none).
const NAMING_CUE =
  /name|nombre|llamo|llama|appelle|\bnom\b|rele|зовут|имя|اسم|tên|이름|名字|叫|you can call me|calls (?:me|him|her)|(?:they|we|everyone|everybody|people) call (?:me|him|her)|go(?:es)? by|known as|chamo|chama|pangalan|ngalan/u

let intros: ReadonlySet<string> | undefined

/** The self cues of the English and Spanish tables: names.ts reads those introductions with their idioms. */
function englishOrSpanishIntro(cue: string): boolean {
  intros ??= new Set(
    LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) =>
      t.selfCues.map((c) => c.replace(/-/g, ' ')),
    ),
  )
  return intros.has(cue)
}

/** Names after a self cue, a relation word or a title, in every spaced script: runs to the next boundary. */
function cuedNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  const cased = hasUpperCase(text) && hasLowerCase(text)
  const cueSets: Array<[PhraseSet, boolean]> = [
    [lang.selfCues, true],
    [lang.relationCues, false],
    [lang.titlesBefore, false],
  ]
  for (let i = 1; i < list.length; i++) {
    const first = list[i]!
    for (const [set, self] of cueSets) {
      const cueStart = phraseEndingAt(list, i - 1, text, set)
      if (cueStart < 0) continue
      // A Han word takes no cue here (hanNames reads those); asked only after a cue, as most words follow none.
      if (HAN.test(first.w)) break
      const gap = text.slice(list[i - 1]!.end, first.start)
      if (!/^[ \t]{0,2}(?:[:,-][ \t]{0,2})?$/.test(gap) || gap.length === 0) continue
      let cue = list[cueStart]!.w
      for (let k = cueStart + 1; k < i; k++) cue += ` ${list[k]!.w}`
      const naming = self && NAMING_CUE.test(cue)
      // "everybody calls her mother ruby": a title or kinship word may open a name given outright.
      const titled = naming && lang.titlesBefore.phrases.has(first.w)
      // A title only ever written before a name ("aling", "doña", "mrs") is followed by one, whatever the word means.
      const strong =
        set === lang.titlesBefore &&
        lang.titlesOnlyBeforeNames.has(cue) &&
        !ENGLISH_BOUNDARY.has(first.w) &&
        !DIGITS.test(first.w)
      if (isNameBoundary(first.w) && !titled && !strong) continue
      if (strong) {
        out.push({ start: first.start, end: first.end, type: 'NAME', source: 'names:cue' })
        break
      }
      // After a relation word a known first name is one even when it is also a word ("my mother blessing").
      const relationFirst = set === lang.relationCues && isFirstName(first.w) && !ENGLISH_BOUNDARY.has(first.w)
      if (!naming && !nameLike(first, text, cased) && !relationFirst) continue
      // English and Spanish introductions ("it's sunny again") are read by names.ts, which knows their idioms.
      // Only a first name that is no English word passes: "it's dolores", not "it's sunny again".
      if (self && !naming && englishOrSpanishIntro(cue) && !(classify(first.w).first && !isEnglishWord(first.w)))
        continue
      let j = i
      while (j + 1 < list.length && j - i + 1 < MAX_NAME_WORDS && spacedGap(text, list[j]!, list[j + 1]!)) {
        const next = list[j + 1]!
        if (isNameBoundary(next.w) || CALLER_WORDS.test(next.w) || HAN.test(next.w)) break
        // After other cues a later word must look like a name or a surname ("my son diego young", not "diego really").
        if (!naming && !nameLike(next, text, cased) && !lang.familyNames.has(next.w) && !classify(next.w).wordSurname)
          break
        j++
      }
      out.push({ start: first.start, end: list[j]!.end - copulaLength(list[j]!.w), type: 'NAME', source: 'names:cue' })
      break
    }
  }
}

/** Dates and ages written with markers in Han and Hangul: 1958年3月14日, 12월 3일, 95岁, 95세. */
function compactDatesAndAges(text: string, out: Span[]): void {
  if (!/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) return
  for (const m of text.matchAll(compactDatePattern())) {
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
  for (const m of text.matchAll(compactAgePattern())) {
    const v = compactNumber(m[1]!)
    if (v !== undefined && v >= 90 && v <= 130)
      out.push({ start: m.index, end: m.index + m[1]!.length, type: 'AGE', source: 'age:compact', canonical: '>89' })
  }
}

// Words after a town that make it part of a facility's name: "riverside general", "fresno community hospital".
// biome-ignore format: packed list
const FACILITY_AFTER = new Set([
  'general', 'memorial', 'medical', 'hospital', 'regional', 'community', 'county', 'clinic', 'health', 'urgent',
  'children', "children's", 'university', 'methodist', 'presbyterian', 'baptist', 'hospice', 'rehab', 'dialysis',
])

/** A known town right before a facility word is a place inside a facility's name ("riverside general"). */
function facilityPlaces(list: readonly Word[], text: string, out: Span[]): void {
  for (let i = 1; i < list.length; i++) {
    if (!FACILITY_AFTER.has(list[i]!.w)) continue
    for (let k = Math.min(3, i); k >= 1; k--) {
      const from = i - k
      if (!list.slice(from, i).every((w, n) => n === 0 || spacedGap(text, list[from + n - 1]!, w))) continue
      if (!spacedGap(text, list[i - 1]!, list[i]!)) break
      const phrase = list
        .slice(from, i)
        .map((w) => w.w)
        .join(' ')
      if (isCity(phrase) && !classify(phrase).clinical) {
        out.push({ start: list[from]!.start, end: list[i - 1]!.end, type: 'CITY', source: 'city:facility' })
        break
      }
    }
  }
}

// Facility words written before the town that names them: "hospital de las cruces", "hôpital de Bordeaux".
const FACILITY_BEFORE = new Set([
  'hospital',
  'clínica',
  'clinica',
  'hôpital',
  'hopital',
  'clinique',
  'centro',
  'centre',
  'sanatorio',
  'policlínica',
  'policlinica',
])
const FACILITY_JOINERS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'of', "d'", 'du'])
const PLACE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les', 'o', 'a', 'os', 'as'])

/** A known town after a facility word and "de"/"of": "hospital de las cruces", "clínica de Santa Ana". */
function facilityTowns(list: readonly Word[], text: string, out: Span[]): void {
  for (let i = 0; i + 2 < list.length; i++) {
    if (!FACILITY_BEFORE.has(list[i]!.w) || !FACILITY_JOINERS.has(list[i + 1]!.w)) continue
    const from = i + 2
    for (let k = Math.min(4, list.length - from); k >= 1; k--) {
      const run = list.slice(from, from + k)
      if (!run.every((w, n) => n === 0 || spacedGap(text, run[n - 1]!, w))) continue
      const phrase = run.map((w) => w.w).join(' ')
      const bare = PLACE_ARTICLES.has(run[0]!.w)
        ? run
            .slice(1)
            .map((w) => w.w)
            .join(' ')
        : phrase
      if ((isCity(phrase) || (bare !== phrase && bare.length > 0 && isCity(bare))) && !classify(phrase).clinical) {
        out.push({ start: run[0]!.start, end: run[k - 1]!.end, type: 'CITY', source: 'city:facility' })
        break
      }
    }
  }
}

/** Name particles join the word after them into a name: "عبد الله", "bin Rashid", "أبو أحمد". */
function particleNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 0; i + 1 < list.length; i++) {
    const w = list[i]!
    // Latin "al", "el", "de", "y" are everyday words; only particles of other scripts and bin/ibn/bint/abu/umm count alone.
    if (
      !lang.nameParticles.has(w.w) ||
      (/\p{Script=Latin}/u.test(w.w) && !/^(?:bin|ibn|bint|binti|abu|umm)$/.test(w.w))
    )
      continue
    const next = list[i + 1]!
    // A name link ("عبد") joins whatever follows: "عبد الله" is a name although "الله" is an everyday word.
    if (!spacedGap(text, w, next) || (isNameBoundary(next.w) && !lang.nameLinks.has(w.w)) || DIGITS.test(next.w))
      continue
    out.push({ start: w.start, end: next.end, type: 'NAME', source: 'names:particle' })
  }
}

/** A weekday right before a date joins it, in any language ("thứ Sáu 20/9", "lundi 14/3"): run on resolved spans. */
export function weekdaysBeforeDates(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const { weekdayPhrases, weekdayRelatives } = languages()
  for (const s of spans) {
    if (s.type !== 'DATE') continue
    const n = phraseLengthAtEnd(text.slice(Math.max(0, s.start - 24), s.start), weekdayPhrases)
    // "지난 금요일 13일", "last friday 13": the word placing the weekday goes with it.
    const placed =
      n > 0 ? phraseLengthAtEnd(text.slice(Math.max(0, s.start - n - 24), s.start - n), weekdayRelatives) : 0
    if (n > 0)
      out.push({
        start: s.start - n - placed,
        end: s.end,
        type: 'DATE',
        source: 'date:weekday',
        ...(s.canonical ? { canonical: s.canonical } : {}),
      })
  }
  return out
}

/**
 * A name written before an honorific that follows it, in a spaced script: "민수 씨", "이 원장님", "최 선생님" (Korean writes
 * the given or family name, then the title). The title stays in the span, as a title before a name does.
 */
function titledBefore(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 1; i < list.length; i++) {
    if (!isHangulTitle(list[i]!.w)) continue
    const prev = list[i - 1]!
    if (!/\p{Script=Hangul}/u.test(prev.w) || !spacedGap(text, prev, list[i]!)) continue
    if (isNameBoundary(prev.w) && !lang.familyNames.has(prev.w)) continue
    out.push({ start: prev.start, end: list[i]!.end, type: 'NAME', source: 'names:title-after' })
  }
}

// Whether a word is a Hangul honorific (with or without a particle): a property of the word alone, remembered.
const isHangulTitle = boundedMemo(hangulTitle, 4096)

function hangulTitle(w: string): boolean {
  if (!HANGUL_WORD.test(w)) return false
  const phrases = languages().titlesAfter.phrases
  const titled = phrases.has(w) || hasAttachedSuffix(w, (stem) => phrases.has(stem))
  return !HAN.test(w) && titled
}

/** Finds dates, ages of 90+ and cued names with the language tables. */
export const detectMultilingual: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  monthNameDates(list, text, out)
  markedDates(list, text, out)
  facilityPlaces(list, text, out)
  facilityTowns(list, text, out)
  particleNames(list, text, out)
  titledBefore(list, text, out)
  hangulGivenNames(list, out)
  spacedAges(list, text, out)
  cuedNames(list, text, out)
  // Speech-to-text spaces Chinese ("我是 李建国 的儿子"): the Han names are read as if it had not.
  const compact = withoutHanSpaces(text)
  if (compact) {
    const found: Span[] = []
    hanNames(compact.text, compact.text.toLowerCase(), found)
    out.push(...onOriginal(found, compact.offsets))
  } else hanNames(text, lower, out)
  compactDatesAndAges(text, out)
  return out
}
