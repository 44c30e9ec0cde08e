/**
 * Passes over resolved spans for ages of 90 and over: a number set off after a name or a birth date, a second guess
 * beside a found age, and a hundred and its unit. Run by detect.ts with the other resolved passes; each returns new
 * spans only.
 */
import type { Span } from './detectors/types'
import { languages } from './languages'
import { isDrug } from './languages/words'
import { isClinicalTerm, isEnglishWord } from './lexicon'
import { phraseFrom } from './detectors/phrases'
import { numberWords, spanishNumber, splitWords } from './spoken'

const AGE_AFTER_NAME = /^\s*[,(]\s*((?:9\d|1[01]\d)(?:\s*(?:yo|y\/o|years?(?:\s+old)?|años))?)\s*(?=[,)])/u

/**
 * "[NAME] (96)", "Rose, 94, fell", "DOB 1/2/1930 (94)": a number of 90+ set off right after a name or a
 * birth date is that person's age; so is one right after a name with a space only, unless a reading or a supply goes
 * on from it ("Spoke with [NAME] 97 w/ AMS"; not "[NAME] 90 day supply").
 */
export function agesAfterNames(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (
      s.type !== 'NAME' &&
      !(
        s.type === 'DATE' &&
        /\b(?:dob|born|birth|d\.o\.b|nacimiento|naci[oó]?)\b/i.test(text.slice(Math.max(0, s.start - 30), s.start))
      )
    )
      continue
    const after = text.slice(s.end, s.end + 24)
    let m = AGE_AFTER_NAME.exec(after)
    // A word no list knows before a number may be a street ("Kaevu 94"): only a name found as one takes its age so.
    if (!m && s.type === 'NAME' && s.source !== 'names:backstop') {
      const beside = AGE_BESIDE_NAME.exec(after)
      const rest = beside ? after.slice(beside[0].length) : ''
      if (
        beside &&
        !READING_GOES_ON.test(rest) &&
        !SUPPLY_AFTER.test(rest) &&
        (AGE_NOTE_AFTER.test(rest) || noteFindingAfter(rest))
      )
        m = beside
    }
    if (!m || !m[1]) continue
    const start = s.end + m[0].indexOf(m[1])
    if (!spans.some((o) => o.start < start + m[1]!.length && o.end > start))
      out.push({ start, end: start + m[1].length, type: 'AGE', source: 'age-after-name', canonical: '>89' })
  }
  return out
}

// A number of 90+ after a name with only a space between, in a note ("Spoke with [NAME] 97 w/ AMS"), unless a reading
// or a supply goes on from it ("[NAME] 90 day supply", "[NAME] 98.6", "[NAME] 110/70").
const AGE_BESIDE_NAME = /^[ \t]+(9\d|1[01]\d)(?![\p{L}\p{N}.,/:%°'’-])/u
const SUPPLY_AFTER =
  /^[ \t]*(?:days?|d|tabs?|tablets?|pills?|caps?|capsules?|count|ct|minutes?|mins?|hours?|hrs?|h|seconds?|secs?|weeks?|wks?|months?|mos?|times?|x|bpm|beats|breaths|ml|cc|g|grams?|oz|ounces?|feet|ft|inches|in|miles?|mi|dollars?|bucks|cents?|sats?|spo2|o2|systolic|diastolic|to|-|–|or|and)(?![\p{L}\p{N}])/iu

// What a note writes after a patient's name and age: sex, "w/", "with", "yo", how the patient is or the end of the
// line ("[NAME] 94 F", "[NAME] 97 w/ AMS", "[NAME] 93 lives alone"); a finding is read apart (noteFindingAfter).
const AGE_NOTE_AFTER =
  /^(?:[ \t]*(?:[,.;:)]|$)|[ \t]+(?:w\/|with|y\/?o|yo|yr|yrs|f|m|female|male|fem|pt|seen|admitted|here|today|now|fall|fell|falls|lives|living|alone|w)(?![\p{L}\p{N}]))/iu
// Clinical words that name a reading or what was given, not a finding: "[NAME] 98 temp", "[NAME] 100 tylenol".
// biome-ignore format: packed list
const READING_WORDS = new Set([
  'temp', 'temperature', 'fever', 'bp', 'pulse', 'hr', 'heart', 'rate', 'weight', 'wt', 'sugar', 'glucose', 'bs', 'bg',
  'sat', 'sats', 'o2', 'spo2', 'rr', 'resp', 'a1c', 'dose', 'doses', 'mg', 'units', 'pounds', 'lbs', 'kg', 'given',
])
const NEXT_WORD = /^[ \t]+([\p{L}]+)/u

/** Whether a finding follows (a clinical word that is no reading and no drug): "[NAME] 99 heel ulcer", "… 97 dementia". */
function noteFindingAfter(rest: string): boolean {
  const word = NEXT_WORD.exec(rest)?.[1]?.toLowerCase()
  // A brand of drug is in the clinical vocabulary and in no dictionary ("tylenol"): a finding is an everyday word too.
  return word !== undefined && isClinicalTerm(word) && isEnglishWord(word) && !READING_WORDS.has(word) && !isDrug(word)
}

const WORD_IN_PHRASE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu
// A number that goes on or carries a unit is a reading, not an age: "maybe 100.4", "or 93.5 kg", "or 97%", "or ninety
// three point five", "o 100 mg".
const READING_GOES_ON =
  /^(?:[.,]\d|[ \t]*(?:%|°|percent|por ciento|point|punto|ponto|virgule|hundred|cien|thousand|mil|degrees?|grados?|kgs?|kilos?|lbs?|pounds?|libras?|mg|mcg|ml|mmhg|units?|unidades|over|sobre)(?![\p{L}]))/iu

/** How many of the leading words say a number of 90 to 119 (digits, English or Spanish words); 0 when none do. */
function ageWordsLength(words: readonly string[]): number {
  if (words.length === 0) return 0
  if (/^(?:9\d|1[01]\d)$/.test(words[0]!)) return 1
  // The longer reading wins: "noventa y uno" is one number, though "noventa" alone reads as one too.
  let used = 0
  for (const reading of [numberWords(words.slice(0, 2)), spanishNumber(words.slice(0, 4))])
    if (reading && reading.value >= 90 && reading.value < 120) used = Math.max(used, reading.used)
  return used
}

interface PhraseWord {
  w: string
  start: number
  end: number
}

/** The words of text[from, to) with their offsets in the text, lower case. */
function phraseWords(text: string, from: number, to: number): PhraseWord[] {
  const out: PhraseWord[] = []
  for (const m of text.slice(from, to).matchAll(WORD_IN_PHRASE))
    out.push({ w: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length })
  return out
}

/** Whether only spaces, tabs, hyphens or one comma separate two words. */
function close(text: string, a: PhraseWord, b: PhraseWord): boolean {
  return /^[ \t-]*,?[ \t]*$/u.test(text.slice(a.end, b.start)) && b.start > a.end
}

/**
 * "she's [ninety] or ninety one", "ninety or [ninety one]", "noventa o [noventa y un] años": a number of 90 or more
 * offered as a second guess beside a found age is an age too.
 */
export function agesBesideAges(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  // "or", "maybe", "o", "ou", "или" of the language tables: a second guess at an age, either side of it.
  const alternatives = languages().numberAlternatives
  // An age found in part ("noventa" of "noventa y uno") may be widened; any other span keeps its words.
  const free = (start: number, end: number): boolean =>
    !spans.some((o) => o.type !== 'AGE' && o.start < end && o.end > start)
  const push = (start: number, end: number): void => {
    if (free(start, end)) out.push({ start, end, type: 'AGE', source: 'age-beside-age', canonical: '>89' })
  }
  for (const s of spans) {
    if (s.type !== 'AGE') continue
    const after = phraseWords(text, s.end, Math.min(text.length, s.end + 48))
    if (
      after.length >= 2 &&
      alternatives.has(after[0]!.w) &&
      /^[ \t]*,?[ \t]*$/u.test(text.slice(s.end, after[0]!.start))
    ) {
      let run = 1
      while (run < after.length - 1 && run < 4 && close(text, after[run]!, after[run + 1]!)) run++
      const n = ageWordsLength(after.slice(1, 1 + run).map((x) => x.w))
      if (n > 0 && !READING_GOES_ON.test(text.slice(after[n]!.end))) push(after[1]!.start, after[n]!.end)
    }
    const before = phraseWords(text, Math.max(0, s.start - 48), s.start)
    const connector = before[before.length - 1]
    if (!connector || !alternatives.has(connector.w) || !/^[ \t]+$/u.test(text.slice(connector.end, s.start))) continue
    // The number ends right before the connector: the longest run of up to four words that is one whole number.
    for (let k = Math.min(4, before.length - 1); k >= 1; k--) {
      const run = before.slice(before.length - 1 - k, before.length - 1)
      if (!run.every((x, i) => i === 0 || close(text, run[i - 1]!, x))) continue
      if (!/^[ \t]*,?[ \t]*$/u.test(text.slice(run[k - 1]!.end, connector.start))) continue
      if (ageWordsLength(run.map((x) => x.w)) !== k) continue
      push(run[0]!.start, run[k - 1]!.end)
      break
    }
  }
  return out
}

// A unit after a hundred said as an age, with the joining word of the language: "cent un", "cento e um", "сто один".
const UNIT_AFTER_HUNDRED = /^[ \t]+(?:(?:e|et|y|and)[ \t]+)?([\p{L}]+)(?![\p{L}])/u

/**
 * "elle a [cent] un ans", "tem [cento] e um anos", "ему [сто] один год": an age of a hundred goes on over the unit
 * of the tables said after it (1 to 19), so no part of an age of 101 to 119 is forwarded.
 */
export function agesPastHundred(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  const { numbers } = languages()
  for (const s of spans) {
    if (s.type !== 'AGE') continue
    const m = UNIT_AFTER_HUNDRED.exec(text.slice(s.end, s.end + 24))
    const unit = m ? numbers.get(m[1]!.toLowerCase()) : undefined
    if (unit === undefined || unit < 1 || unit > 19 || READING_GOES_ON.test(text.slice(s.end + m![0].length))) continue
    if (numbers.get(text.slice(s.start, s.end).toLowerCase().trim()) !== 100) continue
    out.push({ start: s.start, end: s.end + m![0].length, type: 'AGE', source: 'age-past-hundred', canonical: '>89' })
  }
  return out
}

// "y/o", "y.o.", "y. o.": written with stops or a slash, which the tables' phrases (words with spaces) do not read.
const AGE_SYMBOL = /^[ \t]*y[ \t]*[./][ \t]*o\.?(?![\p{L}\p{N}])/iu

/**
 * "[ninety two] years old", "[noventa y un] años", "[92] y/o", "[95] tuổi": the words of the tables that say an age,
 * right after an age of 90+, go with it. They tell the reader nothing the placeholder does not, and a value labelled
 * with them would otherwise be forwarded in part.
 */
export function ageUnitsAfter(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  const yearsOld = languages().yearsOld
  for (const s of spans) {
    if (s.type !== 'AGE' || s.canonical !== '>89') continue
    const tail = text.slice(s.end, s.end + 40).toLowerCase()
    const lead = /^[ \t-]*/u.exec(tail)![0].length
    const list = splitWords(tail)
    if (list.length === 0 || list[0]!.start !== lead) continue
    const n = phraseFrom(list, 0, tail, yearsOld)
    const end = n > 0 ? list[n - 1]!.end : (AGE_SYMBOL.exec(tail)?.[0].length ?? 0)
    if (end > 0) out.push({ start: s.start, end: s.end + end, type: 'AGE', source: 'age-units', canonical: '>89' })
  }
  return out
}
