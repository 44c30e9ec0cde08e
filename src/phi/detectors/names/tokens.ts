/**
 * The names detector's view of a text: the hand tokenizer (words exactly as WORD finds them, classified once), the
 * per-text context every pass reads and marks, and the gap and boundary helpers the rules share. Kept apart so the
 * rule files read as rules; everything here runs for every token of every message, hence the hand-written checks.
 */
import { AUX_NAMES, FUNCTION_WORDS, SPANISH_AUX_NAMES } from '../../lexicon/name-cues'
import { classify, type WordClass } from '../../lexicon/word-class'
import { isSpaceUnit, letterOrMarkLength } from '../chars'
import { FILLER } from '../../blanking'

/** One word of the text, classified once. */
export interface Tok {
  start: number
  end: number
  lower: string
  cls: WordClass
  /** Capitalised (first letter upper, not all upper). */
  cap: boolean
  upper: boolean
  /** First word of a sentence (or of the text). */
  sentStart: boolean
  /** Letters or digits touch the word on either side ("M00938271", "500mg"). */
  glued: boolean
  /** Part of an e-mail address, URL or handle. */
  inLink: boolean
}

const FILLER_CODE = FILLER.charCodeAt(0)
// biome-ignore lint/correctness/noUnusedVariables: the reference the hand tokenizer below reproduces (see its comments)
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu
// biome-ignore lint/correctness/noUnusedVariables: the reference endsSentenceGap reproduces
const SENTENCE_END = /[.!?\n…]["')\]”’]*\s*["'([“‘¿¡]*$/
// /^[ \t]+$/ and /['’]s$/ as character checks: they run for nearly every token, twice per text.
export const SPACE_ONLY = {
  test(s: string): boolean {
    if (s.length === 0) return false
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c !== 32 && c !== 9) return false
    }
    return true
  },
}
/** /['’]s$/.test(word) */
export function endsInApostropheS(word: string): boolean {
  const n = word.length
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false
  const c = word.charCodeAt(n - 2)
  return c === 39 || c === 0x2019
}
/** What may stand between a cue and its name (a space, a comma, a colon, a dash). */
export const CUE_GAP = /^[ \t]*[,:;\-–—]?[ \t]*$/
/** What may stand between a title and its name ("Dr. Kaplan", "Dr Kaplan"). */
export const TITLE_GAP = /^[ \t]?\.?[ \t]*$/

const BOUNDARY_AFTER = /^[ \t]*(?:[,.!?;:)\]\n\-–—~]|$)/
const BOUNDARY_WORDS = new Set(['and', 'from', 'calling', 'here', 'speaking', 'again', 'y', 'de', 'llamando'])
/** Owners and determiners before a word: what follows is a common noun or a relation, not a title. */
// biome-ignore format: packed list
export const POSSESSIVES = new Set([
  'my', 'our', 'her', 'his', 'their', 'your', 'mi', 'su', 'tu', 'mis', 'sus', 'nuestra', 'nuestro', 'the', 'a', 'la',
  'el', 'los', 'las', 'una', 'un', 'this', 'that', 'esta', 'este',
])

const LINK_CHUNK = /[@/]|www\.|\.(?:com|org|net|edu|gov|io|co|us|ly|me)\b/i
const DIGIT = /\p{Nd}/u
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{Nd}_]/u

// biome-ignore format: packed list
const ABBREVIATED_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'rev', 'sgt', 'capt', 'lt', 'st', 'mx', 'lic', 'ing',
])

/** The per-text state every pass reads and marks. */
export interface Ctx {
  toks: Tok[]
  text: string
  informative: boolean
  /** 0 none, 1 name (to extend), 2 name (extended already), 3 backstop. */
  name: Uint8Array
  keep: Uint8Array
  /** Found after a relation, intro or label cue: names coordinated with it are people too ("my kids hunter and chase"). */
  firm: Uint8Array
  /** Two or more Spanish function words: Spanish verbs and function words are not names. */
  spanish: boolean
  /** Cache for gap(). */
  gaps: Array<string | undefined>
  /** The languages the text is plainly written in (`dominantLanguagesOf`), as the foreign text view read them. */
  dominant?: ReadonlySet<string>
  /** The distinct lower-case words of `toks` (the keys of the foreign text view's counts, or made on the first {@link holdsLower}). */
  distinct?: WordSet
}

/**
 * Whether some word of the text (lower case) is in `set`, read over the smaller of the text's distinct words and the
 * set: a pass that opens only on such a word skips a text without one instead of asking the set of every word.
 */
export function holdsLower(ctx: Ctx, set: WordSet): boolean {
  let distinct = ctx.distinct
  if (distinct === undefined) {
    const made = new Set<string>()
    for (let i = 0; i < ctx.toks.length; i++) made.add(ctx.toks[i]!.lower)
    ctx.distinct = distinct = made
  }
  if (set.size < distinct.size) {
    for (const w of set.keys()) if (distinct.has(w)) return true
    return false
  }
  for (const w of distinct.keys()) if (set.has(w)) return true
  return false
}

/** A set of words or a map keyed by words: all {@link holdsLower} reads of either. */
export interface WordSet {
  readonly size: number
  has(word: string): boolean
  keys(): IterableIterator<string>
}

// Words are found by hand, exactly as WORD would find them (WORD stays the reference), without a match array per word.
const TITLE_STOP = /^\.[ \t]+$/

/**
 * SENTENCE_END.test(text.slice(from, to)), read in place from the end (it is asked between every two words): the gap
 * must end in closers, spaces and openers, in that order, right after a sentence-ending character. Read back, each
 * flag says whether what follows the character at k can still be that tail (closers* spaces* openers*); once it
 * cannot, no earlier character can end a sentence either.
 */
function endsSentenceGap(text: string, from: number, to: number): boolean {
  let openers = true
  let spaces = true
  let closers = true
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k)
    // . ! ? \n …, a chat transcript's turn separator "|", and the Spanish ¿ ¡ that open a sentence
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026 || c === 124 || c === 0xbf || c === 0xa1)
      return true
    openers &&= isSentenceOpener(c)
    spaces = openers || (spaces && isSpaceUnit(c))
    closers = spaces || (closers && isSentenceCloser(c))
    if (!closers) return false
  }
  return false
}

/** ["')\]”’] of SENTENCE_END: what may close a sentence after its full stop. */
function isSentenceCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019
}

/** ["'([“‘¿¡] of SENTENCE_END: what may open the next sentence. */
function isSentenceOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xbf || c === 0xa1
}

/** LETTER_OR_DIGIT.test(ch) for the code unit at `at`, ASCII answered without the regex. */
function isWordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
  return unitMatches(LETTER_OR_DIGIT_UNITS, LETTER_OR_DIGIT, c)
}

// The patterns' answers for one code unit (`text[at]`, a lone surrogate half included), remembered per unit: asked at
// both ends of every word, where the one-character string and the pattern cost more than the rest of the test.
// 0 not yet asked, 1 a match, 2 none.
const LETTER_OR_DIGIT_UNITS = new Uint8Array(65536)
const DIGIT_UNITS = new Uint8Array(65536)

function unitMatches(known: Uint8Array, pattern: RegExp, c: number): boolean {
  let answer = known[c]!
  if (answer === 0) {
    answer = pattern.test(String.fromCharCode(c)) ? 1 : 2
    known[c] = answer
  }
  return answer === 1
}

/**
 * DIGIT.test(ch) for the code unit at `at` (false outside the text), or an underscore too when asked; ASCII answered
 * without the regex.
 */
function isDigitAt(text: string, at: number, orUnderscore = false): boolean {
  if (at < 0 || at >= text.length) return false
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 48 && c <= 57) || (orUnderscore && c === 95)
  return unitMatches(DIGIT_UNITS, DIGIT, c)
}

/** Han, Hangul and Kana (a surrogate half counts: the supplementary ideographs are Han). */
function isDenseScript(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd87f)
  )
}

/** A Latin letter (Basic Latin to Latin Extended-B), marks apart. */
function isLatinLetter(c: number): boolean {
  return c < 0x250
}

/** A Latin letter a dense-script word stops at (letters only: the word already holds letters or marks). */
function isLatinLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7)
}

/**
 * End of the WORD match ([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*) that starts with the letter at `start`, except that a
 * word stops where Latin letters meet Han, Hangul or Kana: "Dr. Wong说…", "名字Zhang Wei" hold a Latin name of its own.
 */
function wordEnd(text: string, start: number): number {
  let e = start
  const dense = isDenseScript(text.charCodeAt(start))
  const latin = !dense && isLatinLetter(text.charCodeAt(start))
  for (let l = letterOrMarkLength(text, e); l > 0; l = letterOrMarkLength(text, e)) {
    const c = text.charCodeAt(e)
    if (e > start && ((latin && isDenseScript(c)) || (dense && c < 0x250 && l === 1 && isLatinLetterCode(c)))) return e
    e += l
  }
  for (;;) {
    const c = text.charCodeAt(e)
    if (c !== 39 && c !== 0x2019 && c !== 45) return e
    const l = letterOrMarkLength(text, e + 1)
    if (l === 0) return e
    e += 1 + l
    for (let k = letterOrMarkLength(text, e); k > 0; k = letterOrMarkLength(text, e)) e += k
  }
}

/** Whether text[from, to) holds a full stop, slash or @: LINK_CHUNK cannot match a chunk without one. */
function mayBeLink(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 46 || c === 47 || c === 64) return true
  }
  return false
}

// Per code unit: 0 not yet known, 1 lower-casing changes it, 2 it does not (a property of Unicode, kept).
const LOWERING_CHANGES = new Uint8Array(65536)

/** `ch !== ch.toLowerCase()` for the single code unit `c`, remembered per code unit. */
function lowerCasingChanges(c: number): boolean {
  let known = LOWERING_CHANGES[c]!
  if (known === 0) {
    const ch = String.fromCharCode(c)
    known = ch !== ch.toLowerCase() ? 1 : 2
    LOWERING_CHANGES[c] = known
  }
  return known === 1
}

/** Whether `word` holds Σ or İ (one pass over its code units: two `includes` calls per word cost more). */
function holdsSigmaOrDottedI(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === 0x3a3 || c === 0x130) return true
  }
  return false
}

/**
 * `word === word.toUpperCase()`, an ASCII word answered without upper-casing it (a text of spelled capitals asks it of
 * every letter): upper-casing changes an ASCII word exactly where it holds a-z.
 */
function isAllUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 97 && c <= 122) return false
    if (c >= 128) return word === word.toUpperCase()
  }
  return true
}

/**
 * The words of another text that `text` copies piece by piece (the names pass over the scrubbed reading copies the
 * first reading between its placeholders). A word at the same place of a copied piece with the same end has the same
 * letters, so the same lower case, class and casing: those are taken from it rather than computed again.
 */
export interface TokenSource {
  toks: readonly Tok[]
  /** The class tokenize gave every word of `toks` (a pass re-reads classes for a foreign text: these are the first). */
  classes: readonly WordClass[]
  /** The copied pieces, in order: [start in `text`, end in `text`, start in the source text]. */
  pieces: ReadonlyArray<readonly [number, number, number]>
}

/**
 * A Tok built by a constructor, not an object literal: V8 moves an object literal's allocation site to the old
 * generation once its objects keep surviving (as every word of a text does while the passes run), and allocating
 * words there made tokenizing a text four to five times slower inside the engine than alone.
 */
class Word implements Tok {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly lower: string,
    public cls: WordClass,
    readonly cap: boolean,
    readonly upper: boolean,
    public sentStart: boolean,
    readonly glued: boolean,
    readonly inLink: boolean,
  ) {}
}

/** The words of `text` as WORD finds them, with their class, casing, sentence start and link flags. */
export function tokenize(text: string, lower: string, source?: TokenSource): Tok[] {
  const toks: Tok[] = []
  const sameLength = lower.length === text.length
  // A final sigma's lower case depends on the letters around it, so a text holding Σ reuses nothing.
  const pieces = source !== undefined && sameLength && !text.includes('Σ') ? source.pieces : undefined
  let piece = 0
  let sourceTok = 0
  let prevEnd = 0
  let chunkStart = 0
  let chunkEnd = 0
  let chunkIsLink = false
  for (let start = 0; start < text.length; ) {
    const first = letterOrMarkLength(text, start)
    if (first === 0) {
      start += 1
      continue
    }
    const end = wordEnd(text, start)
    // The whitespace-delimited chunk holding the word (chunks only move forward: linear overall).
    if (chunkEnd <= start) {
      chunkStart = start
      while (chunkStart > 0 && !isSpaceUnit(text.charCodeAt(chunkStart - 1))) chunkStart -= 1
      chunkEnd = end
      while (chunkEnd < text.length && !isSpaceUnit(text.charCodeAt(chunkEnd))) chunkEnd += 1
      chunkIsLink = mayBeLink(text, chunkStart, chunkEnd) && LINK_CHUNK.test(text.slice(chunkStart, chunkEnd))
    }
    let same: Tok | undefined
    let sameClass: WordClass | undefined
    if (pieces !== undefined) {
      while (piece < pieces.length && pieces[piece]![1] <= start) piece++
      const at = pieces[piece]
      if (at !== undefined && at[0] <= start && end <= at[1]) {
        const from = start - at[0] + at[2]
        while (sourceTok < source!.toks.length && source!.toks[sourceTok]!.start < from) sourceTok++
        const t = source!.toks[sourceTok]
        if (t !== undefined && t.start === from && t.end === end - at[0] + at[2]) {
          same = t
          sameClass = source!.classes[sourceTok]
        }
      }
    }
    let wordLower: string
    let cls: WordClass
    let cap: boolean
    let upper: boolean
    if (same !== undefined && sameClass !== undefined) {
      wordLower = same.lower
      cls = sameClass
      cap = same.cap
      upper = same.upper
    } else {
      const word = text.slice(start, end)
      // The text's lower case (lowerSameLength) at the word is the word's own lower case but for two letters: Σ (a
      // final sigma reads the letters around it) and İ (lower-cased to two code units, so kept as it is there). A
      // word without them costs no lower-casing of its own.
      const lowerSlice = sameLength ? lower.slice(start, end) : undefined
      const ownLower = lowerSlice !== undefined && !holdsSigmaOrDottedI(word) ? lowerSlice : word.toLowerCase()
      const c0 = word.charCodeAt(0)
      // ASCII lower-case first letter: neither capitalised nor all upper case.
      const asciiLowerStart = c0 >= 97 && c0 <= 122
      const isUpperStart = asciiLowerStart ? false : c0 >= 65 && c0 <= 90 ? true : lowerCasingChanges(c0)
      // A word lower-casing leaves as it is (every uncased script: Hangul, Arabic, Han) is never all upper case.
      const allUpper = asciiLowerStart ? false : word !== ownLower && isAllUpperCase(word)
      wordLower = lowerSlice ?? ownLower
      cls = classify(ownLower)
      cap = isUpperStart && !allUpper
      upper = allUpper && word.length > 1
    }
    const previous = toks.length > 0 ? toks[toks.length - 1]! : undefined
    // "Mr. Manning": the full stop of a title abbreviation does not end a sentence.
    const sentStart =
      previous === undefined ||
      (endsSentenceGap(text, prevEnd, start) &&
        !(ABBREVIATED_TITLES.has(previous.lower) && TITLE_STOP.test(text.slice(prevEnd, start))))
    // A word right against one of the engine's own placeholders (blanked to FILLER: "e'e[OTHER]", once "e'e0a") was
    // glued to the value it replaced, so a second scrub reads it as the first did.
    const glued =
      isWordCharAt(text, start - 1) ||
      isDigitAt(text, end, true) ||
      text.charCodeAt(end) === FILLER_CODE ||
      text.charCodeAt(start - 1) === FILLER_CODE
    toks.push(new Word(start, end, wordLower, cls, cap, upper, sentStart, glued, chunkIsLink))
    prevEnd = end
    start = end
  }
  return toks
}

/** Mixed-case text where a capital letter means something (not all lower, not ALL CAPS, not Title Case). */
export function caseInformative(toks: Tok[], text: string): boolean {
  let cap = 0
  let upper = 0
  let lowerCount = 0
  for (const t of toks) {
    // Cased letters of a code with digits ("0e", "4b") say nothing of how the writer cases words, and the code's
    // placeholder after a scrub has no word at all: counting them would read the same words differently the second
    // time. Han glued to digits ("3月9日") are words and have no case.
    if ((isDigitAt(text, t.start - 1) || isDigitAt(text, t.end)) && t.lower !== t.lower.toUpperCase()) continue
    if (t.upper) upper++
    else if (t.cap) cap++
    else lowerCount++
  }
  const n = cap + upper + lowerCount
  return lowerCount > 0 && (cap > 0 || upper > 0) && upper / n < 0.5 && cap / n < 0.8
}

/** The text between token i-1 (or the start) and token i; computed once per token. */
export function gap(ctx: Ctx, i: number): string {
  const cached = ctx.gaps[i]
  if (cached !== undefined) return cached
  const prev = ctx.toks[i - 1]
  const g = ctx.text.slice(prev ? prev.end : 0, ctx.toks[i]!.start)
  ctx.gaps[i] = g
  return g
}

/** Capitalised (or ALL CAPS for emphasis) in text where case carries meaning. */
export function isCap(ctx: Ctx, t: Tok): boolean {
  return ctx.informative && ((t.cap && !t.sentStart) || t.upper)
}

/** Punctuation, the end of the text or a closing word ("and", "here", "calling") right after the word at i. */
export function boundaryAfter(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  if (BOUNDARY_AFTER.test(ctx.text.slice(t.end, t.end + 3))) return true
  const next = ctx.toks[i + 1]
  return next !== undefined && SPACE_ONLY.test(gap(ctx, i + 1)) && BOUNDARY_WORDS.has(next.lower)
}

const CONTRACTION = /['’](?:s|ve|ll|re|d|t|m)$/

/** A function word, contracted ones included ("I'm", "I've", "he's"). */
export function isFunctionWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word)) return true
  // CONTRACTION needs an apostrophe two or three units from the end: most words are answered without the pattern.
  const n = word.length
  if (!isApostrophe(word.charCodeAt(n - 2)) && !isApostrophe(word.charCodeAt(n - 3))) return false
  return CONTRACTION.test(word) && FUNCTION_WORDS.has(word.replace(CONTRACTION, ''))
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019
}

/** Modals that are also given names ("Will", "May"): no modal takes "'s" or stands alone closing a list. */
export const MODAL_NAMES: ReadonlySet<string> = new Set(['will', 'may'])

/** A verb or function word that is also a first name ("will", "may"; "está", "van" in Spanish text). */
export function isAux(ctx: Ctx, word: string): boolean {
  return AUX_NAMES.has(word) || (ctx.spanish && SPANISH_AUX_NAMES.has(word))
}

/** Marks the word at i as a name to extend (overrides a backstop mark, never a firmer one). */
export function mark(ctx: Ctx, i: number): void {
  if (!ctx.name[i] || ctx.name[i] === 3) ctx.name[i] = 1
}

/** The word at j closes its sentence or the message. */
export function endsSentence(ctx: Ctx, j: number): boolean {
  return /^[ \t]*(?:[.!?\n]|$)/.test(ctx.text.slice(ctx.toks[j]!.end, ctx.toks[j]!.end + 2))
}
