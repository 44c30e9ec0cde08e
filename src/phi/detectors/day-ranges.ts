/**
 * The first day of a range whose last day carries the month ("с 20 по 24 октября", "del 20 al 24 de octubre",
 * "20-24 october"): the day before the joiner is a date too (a resolved pass over the dates found).
 */
import type { Span } from './types'

// A day, then a dash or a range word of the tables' languages, right before the date found.
const DAY_AND_JOINER =
  /(?<![\p{L}\p{N}.,/:-])(0?[1-9]|[12]\d|3[01])(?:[ \t]*[-–—~][ \t]*|[ \t]+(?:по|до|al|au|a|à|to|thru|through|till|until|y|e|and|и|et|đến|tới)[ \t]+)$/iu

const DAY_THEN_MONTH = /^\d{1,2}(?:st|nd|rd|th|er|e)?[ \t]+\p{L}/u

/** DATE spans widened back over the first day of their range; only the widened spans are returned. */
export function dayRanges(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    // The last day written with its month after it ("24 октября", "24 de octubre"), not a numeric date ("5 and 12/4").
    if (s.type !== 'DATE' || !DAY_THEN_MONTH.test(text.slice(s.start, s.end))) continue
    const m = DAY_AND_JOINER.exec(text.slice(Math.max(0, s.start - 16), s.start))
    if (m) out.push({ start: s.start - m[0].length, end: s.end, type: 'DATE', source: 'date:range' })
  }
  return out
}
