/**
 * Identifier extents, read on resolved spans: capital letters written or spelled right before an identifier's digits
 * are part of it (a health card's letters, a policy prefix, a state's code before a licence or Medicaid number).
 */
import { languages } from '../languages'
import { isBasicWord, isClinicalTerm } from '../lexicon'
import { cueBefore } from './cues'
import { STATE_WORD } from './place-names'
import { latinScriptLength, upperCaseLetterLength } from './chars'
import type { Span } from './types'

const ID_TYPES = new Set(['PHONE', 'MRN', 'HEALTHPLAN', 'ACCOUNT', 'LICENSE', 'SSN', 'OTHER', 'DEVICE', 'VEHICLE'])
const SPELLED_PREFIX = /(?:^|[^\p{L}\p{N}])((?:\p{Lu}[ \t]){2,4})$/u
// A code glued to text of another script counts too ("member ID是UHC 9930…").
const LETTER_PREFIX = /(?:^|[^\p{Script=Latin}\p{N}])(\p{Lu}{2,6})[ \t-]$/u
// A group of three to eight digits and capitals opening on a digit, with two capitals or more, then a blank or a
// hyphen (a lab's or a vitamin's name opens on its letters: "CD4 350", "B12 410", "A1C 7.2").
const MIXED_GROUP_BEFORE = /(?:^|[^\p{L}\p{N}])(\d(?=[A-Z0-9]{0,6}[A-Z][A-Z0-9]{0,6}[A-Z])[A-Z0-9]{2,7})[ \t-]$/u
// Drugs named by a digit and capitals (fluorouracil, mercaptopurine, mesalamine).
const DRUG_GROUP = /^(?:5FU|6MP|5ASA|6TG)$/u
// A quantity, a time or a rank written in capitals ("10MG", "2PM", "3RD", "24HR"): no identifier's group.
const UNIT_GROUP =
  /^\d+(?:MG|MCG|ML|MM|CM|KG|LB|LBS|AM|PM|ST|ND|RD|TH|HR|HRS|H|X|YO|YR|YRS|MIN|MINS|OZ|G|L|IU|U|MEQ|TAB|TABS|MO|MOS|WK|WKS|D|FT|IN)$/u
// Abbreviations that announce an identifier rather than belong to it ("MRN 7730418", "DOB", "SSN").
// biome-ignore format: packed list
const ID_CUE_ABBREVIATIONS = new Set([
  'mrn', 'id', 'dob', 'ssn', 'acct', 'ph', 'tel', 'fax', 'no', 'nr', 'num', 'dl', 'sn', 'ref', 'pt', 'rx', 'npi', 'dea',
  'ein', 'tin', 'mbi', 'hicn', 'vin', 'ins', 'grp', 'mem', 'cel', 'cell', 'mob', 'ext', 'apt', 'ste', 'po', 'usa', 'us',
])

/**
 * Capital letters written right before an identifier's digits are part of it: Quebec's health card ("LAMA 5402 1987",
 * the first letters of the surname and given name), "ABC 123456" policy prefixes. Cue abbreviations stay.
 */
export function letterPrefixes(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (!ID_TYPES.has(s.type)) continue
    const digits = /^\d/.test(text.slice(s.start, s.start + 1))
    const before = text.slice(Math.max(0, s.start - 12), s.start)
    // "F R huit huit deux": capitals spelled one by one before a number, written or said, are its letters too.
    // A plate or licence that starts with letters takes only a state's code before it ("FL JRQ 8841").
    const lettered = !digits && (s.type === 'VEHICLE' || s.type === 'LICENSE')
    // Both patterns end on a capital and a blank (or a hyphen): read only where the look-back does.
    const written = (digits || lettered) && mayEndOnCapital(before, true) ? LETTER_PREFIX.exec(before) : null
    const m = written ?? (mayEndOnCapital(before, false) ? SPELLED_PREFIX.exec(before) : null)
    // "8BV 214", "7XK-5521": a group of digits and capitals before an identifier's digits is its first group.
    const mixed = !m && digits && s.type !== 'PHONE' && mayEndOnGroup(before) ? MIXED_GROUP_BEFORE.exec(before) : null
    if (
      mixed &&
      !UNIT_GROUP.test(mixed[1]!) &&
      !DRUG_GROUP.test(mixed[1]!) &&
      !isClinicalTerm(mixed[1]!.toLowerCase())
    ) {
      const groupStart = s.start - mixed[0].length + mixed[0].indexOf(mixed[1]!)
      if (!spans.some((o) => o !== s && o.start < s.start && o.end > groupStart))
        out.push({ ...s, start: groupStart, source: `${s.source}+prefix` })
      continue
    }
    if (!m) {
      // "права номер бэ семь семь два": letters said by their names in a script of their own before the number;
      // "caso ese te cero nueve…": two or more Latin letter names in a row before a number that is no phone.
      const named = Math.min(
        namedLettersBefore(text, s.start),
        s.type === 'PHONE' ? s.start : latinLettersBefore(text, s.start),
      )
      if (named < s.start && !spans.some((o) => o !== s && o.start < s.start && o.end > named))
        out.push({ ...s, start: named, source: `${s.source}+prefix` })
      continue
    }
    const word = m[1]!.replace(/[ \t]/g, '').toLowerCase()
    // A state's code written in capitals before a licence or Medicaid number is its prefix ("OH 7728 0391 55").
    // Only after an identifier's cue ("Medicaid … OH 7728…"): a code that is also a word ("IN", "OK") is one otherwise.
    const codeStart = s.start - m[0].length + m[0].indexOf(m[1]!)
    const stateCode =
      s.type !== 'PHONE' &&
      m[1]!.length === 2 &&
      STATE_WORD.test(word) &&
      cueBefore(text.slice(Math.max(0, codeStart - 40), codeStart).toLowerCase(), Math.min(40, codeStart)) !== undefined
    // "SN 1019-AX-55203": a serial number's own letters, printed on the device with it.
    const serialLetters = s.type === 'DEVICE' && (word === 'sn' || word === 'sno')
    if (!serialLetters && (ID_CUE_ABBREVIATIONS.has(word) || (digits && isBasicWord(word) && !stateCode))) continue
    if (lettered && written && !stateCode) continue
    if (!spans.some((o) => o !== s && o.start < s.start && o.end > codeStart))
      out.push({ ...s, start: codeStart, source: `${s.source}+prefix` })
  }
  return out
}

const LATIN_LETTER_BEFORE = /(?:^|[^\p{L}])(\p{Script=Latin}{2,6})[ \t]+$/u
// Letter names that are also the commonest function words: "de" and "y" never join a run, a vowel ("a", "o") only a
// run of two or more already ("a be ce uno dos").
const NOT_LETTER_RUN = new Set(['y', 'de'])
const VOWEL_LETTERS = new Set(['a', 'e', 'i', 'o', 'u'])

/**
 * Where two to four Latin letter names of one table start right before `at` ("ese te" before "cero nueve…"); `at`
 * when fewer. One alone is a word too often ("te", "pe").
 */
function latinLettersBefore(text: string, at: number): number {
  const lang = languages()
  // No Latin word before the blanks before `at`: no table finds a first letter name.
  const c = codeBeforeBlanks(text, at)
  if (c < 65 || (c < 128 && !isAsciiLetter(c))) return at
  // Nor a letter of another script ("رقم 0123"): LATIN_LETTER_BEFORE needs a Latin one there (a low surrogate, the end
  // of an astral letter, is left to the pattern).
  if (c >= 128 && (c < 0xdc00 || c > 0xdfff) && latinScriptLength(text, at - blanksBefore(text, at) - 1) === 0)
    return at
  const first = LATIN_LETTER_BEFORE.exec(text.slice(Math.max(0, at - 10), at))
  if (!first) return at
  // The look-back at a position reads the same whatever the table: read once, then asked of every table in turn.
  const read = new Map<number, RegExpExecArray | null>([[at, first]])
  for (const names of lang.letterNamesOf.values()) {
    let start = at
    let count = 0
    for (; count < 4; count++) {
      let m = read.get(start)
      if (m === undefined) read.set(start, (m = LATIN_LETTER_BEFORE.exec(text.slice(Math.max(0, start - 10), start))))
      const w = m?.[1]?.toLowerCase() ?? ''
      if (!m || !names.has(w) || NOT_LETTER_RUN.has(w) || (VOWEL_LETTERS.has(w) && count < 2)) break
      start -= m[0].length - m[0].indexOf(m[1]!)
    }
    if (count >= 2) return start
  }
  // "id is alpha zero zero four seven…", "bravo charlie 1234…": letters said by the phonetic alphabet, even one alone,
  // open the identifier.
  let start = at
  let count = 0
  for (; count < 4; count++) {
    const m = count === 0 ? first : LATIN_LETTER_BEFORE.exec(text.slice(Math.max(0, start - 10), start))
    if (!m || !PHONETIC_ALPHABET.has(m[1]!.toLowerCase())) break
    start -= m[0].length - m[0].indexOf(m[1]!)
  }
  // One alone only where it is no unit, place or name ("two kilo eight hundred", "echo fifty five").
  return count >= 2 || (count === 1 && ONLY_LETTER_NAMES.has(first[1]!.toLowerCase())) ? start : at
}
// Letters of the phonetic alphabet that are no other word.
const ONLY_LETTER_NAMES = new Set([
  'alpha',
  'alfa',
  'bravo',
  'foxtrot',
  'juliett',
  'quebec',
  'tango',
  'whiskey',
  'xray',
  'yankee',
  'zulu',
])
// biome-ignore format: packed list
const PHONETIC_ALPHABET = new Set([
  'alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett',
  'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor',
  'whiskey', 'xray', 'yankee', 'zulu',
])

const NAMED_LETTER_BEFORE = /(?:^|[^\p{L}])([\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hangul}]{2,5})[ \t]+$/u

/**
 * Where one to three letter names of a table, written in a script other than Latin and no word of that table, start
 * right before `at` ("бэ", "эм эн"); `at` when none. Latin letter names ("de", "si") are words too often.
 */
function namedLettersBefore(text: string, at: number): number {
  const letters = namedLetters()
  let start = at
  for (let k = 0; k < 3; k++) {
    // An ASCII character before the blanks is of none of the three scripts.
    if (codeBeforeBlanks(text, start) < 128) break
    const m = NAMED_LETTER_BEFORE.exec(text.slice(Math.max(0, start - 10), start))
    if (!m?.[1]) break
    if (!letters.has(m[1].toLowerCase())) break
    start -= m[0].length - m[0].indexOf(m[1])
  }
  return start
}

// The plus of a country code said or written as a word before a phone ("más cincuenta y dos …", "plus one …").
const PLUS_BEFORE = /(?:^|[^\p{L}\p{N}])(plus|más|mas|mais|plis)[ \t]+$/iu
// A plate or tag cue before its number, whose letters may follow the digits ("plate # too, its 4471 RT").
const PLATE_CUE = /(?<![\p{L}])(?:plate|placa|placas|plaque|tag|tags)(?![\p{L}])/iu
const LETTERS_AFTER = /^[ \t-]([A-Z]{1,3})(?![\p{L}\p{N}])/u

/**
 * A phone's plus said as a word before it ("más cincuenta y dos ocho uno …") belongs to it, and the capital letters
 * right after a number a plate cue announces are the rest of the plate ("its 4471 RT").
 */
export function phoneAndPlateEnds(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    // A number said digit by digit too long for a phone of its own ("más cinco dos …", a country code first).
    if (s.type === 'PHONE' || (s.type === 'OTHER' && s.source === 'spoken')) {
      const m = PLUS_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start))
      if (m) out.push({ ...s, start: s.start - m[0].length + m[0].indexOf(m[1]!) })
      if (s.type === 'PHONE') continue
    }
    if (s.type !== 'VEHICLE' && s.type !== 'OTHER') continue
    const letters = LETTERS_AFTER.exec(text.slice(s.end, s.end + 6))
    if (letters && PLATE_CUE.test(text.slice(Math.max(0, s.start - 40), s.start)))
      out.push({ start: s.start, end: s.end + letters[0].length, type: 'VEHICLE', source: 'plate:letters' })
  }
  return out
}

// The letter names of every table that are no word of that table's language, for the tables they were read from.
let namedLettersOf: { lang: ReturnType<typeof languages>; letters: ReadonlySet<string> } | undefined

/** Every word some table names a letter by and does not hold as a word of its own ("бэ", "эм"). */
function namedLetters(): ReadonlySet<string> {
  const lang = languages()
  if (namedLettersOf?.lang !== lang) {
    const letters = new Set<string>()
    for (const [code, names] of lang.letterNamesOf)
      for (const w of names) if (!lang.byLanguage.get(code)?.has(w)) letters.add(w)
    namedLettersOf = { lang, letters }
  }
  return namedLettersOf.letters
}

/** The code unit before the blanks (spaces, tabs) that end right before `at`; -1 when none ends there or none is before. */
function codeBeforeBlanks(text: string, at: number): number {
  let k = at
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  return k === at || k === 0 ? -1 : text.charCodeAt(k - 1)
}

/** How many spaces or tabs stand right before `at`. */
function blanksBefore(text: string, at: number): number {
  let k = at
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  return at - k
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * Whether `before` may end as LETTER_PREFIX (`hyphen`) or SPELLED_PREFIX end: a blank (or a hyphen) after a capital; a
 * code unit outside ASCII is left to the pattern.
 */
function mayEndOnCapital(before: string, hyphen: boolean): boolean {
  const n = before.length
  if (n < 2) return false
  const last = before.charCodeAt(n - 1)
  if (last !== 32 && last !== 9 && !(hyphen && last === 45)) return false
  const c = before.charCodeAt(n - 2)
  if (c < 128) return c >= 65 && c <= 90
  // Both patterns need \p{Lu} there: read by the code unit table (a low surrogate, the end of an astral capital, is
  // left to the pattern). Arabic or Hangul before a number passed this test and ran both patterns.
  return (c >= 0xdc00 && c <= 0xdfff) || upperCaseLetterLength(before, n - 2) > 0
}

/**
 * Whether `before` may end as MIXED_GROUP_BEFORE needs: a blank or a hyphen right after a digit or an ASCII capital
 * (the pattern was tried at every position of the look-back before every identifier's digits).
 */
function mayEndOnGroup(before: string): boolean {
  const n = before.length
  if (n < 2) return false
  const last = before.charCodeAt(n - 1)
  if (last !== 32 && last !== 9 && last !== 45) return false
  const c = before.charCodeAt(n - 2)
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
}
