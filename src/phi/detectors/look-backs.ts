/**
 * End-anchored look-backs read backwards by hand. A u-flag pattern ending in `$` is tried at every position of the
 * look-back, and on a two-byte text (Cyrillic, Arabic, Hangul, Vietnamese) each try tests Unicode classes by range
 * search: 4-9 µs per name, a fifth of a Russian or Arabic text's time. Reading back from the end touches only the
 * few characters that can belong to a match. Each reader returns exactly the groups of the pattern it names
 * (test/phi/speed.test.ts checks them against it on random strings).
 */
import {
  arabicScriptLength,
  classLengthBefore,
  letterOrMarkLength,
  nextCodePoint,
  wordCharLength,
  wordPartLength,
} from './chars'

const isBlank = (c: number): boolean => c === 32 || c === 9

/** Where the run of spaces and tabs that ends at `end` starts. */
function blanksStart(s: string, end: number): number {
  let k = end
  while (k > 0 && isBlank(s.charCodeAt(k - 1))) k--
  return k
}

/** Where the run of the class (a scanner of chars.ts) that ends at `end` starts, reading whole code points. */
function classRunStart(classLength: (s: string, i: number) => number, s: string, end: number): number {
  let k = end
  for (let n = classLengthBefore(classLength, s, k); n > 0; n = classLengthBefore(classLength, s, k)) k -= n
  return k
}

/** Where the run of code points outside [\p{L}\p{M}\p{N} \t] (lone surrogates too) that ends at `end` starts. */
function otherRunStart(s: string, end: number): number {
  let k = end
  while (k > 0) {
    const c = s.charCodeAt(k - 1)
    if (isBlank(c)) break
    // An apostrophe is a word part of chars.ts but no letter, mark or number.
    if (c === 39 || c === 0x2019) {
      k--
      continue
    }
    if (classLengthBefore(wordPartLength, s, k) > 0) break
    const h = k >= 2 ? s.charCodeAt(k - 2) : 0
    k -= c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff ? 2 : 1
  }
  return k
}

/** The groups of a look-back's match: the word before the given name (or undefined) and the given name. */
export interface TwoWords {
  before: string | undefined
  word: string
}

/**
 * What /(?:^|([\p{L}\p{M}'’]+)[ \t]+|[^\p{L}\p{M}\p{N} \t]+[ \t]*)([\p{L}\p{M}]+)[ \t]+$/u finds in `s` (group 1 as
 * `before`, group 2 as `word`), or null. The match is the leftmost: where both a word and other characters could
 * open it (an apostrophe is both), the run that starts first is the one read, the word on a tie.
 */
export function twoWordsBefore(s: string): TwoWords | null {
  const end = blanksStart(s, s.length)
  if (end === s.length) return null
  const start = classRunStart(letterOrMarkLength, s, end)
  if (start === end) return null
  const word = s.slice(start, end)
  if (start === 0) return { before: undefined, word }
  const gap = blanksStart(s, start)
  const wordStart = gap < start ? classRunStart(wordCharLength, s, gap) : gap
  const otherStart = otherRunStart(s, gap)
  if (wordStart < gap && (otherStart === gap || wordStart <= otherStart))
    return { before: s.slice(wordStart, gap), word }
  return otherStart < gap ? { before: undefined, word } : null
}

/** Whether `s` holds `lower` (ASCII lower-case letters) at `at`, in either case. */
function holdsLetters(s: string, at: number, lower: string): boolean {
  if (at < 0 || at + lower.length > s.length) return false
  // ASCII letters fold only to themselves under /iu here (no b, a, y, o, g, i, r, l of another script folds to them).
  for (let k = 0; k < lower.length; k++) if ((s.charCodeAt(at + k) | 32) !== lower.charCodeAt(k)) return false
  return true
}

/** The groups of a newborn label's match: the word before "baby", the label to the end, and whether "boy"/"girl" follows. */
export interface NewbornLabel {
  before: string | undefined
  label: string
  sex: boolean
}

/**
 * What /(?:([\p{L}\p{M}'’]+)[ \t]+)?(?<![\p{L}\p{M}])(baby([ \t]+(?:boy|girl))?[ \t]+)$/iu finds in `s` (group 1 as
 * `before`, group 2 as `label`, group 3 present as `sex`), or null.
 */
export function newbornBefore(s: string): NewbornLabel | null {
  const end = blanksStart(s, s.length)
  if (end === s.length) return null
  let baby = end - 4
  let sex = false
  if (holdsLetters(s, end - 3, 'boy') || holdsLetters(s, end - 4, 'girl')) {
    const gap = holdsLetters(s, end - 3, 'boy') ? end - 3 : end - 4
    const blanks = blanksStart(s, gap)
    if (blanks === gap) return null
    baby = blanks - 4
    sex = true
  }
  if (!holdsLetters(s, baby, 'baby') || classLengthBefore(letterOrMarkLength, s, baby) > 0) return null
  const label = s.slice(baby)
  const gap = blanksStart(s, baby)
  const wordStart = gap < baby ? classRunStart(wordCharLength, s, gap) : gap
  return { before: wordStart < gap ? s.slice(wordStart, gap) : undefined, label, sex }
}

/** Where the run of spaces and tabs that starts at `from` ends. */
function blanksEnd(s: string, from: number): number {
  let k = from
  while (k < s.length && isBlank(s.charCodeAt(k))) k++
  return k
}

/** Where the run of the class (a scanner of chars.ts) that starts at `from` ends, reading whole code points. */
function wordRunEnd(classLength: (s: string, i: number) => number, s: string, from: number): number {
  let k = from
  for (let n = classLength(s, k); n > 0; n = classLength(s, k)) k += n
  return k
}

/** Where the run of [\p{L}\p{M}'’] that starts at `from` ends, reading whole code points. */
function wordCharsEnd(s: string, from: number): number {
  return wordRunEnd(wordCharLength, s, from)
}

/**
 * What /^[ \t]+([\p{L}\p{M}'’]+)\.?[ \t]+(?:([\p{L}\p{M}'’]+)\.?[ \t]+)?$/u finds in `s` (the one or two words
 * between two names: group 1 as `first`, group 2 as `second`), or null. Nothing backtracks there (a word's characters
 * are never a full stop or a blank), so one reading forwards gives the pattern's only match.
 */
export function gapWords(s: string): { first: string; second: string | undefined } | null {
  let k = blanksEnd(s, 0)
  if (k === 0) return null
  const firstEnd = wordCharsEnd(s, k)
  if (firstEnd === k) return null
  const first = s.slice(k, firstEnd)
  k = firstEnd + (s.charCodeAt(firstEnd) === 46 ? 1 : 0)
  let blanks = blanksEnd(s, k)
  if (blanks === k) return null
  if (blanks === s.length) return { first, second: undefined }
  k = blanks
  const secondEnd = wordCharsEnd(s, k)
  if (secondEnd === k) return null
  const second = s.slice(k, secondEnd)
  k = secondEnd + (s.charCodeAt(secondEnd) === 46 ? 1 : 0)
  blanks = blanksEnd(s, k)
  return blanks > k && blanks === s.length ? { first, second } : null
}

/** The code point boundary before `i` (steps over a surrogate pair whole). */
function previousCodePoint(s: string, i: number): number {
  const c = s.charCodeAt(i - 1)
  const h = i >= 2 ? s.charCodeAt(i - 2) : 0
  return c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff ? i - 2 : i - 1
}

/** Whether [from, to) holds two code points or more. */
function twoCodePoints(s: string, from: number, to: number): boolean {
  return to > from && previousCodePoint(s, to) > from
}

/**
 * What /(?<![\p{L}\p{M}])(\p{Script=Arabic}{2,})[ \t]+$/u finds in `s`: [the match, group 1], or null. The word is
 * the run of Arabic script before the trailing blanks, from the first of its code points no letter or mark precedes
 * (an Arabic digit or sign inside the run can let a later one open it).
 */
export function arabicWordAtEnd(s: string): [string, string] | null {
  const end = blanksStart(s, s.length)
  if (end === s.length) return null
  for (let p = classRunStart(arabicScriptLength, s, end); twoCodePoints(s, p, end); p = nextCodePoint(s, p))
    if (classLengthBefore(letterOrMarkLength, s, p) === 0) return [s.slice(p), s.slice(p, end)]
  return null
}

/**
 * What /^[ \t]+(\p{Script=Arabic}{2,})(?![\p{L}\p{M}])/u finds in `s`: [the match, group 1], or null. The run of
 * Arabic script after the blanks, given back from its end until no letter or mark follows.
 */
export function arabicWordAtStart(s: string): [string, string] | null {
  const start = blanksEnd(s, 0)
  if (start === 0) return null
  for (let e = wordRunEnd(arabicScriptLength, s, start); twoCodePoints(s, start, e); e = previousCodePoint(s, e))
    if (letterOrMarkLength(s, e) === 0) return [s.slice(0, e), s.slice(start, e)]
  return null
}

/** What /\p{Script=Arabic}+$/u finds in `s`, or undefined. */
export function arabicRunAtEnd(s: string): string | undefined {
  const start = classRunStart(arabicScriptLength, s, s.length)
  return start < s.length ? s.slice(start) : undefined
}
