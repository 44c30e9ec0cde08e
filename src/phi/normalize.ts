/** Whether a code point of `text` outside ASCII is in the class `classLength` scans (chars.ts). */
function hasNonAsciiMember(classLength: (s: string, i: number) => number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128 && classLength(text, i) > 0) return true
  return false
}

/**
 * Text normalisation before detection. Detection and the forwarded output both use the
 * normalized text, so no offset map back to the raw input is needed.
 */

import { decimalDigitLength, formatCharLength, letterOrNumberLength } from './detectors/chars'

// Every Unicode format character (Cf): zero-width space/joiners, word joiner, BOM, soft hyphen,
// bidi marks and embeddings/isolates, Arabic letter mark, Mongolian vowel separator, tags.
const FORMAT_CHARS = /[\p{Cf}\u180E]/gu
// Control characters other than tab and newlines read as a space so words stay apart.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
// Dashes and minus signs read as a hyphen ("213–555–0178").
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
// An em dash or a bar before a title parts it from the word before ("No—Dr. Keeling"): read as a hyphen it would glue
// them into one word that no title reads. Elsewhere it stays a hyphen ("appt—Tuesday" is no sign-off).
const WORD_PARTING_DASH = /(?<=\p{L}[.?!]?)[\u2014\u2015](?=(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta)\.?[ \t])/gu
const DIGIT_TEST = /^\p{Nd}$/u
// Cyrillic and Greek letters that look like Latin ones (folded only inside words that also hold Latin letters or digits).
// biome-ignore format: packed list
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j',
  ѕ: 's', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P',
  С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't',
  υ: 'u', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y',
  Χ: 'X',
}
const CONFUSABLE_CLASS = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'u')
// The look-alikes by code unit (each is one BMP code unit below U+0530): a text's units are looked up in place, with
// no one-character string made per unit.
const CONFUSABLE_UNITS = new Uint8Array(0x530)
for (const ch of Object.keys(CONFUSABLES)) CONFUSABLE_UNITS[ch.charCodeAt(0)] = 1

/** Whether the code unit is one of the look-alikes. */
function isLookAlike(c: number): boolean {
  return c < 0x530 && CONFUSABLE_UNITS[c] === 1
}

/** CONFUSABLE_CLASS.test(text), unit by unit (the pattern was tried at every position of every non-ASCII text). */
function holdsLookAlike(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isLookAlike(text.charCodeAt(i))) return true
  return false
}
const MIXED_WORD = /[\p{L}\p{N}]+/gu
const LATIN_OR_DIGIT = /[A-Za-z0-9]/

// Values already found, per digit character (a property of Unicode, so kept for the isolate's life; at most the
// few hundred decimal digits Unicode has).
const DIGIT_VALUES = new Map<string, string>()

/** Value of a decimal digit from any script (NFKC leaves e.g. Arabic-Indic digits as they are). */
function digitValue(ch: string): string {
  let value = DIGIT_VALUES.get(ch)
  if (value === undefined) {
    value = countDigitsBelow(ch)
    DIGIT_VALUES.set(ch, value)
  }
  return value
}

// The same per BMP code unit (its value + 1; 0 not yet known), read without a one-character string per digit.
const UNIT_DIGIT_VALUES = new Uint8Array(65536)
const ASCII_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/** {@link digitValue} of the decimal digit that is the BMP code unit `c`. */
function unitDigitValue(c: number): string {
  let known = UNIT_DIGIT_VALUES[c]!
  if (known === 0) {
    known = Number(digitValue(String.fromCharCode(c))) + 1
    UNIT_DIGIT_VALUES[c] = known
  }
  return ASCII_DIGITS[known - 1]!
}

/**
 * `text` with every decimal digit outside ASCII written as its ASCII value: what replacing /(?![0-9])\p{Nd}/gu by
 * {@link digitValue} gives, read by the code unit tables in one pass (the pattern and a callback per digit cost
 * several times the pass in a text of Arabic-Indic numbers).
 */
function withAsciiDigits(text: string): string {
  // Joined from its pieces once: a text grown by `+=` is a rope, and every detector then read it by the slower path.
  const pieces: string[] = []
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue
    const n = decimalDigitLength(text, i)
    if (n === 0) continue
    pieces.push(text.slice(copied, i), n === 1 ? unitDigitValue(text.charCodeAt(i)) : digitValue(text.slice(i, i + n)))
    copied = i + n
    i = copied - 1
  }
  if (copied === 0) return text
  pieces.push(text.slice(copied))
  return pieces.join('')
}

function countDigitsBelow(ch: string): string {
  let cp = ch.codePointAt(0) ?? 48
  let steps = 0
  while (steps < 9 && DIGIT_TEST.test(String.fromCodePoint(cp - 1))) {
    cp -= 1
    steps += 1
  }
  return String(steps)
}

/**
 * Whether some word (a MIXED_WORD match) holds both a look-alike and a Latin letter or digit, found in one pass:
 * only then does folding change anything, and a Russian or Greek text would otherwise call foldWord on every word.
 */
function hasMixedWord(text: string): boolean {
  let lookAlike = false
  let latin = false
  for (let i = 0; i < text.length; ) {
    const n = letterOrNumberLength(text, i)
    if (n === 0) {
      lookAlike = false
      latin = false
      i += 1
      continue
    }
    // An ASCII letter or number is exactly [A-Za-z0-9]; every look-alike is one BMP code unit.
    if (text.charCodeAt(i) < 128) latin = true
    else if (n === 1 && isLookAlike(text.charCodeAt(i))) lookAlike = true
    if (lookAlike && latin) return true
    i += n
  }
  return false
}

function foldWord(word: string): string {
  if (!CONFUSABLE_CLASS.test(word) || !LATIN_OR_DIGIT.test(word)) return word
  let out = ''
  for (const ch of word) out += CONFUSABLES[ch] ?? ch
  return out
}

// Digits in disguise (issue 11): keycap marks and variation selectors ("5️⃣"), symbols or emoji between two digits
// ("5😀5😀9"), HTML character references ("&#53;", "&#x35;") and percent-escapes of digits ("%35") read as the digits.
const KEYCAP_MARKS = /[\uFE00-\uFE0F\u20E3]/g
const SYMBOLS_BETWEEN_DIGITS =
  /(?<=\d)(?:[\p{Extended_Pictographic}\p{So}\p{Sk}\u200D•·∙★☆]|\uD83C[\uDFFB-\uDFFF])+(?=\d)/gu
/**
 * Whether an ASCII digit is followed by a code unit SYMBOLS_BETWEEN_DIGITS may start with: one outside ASCII, or ^ or `
 * (the only ASCII members of its class). Without one the pattern, whose look-behind is tried at every position,
 * cannot match.
 */
function mayHoldSymbolAfterDigit(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) continue
    const d = text.charCodeAt(i + 1)
    if (d >= 128 || d === 94 || d === 96) return true
  }
  return false
}
const HTML_NUMERIC = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?/g
const HTML_NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  plus: '+',
  lpar: '(',
  rpar: ')',
  period: '.',
  hyphen: '-',
  dash: '-',
}
const HTML_NAMED_REF = /&(amp|lt|gt|quot|apos|nbsp|ndash|mdash|plus|lpar|rpar|period|hyphen|dash);/gi
const PERCENT_DIGITS = /(?:%3[0-9])+/g

/** Decodes HTML character references and percent-escaped digits; leaves a reference that is not a real code point. */
function decodeDisguises(text: string): string {
  let out = text
  if (out.includes('&')) {
    out = out.replace(HTML_NUMERIC, (ref: string, hex: string | undefined, dec: string | undefined) => {
      const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : ref
    })
    out = out.replace(HTML_NAMED_REF, (_ref: string, name: string) => HTML_NAMED[name.toLowerCase()] ?? _ref)
  }
  if (out.includes('%3')) out = out.replace(PERCENT_DIGITS, (run) => run.replace(/%3([0-9])/g, '$1'))
  return out
}

/**
 * Printable ASCII, tab and line breaks, without `&` or `%`: text every step below leaves as it is (NFKC and the
 * format, keycap and surrogate steps change only other code points, no control character is there to become a space,
 * and no HTML reference or percent-escape to decode). Name values are read again from the normalized text many
 * times per message; this answers them in one pass.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 32 ? c > 126 || c === 38 || c === 37 : c !== 9 && c !== 10 && c !== 13) return false
  }
  return true
}

/**
 * NFKC, invisible and bidi characters removed, other-script digits to ASCII, dashes to '-', Latin look-alikes
 * folded inside Latin words, digits in disguise read as digits. Never throws; non-strings become ''.
 */
export function normalizeText(input: unknown): string {
  if (typeof input !== 'string' || input.length === 0) return ''
  if (isPlainAscii(input)) return input
  let text = normalizeOnce(input)
  // Folding can make a new escape ("%" + a Takri three + "5" is "%35" after the digit step), and decoding can make a
  // character the steps fold; a few more rounds reach the text the engine and a second scrub both read.
  for (let round = 0; round < 3 && (text.includes('%3') || text.includes('&')); round++) {
    const next = normalizeOnce(text)
    if (next === text) break
    text = next
  }
  return text
}

const SURROGATE = /[\uD800-\uDFFF]/

function normalizeOnce(input: string): string {
  let text = input
  try {
    text = text.normalize('NFKC')
  } catch {
    // Malformed input cannot make normalize throw for 'NFKC', but stay total anyway.
  }
  text = decodeDisguises(text)
  // The two unicode-class patterns run only when the code unit tables find a member: they cost more than the rest of
  // normalising, and most texts hold neither.
  if (hasNonAsciiMember(formatCharLength, text)) text = text.replace(FORMAT_CHARS, '')
  text = text.replace(KEYCAP_MARKS, '').replace(CONTROL_CHARS, ' ')
  // Lone surrogates would survive into the output as garbage; replace them. This pattern and the symbols' one are
  // tried at every position: a text without a surrogate, or without the ASCII digit the symbols follow, is not scanned.
  if (SURROGATE.test(text))
    text = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  if (/[^\u0000-\u007F]/.test(text)) {
    text = withAsciiDigits(text)
    if (text.includes('\u2014') || text.includes('\u2015')) text = text.replace(WORD_PARTING_DASH, ' - ')
    text = text.replace(DASHES, '-')
    if (mayHoldSymbolAfterDigit(text)) text = text.replace(SYMBOLS_BETWEEN_DIGITS, '')
    if (holdsLookAlike(text) && hasMixedWord(text)) text = text.replace(MIXED_WORD, foldWord)
  }
  return text
}
