/**
 * The normalised forms known-identifier matching works over: folded words and word pairs, digit runs, full dates
 * and e-mail addresses of a text, and the forms a roster value is stored as. Pure and shared by the roster (vault
 * side) and the matcher (src/phi/known.ts).
 */
import { DIACRITIC_MARKS } from './marks'
import { boundedMemo } from './memo'
import type { PhiType } from './types'

/** What a candidate is: one word, two adjacent words, a digits-only run, an ISO date, an e-mail address. */
export type KnownKind = 'word' | 'pair' | 'digits' | 'date' | 'email'

/** One normalised candidate of a text. */
export interface KnownCandidate {
  kind: KnownKind
  value: string
}

export interface Word {
  start: number
  end: number
  raw: string
  folded: string
}

// A run of Han, of Hangul or of kana is a word of its own: "michelle说明天", "Rose에게" hold a Latin name glued to the
// sentence of a script written without spaces.
export const WORD =
  /\p{Script=Han}+|\p{Script=Hangul}+|[\p{Script=Hiragana}\p{Script=Katakana}]+|(?:[^\P{L}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]|\p{M})+(?:['’](?:[^\P{L}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]|\p{M})+)*/gu
export const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])\p{L}\.(?:\s?\p{L}\.){1,2}(?![\p{L}\p{N}])/gu
export const DIGIT_RUN = /\d(?:[ ().-]{0,2}\d)+/g
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu
// biome-ignore format: packed list
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, enero: 1, feb: 2, february: 2, febrero: 2, mar: 3, march: 3, marzo: 3, apr: 4, april: 4, abril: 4,
  may: 5, mayo: 5, jun: 6, june: 6, junio: 6, jul: 7, july: 7, julio: 7, aug: 8, august: 8, agosto: 8, sep: 9, sept: 9,
  september: 9, septiembre: 9, oct: 10, october: 10, octubre: 10, nov: 11, november: 11, noviembre: 11, dec: 12,
  december: 12, diciembre: 12,
}
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const NUMERIC_DATE = /(?<!\d)(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2}))(?!\d)/g
const MONTH_FIRST = new RegExp(
  `(?<!\\p{L})(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'giu',
)
const DAY_FIRST = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'giu',
)
// Folds already computed (every detection folds the words of its names; the same names recur). Bounded like the
// lexicon's memos: cleared when full, long values never kept.
/** Case- and accent-folded form of a word or phrase (what roster names are hashed over). */
export const foldWord = boundedMemo(foldUncached, 2048)

function foldUncached(text: string): string {
  return text.normalize('NFKD').replace(DIACRITIC_MARKS, '').toLowerCase().replace(/’/g, "'")
}

/** Digits of a number, with a NANP country code dropped so "+1 415 555 0100" and "415-555-0100" agree. */
export function digitsOf(text: string): string {
  const digits = text.replace(/\D/g, '')
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
}

/** yyyy-mm-dd of a full date, or undefined when the parts are not one. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1850 || year > 2200) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The normalised roster forms of one identifier value of a type (what the roster stores, hashed). */
export function knownFormsOf(type: PhiType, value: string): KnownCandidate[] {
  if (type === 'NAME' || type === 'STREET' || type === 'CITY') {
    const words = (foldWord(value).match(WORD) ?? []).filter((w) => w.length >= 2)
    const pairs = words.slice(1).map((w, i) => ({ kind: 'pair' as const, value: `${words[i]} ${w}` }))
    // Streets and places only as pairs: "oak" or "main" alone is everyday text.
    return type === 'NAME' ? [...words.map((w) => ({ kind: 'word' as const, value: w })), ...pairs] : pairs
  }
  if (type === 'DATE') return datesIn(value).map((d) => ({ kind: 'date' as const, value: d.iso }))
  if (type === 'EMAIL') return [{ kind: 'email', value: value.trim().toLowerCase() }]
  const digits = digitsOf(value)
  return digits.length >= 5 ? [{ kind: 'digits', value: digits }] : []
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD))
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], folded: foldWord(m[0]) })
  return out
}

interface DateHit {
  start: number
  end: number
  iso: string
}

function expandYear(y: string): number[] {
  if (y.length === 4) return [Number(y)]
  return [1900 + Number(y), 2000 + Number(y)]
}

/** Full dates in a text, each reading of an ambiguous one (03/04/1990 as March 4 and 3 April). */
export function datesIn(text: string): DateHit[] {
  const out: DateHit[] = []
  const push = (start: number, end: number, y: number, m: number, d: number): void => {
    const iso = isoDate(y, m, d)
    if (iso && !out.some((h) => h.start === start && h.iso === iso)) out.push({ start, end, iso })
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const end = m.index + m[0].length
    if (m[1]) push(m.index, end, Number(m[1]), Number(m[2]), Number(m[3]))
    else {
      for (const y of expandYear(m[6]!)) {
        push(m.index, end, y, Number(m[4]), Number(m[5]))
        push(m.index, end, y, Number(m[5]), Number(m[4]))
      }
    }
  }
  for (const m of text.matchAll(MONTH_FIRST))
    push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]))
  for (const m of text.matchAll(DAY_FIRST))
    push(m.index, m.index + m[0].length, Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]))
  return out
}

interface DigitHit {
  start: number
  end: number
  digits: string
}

export function digitRunsIn(text: string): DigitHit[] {
  const out: DigitHit[] = []
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = digitsOf(m[0])
    if (digits.length >= 5) out.push({ start: m.index, end: m.index + m[0].length, digits })
    // A run glued to others by spaces may hold the identifier alone: each plain part of 6+ digits counts too.
    for (const part of m[0].matchAll(/\d{6,}/g)) {
      if (part[0].length !== m[0].length)
        out.push({ start: m.index + part.index, end: m.index + part.index + part[0].length, digits: part[0] })
    }
  }
  return out
}

/** Every normalised candidate of a text: what a caller must look up before {@link knownSpans} asks the matcher. */
export function knownCandidates(text: string): KnownCandidate[] {
  const seen = new Set<string>()
  const out: KnownCandidate[] = []
  const add = (kind: KnownKind, value: string): void => {
    const key = `${kind}:${value}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push({ kind, value })
    }
  }
  const words = wordsOf(text)
  words.forEach((w, i) => {
    if (w.folded.length >= 2) add('word', w.folded)
    const next = words[i + 1]
    if (next && adjacent(text, w, next)) add('pair', `${w.folded} ${next.folded}`)
  })
  for (const d of digitRunsIn(text)) add('digits', d.digits)
  for (const d of datesIn(text)) add('date', d.iso)
  for (const m of text.matchAll(EMAIL)) add('email', m[0].toLowerCase())
  return out
}

/** Two words separated only by spaces (or a hyphen): a pair can be one name. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t-]{1,3}$/.test(text.slice(a.end, b.start))
}
