/**
 * Dates and ages of the dense scripts, written with marker characters and no spaces needed: 1958年3月14日, 12월 3일,
 * 95岁, 아흔다섯 살, and the Han and Sino-Korean numerals they are written with. Split from multilingual-dates.ts, which
 * keeps the dates said in words.
 */
import { languages, type PhraseSet } from '../languages'
import { SCRIPT, holdsScript } from './chars'
import { DIGITS } from './multilingual-dates'
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
