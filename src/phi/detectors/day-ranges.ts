/**
 * Dates widened by what a reader already found leaves beside them (resolved passes over the dates found): the first
 * day of a range whose last day carries the month ("с 20 по 24 октября", "del 20 al 24 de octubre", "20-24 october"),
 * and the rest of a year said in words.
 */
import { languages } from '../languages'
import { isNumberWord, type Word, words } from '../spoken'
import { blanksOnly } from './chars'
import { numberAtWord } from './multilingual-dates'
import type { Span } from './types'

// A day, then a dash or a range word of the tables' languages, right before the date found.
// A joining word needs a range's opener before the first day ("from 20 to 24", "с 20 по 24", "entre 20 y 24"): "take 1 to
// 2 may help", "she is 3 and 5 march" are counts.
const DAY_AND_JOINER =
  /(?:(?<![\p{L}\p{N}.,/:-])(0?[1-9]|[12]\d|3[01])[ \t]*[-–—~][ \t]*|(?:^|[^\p{L}])(?:from|between|entre|del|desde|de|du|des|dal|с|от|từ|من|از)[ \t]+(?:the[ \t]+)?(0?[1-9]|[12]\d|3[01])(?:-?(?:го|е|th|st|nd|rd))?[ \t]+(?:по|до|al|au|a|à|to|thru|through|till|until|y|e|and|и|et|đến|tới|إلى|الى|حتى|تا|bis)[ \t]+)$/iu

const DAY_THEN_MONTH = /^\d{1,2}(?:st|nd|rd|th|er|e)?[ \t]+\p{L}/u

/** DATE spans widened back over the first day of their range; only the widened spans are returned. */
export function dayRanges(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    // The last day written with its month after it ("24 октября", "24 de octubre"), not a numeric date ("5 and 12/4").
    if (s.type !== 'DATE' || !DAY_THEN_MONTH.test(text.slice(s.start, s.end))) continue
    const m = DAY_AND_JOINER.exec(text.slice(Math.max(0, s.start - 32), s.start))
    if (!m) continue
    // The range starts at its first day, after the opener.
    const day = m[1] ?? m[2]!
    const start = s.start - m[0].length + m[0].indexOf(day)
    out.push({ start, end: s.end, type: 'DATE', source: 'date:range' })
  }
  return out
}

// "and" between a year's hundreds and the rest, in the languages of the tables (Swahili "na", Somali "iyo").
const TAIL_JOINERS: ReadonlySet<string> = new Set(['and', 'y', 'e', 'et', 'ak', 'na', 'iyo', 'dhe', 'i', 'и'])

/**
 * The rest of a year said in words that a date found stopped before ("… mia tisa [themanini na mbili]", "… kun sagaal
 * boqol [iyo soddon]"): a number of 1-99 of the tables, or "and" and one, right after a date ending on a number word,
 * goes with it (failing closed: the year's last words say when).
 */
export function spokenYearTails(text: string, lower: string, spans: readonly Span[]): Span[] {
  let list: readonly Word[] | undefined
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'DATE' || /\d/u.test(text.slice(s.start, s.end))) continue
    list ??= words(lower)
    const last = list.findIndex((w) => w.end === s.end)
    if (last < 0 || (!isNumberWord(list[last]!.w) && !languages().numbers.has(list[last]!.w))) continue
    let k = last + 1
    if (!list[k] || !blanksOnly(text, list[last]!.end, list[k]!.start)) continue
    // "and" joins the rest only after a hundreds word ("… boqol iyo soddon"); without it the rest is a tens form
    // ("… mia tisa themanini na mbili"), never a unit ("… sixty um he had": Portuguese "um" is one).
    const hundreds = (languages().numbers.get(list[last]!.w) ?? 0) % 100 === 0
    const joined = TAIL_JOINERS.has(list[k]!.w) && hundreds
    if (joined) k++
    const n = numberAtWord(list, k, text)
    if (!n || n[1] < (joined ? 1 : 20) || n[1] > 99 || !blanksOnly(text, list[k - 1]!.end, list[k]!.start)) continue
    out.push({ start: s.start, end: list[k + n[0] - 1]!.end, type: 'DATE', source: 'date:year-tail' })
  }
  return out
}
