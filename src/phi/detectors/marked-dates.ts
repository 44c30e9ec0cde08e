/**
 * Dates said around a language's date markers (ngày 3 tháng 12, dias dez e onze, ১২ তারিখ): a day, a month word or
 * number, a year said to its end or digit by digit. Split from multilingual-dates.ts (month names and numbered
 * dates); multilingual.ts runs both.
 */
import { languages } from '../languages'
import { FILLERS } from '../lexicon/name-cues'
import type { Word } from '../spoken'
import { numberAtWord } from './multilingual-dates'
import { phraseFrom, spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

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
      ...[...lang.dayAfter.phrases].filter(isDayAfterWord),
    ])
    markerWords = { lang, words }
  }
  return holdsAnyWord(list, markerWords.words)
}

// The day markers written after the day that markedDates reads: not those of the dense scripts (compact-dates.ts) nor
// the English ordinal endings.
const DENSE_OR_ENDING = /^[a-z]{1,2}$|[\p{Script=Han}\p{Script=Hangul}]/u

function isDayAfterWord(w: string): boolean {
  return !DENSE_OR_ENDING.test(w)
}

/**
 * Whether the word at k is a dose unit the number before it counts ("ngày hai lần", twice a day), right after it: a
 * time unit may follow a date ("ngày mười bốn giờ…": "giờ" is also "now"), and after a pause the word opens the next
 * clause.
 */
function countsUnitAfter(list: readonly Word[], k: number, text: string, lang: ReturnType<typeof languages>): boolean {
  const w = list[k]?.w ?? ''
  return lang.doseUnits.phrases.has(w) && spacedGap(text, list[k - 1]!, list[k]!)
}

/** Whether `w` is a day, month or year marker word. */
function holdsMarker(w: string, lang: ReturnType<typeof languages>): boolean {
  return lang.dayBefore.phrases.has(w) || lang.monthBefore.phrases.has(w) || lang.yearBefore.phrases.has(w)
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
    // A day read after a joiner of the tables ("itariki ya 14"): a month named after it goes with it.
    let joinedDay = false
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
    } else if (bare && bare[1] >= 1 && bare[1] <= 31) {
      // "18 तारीख को", "15 تاریخ", "athara tarikh": a day said alone before the day marker written after it.
      const marker = list[i + bare[0]]
      if (
        marker &&
        lang.dayAfter.phrases.has(marker.w) &&
        isDayAfterWord(marker.w) &&
        spacedGap(text, list[i + bare[0] - 1]!, marker)
      ) {
        day = true
        end = marker.end
        j = i + bare[0] + 1
      }
    }
    for (;;) {
      // "… z'ukwezi kwa gatandatu mu mwaka wa 1958": a joiner of the tables before the next marker.
      if (end > 0 && lang.markerJoiners.has(list[j]?.w ?? '') && holdsMarker(list[j + 1]?.w ?? '', lang)) {
        if (!spacedGap(text, list[j - 1]!, list[j]!, true) || !spacedGap(text, list[j]!, list[j + 1]!)) break
        j++
      }
      const w = list[j]
      if (!w || (j > i && !spacedGap(text, list[j - 1]!, w, true))) break
      // "itariki ya 14 Gicurasi 1958": a month named after the day a joiner opened, its year read below.
      const monthNamed = joinedDay && !month && end > 0 ? lang.months.get(w.w) : undefined
      if (monthNamed !== undefined) {
        month = true
        end = w.end
        j++
        continue
      }
      const isDay = lang.dayBefore.phrases.has(w.w)
      const isMonth = lang.monthBefore.phrases.has(w.w)
      const isYear = lang.yearBefore.phrases.has(w.w)
      if (!isDay && !isMonth && !isYear) break
      // "hôm thứ bảy mùng tám": a weekday after a day marker is the weekday ("thứ bảy" is also "seventh").
      if (isDay && phraseFrom(list, j + 1, text, lang.weekdayPhrases) > j + 1) break
      // "tháng tư": a month the table names with its marker, read as its number.
      // "tháng mười một" (November) before "tháng mười" (October): the longer name first.
      const named3 = isMonth && list[j + 2] ? lang.months.get(`${w.w} ${list[j + 1]!.w} ${list[j + 2]!.w}`) : undefined
      const named = named3 ?? (isMonth && list[j + 1] ? lang.months.get(`${w.w} ${list[j + 1]!.w}`) : undefined)
      // "itariki ya 14", "umwaka wa 1958": a joiner of the tables between the marker and its number is the number's.
      const joiner =
        named === undefined && lang.markerJoiners.has(list[j + 1]?.w ?? '') && spacedGap(text, w, list[j + 1]!) ? 1 : 0
      const n =
        (isYear && digitByDigitYear(list, j + 1 + joiner, text)) ||
        (named3 !== undefined
          ? ([2, named3] as [number, number])
          : named !== undefined
            ? ([1, named] as [number, number])
            : numberAtWord(list, j + 1 + joiner, text))
      if (!n || !spacedGap(text, w, list[j + 1]!) || (joiner && !spacedGap(text, list[j + 1]!, list[j + 2]!))) break
      // A year, four digits or two ("năm 1958", "nam chin muoi").
      // A single digit word is no year ("năm một …" goes on digit by digit: read above, or not at all).
      if (isYear && !((n[1] >= 1900 && n[1] <= 2099) || (n[1] >= 10 && n[1] <= 99 && (day || month)))) break
      if (isDay && (n[1] < 1 || n[1] > 31)) break
      // "uống ngày hai lần": a day marker's number counting the unit after it ("twice a day").
      if (isDay && countsUnitAfter(list, j + 1 + joiner + n[0], text, lang)) break
      if (isMonth && (n[1] < 1 || n[1] > 12)) break
      if (isDay) {
        day = true
        joinedDay = joiner === 1
      }
      if (isMonth) month = true
      if (isYear && n[1] >= 1900) year = n[1]
      end = list[j + joiner + n[0]]!.end
      j = j + 1 + joiner + n[0]
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
