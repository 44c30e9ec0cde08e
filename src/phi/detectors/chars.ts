/** Character classes by code unit, for hand scanners that must agree exactly with the u-flag patterns they replace. */

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isAsciiLetterOrDigit = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57)

/**
 * A scanner for one character class of a u-flag pattern (`single` matches exactly one code point of it): the length
 * of the class member starting at `i`, 1, 2 for a surrogate pair, or 0 when there is none (also for a lone surrogate
 * and outside the string). ASCII is decided by `ascii`; other BMP code units are tested once and remembered (a
 * property of Unicode, so safe to keep for the isolate's life).
 */
function codePointClass(single: RegExp, ascii: (c: number) => boolean): (s: string, i: number) => number {
  // ASCII answered from a table built once, so the scanners share no call to a different `ascii` each (a call site
  // that sees many functions is slow in every scanner).
  const asciiMember = new Uint8Array(128)
  for (let c = 0; c < 128; c++) asciiMember[c] = ascii(c) ? 1 : 0
  // Per BMP code unit: 0 not yet known, 1 in the class, 2 not.
  const bmp = new Uint8Array(65536)
  // Astral code points tested already (emoji recur): bounded, cleared when full.
  const astral = new Map<number, boolean>()
  return function classLength(s: string, i: number): number {
    if (i < 0 || i >= s.length) return 0
    const c = s.charCodeAt(i)
    if (c < 128) return asciiMember[c]!
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (d < 0xdc00 || d > 0xdfff) return 0
      const cp = (c << 10) + d
      let member = astral.get(cp)
      if (member === undefined) {
        member = single.test(s.slice(i, i + 2))
        if (astral.size >= 4096) astral.clear()
        astral.set(cp, member)
      }
      return member ? 2 : 0
    }
    if (c >= 0xdc00 && c <= 0xdfff) return 0
    let known = bmp[c]!
    if (known === 0) {
      known = single.test(s[i]!) ? 1 : 2
      bmp[c] = known
    }
    return known === 1 ? 1 : 0
  }
}

/** Length of the letter or number ([\p{L}\p{N}] in unicode mode) starting at `i`; see {@link codePointClass}. */
export const letterOrNumberLength = codePointClass(/^[\p{L}\p{N}]$/u, isAsciiLetterOrDigit)

/** Length of the letter, number or mark ([\p{L}\p{N}\p{M}] in unicode mode) starting at `i`; see {@link codePointClass}. */
export const letterNumberOrMarkLength = codePointClass(/^[\p{L}\p{N}\p{M}]$/u, isAsciiLetterOrDigit)

/** Length of the letter (\p{L} in unicode mode) starting at `i`; see {@link codePointClass}. */
export const letterLength = codePointClass(/^\p{L}$/u, isAsciiLetter)

/** Length of the letter or mark ([\p{L}\p{M}] in unicode mode) starting at `i`; see {@link codePointClass}. */
export const letterOrMarkLength = codePointClass(/^[\p{L}\p{M}]$/u, isAsciiLetter)

/** Length of the letter, mark or apostrophe ([\p{L}\p{M}'’] in unicode mode) starting at `i`; see {@link codePointClass}. */
export const wordCharLength = codePointClass(/^[\p{L}\p{M}'’]$/u, (c) => isAsciiLetter(c) || c === 39)

/** Length of the letter, mark, number or apostrophe ([\p{L}\p{M}\p{N}'’] in unicode mode) at `i`; see {@link codePointClass}. */
export const wordPartLength = codePointClass(/^[\p{L}\p{M}\p{N}'’]$/u, (c) => isAsciiLetterOrDigit(c) || c === 39)

/** Length of the decimal digit (\p{Nd} in unicode mode) starting at `i`; see {@link codePointClass}. */
export const decimalDigitLength = codePointClass(/^\p{Nd}$/u, (c) => c >= 48 && c <= 57)

/** Length of the format character ([\p{Cf}\u180E] in unicode mode) starting at `i`; see {@link codePointClass}. */
export const formatCharLength = codePointClass(/^[\p{Cf}\u180E]$/u, () => false)

/** Length of the code point of Arabic script (\p{Script=Arabic} in unicode mode) at `i`; see {@link codePointClass}. */
export const arabicScriptLength = codePointClass(/^\p{Script=Arabic}$/u, () => false)

/** Length of the code point of Han script (\p{Script=Han} in unicode mode) at `i`; see {@link codePointClass}. */
export const hanScriptLength = codePointClass(/^\p{Script=Han}$/u, () => false)

/** Length of the upper-case letter (\p{Lu} in unicode mode, no i flag) at `i`; see {@link codePointClass}. */
export const upperCaseLetterLength = codePointClass(/^\p{Lu}$/u, (c) => c >= 65 && c <= 90)

/** Length of the code point of Latin script (\p{Script=Latin} in unicode mode) at `i`; see {@link codePointClass}. */
export const latinScriptLength = codePointClass(/^\p{Script=Latin}$/u, isAsciiLetter)

/** Length of the upper-case letter (\p{Lu} in unicode mode) starting at `i`; see {@link codePointClass}. */
const upperCaseLength = codePointClass(/^\p{Lu}$/u, (c) => c >= 65 && c <= 90)

/** Length of the lower-case letter (\p{Ll} in unicode mode) starting at `i`; see {@link codePointClass}. */
const lowerCaseLength = codePointClass(/^\p{Ll}$/u, (c) => c >= 97 && c <= 122)

/** Whether any code point of `s` is in the class `classLength` scans (a surrogate pair read whole). */
function containsClass(classLength: (s: string, i: number) => number, s: string): boolean {
  for (let i = 0; i < s.length; i = nextCodePoint(s, i)) if (classLength(s, i) > 0) return true
  return false
}

/**
 * A pure function of a whole text, remembered for the last `size` texts asked (a detection asks of its text, its
 * lower case, and the scrubbed reading's two in turn).
 */
export function lastTexts<T>(compute: (s: string) => T, size: number): (s: string) => T {
  const keys: string[] = []
  const values: T[] = []
  let next = 0
  return (s) => {
    for (let k = 0; k < keys.length; k++) if (keys[k] === s) return values[k]!
    const value = compute(s)
    keys[next] = s
    values[next] = value
    next = (next + 1) % size
    return value
  }
}

const ASCII_UPPER = /[A-Z]/
const ASCII_LOWER = /[a-z]/
const NON_ASCII = /[^\x00-\x7f]/

/**
 * A pure test of a whole text, remembered for the last two texts asked: the detectors ask it of the text, and the
 * names pass again of its scrubbed reading, in turn (one entry was read afresh at every switch, and a text without
 * an ASCII answer, Hangul or Arabic, is read code point by code point).
 */
function lastTwoTexts(test: (s: string) => boolean): (s: string) => boolean {
  let first: string | undefined
  let firstValue = false
  let second: string | undefined
  let secondValue = false
  return (s) => {
    if (s === first) return firstValue
    if (s === second) return secondValue
    const value = test(s)
    second = first
    secondValue = firstValue
    first = s
    firstValue = value
    return value
  }
}

/**
 * /\p{Lu}/u.test(s): an ASCII capital or an all-ASCII text answers by a plain pattern (fast on ASCII), any other
 * text by the code unit tables (a text without capitals, Hangul or Arabic, costs no unicode pattern scan).
 */
export const hasUpperCase = lastTwoTexts(
  (s) => ASCII_UPPER.test(s) || (NON_ASCII.test(s) && containsClass(upperCaseLength, s)),
)

/** /\p{Ll}/u.test(s), the same way as {@link hasUpperCase}. */
export const hasLowerCase = lastTwoTexts(
  (s) => ASCII_LOWER.test(s) || (NON_ASCII.test(s) && containsClass(lowerCaseLength, s)),
)

/** The scripts {@link scriptsIn} records, one bit each. */
export const SCRIPT = { han: 1, hangul: 2, hiragana: 4, katakana: 8, cyrillic: 16, arabic: 32 } as const
const ALL_SCRIPTS = 63

const SCRIPT_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [SCRIPT.han, /^\p{Script=Han}$/u],
  [SCRIPT.hangul, /^\p{Script=Hangul}$/u],
  [SCRIPT.hiragana, /^\p{Script=Hiragana}$/u],
  [SCRIPT.katakana, /^\p{Script=Katakana}$/u],
  [SCRIPT.cyrillic, /^\p{Script=Cyrillic}$/u],
  [SCRIPT.arabic, /^\p{Script=Arabic}$/u],
]

/** The script bits of one code point (a BMP unit or a surrogate pair), by the patterns. */
function scriptBitsOf(codePoint: string): number {
  let bits = 0
  for (const [bit, pattern] of SCRIPT_PATTERNS) if (pattern.test(codePoint)) bits |= bit
  return bits
}

// Per BMP code unit: its script bits + 128 once known (a property of Unicode, kept). Astral code points (Han of the
// extension planes) are remembered apart, bounded like the class scanners'.
const bmpScripts = new Uint8Array(65536)
const astralScripts = new Map<number, number>()
// Every script above lies beyond U+00FF: a text of one-byte code units holds none (V8 answers this class at once).
const BEYOND_LATIN1 = /[^\x00-\xff]/

/**
 * Which of the scripts above `s` holds (a code point of each, surrogate pairs read whole, as a u-flag pattern reads
 * them). One pass over the text answers every "does the text hold Han / Hangul / Cyrillic…" gate of the detectors:
 * each was a Unicode pattern scanning the whole text, some 100 µs per 16 KB of two-byte text that holds none.
 */
export const scriptsIn = lastTexts((s: string): number => {
  if (!BEYOND_LATIN1.test(s)) return 0
  return readScripts(s, ALL_SCRIPTS)
}, 4)

/**
 * Whether the word `w` holds a code point of any of the `scripts` (as holdsScript, or a u-flag class of those scripts,
 * reads it): read by the same tables, without the texts' memo (a word per call would push the texts out of it).
 */
export function wordHoldsScript(w: string, scripts: number): boolean {
  return (readScripts(w, scripts) & scripts) !== 0
}

/** The script bits of `s`, read until every bit of `wanted` that `s` holds may have been seen (any one of them). */
function readScripts(s: string, wanted: number): number {
  let bits = 0
  for (let i = 0; i < s.length && (wanted === ALL_SCRIPTS ? bits !== ALL_SCRIPTS : (bits & wanted) === 0); i++) {
    const c = s.charCodeAt(i)
    if (c < 0x100) continue
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (d < 0xdc00 || d > 0xdfff) continue
      const cp = (c << 10) + d
      let known = astralScripts.get(cp)
      if (known === undefined) {
        known = scriptBitsOf(s.slice(i, i + 2))
        if (astralScripts.size >= 4096) astralScripts.clear()
        astralScripts.set(cp, known)
      }
      bits |= known
      i++
      continue
    }
    let known = bmpScripts[c]!
    if (known === 0) {
      known = (c >= 0xdc00 && c <= 0xdfff ? 0 : scriptBitsOf(String.fromCharCode(c))) | 128
      bmpScripts[c] = known
    }
    bits |= known & ALL_SCRIPTS
  }
  return bits
}

/**
 * Whether the code unit is of the Hangul script (/\p{Script=Hangul}/u): every Hangul code point is in the BMP, so a
 * run of such units is what /\p{Script=Hangul}+/gu matches, read without the pattern.
 */
export function isHangulUnit(c: number): boolean {
  if (c < 0x100 || (c >= 0xd800 && c <= 0xdfff)) return false
  let known = bmpScripts[c]!
  if (known === 0) {
    known = scriptBitsOf(String.fromCharCode(c)) | 128
    bmpScripts[c] = known
  }
  return (known & SCRIPT.hangul) !== 0
}

/** Whether `s` holds a code point of any of the `scripts` (bits of {@link scriptsIn}). */
export function holdsScript(s: string, scripts: number): boolean {
  return (scriptsIn(s) & scripts) !== 0
}

/** /\p{Script=Han}/u.test(s) of a whole text: asked by every detector that reads Han, of texts that mostly hold none. */
export const hasHan = (s: string): boolean => holdsScript(s, SCRIPT.han)

/**
 * A word of {@link wordRuns} and its offsets. Built by a constructor, not an object literal: a literal's allocation
 * site is moved to the old generation once its objects survive a scavenge (a detector keeps a text's words while it
 * runs), and every word of every later text was then allocated there (see `Word` in names/tokens.ts).
 */
export class WordRun {
  constructor(
    readonly w: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

/**
 * The matches of /[\p{L}\p{M}][\p{L}\p{M}'’]*\/gu in `s` (with `hyphen`, of /[\p{L}\p{M}][\p{L}\p{M}'’-]*\/gu), as
 * words with their offsets, found by the code unit tables instead of a pattern run and a match array per word.
 */
export function wordRuns(s: string, hyphen: boolean): WordRun[] {
  const out: WordRun[] = []
  let p = 0
  while (p < s.length) {
    const n = letterOrMarkLength(s, p)
    if (n === 0) {
      p = nextCodePoint(s, p)
      continue
    }
    let e = p + n
    for (;;) {
      const k = hyphen && s.charCodeAt(e) === 45 ? 1 : wordCharLength(s, e)
      if (k === 0) break
      e += k
    }
    out.push(new WordRun(s.slice(p, e), p, e))
    p = e
  }
  return out
}

/**
 * Length of the class member (per `classLength`, one of the scanners above) that ends right before `i`: 1, 2 for a
 * surrogate pair, or 0. For scanning backwards from the end of a look-back.
 */
export function classLengthBefore(classLength: (s: string, i: number) => number, s: string, i: number): number {
  if (i <= 0) return 0
  const c = s.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2)
    if (h >= 0xd800 && h <= 0xdbff) return classLength(s, i - 2) === 2 ? 2 : 0
  }
  return classLength(s, i - 1) === 1 ? 1 : 0
}

/** The next code point boundary after `i` (steps over a surrogate pair whole). */
export function nextCodePoint(s: string, i: number): number {
  const c = s.charCodeAt(i)
  const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1
}

/** A letter of the basic Arabic block (hamza to yeh), the first unit of an Arabic word. */
export function isArabicLetter(c: number): boolean {
  return c >= 0x620 && c <= 0x64a
}

/** A dose taper, not a number: three or more groups of 1-3 digits, each a multiple of five and below the one before ("60-40-20-10"). */
export function isTaper(groups: string): boolean {
  const n = groups.split(/[ \t-]+/)
  if (n.length < 3 || n.some((g) => !/^\d{1,3}$/.test(g) || Number(g) % 5 !== 0)) return false
  return n.every((g, i) => i === 0 || Number(g) < Number(n[i - 1]))
}

/**
 * /^[ \t]{1,2}$/.test(text.slice(from, to)) (with `hyphen`, /^[ \t-]{1,2}$/), read in place: the gap between two words
 * of a spoken number, asked at every word of a run.
 */
export function isShortGap(text: string, from: number, to: number, hyphen = false): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9 && !(hyphen && c === 45)) return false
  }
  return true
}

/**
 * What a pattern with the i flag reads otherwise than without it in a lower-cased text, when the pattern's letters are
 * lower case and have no other form lower-casing leaves (ASCII, à, è, ở; checked against every code point for the
 * patterns that ask): the capitals, ſ and K (folded to s and k), and U+0345 (folded to ι, a letter to \p{L}). A text
 * without them is read the same by the pattern without the flag, which V8 scans faster.
 */
export const FOLDED_BY_I = /[A-Z\u017f\u212a]|\u0345/

/** Whether a UTF-16 code unit is JavaScript white space or a line terminator (exactly what `\s` matches). */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
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

// Per BMP code unit: 0 not yet known, 1 lower-casing leaves it as it is, 2 it changes it. Surrogates are never 1: an
// astral letter is lower-cased as a whole code point.
const lowerKeeps = new Uint8Array(65536)

/**
 * Whether lower-casing leaves the code unit as it is, beside anything: toLowerCase maps code points one by one (its
 * only rule that reads the neighbours, the final sigma's, is Σ's, which changes anyway).
 */
function keptByLowerCasing(c: number): boolean {
  if (c < 0x80) return c < 65 || c > 90
  let known = lowerKeeps[c]!
  if (known === 0) {
    const unit = String.fromCharCode(c)
    known = (c < 0xd800 || c > 0xdfff) && unit.toLowerCase() === unit ? 1 : 2
    lowerKeeps[c] = known
  }
  return known === 1
}

/**
 * `word.toLowerCase()`, without the call when lower-casing would leave every code unit as it is (a word already in
 * lower case, or of a caseless script): lower-casing a string of two-byte code units is a runtime call, and it was
 * most of reading the words before each name of a Korean text.
 */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) if (!keptByLowerCasing(word.charCodeAt(i))) return word.toLowerCase()
  return word
}

/**
 * Whether a capital can tell a name in `text`: it has lower case, and no more than half of its words of letters open
 * with a capital (Title Case writes every word so: "They Live Far").
 */
export function writesNamesCapitalised(text: string): boolean {
  let words = 0
  let capitals = 0
  for (const m of text.matchAll(/\p{L}+/gu)) {
    words++
    if (/^\p{Lu}/u.test(m[0])) capitals++
  }
  return words > 0 && capitals * 2 <= words && capitals < words
}

/** /^[ \t]+$/.test(text.slice(from, to)), read in place: only spaces or tabs, and at least one, between two words. */
export function blanksOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9) return false
  }
  return true
}
