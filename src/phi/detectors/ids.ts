/**
 * Identifier numbers: SSN, MRN, health plan / Medicare MBI, account, licence, vehicle (VIN, plate),
 * device serials, and a generic rule for identifier-like strings that spares clinical measures.
 */
import { isEnglishWord } from '../lexicon'
import { cueBefore } from './cues'
import type { Detector, Span } from './types'
import type { PhiType } from '../types'
import { isTaper, letterOrNumberLength } from './chars'
import { matchesOf } from './matches'

const SSN = /(?<![\p{N}\p{L}])\d{3}[-\s.]\d{2}[-\s.]\d{4}(?![\p{N}])/gu
const NINE = /(?<![\p{N}\p{L}-])\d{9}(?![\p{N}])/gu
const MBI =
  /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/gi
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/gi
// An identifier-shaped chunk: letters/digits joined by - _ / . # :
/** The identifier-shaped chunk pattern; {@link chunkRanges} finds its matches by hand. */
export const CHUNK = /[\p{L}\p{N}]+(?:[-_/.#:][\p{L}\p{N}]+)*/gu
// A value after a cue: "MRN: 4471", "member id is ab-1234", "plate CAT", "order #123".
const CUED_VALUE =
  /(?:\b(mrn|medical record(?: number)?|record number|chart(?: number)?|patient id|member(?:ship)?(?: id| number| no\.?| #)?|subscriber(?: id)?|policy(?: number| no\.?| #)?|group(?: number| no\.?| #)?|medicaid(?: id| number)?|medicare(?: id| number)?|mbi|insurance(?: id| number)?|account(?: number| no\.?| #)?|acct(?: number| no\.?| #)?|invoice(?: number| no\.?| #)?|claim(?: number| no\.?| #)?|order(?: number| no\.?| #)?|case(?: number| no\.?| #)?|confirmation(?: number| code)?|reference(?: number)?|ref|licen[cs]e(?: number| no\.?| #| plate)?|dl|plates?|tag|vin|serial(?: number| no\.?| #)?|s\/n|sn|device id|username|user name|user id|login|handle|badge(?: number| no\.?| #)?|employee(?: number| no\.?| #)?|student(?: number| no\.?| #)?|id|no\.|num|número|numero)(?![\p{L}\p{N}])|(#))[\s:#=-]*(?:(?:(?:is|was|es|number|no\.?)(?![\p{L}\p{N}])|#)\s*[:#-]?\s*)?([\p{L}\p{N}](?:[\p{L}\p{N}_./-]*[\p{L}\p{N}])?)/giu
// CUED_VALUE without its "#" alternative: in a text without a "#" it finds the same matches (at a letter only the cue
// words can match), and as a pattern opening on \b and a group matchesOf runs it without the boundary scan (its "#"
// alternative kept the whole pattern on the slow path: 25 µs → 8 µs on 1,600 characters of Vietnamese). Groups: the
// cue, then the value.
const CUED_WORD_VALUE = (() => {
  const src = CUED_VALUE.source
  const hash = src.indexOf('|(#))')
  if (!src.startsWith('(?:\\b(') || hash < 0 || src.indexOf('|(#))', hash + 1) >= 0)
    throw new Error('CUED_VALUE is no longer (?:\\b(cue)…|(#))value')
  return new RegExp(`${src.slice(3, hash)}${src.slice(hash + 5)}`, CUED_VALUE.flags)
})()

/** The matches of CUED_VALUE: where it starts, the whole match, its cue ("#" for a bare one) and its value. */
function cuedValues(text: string): Array<{ index: number; whole: string; cue: string; value: string }> {
  if (text.includes('#'))
    return matchesOf(CUED_VALUE, text).map((m) => ({
      index: m.index,
      whole: m[0],
      cue: m[1] ?? m[2] ?? '',
      value: m[3] ?? '',
    }))
  return matchesOf(CUED_WORD_VALUE, text).map((m) => ({
    index: m.index,
    whole: m[0],
    cue: m[1] ?? '',
    value: m[2] ?? '',
  }))
}

// What a cued value can start with: "#" or a letter of a Latin cue word (ſ and K count: the i and u flags fold them onto
// s and k). A text without one (Korean, Arabic, Russian) is not scanned for cues at every position.
const MAY_HOLD_CUE = /[A-Za-z#\u017f\u212a]/
const GROUP = /^[\s-]{1,2}([A-Z0-9]{1,8})(?![\p{L}\p{N}])/u
// The cues of a record's own number, before which "347-712" is that number and no range ("order 100-200 tabs",
// "group 101-105", "id 100-200 mg" stay ranges); and the word before a "#" that makes it one of them.
const ID_RANGE_CUE =
  /^(?:mrn|medical record|record number|chart|patient id|member|subscriber|policy|medicaid|medicare|insurance|account|acct|claim|confirmation|reference|ref)/
const ID_BEFORE_HASH = /(?<![\p{L}\p{N}])(?:patient|pt|chart|record|acct|account|member|claim|ref|mrn)[ \t]*$/u
const LETTERS_OK = /^(?:username|user name|user id|login|handle|plates?|tag|vin|licen[cs]e plate)$/
// biome-ignore format: packed list
const STOP = new Set([
  'is', 'was', 'the', 'a', 'an', 'my', 'and', 'or', 'on', 'in', 'at', 'to', 'for', 'of', 'it', 'its', 'this', 'that', 'not',
  'card', 'number', 'please', 'pls', 'same', 'changed', 'expired', 'lost', 'es', 'el', 'la', 'mi', 'de', 'ok', 'okay',
  'yes', 'no', 'here', 'there', 'below', 'above', 'attached', 'missing', 'wrong', 'new', 'old', 'still', 'but', 'so',
])
const LAST_FOUR =
  /\b(?:last\s*(?:4|four)(?:\s*digits)?|ending(?:\s+in)?|ends\s+(?:in|with)|[uú]ltimos\s+(?:4|cuatro)|termina\s+en)\b[^\p{N}\n]{0,30}?(\d{4})(?!\d)/giu

// Clinical measures and everyday numbers that look like identifiers but are not.
const SPARE = [
  /^\d{1,4}$/,
  /^\d{1,4}(?:[.,]\d+)?(?:mg|mcg|µg|ug|g|gm|gr|kg|lb|lbs|ml|l|cc|mm|cm|m|km|mi|in|ft|oz|f|c|x|h|hr|hrs|min|mins|sec|secs|s|am|pm|a|p|st|nd|rd|th|yo|yr|yrs|y|d|wk|wks|mo|mos|iu|u|unit|units|mmhg|bpm|mgdl|meq|mmol|k|kcal|cal|puff|puffs|tab|tabs|cap|caps|pill|pills|day|days|week|weeks|hour|hours|times|ish|s|°f|°c|º|°)$/i,
  /^\d{1,4}(?:[.,]\d+)?(?:mg|mcg|ml|g|mmol|meq|units?)\/(?:\d+(?:[.,]\d+)?)?(?:dl|l|ml|kg|hr|h|day|d|min|m2|tab|cap)$/i,
  /^[xq]\d{1,2}(?:h|hr|hrs|d|wk|wks|min)?$/i,
  /^\d{1,2}x(?:\/?(?:day|d|wk|week|daily|month|mo))?$/i,
  /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm|a|p|hrs|h)?$/i,
  /^\d{1,3}\/\d{1,3}$/,
  // Ranges: "180-220", "5-6".
  /^\d{1,3}-\d{1,3}$/,
  /^\d{1,4}[.,]\d{1,3}$/,
  /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/,
  /^(?:o2sats?|o2-?sats?|h2o|vitb12|vitd3|vitd|omega-?3s?|omega-?6s?|ft3|covid-?19|sars-?cov-?2|a1c|hba1c|b12|b6|b1|d3|k2|co2|o2|spo2|sp02|h1n1|h5n1|hiv-?1|hiv-?2|hpv|il-?6|cd4|t1|t2|t3|t4|l1|l2|l3|l4|l5|s1|c1|c2|c3|c4|c5|c6|c7|g6pd|mp3|mp4|4g|5g|24\/7|401k|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|ft4|tsh3|covid19)$/i,
]

// "38-year-old", "3-day", "12-lead", "5-pound": a small number joined to ordinary words is a measure.
const NUMBER_WORDS = /^\d{1,3}(?:-[a-z]+){1,3}$/i

const ASCII_DIGIT = /[0-9]/

/**
 * Whether `text` holds `n` ASCII letters or digits in a row: what a VIN's 17 characters need (the pattern's class is
 * ASCII only, even case-blind), read in one pass instead of the pattern tried at every position.
 */
function hasAsciiAlnumRun(text: string, n: number): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const letter = c | 32
    if ((c >= 48 && c <= 57) || (letter >= 97 && letter <= 122)) {
      if (++run >= n) return true
    } else run = 0
  }
  return false
}

const DENSE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu
// One character of those scripts: a text or chunk without any has nothing to cut.
const DENSE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * Chunks with their runs of Han, Kana or Hangul cut out: "电话是6265550148" is the words 电话是 and a number, not one
 * identifier (those scripts write words and numbers without a space between).
 */
function splitDense(text: string, chunks: Array<[number, number]>): Array<[number, number]> {
  // Asked once of the whole text rather than of every chunk (every word of an Arabic or Russian text is one).
  if (!DENSE_CHAR.test(text)) return chunks
  const out: Array<[number, number]> = []
  for (const [start, end] of chunks) {
    const chunk = text.slice(start, end)
    if (/^[\x00-\x7f]*$/.test(chunk) || !DENSE_CHAR.test(chunk)) {
      out.push([start, end])
      continue
    }
    let at = 0
    for (const m of chunk.matchAll(DENSE_RUN)) {
      if (m.index > at) out.push([start + at, start + m.index])
      at = m.index + m[0].length
    }
    if (at < chunk.length) out.push([start + at, end])
  }
  return out
}

/** The matches of CHUNK (letters and numbers joined by single - _ / . # :) as [start, end), found by hand. */
export function chunkRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let p = 0; p < text.length; ) {
    const e = chunkEndAt(text, p)
    if (e > p) out.push([p, e])
    p = e > p ? e : -e
  }
  return out
}

/**
 * Where the chunk starting at `p` ends (> p), or, when no letter or number starts one there, minus the position after
 * the code point at p (surrogate pairs stepped over whole): one reader for {@link chunkRanges} and
 * {@link digitChunkRanges}.
 */
function chunkEndAt(text: string, p: number): number {
  let l = letterOrNumberLength(text, p)
  if (l === 0) {
    const c = text.charCodeAt(p)
    const d = p + 1 < text.length ? text.charCodeAt(p + 1) : 0
    return -(p + (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1))
  }
  let e = p
  for (; l > 0; l = letterOrNumberLength(text, e)) e += l
  for (;;) {
    const c = text.charCodeAt(e)
    // - _ / . # :
    if (c !== 45 && c !== 95 && c !== 47 && c !== 46 && c !== 35 && c !== 58) break
    let k = letterOrNumberLength(text, e + 1)
    if (k === 0) break
    e += 1
    for (; k > 0; k = letterOrNumberLength(text, e)) e += k
  }
  return e
}

/**
 * The {@link chunkRanges} that hold an ASCII digit, in order: the generic rule reads no other (a chunk without one is
 * no identifier, and cutting out its Han or Hangul runs leaves none). Every chunk of a text was found and paired
 * before, and most are words: the scan now skips to the whitespace before the next digit. A chunk never holds white
 * space, so the scan of every chunk reaches such a space stepping and goes on after it the same from there.
 */
export function digitChunkRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let p = 0
  for (let digit = nextAsciiDigit(text, 0); digit >= 0; digit = nextAsciiDigit(text, p)) {
    // Back from the next digit to the last space, tab or line break at p or after (once per digit, so linear): the
    // scan resumes right after it.
    let w = digit - 1
    while (w >= p && !isBreakUnit(text.charCodeAt(w))) w--
    if (w >= p) p = w + 1
    // `digit` stays the first ASCII digit at p or after until the scan passes it: a chunk holds one when it reaches it.
    while (p <= digit) {
      const e = chunkEndAt(text, p)
      if (e > p && digit < e) out.push([p, e])
      p = e > p ? e : -e
    }
  }
  return out
}

/** The first ASCII digit at `from` or after, or -1. */
function nextAsciiDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) return i
  }
  return -1
}

/** A space, tab or line break: never inside a chunk, never a surrogate's half. */
function isBreakUnit(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** How many ASCII digits `s` holds (what `s.replace(/\D/g, '').length` counts), without building a string. */
function asciiDigits(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

/**
 * Whether a chunk of fewer than five digits still reads as an identifier: letters with five characters or more
 * beside its separators, or four in capitals with two digits. Asked only below five digits: the counts are strings
 * built per chunk, and a chunk of five digits or more is identifier-like whatever they are.
 */
function shortIdentifierLike(chunk: string, digits: number): boolean {
  const letters = chunk.replace(/[^\p{L}]/gu, '').length
  const bare = chunk.replace(/[-_/.#:]/g, '').length
  return (
    (letters > 0 && bare >= 5) ||
    (letters > 0 && digits >= 2 && bare >= 4 && /\p{Lu}/u.test(chunk) && !/\p{Ll}/u.test(chunk))
  )
}

/**
 * Every SPARE pattern as one: each is `^…$` with no alternative outside its group, so a chunk matches the union exactly
 * when it matches one of them (one anchored match per chunk instead of eleven; the case-insensitive flag changes none
 * of the digit-only ones).
 */
const ANY_SPARE = new RegExp(
  `^(?:${SPARE.map((re) => {
    if (!re.source.startsWith('^') || !re.source.endsWith('$') || re.flags.replace('i', '') !== '')
      throw new Error(`spare pattern not of the form ^…$: ${re}`)
    return re.source.slice(1, -1)
  }).join('|')})$`,
  'i',
)

function spared(chunk: string): boolean {
  if (ANY_SPARE.test(chunk)) return true
  // "prednisone taper 40-30-20-10": falling doses.
  if (isTaper(chunk)) return true
  if (NUMBER_WORDS.test(chunk))
    return chunk
      .split('-')
      .slice(1)
      .every((w) => isEnglishWord(w.toLowerCase()))
  return false
}

/**
 * The cue before each offset, read once per offset: a cued value and the generic chunk it also is start at the same
 * place ("MRN 4471" is both), and the cue depends on the offset alone.
 */
type CuesAt = Map<number, PhiType | undefined>

function cueAt(cues: CuesAt, lower: string, start: number): PhiType | undefined {
  if (cues.has(start)) return cues.get(start)
  const cue = cueBefore(lower, start, 40)
  cues.set(start, cue)
  return cue
}

function typeFromCue(cues: CuesAt, lower: string, start: number, value: string): PhiType {
  const cue = cueAt(cues, lower, start)
  if (!cue) return 'OTHER'
  const digits = value.replace(/\D/g, '')
  if (cue === 'PHONE') return /\p{L}/u.test(value) || digits.length < 7 ? 'OTHER' : 'PHONE'
  if (cue === 'ZIP') return /^\d{5}(?:-\d{4})?$/.test(value) ? 'ZIP' : 'OTHER'
  if (cue === 'SSN') return digits.length === 9 || digits.length === 4 ? 'SSN' : 'OTHER'
  return cue
}

function push(spans: Span[], start: number, end: number, type: PhiType, source: string): void {
  if (end > start) spans.push({ start, end, type, source })
}

// A user name read out: "maria underscore l eighty two", "jsmith dot ninety".
const SPOKEN_NUMBER =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)'
const SPOKEN_HANDLE = new RegExp(
  String.raw`\b(?:username|user name|user id|login|handle|screen name|gamertag|usuario|instagram|insta|twitter|tiktok|snapchat)\s+(?:is\s+|es\s+|name\s+is\s+)?(?<v>[\p{L}\p{N}]+(?:\s+(?:underscore|under score|dot|dash|hyphen|period|guion bajo|punto)\s+[\p{L}\p{N}]+)+(?:\s+(?:${SPOKEN_NUMBER}|[a-z]|\d+)(?![\p{L}\p{N}]))*)`,
  'giud',
)
// A word each part of SPOKEN_HANDLE needs (its cue, then a separator said aloud), with its flags so case folds alike:
// a text without both is not searched with the whole pattern, which is tried at every word.
const SPOKEN_HANDLE_CUE_WORD = /user|login|handle|screen name|gamertag|usuario|insta|twitter|tiktok|snapchat/iu
const SPOKEN_HANDLE_SEPARATOR = /underscore|under score|dot|dash|hyphen|period|guion bajo|punto/iu

// Licence plates written in capitals with a space or dash ("NXK 4471", "FTZ-882", "7TRX 118", "482 KLM", "LKT 4R9",
// "QJT 88M": letters and digits mixed in the second group), when a vehicle is named shortly before ("gray minivan NXK
// 4471", "la placa del carro es FTZ 882").
const PLATE =
  /(?<![\p{L}\p{N}])(?:[A-Z]{3,4}[ -]?(?=[A-Z\d]{0,3}\d)[A-Z\d]{2,4}|\d[A-Z]{3}[ -]?\d{3}|\d{3}[ -]?[A-Z]{3})(?![\p{L}\p{N}])/gu
const VEHICLE_BEFORE =
  /\b(?:plates?|tags?|placas?|matr[ií]cula|patente|car|truck|van|minivan|suv|sedan|pickup|jeep|vehicle|carro|coche|camioneta|auto|honda|toyota|ford|chevy|chevrolet|nissan|subaru|hyundai|kia|dodge|tesla|mazda|volkswagen|vw|gmc|buick|lexus|acura|civic|camry|corolla|prius|outback|parked|parking|driving|estacionad[oa])\b[^.!?\n]{0,30}$/
const NOT_PLATE =
  /^(?:ICU|MRI|EKG|ECG|CBC|PCP|DOB|SSN|MRN|APT|BMP|CMP|TSH|PSA|INR|COVID|HIV|LDL|HDL|RSV|UTI|ROOM|SUITE|UNIT|BLDG|EXT|OPT|TIER|TYPE|STEP|LEVEL|PAGE|GATE|DOOR|BED|LOT|ZONE|AREA|ROW|BAY)\b/

/** Finds SSNs, MBIs, VINs, cued identifiers and generic identifier-like strings. */
export const detectIds: Detector = ({ text, lower }) => {
  const spans: Span[] = []
  const cues: CuesAt = new Map()
  // Every pattern below but the cued values and spoken handles needs an ASCII digit (\d is [0-9] even with the
  // u flag; a VIN or generic chunk without one is dropped anyway): texts without one skip them.
  const hasDigit = ASCII_DIGIT.test(text)
  for (const m of hasDigit ? matchesOf(SSN, text) : []) push(spans, m.index, m.index + m[0].length, 'SSN', 'ssn')
  for (const m of hasDigit ? matchesOf(NINE, text) : []) {
    const cue = cueAt(cues, lower, m.index)
    push(
      spans,
      m.index,
      m.index + 9,
      cue === 'SSN' ? 'SSN' : cue && cue !== 'PHONE' && cue !== 'ZIP' ? cue : 'OTHER',
      'nine',
    )
  }
  for (const m of hasDigit ? matchesOf(MBI, text) : []) push(spans, m.index, m.index + m[0].length, 'HEALTHPLAN', 'mbi')
  for (const m of hasDigit && hasAsciiAlnumRun(text, 17) ? matchesOf(VIN, text) : []) {
    if (/\d/.test(m[0]) && /[a-z]/i.test(m[0])) push(spans, m.index, m.index + m[0].length, 'VEHICLE', 'vin')
  }
  for (const m of /[A-Z]{3}/.test(text) ? matchesOf(PLATE, text) : []) {
    if (NOT_PLATE.test(m[0]) || !VEHICLE_BEFORE.test(lower.slice(Math.max(0, m.index - 50), m.index))) continue
    push(spans, m.index, m.index + m[0].length, 'VEHICLE', 'plate')
  }
  const spokenHandle = SPOKEN_HANDLE_CUE_WORD.test(lower) && SPOKEN_HANDLE_SEPARATOR.test(lower)
  for (const m of spokenHandle ? matchesOf(SPOKEN_HANDLE, lower) : []) {
    const v = (m as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number]> } }).indices?.groups?.v
    if (v) push(spans, v[0], v[1], 'OTHER', 'handle-spoken')
  }
  for (const m of hasDigit ? matchesOf(LAST_FOUR, text) : []) {
    const at = m.index + m[0].length - 4
    const cue = cueBefore(lower, at, 50)
    push(spans, at, at + 4, cue === 'SSN' ? 'SSN' : cue && cue !== 'PHONE' ? cue : 'OTHER', 'last-four')
  }
  for (const m of MAY_HOLD_CUE.test(text) ? cuedValues(text) : []) {
    const cue = m.cue.toLowerCase()
    const value = m.value
    if (STOP.has(value.toLowerCase())) continue
    const start = m.index + m.whole.length - value.length
    let end = m.index + m.whole.length
    // IDs are often written in groups: "XGA 40918 22071", "PZK 770124 S", "7TRX 118".
    const groups = [value]
    while (groups.length < 5) {
      const g = GROUP.exec(text.slice(end, end + 14))
      if (!g || !g[1] || (g[1].length < 2 && !/\d/.test(g[1]))) break
      if (!/\d/.test(g[1]) && !/\d/.test(groups.join(''))) break
      if (spared(g[1]) && !/^\d+$/.test(g[1])) break
      groups.push(g[1])
      end += g[0].length
    }
    const all = groups.join('')
    const hasDigit = /\d/.test(all)
    if (hasDigit) {
      if (all.replace(/\D/g, '').length < 3 && !/\p{L}/u.test(all)) continue
      // After an identifier's own cue, three digits, a hyphen and three more are its number, not a range ("MRN
      // 347-712", "patient # 347-712"; "bp 120-140" has no such cue).
      const idRange =
        /^\d{3}-\d{3}$/.test(value) &&
        (cue === '#' ? ID_BEFORE_HASH.test(lower.slice(Math.max(0, m.index - 16), m.index)) : ID_RANGE_CUE.test(cue))
      if (groups.length === 1 && spared(value) && !/^\d{3,4}$/.test(value) && !idRange) continue
      // A leading letters-only group belongs to the ID only when written like one (capitals).
      if (
        !/\d/.test(value) &&
        !/^[A-Z]{1,6}$/.test(value) &&
        !(/^[a-z]{2,5}$/i.test(value) && !isEnglishWord(value.toLowerCase()))
      )
        continue
    } else if (!LETTERS_OK.test(cue) || value.length < 2) {
      continue
    } else if (isEnglishWord(value.toLowerCase()) && !(/^[A-Z]{2,8}$/.test(value) && /plate|tag/.test(cue))) {
      // "login from ...", "username is below": an ordinary word, not the value (a capitalised plate still counts).
      continue
    }
    push(spans, start, end, typeFromCue(cues, lower, start, all), 'cued')
  }
  for (const [at, chunkEnd] of hasDigit ? splitDense(text, digitChunkRanges(text)) : []) {
    if (chunkEnd - at < 4) continue
    const chunk = text.slice(at, chunkEnd)
    const digits = asciiDigits(chunk)
    if (digits === 0) continue
    if ((digits < 5 && !shortIdentifierLike(chunk, digits)) || spared(chunk)) continue
    push(spans, at, chunkEnd, typeFromCue(cues, lower, at, chunk), 'generic')
  }
  return spans
}
