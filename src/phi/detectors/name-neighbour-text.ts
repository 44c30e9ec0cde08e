/**
 * Readers of the text right beside a name for name-neighbours.ts: gates that say where a look-ahead can match, and
 * the word before an offset, scanned back instead of running a pattern at every position.
 */
import { classLengthBefore, letterOrMarkLength, lowerCased } from './chars'

// name-neighbours.ts reads its look-aheads after a name (INITIALS_AFTER, SPOKEN_DASH, WORD_AFTER) for every name of
// a text: each is run only where its first character after the spaces can open a match. Gates, not the patterns:
// what a gate lets through, the pattern decides.
/** The letters an ASCII word read as one may start with (lower-cased to a-z: A-Z, a-z, K; İ lower-cases to "i̇"). */
export const ASCII_WORD_START = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x212a || c === 0x130
/** The first letter of "dash", "hyphen", "guion", "tiret" in either case (the i flag folds no other letter onto them). */
export const DASH_WORD_START = (c: number): boolean =>
  c === 100 || c === 104 || c === 103 || c === 116 || c === 68 || c === 72 || c === 71 || c === 84
/** Whether spaces or tabs follow `at` and the first character after them passes `opens`. */
export function afterBlanks(text: string, at: number, opens: (c: number) => boolean): boolean {
  let k = at
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  return k > at && k < text.length && opens(text.charCodeAt(k))
}

/** Whether one or two spaces or tabs follow `at`, then a character and a full stop (or two units and one). */
export function mayOpenInitials(text: string, at: number): boolean {
  let k = at
  while (k < text.length && k - at < 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  const blanks = k - at
  return blanks >= 1 && blanks <= 2 && (text.charCodeAt(k + 1) === 46 || text.charCodeAt(k + 2) === 46)
}

/**
 * What /(?:^|[^\p{L}\p{M}'’])([\p{L}\p{M}]+)[ \t]+$/u reads in `s`: the word (letters and marks) right before
 * the trailing spaces or tabs, and where it starts; null when there is none or an apostrophe is glued before it.
 * Scanned back from the end instead of trying the pattern at every position of the look-back.
 */
export function wordBefore(s: string): { word: string; start: number } | null {
  let end = s.length
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--
  if (end === s.length) return null
  let start = end
  for (let n = classLengthBefore(letterOrMarkLength, s, start); n > 0; ) {
    start -= n
    n = classLengthBefore(letterOrMarkLength, s, start)
  }
  if (start === end) return null
  const c = start > 0 ? s.charCodeAt(start - 1) : 0
  if (c === 39 || c === 0x2019) return null
  return { word: s.slice(start, end), start }
}

/** Whether `s` ends with spaces or tabs after a full stop or a capital letter: INITIALS_BEFORE cannot match otherwise. */
export function mayEndOnInitial(s: string): boolean {
  let end = s.length
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--
  if (end === s.length || end === 0) return false
  const c = s.charCodeAt(end - 1)
  return c === 46 || (c >= 65 && c <= 90)
}

/** Whether `s` ends on one letter standing alone, a full stop after it or not, then blanks ("P A ", "N. P. "). */
export function endsOnLoneLetter(s: string): boolean {
  let k = s.length
  while (k > 0 && (s.charCodeAt(k - 1) === 32 || s.charCodeAt(k - 1) === 9)) k--
  if (k === s.length) return false
  if (s.charCodeAt(k - 1) === 46) k--
  if (k === 0) return false
  // The unit before the letter first: the pattern runs only where a lone letter may stand.
  const c = k >= 2 ? s.charCodeAt(k - 2) : 32
  return (c === 32 || c === 9 || c === 46) && /\p{L}/u.test(s[k - 1]!)
}

/** Whether a span reads one name word twice with a pause between ("drew... drew", "faith, faith"). */
export function isRestatedName(value: string): boolean {
  const m = RESTATED.exec(value)
  return m !== null && m[1] === m[2]
}
const RESTATED = /^([\p{L}\p{M}'’-]+)[.,…-]+[ \t]+([\p{L}\p{M}'’-]+)$/u

/** Whether `before` ends on the name word `name` (lower case) and a pause: "drew... " before "Drew Church". */
export function restatesName(before: string, name: string): boolean {
  const end = lowerCased(before.trimEnd().replace(/[.,…-]+$/u, ''))
  if (end.length === before.trimEnd().length || !end.endsWith(name)) return false
  const c = end.length > name.length ? end.charCodeAt(end.length - name.length - 1) : 32
  return c === 32 || c === 9 || c === 10
}

/** The word right before offset `at` of the text (spaces or tabs between), with its start in the text. */
export function wordBeforeAt(text: string, at: number): { word: string; lower: string; start: number } | null {
  const from = Math.max(0, at - 40)
  const found = wordBefore(text.slice(from, at))
  return found ? { word: found.word, lower: lowerCased(found.word), start: from + found.start } : null
}
