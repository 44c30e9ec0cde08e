/**
 * Numbers fail closed. A number the detectors left (digits, or number words of any language the engine reads) is
 * kept only when its context claims it as a clinical or everyday quantity: a unit or count after it, a vital, lab,
 * dose, time or price cue before it, a score or blood pressure, a time of day, a decimal, a percentage, a year alone,
 * an age under 90, a list position. Any other number could be a day, an age of 90+, a house number or part of an ID,
 * and is redacted (never tokenized: see `redactOnly` in deidentify). The number tokens come from spoken-numbers.ts and
 * the claiming contexts from number-claims.ts; this file walks the tokens and redacts what nothing claims.
 */
import { languages } from '../languages'
import { type Word, words } from '../spoken'
import { hasHan, isTaper } from './chars'
import { DATE_SPOKEN_OF, DAY_ARTICLE_LANGUAGES, claim, datePairAround } from './number-claims'
import { type NumberToken, numberTokensOf } from './spoken-numbers'
import type { Span } from './types'
import { sortedByStart } from './span-order'

/** The `source` of the spans this pass adds; deidentify redacts them without minting a token. */
export const NUMBER_BACKSTOP = 'number-backstop'

// Public service numbers: 911, 988 (crisis line), 411, 311, 211.
const SERVICE_NUMBERS = new Set(['911', '988', '411', '311', '211', '112'])

/** Whether `word` is a number word of the language `code`. */
function numberIn(word: string, code: string): boolean {
  return languages().numberLanguages.get(word)?.has(code) ?? false
}

/** Whether a number token can identify at all: a lone digit ("3", "two") names no day past the 9th, no age, no ID. */
function canIdentify(token: NumberToken, list: readonly Word[], text: string): boolean {
  if (SERVICE_NUMBERS.has(token.spelled)) return false
  if (token.digits && !token.ordinal)
    return token.value === undefined || token.value >= 10 || token.end - token.start > 1
  if (token.ordinal) return true
  if (token.from !== token.to) return true
  // "mi cita es el ocho", "le huit": a day of the month said with its article, early in the month too, in the
  // article's own language ("el set de" is no Haitian seven), where a date is spoken of ("el dolor es el ocho" is a
  // score).
  const article = DAY_ARTICLE_LANGUAGES.get(list[token.from - 1]?.w ?? '')
  if (
    token.value !== undefined &&
    token.value >= 2 &&
    article &&
    numberIn(list[token.from]!.w, article) &&
    DATE_SPOKEN_OF.test(text.slice(Math.max(0, token.start - 48), token.start))
  )
    return true
  return token.value !== undefined && token.value >= 10 && list[token.from]!.w.length > 1
}

/**
 * Number spans nothing claims, outside the given (resolved) spans. `text` and `lower` are the scanned text (placeholders
 * blanked), so an engine placeholder never reads as a number.
 */
export function unclaimedNumbers(text: string, lower: string, spans: readonly Span[]): Span[] {
  if (!/[0-9]|\p{L}/u.test(lower)) return []
  const list = words(lower)
  if (list.length === 0) return []
  const out: Span[] = []
  const sorted = sortedByStart([...spans])
  let s = 0
  // The last number a context claimed: a reading right after it in a list is claimed too ("sugars 110 118 132").
  let lastClaimed: NumberToken | undefined
  let lastUnclaimed: NumberToken | undefined
  for (const token of numberTokensOf(lower, text)) {
    while (s < sorted.length && sorted[s]!.end <= token.start) s++
    const covering = sorted[s]
    if (covering && covering.start < token.end) {
      // "tháng ba năm một chín ba mươi": a run of number words that starts inside a found date and goes on past it.
      const rest = covering.start <= token.start ? restAfter(token, covering.end, list) : undefined
      if (rest && canIdentify(rest, list, text) && claim(rest, list, text, lower) === undefined)
        out.push({ start: rest.start, end: rest.end, type: 'OTHER', source: NUMBER_BACKSTOP })
      continue
    }
    const pair = token.digits ? datePairAround(text, token) : undefined
    if (pair && claim(token, list, text, lower) === undefined) {
      out.push({ start: pair[0], end: pair[1], type: 'DATE', source: NUMBER_BACKSTOP })
      continue
    }
    if (!canIdentify(token, list, text)) {
      // "ciento doce sobre setenta": a number that names no one (112 is also a service number) still opens a pair.
      const v = token.digits ? undefined : readingValue(token)
      if (v !== undefined && v >= 70 && v <= 260 && claim(token, list, text, lower) !== undefined) lastClaimed = token
      continue
    }
    const series =
      lastClaimed &&
      token.digits &&
      lastClaimed.digits &&
      /^[ \t,;-]{1,3}$/.test(text.slice(lastClaimed.end, token.start)) &&
      Math.abs(lastClaimed.spelled.length - token.spelled.length) <= 1
    // "двести на сто", "one eighty over ninety", "مية على سبعين": the lower reading of a blood pressure after a claimed one.
    // Both in the ranges of a blood pressure, the second lower ("account 88 over 221" is none).
    const upper = lastClaimed === undefined ? undefined : readingValue(lastClaimed)
    const lower2 = readingValue(token)
    const pressure =
      lastClaimed !== undefined &&
      upper !== undefined &&
      lower2 !== undefined &&
      upper >= 70 &&
      upper <= 260 &&
      lower2 >= 30 &&
      lower2 <= 160 &&
      lower2 < upper &&
      PRESSURE_JOINER.test(text.slice(lastClaimed.end, token.start))
    // A digit group right after an unclaimed one is the next group of the same card or ID ("0019 4471 2280 3311"),
    // whatever follows it.
    const sameId =
      lastUnclaimed &&
      token.digits &&
      lastUnclaimed.digits &&
      /^[ \t.-]$/.test(text.slice(lastUnclaimed.end, token.start))
    if (sameId) {
      lastUnclaimed = token
      out.push({ start: token.start, end: token.end, type: 'OTHER', source: NUMBER_BACKSTOP })
      continue
    }
    lastUnclaimed = undefined
    const claimed = series || pressure || inTaper(token, text) || claim(token, list, text, lower) !== undefined
    if (claimed && !ageOfNinetyAround(token, list)) {
      lastClaimed = token
      continue
    }
    lastClaimed = undefined
    lastUnclaimed = token
    // "fifty five hundred broadway": a multiplier the number runs on to is part of the number it scales.
    const multiplier = token.digits ? null : MULTIPLIER_AFTER.exec(lower.slice(token.end, token.end + 12))
    const end = token.end + (multiplier ? multiplier[0].length : 0)
    out.push({ start: token.start, end, type: 'OTHER', source: NUMBER_BACKSTOP })
  }
  return out
}

/** The words of a spoken run after `end` (a found span's end) as a token of their own; undefined if none are left. */
function restAfter(token: NumberToken, end: number, list: readonly Word[]): NumberToken | undefined {
  if (token.digits || token.end <= end) return undefined
  let k = token.from
  while (k <= token.to && list[k]!.start < end) k++
  if (k > token.to) return undefined
  const start = list[k]!.start
  const whole = k === token.from
  return {
    ...token,
    from: k,
    start,
    value: whole ? token.value : undefined,
    groups: whole ? token.groups : Math.max(1, token.groups - 1),
  }
}

// What a number of 90 and more counts besides years: a multiplier, a unit, a measure ("ninety thousand miles").
// biome-ignore format: packed list
const QUANTITY_AFTER = new Set([
  'thousand', 'hundred', 'miles', 'pounds', 'lbs', 'dollars', 'bucks', 'percent', 'degrees', 'mg', 'milligrams',
  'units', 'minutes', 'days', 'over', 'kilos', 'feet', 'cents',
])
// English words of age a few words before a number ("very old maybe ninety two or ninety three", "she turns 95").
const AGE_WORDS = new Set(['old', 'age', 'aged', 'turns', 'turned', 'turning', 'birthday', 'elderly'])

/**
 * Whether a spoken number of 90 to 119 follows a word of age within four words: an age of 90 or more, which no range
 * ("ninety two or ninety three") or count ("ninety three nobody knows") claims.
 */
function ageOfNinetyAround(token: NumberToken, list: readonly Word[]): boolean {
  const v = token.digits ? undefined : readingValue(token)
  if (v === undefined || v < 90 || v > 119 || QUANTITY_AFTER.has(list[token.to + 1]?.w ?? '')) return false
  for (let j = Math.max(0, token.from - 6); j < token.from; j++) if (AGE_WORDS.has(list[j]!.w)) return true
  return false
}

/** A reading's value: one number, or two spoken groups that spell one ("one sixty" is 160). */
function readingValue(token: NumberToken): number | undefined {
  if (token.value !== undefined) return token.value
  return token.groups === 2 && token.spelled.length <= 3 ? Number(token.spelled) : undefined
}

const PRESSURE_JOINER = /^[ \t]+(?:over|sobre|por|на|على|trên|sur)[ \t]+$/u

const MULTIPLIER_AFTER = /^[ \t]+(?:hundred|thousand)(?![\p{L}\p{N}])/u

/** A number inside a dose taper ("60-45-30-15"): falling steps, not a phone or an ID. */
function inTaper(token: NumberToken, text: string): boolean {
  if (!token.digits) return false
  let a = token.start
  let b = token.end
  while (a > 0 && /[\d-]/.test(text[a - 1]!)) a--
  while (b < text.length && /[\d-]/.test(text[b]!)) b++
  const group = text.slice(a, b)
  return group.split('-').length >= 3 && isTaper(group)
}

// Digits written straight after Han characters ("我住在2150 Stockton St"): the word scanner reads "在2150" as one
// word, so the number contexts above never see it. Three or more digits there, with no unit or clinical cue around.
const HAN_GLUED = /(?<=\p{Script=Han})\d{3,6}(?![\d.,:/%])/gu

/** Numbers glued to Han text that no unit or cue claims: redacted like every other unclaimed number. */
export function hanGluedNumbers(text: string, lower: string, spans: readonly Span[]): Span[] {
  const units = unitNumbers(lower, spans)
  if (!hasHan(text) || !/\p{Script=Han}\d/u.test(text)) return units
  const lang = languages()
  const out: Span[] = []
  for (const m of lower.matchAll(HAN_GLUED)) {
    const start = m.index
    const end = start + m[0].length
    if (spans.some((s) => s.start < end && s.end > start)) continue
    const after = lower.slice(end, end + 8).trimStart()
    const before = lower.slice(Math.max(0, start - 8), start)
    if (
      lang.unitsAfter.unspaced.some((u) => after.startsWith(u)) ||
      lang.cuesBefore.unspaced.some((c) => before.endsWith(c))
    )
      continue
    if (lang.unitsAfter.phrases.has((/^[\p{L}]+/u.exec(after) ?? [''])[0])) continue
    if (/^(?:19|20)\d{2}$/.test(m[0]) && /^年/.test(after)) continue
    out.push({ start, end, type: 'OTHER', source: NUMBER_BACKSTOP })
  }
  return [...out, ...units.filter((u) => !out.some((o) => o.start < u.end && o.end > u.start))]
}

// A flat, room or house number written with its unit character: "301호", "2B室", "4120号" (three digits or more: a
// day of the month written with 号 has two at most).
const UNIT_NUMBER = /(?<![\p{L}\p{N}])(?:\d{1,5}[a-z]?(?=室|호(?!선))|\d{3,5}(?=号|號))/gu

function unitNumbers(lower: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const m of lower.matchAll(UNIT_NUMBER)) {
    const start = m.index
    const end = start + m[0].length
    if (m[0].length < 2 || spans.some((s) => s.start < end && s.end > start)) continue
    out.push({ start, end, type: 'OTHER', source: NUMBER_BACKSTOP })
  }
  return out
}
