/**
 * fast-check generators for hostile input: any code point (lone surrogates included), zero-width and bidi
 * marks, homoglyphs and full-width digits hidden inside names and numbers, realistic identifiers.
 * All values are synthetic.
 */
import fc from 'fast-check'

/** Invisible format characters (Unicode Cf) a sender can hide inside a word or a number. */
export const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202c',
  '\u2066',
  '\u2069',
]

/** Characters that mean something to the form encoding, URLs, JSON or the engine's placeholders. */
// biome-ignore format: packed list
const SPECIALS = [
  '%', '+', '&', '=', '?', '#', '/', '\\', '"', "'", '[', ']', '{', '}', ':', '.', ',', '\n', '\r', '\t', ' ', '\u0000',
  'tok_', '[NAME]', '%zz', '%e9',
]

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))

/** One unit of hostile text: any code point, a lone surrogate, an invisible mark or a special character. */
const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLES) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 4, arbitrary: fc.constantFrom(' ', 'a', 'e', 'Z', '5', '0') },
)

/** Any string, including ill-formed UTF-16, invisible marks and encoding metacharacters. */
export const hostileString = (maxLength = 200): fc.Arbitrary<string> => fc.string({ unit: hostileUnit, maxLength })

/** Well-formed Unicode (encodable by encodeURIComponent): graphemes, invisibles and metacharacters. */
export const unicodeString = (maxLength = 80): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(
      { weight: 5, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.constantFrom(...SPECIALS.filter((s) => s !== '\u0000')) },
      { weight: 1, arbitrary: fc.constantFrom(...INVISIBLES) },
    ),
    maxLength,
  })

/** Latin letters and the Cyrillic/Greek letters that look the same. */
// biome-ignore format: packed list
const HOMOGLYPHS: Record<string, string[]> = {
  a: ['\u0430'], c: ['\u0441'], e: ['\u0435'], i: ['\u0456'], o: ['\u043e', '\u03bf'], p: ['\u0440'], x: ['\u0445'], y: ['\u0443'],
  A: ['\u0410', '\u0391'], B: ['\u0412'], E: ['\u0415'], K: ['\u041a'], M: ['\u041c'], O: ['\u041e'], P: ['\u0420'], T: ['\u0422'],
}

/** How an identifier is disguised before it is sent. */
export type Disguise = 'plain' | 'zero-width' | 'homoglyph' | 'full-width' | 'arabic-digits' | 'mixed'

/** Full-width digits (NFKC folds them to ASCII). */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
}

/** Applies a disguise, using `seed` to choose positions deterministically. */
export function disguise(value: string, how: Disguise, seed: number): string {
  const chars = [...value]
  const invisible = (i: number) => INVISIBLES[(seed + i) % INVISIBLES.length] as string
  switch (how) {
    case 'plain':
      return value
    case 'zero-width':
      // An invisible mark after every second character: the word no longer matches a dictionary or a regex as is.
      return chars.map((ch, i) => (i % 2 === 1 && i < chars.length - 1 ? ch + invisible(i) : ch)).join('')
    case 'homoglyph':
      return chars
        .map((ch, i) =>
          (seed + i) % 2 === 0 && HOMOGLYPHS[ch] ? (HOMOGLYPHS[ch][seed % HOMOGLYPHS[ch].length] as string) : ch,
        )
        .join('')
    case 'full-width':
      return fullWidthDigits(value)
    case 'arabic-digits':
      return value.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
    case 'mixed':
      return disguise(fullWidthDigits(value), 'zero-width', seed)
  }
}

export const disguiseArb: fc.Arbitrary<Disguise> = fc.constantFrom(
  'plain',
  'zero-width',
  'homoglyph',
  'full-width',
  'arabic-digits',
  'mixed',
)

const UNCONFUSE: Record<string, string> = Object.fromEntries(
  Object.entries(HOMOGLYPHS).flatMap(([latin, looks]) => looks.map((l) => [l, latin])),
)

/**
 * How a reader would see a text: NFKC, invisible marks removed, every decimal digit read as ASCII,
 * look-alike letters read as Latin, lower case. Leak checks compare in this form, so a disguise is no excuse.
 */
export function asRead(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Nd}/gu, (d) => {
      // Decimal digits come in runs of ten starting at zero: walk back to the start of the run.
      let cp = d.codePointAt(0) ?? 48
      while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) cp--
      return String(((d.codePointAt(0) ?? 48) - cp) % 10)
    })
    .replace(/./gu, (ch) => UNCONFUSE[ch] ?? ch)
    .toLowerCase()
}

/** Words a leak check ignores inside a value: titles and kinship cues carry no identity on their own. */
const CUE_WORDS = new Set(['dr', 'mr', 'mrs', 'ms', 'doctor', 'nurse', 'my', 'son', 'the', 'of', 'and', 'mrn'])
const YEAR = /^(19|20)\d\d$/

/**
 * The project's leak rule (docs/evaluation.md) applied to what a reader sees: a word (2+ letters or digits) of
 * the value still a whole word of the output, or all its digits (7+) still in a row among the output's digits.
 * A 4-digit year of a DATE may stay.
 */
export function leaks(type: string, value: string, output: string, keptYears: readonly string[] = []): string | null {
  // The year the label of one of the message's own dates shows ("[DATE:1993]") is that date's, kept by Safe Harbor: a
  // phone or ID whose digits happen to end in the same four ("555-1993") has not leaked through it. Any other year in
  // a label still counts.
  const out = asRead(
    type === 'DATE'
      ? output
      : output.replace(/\[DATE:(\d{4})\]/g, (label, year) => (keptYears.includes(year) ? '[DATE]' : label)),
  )
  const outWords = new Set(out.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
  const outDigits = out.replace(/[^0-9]/g, '')
  const read = asRead(value)
  for (const w of read.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if ([...w].length < 2 || CUE_WORDS.has(w) || (type === 'DATE' && YEAR.test(w))) continue
    if (outWords.has(w)) return w
  }
  const digits = read.replace(/[^0-9]/g, '')
  if (digits.length >= 7 && outDigits.includes(digits)) return digits
  return null
}

/**
 * `leaks` when `output` also holds text of its own (`extra`, random noise after the body): a word of the value has
 * leaked only where the output holds it more often than `extra` brings it itself, and the value's digits (7+) only
 * where the output's digits hold them more often than the noise's do. Every word of the value is counted, not only the
 * first one found.
 */
export function leaksBeyond(type: string, value: string, output: string, extra: string): string | null {
  const out = asRead(output)
  const outWords = countWords(out)
  const extraWords = countWords(asRead(extra))
  for (const w of asRead(value).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if ([...w].length < 2 || CUE_WORDS.has(w) || (type === 'DATE' && YEAR.test(w))) continue
    if ((outWords.get(w) ?? 0) > (extraWords.get(w) ?? 0)) return w
  }
  const digits = asRead(value).replace(/[^0-9]/g, '')
  if (
    digits.length >= 7 &&
    occurrences(out.replace(/[^0-9]/g, ''), digits) > occurrences(asRead(extra).replace(/[^0-9]/g, ''), digits)
  )
    return digits
  return null
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const w of text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  return counts
}

function occurrences(haystack: string, needle: string): number {
  let n = 0
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++
  return n
}

/** The four-digit years of the DATE values among `ids`: the years their labels may show. */
export function dateYears(ids: readonly { type: string; value: string }[]): string[] {
  return ids.filter((i) => i.type === 'DATE').flatMap((i) => i.value.match(/(?:18|19|20)\d{2}/g) ?? [])
}

const digit = fc.integer({ min: 0, max: 9 }).map(String)
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''))

/** A US phone number in one of the ways people type them (exchange 555, never a real line). */
export const phoneArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 201, max: 989 }), digits(4), fc.integer({ min: 0, max: 5 }))
  .map(([area, line, style]) => {
    // biome-ignore format: packed list
    const formats = [
      `(${area}) 555-${line}`, `${area}-555-${line}`, `${area}.555.${line}`, `${area} 555 ${line}`, `+1${area}555${line}`,
      `1-${area}-555-${line}`,
    ]
    return formats[style] as string
  })

/** A Social Security number (area 100-665, never 000/666/9xx). */
export const ssnArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 100, max: 665 }),
    fc.integer({ min: 10, max: 99 }),
    fc.integer({ min: 1000, max: 9999 }),
    fc.boolean(),
  )
  .map(([a, g, s, dashed]) => (dashed ? `${a}-${g}-${s}` : `${a}${g}${s}`))

/** An e-mail address on a reserved domain. */
export const emailArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('olivia', 'tcarter', 'rick.alvarez', 'mei_chen', 'dre'),
    fc.integer({ min: 1, max: 9999 }),
    fc.constantFrom('example.com', 'example.org', 'mail.example.net'),
  )
  .map(([user, n, domain]) => `${user}${n}@${domain}`)

/** A full date of birth as patients write it. */
export const dobArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1930, max: 2020 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([m, d, y, style]) => {
    const mm = String(m).padStart(2, '0')
    const dd = String(d).padStart(2, '0')
    return [`${m}/${d}/${y}`, `${mm}/${dd}/${y}`, `${y}-${mm}-${dd}`][style] as string
  })

/** A medical record number. */
export const mrnArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('M', 'MRN', ''), digits(8))
  .map(([p, d]) => `${p}${d}`)

/** First and last names that are not English words. */
// biome-ignore format: packed list
export const FIRST_NAMES = [
  'Olivia', 'Noah', 'Danielle', 'Kowalski', 'Mei', 'Ahmed', 'Priya', 'Tyler', 'Carmen', 'Esther', 'Rick', 'Patricia', 'Luis', 'Ava', 'Jake',
]
export const LAST_NAMES = [
  'Bennett',
  'Kowalski',
  'Alvarez',
  'Gomez',
  'Kaplan',
  'Nguyen',
  'Okafor',
  'Lopez',
  'Ruiz',
  'Harrison',
]
export const nameArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FIRST_NAMES), fc.option(fc.constantFrom(...LAST_NAMES), { nil: undefined }))
  .map(([first, last]) => (last ? `${first} ${last}` : first))

/** Clinical filler without digits, so the digit rule of the scorer only sees the identifiers. */
export const fillerArb: fc.Arbitrary<string> = fc.constantFrom(
  'my blood sugar was high this morning',
  'the cough is worse at night',
  'i took ibuprofen with food',
  'can i get a refill of metformin',
  'thanks so much',
  'she has pink eye',
  'is the doctor in today',
  '',
)

/** One identifier with its label type and the sentence cue that introduces it. */
export interface Identifier {
  type: 'PHONE' | 'SSN' | 'EMAIL' | 'DATE' | 'MRN' | 'NAME'
  value: string
  cue: string
}

export const identifierArb: fc.Arbitrary<Identifier> = fc.oneof(
  phoneArb.chain((value) =>
    fc
      .constantFrom('call me at', 'my number is', 'text', 'cell')
      .map((cue) => ({ type: 'PHONE' as const, value, cue })),
  ),
  ssnArb.chain((value) =>
    fc.constantFrom('my ssn is', 'social security number', 'SSN:').map((cue) => ({ type: 'SSN' as const, value, cue })),
  ),
  emailArb.chain((value) =>
    fc.constantFrom('email me at', 'my email is', '').map((cue) => ({ type: 'EMAIL' as const, value, cue })),
  ),
  dobArb.chain((value) =>
    fc.constantFrom('my dob is', 'date of birth', 'born').map((cue) => ({ type: 'DATE' as const, value, cue })),
  ),
  mrnArb.chain((value) =>
    fc.constantFrom('my MRN is', 'medical record number', 'MRN').map((cue) => ({ type: 'MRN' as const, value, cue })),
  ),
  nameArb.chain((value) =>
    fc
      .constantFrom('this is', 'my name is', 'my son', 'please tell Dr.')
      .map((cue) => ({ type: 'NAME' as const, value, cue })),
  ),
)

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** Digits read aloud the way speech-to-text writes them: words, "oh" for zero, sometimes "double". */
export function spokenDigits(digits: string, seed: number): string {
  const out: string[] = []
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i])
    if (seed % 3 === 0 && digits[i + 1] === digits[i]) {
      out.push('double', DIGIT_WORDS[d] as string)
      i++
    } else out.push(d === 0 && seed % 2 === 0 ? 'oh' : (DIGIT_WORDS[d] as string))
  }
  return out.join(' ')
}

/** A phone number, SSN or member id spoken in a voice transcript, with its cue. */
export const spokenIdentifierArb: fc.Arbitrary<{ type: 'PHONE' | 'SSN' | 'HEALTHPLAN'; value: string; cue: string }> =
  fc
    .tuple(
      fc.constantFrom(
        { type: 'PHONE' as const, cue: 'my callback number is', length: 10 },
        { type: 'PHONE' as const, cue: 'you can reach me at', length: 10 },
        { type: 'SSN' as const, cue: 'my social security number is', length: 9 },
        { type: 'HEALTHPLAN' as const, cue: 'my member id is', length: 9 },
      ),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
      fc.nat(),
    )
    .map(([kind, ds, seed]) => {
      const digits = (kind.type === 'PHONE' ? [2 + (ds[0]! % 8), ...ds.slice(1)] : ds).slice(0, kind.length).join('')
      return { type: kind.type, value: spokenDigits(digits, seed), cue: kind.cue }
    })
