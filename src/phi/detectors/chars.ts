/** Character classes by code unit, for hand scanners that must agree exactly with the u-flag patterns they replace. */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u
// Per BMP code unit: 0 not yet known, 1 letter or number, 2 neither (a property of Unicode, so safe to keep).
const LN_BMP = new Uint8Array(65536)

/**
 * Length of the letter or number ([\p{L}\p{N}] in unicode mode) starting at `i`: 1, 2 for a surrogate pair, or 0 when
 * there is none (also for a lone surrogate and past the end).
 */
export function letterOrNumberLength(s: string, i: number): number {
  if (i < 0 || i >= s.length) return 0
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(s.slice(i, i + 2)) ? 2 : 0
    return 0
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0
  let known = LN_BMP[c]!
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(s[i]!) ? 1 : 2
    LN_BMP[c] = known
  }
  return known === 1 ? 1 : 0
}

const LETTER = /^\p{L}$/u
// Per BMP code unit: 0 not yet known, 1 letter, 2 not a letter.
const L_BMP = new Uint8Array(65536)

/** Length of the letter (\p{L} in unicode mode) starting at `i`: 1, 2 for a surrogate pair, or 0. */
export function letterLength(s: string, i: number): number {
  if (i < 0 || i >= s.length) return 0
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0
    return 0
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0
  let known = L_BMP[c]!
  if (known === 0) {
    known = LETTER.test(s[i]!) ? 1 : 2
    L_BMP[c] = known
  }
  return known === 1 ? 1 : 0
}

/** The next code point boundary after `i` (steps over a surrogate pair whole). */
export function nextCodePoint(s: string, i: number): number {
  const c = s.charCodeAt(i)
  const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1
}

/** A dose taper, not a number: three or more groups of 1-3 digits, each a multiple of five and below the one before ("60-40-20-10"). */
export function isTaper(groups: string): boolean {
  const n = groups.split(/[ \t-]+/)
  if (n.length < 3 || n.some((g) => !/^\d{1,3}$/.test(g) || Number(g) % 5 !== 0)) return false
  return n.every((g, i) => i === 0 || Number(g) < Number(n[i - 1]))
}
