/**
 * A weekday said with a date joins it, in any language (a resolved pass): before it ("thứ Sáu 20/9", "lundi 14/3",
 * "上个星期三 十五号") or after it ("12月2日星期一", "11월 20일(수)", "3/14 Monday"). Split from multilingual.ts.
 */
import { type PhraseSet, languages, phraseLengthAtEnd } from '../languages'
import type { Span } from './types'

// The last code units of each list of Han weekdays: a look-back ending on none of them holds none of the weekdays.
const lastUnitsOfLists = new WeakMap<readonly string[], ReadonlySet<number>>()

function lastUnitsOf(list: readonly string[]): ReadonlySet<number> {
  let units = lastUnitsOfLists.get(list)
  if (!units) lastUnitsOfLists.set(list, (units = new Set(list.map((w) => w.charCodeAt(w.length - 1)))))
  return units
}

// The first code units of each list, for the weekday right after a date the same way.
const firstUnitsOfLists = new WeakMap<readonly string[], ReadonlySet<number>>()

function firstUnitsOf(list: readonly string[]): ReadonlySet<number> {
  let units = firstUnitsOfLists.get(list)
  if (!units) firstUnitsOfLists.set(list, (units = new Set(list.map((w) => w.charCodeAt(0)))))
  return units
}

/** "星期三 " or "星期三" right before a date: the length of the Han weekday with the spaces after it, or 0. */
function hanWeekdayLengthAtEnd(before: string, weekdays: readonly string[]): number {
  let end = before.length
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9)) end--
  // Refused by the last character before any search (every date of a text asks, and most follow no Han weekday).
  if (end === 0 || !lastUnitsOf(weekdays).has(before.charCodeAt(end - 1))) return 0
  const trimmed = before.slice(0, end)
  const weekday = weekdays.find((w) => trimmed.endsWith(w))
  return weekday ? before.length - trimmed.length + weekday.length : 0
}

// Han words placing a weekday: last week's, next week's, this week's ("上个星期三", "下周五").
const HAN_WEEKDAY_RELATIVES = ['上个', '上個', '下个', '下個', '这个', '這個', '上', '下', '本', '这', '這']

function hanRelativeLengthAtEnd(head: string): number {
  return HAN_WEEKDAY_RELATIVES.find((r) => head.endsWith(r))?.length ?? 0
}

/** A weekday right before a date joins it, in any language ("thứ Sáu 20/9", "lundi 14/3"): run on resolved spans. */
export function weekdaysBeforeDates(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const { weekdayPhrases, weekdayRelatives } = languages()
  for (const s of spans) {
    if (s.type !== 'DATE') continue
    const before = text.slice(Math.max(0, s.start - 24), s.start)
    const n = phraseLengthAtEnd(before, weekdayPhrases) || hanWeekdayLengthAtEnd(before, weekdayPhrases.unspaced)
    // "지난 금요일 13일", "last friday 13", "上个星期三 十五号": the word placing the weekday goes with it.
    const head = text.slice(Math.max(0, s.start - n - 24), s.start - n)
    const placed = n > 0 ? phraseLengthAtEnd(head, weekdayRelatives) || hanRelativeLengthAtEnd(head) : 0
    const after = weekdayLengthAfter(text.slice(s.end, s.end + 24), weekdayPhrases)
    if (n > 0 || after > 0)
      out.push({
        start: s.start - n - placed,
        end: s.end + after,
        type: 'DATE',
        source: 'date:weekday',
        ...(s.canonical ? { canonical: s.canonical } : {}),
      })
  }
  return out
}

const WORD_AT = /^([\p{L}\p{M}]+)(?:[ \t]+([\p{L}\p{M}]+))?/u

/**
 * A weekday right after a date, where a language writes it there ("12月2日星期一", "11월 20일 수요일", "3/14 monday"): the
 * length up to its end, or 0. A Hangul weekday keeps the particle written onto it outside ("수요일에" → 수요일).
 */
function weekdayLengthAfter(after: string, weekdays: PhraseSet): number {
  // "3/14, Monday", "11월 20일(수)", "12月2日(星期一)": a comma or brackets around the weekday. Read by hand as
  // /^[ \t]*(?:,[ \t]*|[(（][ \t]*)?/u reads it (every date of a text asks, most with no weekday after them).
  let open = blanksFrom(after, 0)
  const c = after.charCodeAt(open)
  const bracketed = c === 40 || c === 0xff08
  if (c === 44 || bracketed) open = blanksFrom(after, open + 1)
  const n = weekdayAt(after.slice(open), weekdays, bracketed)
  if (n === 0) return 0
  const close = bracketed ? (/^[ \t]*[)）]/u.exec(after.slice(open + n))?.[0].length ?? -1) : 0
  return close < 0 ? 0 : open + n + close
}

/** Where the spaces and tabs from `at` end. */
function blanksFrom(s: string, at: number): number {
  let i = at
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++
  return i
}

// Korean writes the weekday as one syllable in brackets after a date: "(수)".
const HANGUL_DAY = /^[월화수목금토일](?=[ \t]*[)）])/u

function weekdayAt(rest: string, weekdays: PhraseSet, bracketed: boolean): number {
  // Refused by the first character before any search (every date of a text asks, and most precede no Han weekday).
  const han = firstUnitsOf(weekdays.unspaced).has(rest.charCodeAt(0))
    ? weekdays.unspaced.find((w) => rest.startsWith(w))
    : undefined
  if (han) return han.length
  if (bracketed && HANGUL_DAY.test(rest)) return 1
  const m = WORD_AT.exec(rest)
  if (!m) return 0
  const first = m[1]!.toLowerCase()
  if (m[2] && weekdays.phrases.has(`${first} ${m[2].toLowerCase()}`)) return m[0].length
  // A short Latin form ("mon", "qua", "sat") is an abbreviation only when written with its capital ("3/14 Mon"):
  // asked of a weekday only.
  if (weekdays.phrases.has(first)) {
    const abbreviation = first.length <= 3 && /^\p{Script=Latin}/u.test(first) && !/^\p{Lu}/u.test(m[1]!)
    if (!abbreviation) return m[1]!.length
  }
  // Hangul is far above ASCII and Latin: their words are not tested against the script.
  if (first.charCodeAt(0) >= 0x1100 && /^\p{Script=Hangul}+$/u.test(first)) {
    for (let k = first.length - 1; k >= 2; k--) if (weekdays.phrases.has(first.slice(0, k))) return k
  }
  return 0
}
