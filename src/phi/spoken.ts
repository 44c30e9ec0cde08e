/**
 * Spoken numbers and spelled letters as they appear in speech-to-text transcripts:
 * "four one five five five five oh one seven eight", "double five", "z g p four four nine",
 * "nineteen eighty two", "twenty second". Pure helpers shared by the detectors.
 */
import { letterLength, letterNumberOrMarkLength, letterOrNumberLength, nextCodePoint } from './detectors/chars'

/**
 * A lookup table without a prototype: words of the text index these tables, and "constructor" or "toString"
 * must read as unknown words, not as Object.prototype members (that made a detector throw and the whole text
 * fail closed).
 */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}

/** Single-digit words (English and Spanish). */
// biome-ignore format: packed list
export const DIGIT_WORDS: Readonly<Record<string, string>> = table({
  zero: '0', oh: '0', o: '0', cero: '0', one: '1', uno: '1', una: '1', two: '2', dos: '2', three: '3', tres: '3',
  four: '4', cuatro: '4', five: '5', cinco: '5', six: '6', seis: '6', seven: '7', siete: '7', eight: '8', ocho: '8',
  nine: '9', nueve: '9', niner: '9',
})

/** Teens and tens (English and Spanish). */
// biome-ignore format: packed list
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, diez: 10, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16,
  dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40,
  cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, veintiuno: 21, veintidos: 22, veintidós: 22,
  veintitres: 23, veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintiséis: 26, veintisiete: 27,
  veintiocho: 28, veintinueve: 29, once: 11,
})

/**
 * {@link DIGIT_WORDS} and {@link TENS_WORDS} as maps, for the engine's reads by word: a keyed read of a table without a
 * prototype (kept as a dictionary) by a string made at run time first looks the string up in V8's table of
 * internalized strings, and those reads ran for every word of every text.
 */
export const DIGIT_VALUES: ReadonlyMap<string, string> = new Map(Object.entries(DIGIT_WORDS))
/** See {@link DIGIT_VALUES}. */
export const TENS_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(TENS_WORDS))

/** A word that is or spells a number ("12", "seven", "forty"): no part of a name around it. */
export function isNumberWord(w: string): boolean {
  return /\d/.test(w) || DIGIT_VALUES.has(w) || TENS_VALUES.has(w)
}

/** Ordinal day words → day number. */
// biome-ignore format: packed list
export const ORDINAL_WORDS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, primero: 1,
})

/** /^\d$/.test(w) without the pattern: it ran for every word of every run. */
function isOneDigit(w: string): boolean {
  const c = w.charCodeAt(0)
  return w.length === 1 && c >= 48 && c <= 57
}

/** A word of the text with its offsets (into the normalized text). */
export interface Word {
  start: number
  end: number
  /** Lower-case form. */
  w: string
}

/**
 * A {@link Word} as {@link words} makes them: by a constructor, not an object literal. A text's words outlive
 * scavenges while its detectors run, and V8 then moves a literal's allocation site to the old generation: every
 * word of every later text was allocated there (see `Word` in detectors/names/tokens.ts).
 */
class SplitWord implements Word {
  constructor(
    public start: number,
    public end: number,
    public w: string,
  ) {}
}

/** What {@link words} splits on; the split is done by hand, exactly as this pattern would. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}]+)*/gu

// The last text split: the detectors of one text ask for its words several times in a row.
let lastLower: string | undefined
let lastWords: readonly Word[] = []
// Every list `words` handed out: none is ever changed (read-only to every caller), so a look-up may keep what it read
// of one by the list itself. Not frozen: V8 reads a frozen array's elements and iterates it by a slower path, and
// every detector reads this list word by word.
const handedOut = new WeakSet<readonly Word[]>()

/** Splits lower-case text into words with offsets (the same array for the same text asked twice in a row). */
export function words(lower: string): readonly Word[] {
  if (lower === lastLower) return lastWords
  const out = splitWords(lower)
  lastLower = lower
  lastWords = out
  handedOut.add(out)
  return out
}

/** Whether `list` is one {@link words} handed out: the same list then always holds the same words. */
export function isSharedWordList(list: readonly unknown[]): boolean {
  return handedOut.has(list as readonly Word[])
}

/** The words of a lower-case text, as {@link words} reads them, without its memo (for a slice read once). */
export function splitWords(lower: string): Word[] {
  const out: Word[] = []
  let p = 0
  while (p < lower.length) {
    let l = letterOrNumberLength(lower, p)
    if (l === 0) {
      p = nextCodePoint(lower, p)
      continue
    }
    let e = p
    // The vowel signs and viramas of Devanagari, Bengali, Khmer or Burmese are marks inside the word ("पाँच", five).
    for (; l > 0; l = letterNumberOrMarkLength(lower, e)) e += l
    for (;;) {
      const c = lower.charCodeAt(e)
      if (c !== 39 && c !== 0x2019) break
      let k = letterLength(lower, e + 1)
      if (k === 0) break
      e += 1
      for (; k > 0; k = letterLength(lower, e)) e += k
    }
    out.push(new SplitWord(p, e, lower.slice(p, e)))
    p = e
  }
  return out
}

/** Whether the code unit is one of /[\s,.\-]/ (white space as JavaScript's \s reads it, comma, period, hyphen). */
function isRunGap(c: number): boolean {
  if (c === 32 || c === 44 || c === 46 || c === 45 || (c >= 9 && c <= 13)) return true
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** True when only spaces, hyphens, commas or periods separate two words (a spoken run continues). */
export function joined(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end > 3) return false
  // By hand rather than /^[\s,.\-]*$/ over a slice: it runs for every pair of words a run looks at.
  for (let k = a.end; k < b.start; k++) if (!isRunGap(text.charCodeAt(k))) return false
  return true
}

/** A run of spoken digits / spelled letters, with what it spells. */
export interface SpokenRun {
  start: number
  end: number
  /** Index range in the word list (end exclusive). */
  from: number
  to: number
  /** What the run spells: digits and lower-case letters. */
  spelled: string
  digits: number
  letters: number
}

/** /^[a-zñ]$/ as a character check (it runs for every word). */
const SINGLE_LETTER = {
  test(w: string): boolean {
    if (w.length !== 1) return false
    const c = w.charCodeAt(0)
    return (c >= 97 && c <= 122) || c === 0xf1
  },
}
/** Words read out between the groups of an identifier. */
const SEPARATOR_WORDS = new Set(['dash', 'hyphen', 'guion', 'guión', 'slash'])
/** Hesitations speech-to-text keeps inside a number: "two one three uh five five five". */
const FILLER_WORDS = new Set(['uh', 'um', 'umm', 'uhm', 'er', 'erm', 'ah', 'eh', 'este', 'eh'])

/** Spanish digit words: between two of them "o" means "or" ("una o dos pastillas"). */
const ES_DIGIT_WORDS = new Set([
  'cero',
  'uno',
  'una',
  'un',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
])

function unitValue(w: string): string | undefined {
  if (w === 'o') return undefined
  // Speech-to-text often writes digits one by one: "4 1 5 5 5 5 0 1 2 3".
  if (w.length === 1 && w >= '0' && w <= '9') return w
  return DIGIT_VALUES.get(w)
}

/**
 * Runs of spoken digits and spelled letters: single-digit words, "double"/"triple", tens + unit
 * ("twenty two" → 22) and single letters. Reported when at least three single-digit words or
 * letters other than "a"/"i" back them (so "two thirty" and "at three p m" stay times).
 */
export function spokenRuns(lower: string, list: readonly Word[]): SpokenRun[] {
  const runs: SpokenRun[] = []
  const evidence = evidenceAhead(lower, list)
  let i = 0
  while (i < list.length) {
    // No run starting here can gather the evidence a report needs ("a a a a…"): skip the word without reading the
    // 48 words after it, which kept the cost per word at 48 look-ups.
    if (evidence[i]! < 3) {
      i += 1
      continue
    }
    let j = i
    let spelled = ''
    let digits = 0
    let letters = 0
    let strong = 0
    let wordsUsed = 0
    // A run is capped at 48 words (a longer one continues as the next run), so a long stretch of number words
    // that never qualifies costs linear time, not quadratic.
    while (j < list.length && j - i < 48) {
      const cur = list[j]!
      if (j > i && !joined(lower, list[j - 1]!, cur)) break
      const w = cur.w
      const next = list[j + 1]
      let piece: string | undefined
      let used = 1
      let weight = 1
      // unitValue is pure: asked once per word rather than once per branch.
      const wordUnit = unitValue(w)
      if ((w === 'double' || w === 'triple') && next && joined(lower, cur, next) && unitValue(next.w) !== undefined) {
        piece = unitValue(next.w)!.repeat(w === 'double' ? 2 : 3)
        used = 2
        weight = piece.length
      } else if (
        (w === 'double' || w === 'triple') &&
        next &&
        joined(lower, cur, next) &&
        SINGLE_LETTER.test(next.w) &&
        next.w !== 'a' &&
        next.w !== 'i'
      ) {
        // "double x" in a spelled serial: xx.
        piece = next.w.repeat(w === 'double' ? 2 : 3)
        used = 2
        weight = piece.length
      } else if (
        (SEPARATOR_WORDS.has(w) || FILLER_WORDS.has(w)) &&
        j > i &&
        next &&
        joined(lower, cur, next) &&
        (unitValue(next.w) !== undefined || TENS_VALUES.get(next.w) !== undefined)
      ) {
        // "four five six dash twelve dash ...": a spoken separator inside a run keeps the run going.
        piece = ''
        weight = 0
      } else if (wordUnit !== undefined && next?.w === 'hundred' && joined(lower, cur, next)) {
        // "eight hundred" in a phone number: 800.
        piece = `${wordUnit}00`
        used = 2
      } else if (wordUnit !== undefined) {
        piece = wordUnit
      } else if (
        w === 'o' &&
        j > i &&
        ES_DIGIT_WORDS.has(list[j - 1]!.w) &&
        next !== undefined &&
        ES_DIGIT_WORDS.has(next.w)
      ) {
        // "una o dos", "tres o cuatro": between Spanish number words "o" is "or", neither zero nor a letter: the run ends.
        piece = undefined
      } else if (w === 'o' && /\d$/.test(spelled)) {
        piece = '0'
      } else if (TENS_VALUES.get(w) !== undefined) {
        // Tens count toward the spelled value but not toward the evidence ("two thirty" is a time).
        const tens = TENS_VALUES.get(w)!
        const unit = next && joined(lower, cur, next) ? unitValue(next.w) : undefined
        const after = list[j + 2]
        // Spanish joins tens and units with "y": "treinta y uno" → 31.
        const yUnit =
          next?.w === 'y' && after && joined(lower, cur, next) && joined(lower, next, after)
            ? unitValue(after.w)
            : undefined
        weight = 0
        if (tens >= 20 && tens % 10 === 0 && unit !== undefined && unit !== '0') {
          piece = String(tens + Number(unit))
          used = 2
        } else if (tens >= 30 && tens % 10 === 0 && yUnit !== undefined && yUnit !== '0') {
          piece = String(tens + Number(yUnit))
          used = 3
        } else {
          piece = String(tens)
        }
      } else if (SINGLE_LETTER.test(w)) {
        piece = w
        // "a", "i" and the Spanish "y" (and) are words far more often than spelled letters.
        if (w === 'a' || w === 'i' || w === 'y') weight = 0
      }
      if (piece === undefined) break
      spelled += piece
      for (const ch of piece) {
        if (ch >= '0' && ch <= '9') digits += 1
        else letters += 1
      }
      strong += weight
      j += used
      wordsUsed += used
    }
    // No run starts at this word (most words): nothing below can report one.
    if (j === i) {
      i += 1
      continue
    }
    // "at three p m": a trailing a.m./p.m. is a time of day, not part of an identifier.
    if (j - i >= 2 && list[j - 1]!.w === 'm' && (list[j - 2]!.w === 'p' || list[j - 2]!.w === 'a')) {
      j -= 2
      wordsUsed -= 2
      spelled = spelled.slice(0, -2)
      letters -= 2
      if (list[j]!.w === 'p') strong -= 2
      else strong -= 1
    }
    // Digits typed one by one need four to count ("1 2 3" is a list, "4 4 3 2" a number).
    let typedDigits = true
    for (let k = i; k < j && typedDigits; k++) typedDigits = isOneDigit(list[k]!.w)
    if (wordsUsed >= 2 && strong >= (typedDigits ? 4 : 3) && spelled.length >= 3 && j > i) {
      runs.push({ start: list[i]!.start, end: list[j - 1]!.end, from: i, to: j, spelled, digits, letters })
      i = j
    } else {
      i += 1
    }
  }
  return runs
}

/**
 * The most evidence (`strong` in {@link spokenRuns}) a word can add to a run, never less than it adds; -1 for a word
 * no branch of the run gives a piece to or consumes.
 */
function mostEvidence(w: string): number {
  if (unitValue(w) !== undefined || w === 'o') return 1
  if (SINGLE_LETTER.test(w)) return w === 'a' || w === 'i' || w === 'y' ? 0 : 1
  if (w === 'double') return 2
  if (w === 'triple') return 3
  return w === 'hundred' || TENS_VALUES.get(w) !== undefined || SEPARATOR_WORDS.has(w) || FILLER_WORDS.has(w) ? 0 : -1
}

/**
 * For each word, an upper bound of the evidence a run starting there can gather: the sum of {@link mostEvidence}
 * over the joined run words that follow it, within the 50 words a run can reach (48 plus a last step of up to 3).
 */
function evidenceAhead(lower: string, list: readonly Word[]): Int32Array {
  const n = list.length
  const prefix = new Int32Array(n + 1)
  const runWord = new Uint8Array(n)
  for (let k = 0; k < n; k++) {
    const most = mostEvidence(list[k]!.w)
    runWord[k] = most >= 0 ? 1 : 0
    prefix[k + 1] = prefix[k]! + Math.max(0, most)
  }
  // Where a run starting at each word must end at the latest: its first word that is no run word or not joined.
  const runEnd = new Int32Array(n)
  for (let k = n - 1; k >= 0; k--) {
    if (runWord[k] === 0) runEnd[k] = k
    else runEnd[k] = k + 1 < n && runWord[k + 1] === 1 && joined(lower, list[k]!, list[k + 1]!) ? runEnd[k + 1]! : k + 1
  }
  const out = new Int32Array(n)
  for (let k = 0; k < n; k++) out[k] = prefix[Math.min(runEnd[k]!, k + 50)]! - prefix[k]!
  return out
}

/** Parses a spoken year: "nineteen eighty two", "two thousand and one", "twenty twenty four". */
export function spokenYear(ws: string[]): number | undefined {
  const [a, b, c, d] = ws
  if (!a) return undefined
  if ((a === 'two' || a === 'dos') && (b === 'thousand' || b === 'mil')) {
    let k = 2
    if (ws[k] === 'and' || ws[k] === 'y') k += 1
    const rest = numberWords(ws.slice(k, k + 2))
    return 2000 + (rest?.value ?? 0)
  }
  const century = TENS_VALUES.get(a)
  if ((century === 19 || century === 20 || century === 18) && b) {
    if (b === 'hundred') return century * 100
    const rest = numberWords([b, c ?? '', d ?? ''].filter(Boolean).slice(0, 2))
    if (rest && rest.value < 100) return century * 100 + rest.value
  }
  return undefined
}

/** Reads one to two number words as a value below 100 ("twenty two", "nine", "oh five"). */
export function numberWords(ws: string[]): { value: number; used: number } | undefined {
  const [a, b] = ws
  if (!a) return undefined
  if ((a === 'oh' || a === 'o') && b && DIGIT_VALUES.get(b) !== undefined)
    return { value: Number(DIGIT_VALUES.get(b)), used: 2 }
  const tens = TENS_VALUES.get(a)
  if (tens !== undefined) {
    if (tens >= 20 && tens % 10 === 0 && b && unitValue(b) !== undefined)
      return { value: tens + Number(unitValue(b)), used: 2 }
    return { value: tens, used: 1 }
  }
  const unit = unitValue(a)
  if (unit !== undefined) return { value: Number(unit), used: 1 }
  return undefined
}

/** Spanish number words and their values (units, teens, tens, hundreds, "mil"); "y" joins tens and units. */
// biome-ignore format: packed list
export const SPANISH_NUMBER_WORDS: Readonly<Record<string, number>> = table({
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, dieciséis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintiún: 21, veintiuna: 21, veintidos: 22,
  veintidós: 22, veintitres: 23, veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintiséis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
  setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300,
  trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
  seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900,
  novecientas: 900, mil: 1000,
})

/** Regex source of one Spanish number word (for patterns that read spoken Spanish numbers). */
export const SPANISH_NUMBER_WORD = `(?:${Object.keys(SPANISH_NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`

/**
 * Reads Spanish number words as one value: "novecientos veinte" → 920, "mil novecientos setenta y dos" → 1972,
 * "noventa y un" → 91. Stops at the first word that is not part of the number; `used` counts the words read.
 */
export function spanishNumber(ws: readonly string[]): { value: number; used: number } | undefined {
  let total = 0
  let current = 0
  let used = 0
  let last = Infinity
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i]!
    if (w === 'y') {
      // "y" only between tens and a unit: "treinta y dos".
      const next = SPANISH_NUMBER_WORDS[ws[i + 1] ?? '']
      if (last >= 30 && last <= 90 && last % 10 === 0 && next !== undefined && next >= 1 && next <= 9) continue
      break
    }
    const v = SPANISH_NUMBER_WORDS[w]
    if (v === undefined) break
    if (v === 1000) {
      total += (current || 1) * 1000
      current = 0
    } else {
      // A smaller word follows a larger one ("novecientos veinte"); otherwise the number has ended.
      if (v >= last && !(last === 100 && v < 100)) break
      current += v
    }
    last = v === 1000 ? Infinity : v
    used = i + 1
  }
  return used > 0 ? { value: total + current, used } : undefined
}

/** The index of the first of `list` starting at or after `pos` (binary search), or the list's length. */
export function firstWordFrom(list: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}
