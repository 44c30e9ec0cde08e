/**
 * The words of a found name that are looked for everywhere else (propagation): what a name value holds once its
 * titles, particles, possessives and numbers are set aside, and the spelled forms transcripts say after a name.
 */
import { languages } from './languages'
import { isFirstName } from './lexicon'
import { isSpaceUnit, letterOrNumberLength, nextCodePoint } from './detectors/chars'
import { normalizeText } from './normalize'
import { boundedMemo } from './memo'
import { lowerSameLength } from './blanking'

// Words never propagated on their own even when part of a detected name.
// biome-ignore format: packed list
const NOT_PROPAGATED = new Set([
  'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'da', 'das', 'do', 'dos', 'di', 'du', 'le', 'van', 'von', 'der', 'den',
  'bin', 'ibn', 'al', 'st', 'and', 'the', 'of', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'ii', 'iii', 'iv', 'my', 'me', 'is', 'it',
  'doctor', 'nurse', 'miss', 'sra', 'srta', 'don', 'señor', 'señora', 'senor', 'senora', 'doña', 'grandma', 'grandpa', 'aunt', 'uncle', 'tia', 'tio', 'mom', 'dad',
  'son', 'hi', 'hey', 'hello', 'this', 'from', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'padre', 'hijo', 'filho', 'neto',
])

// A name spelled out letter by letter ("m-o-o-d-y", "b a p t i s t e", "K.O.W.A.L"): the word it spells.
const SPELLED = /^\p{L}(?:[\s.-]+\p{L}){2,}\.?$/u

// Name words of values already read: the same names recur across a text's spans and its two propagation rounds,
// and each reading normalises the value. Bounded like the lexicon's memos (cleared when full, long values never
// kept); callers only read the arrays.
export const nameWords = boundedMemo<readonly string[]>((value) => readNameWords(value), 2048)

/** A title or a kinship title of the tables. */
export function isTitleWord(w: string): boolean {
  const lang = languages()
  return lang.titlesBefore.phrases.has(w) || lang.kinTitles.phrases.has(w)
}

/** A given name of the tables or the lexicon ("chi", "em", "anh"): looked for everywhere even when also a title. */
function isGivenName(w: string): boolean {
  return languages().givenNames.has(w) || isFirstName(w)
}

function readNameWords(value: string): string[] {
  const out: string[] = []
  const lower = lowerSameLength(normalizeText(value))
  const trimmed = lower.trim()
  // Letters of one code unit each with spaces or full stops between (a spelled text is one value of the whole text):
  // every word is one letter, and none is kept but the word they spell (below), so they are not read one by one.
  if (!SPELLED_APART.test(trimmed) || SURROGATE.test(trimmed)) readWords(lower, out)
  // "moody m-o-o-d-y": the spelled word is said as a word too.
  if (SPELLED.test(trimmed)) {
    const word = spelledWord(trimmed)
    if (!NOT_PROPAGATED.has(word)) out.push(word)
  }
  return out
}

/**
 * The word a value matching {@link SPELLED} spells: its letters, which are all it holds but the spaces, full stops and
 * hyphens between them (a spelled text may be 800 letters: joined from their code units at once, not letter by letter).
 */
export function spelledWord(spelled: string): string {
  const units: number[] = []
  for (let i = 0; i < spelled.length; i++) {
    const c = spelled.charCodeAt(i)
    if (c !== 46 && c !== 45 && !isSpaceUnit(c)) units.push(c)
  }
  let out = ''
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode.apply(null, units.slice(i, i + 4096))
  return out
}

// Spelled with no hyphen (a hyphen joins the letters into one word) and no surrogate (a letter of two code units is
// kept as a word).
const SPELLED_APART = /^\p{L}(?:[\s.]+\p{L}){2,}\.?$/u
const SURROGATE = /[\ud800-\udfff]/

/** The words of a lower-case name value, titles, particles, possessives and numbers set aside, into `out`. */
function readWords(lower: string, out: string[]): void {
  let index = 0
  for (let p = 0; p < lower.length; ) {
    const end = nameWordEnd(lower, p)
    if (end === p) {
      p = nextCodePoint(lower, p)
      continue
    }
    const first = index++ === 0
    // A word of one code unit (a letter of a name spelled out) is never looked for: after the first, not even read.
    if (!first && end - p < 2) {
      p = end
      continue
    }
    const w = lower.slice(p, end)
    p = end
    // A table's title or kinship title opening the value ("cô loan", "chị lan", "ti jan") is a title, not a name word
    // to look for everywhere. One that is also a given name ("chi", "em", "anh" of Chi Tran, Em Watson) is looked for
    // like any name word.
    if (first && end < lower.length && isTitleWord(w) && !isGivenName(w)) continue
    if (w.length >= 2 && !NOT_PROPAGATED.has(w) && !isAsciiNumber(w)) out.push(w)
    // "Blessing's mom … Blessing Nwosu": the name without its possessive is the name too (/['’]s$/).
    const c = w.charCodeAt(w.length - 2)
    const stem = w.length >= 2 && w.endsWith('s') && (c === 39 || c === 0x2019) ? w.slice(0, -2) : w
    if (stem !== w && stem.length >= 2 && !NOT_PROPAGATED.has(stem) && !isAsciiNumber(stem)) out.push(stem)
  }
}

/**
 * The end of the name word starting at `p` (letters and numbers, runs joined by single ' ’ or -; `p` itself when none
 * starts there), found by the code unit tables instead of a pattern run and a match array per word: long name values
 * (a name spelled letter by letter is one span of the whole text) are read again on every detection, as the memo
 * keeps no value over 64 characters.
 */
function nameWordEnd(s: string, p: number): number {
  let e = alphanumericEnd(s, p)
  if (e === p) return p
  for (;;) {
    const c = s.charCodeAt(e)
    // ' ’ -
    if (c !== 39 && c !== 0x2019 && c !== 45) return e
    const next = alphanumericEnd(s, e + 1)
    if (next === e + 1) return e
    e = next
  }
}

/**
 * The end of the run of letters and numbers from `p` (`p` when none starts there): ASCII read in place, the rest by
 * the scanner (a text spelled letter by letter is one name value of 1,600 characters, read on every detection).
 */
function alphanumericEnd(s: string, p: number): number {
  let e = p
  for (;;) {
    // Past the end the code is NaN: the scanner answers 0.
    const c = s.charCodeAt(e)
    if (c < 128) {
      const folded = c | 32
      if ((c >= 48 && c <= 57) || (folded >= 97 && folded <= 122)) {
        e++
        continue
      }
      return e
    }
    const l = letterOrNumberLength(s, e)
    if (l === 0) return e
    e += l
  }
}

/** /^\d+$/.test(w) for a non-empty word, without the pattern. */
function isAsciiNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return w.length > 0
}

const SPELLABLE = /^[a-z]{2,10}$/

// The spelled form of a word ('' when it has none), remembered: the same names are spelled out again for every
// detection of a text's fields and on every propagation round.
const spelledForm = boundedMemo((w: string): string => (SPELLABLE.test(w) ? [...w].join(' ') : ''), 2048)

/** A name word as said letter by letter ("ho" → "h o"): transcripts spell names after saying them. */
export function spelledForms(words: Iterable<string>): string[] {
  const out: string[] = []
  for (const w of words) {
    const form = spelledForm(w)
    if (form !== '') out.push(form)
  }
  return out
}

// A Russian name is declined ("алиса", "у алисы", "алисе", "с алисой"): its stem, once the ending is set aside, and
// the endings names take in the six cases. Written here by hand; a stem needs three letters.
const CYRILLIC_NAME = /^\p{Script=Cyrillic}{4,}$/u
const NAME_CASE_ENDINGS = ['ой', 'ей', 'ом', 'ем', 'ою', 'ею', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'о']
const SOFT_ENDINGS = ['я', 'ю', 'ем', 'е', 'и']
const HARD_ENDINGS = ['а', 'ы', 'у', 'е', 'ой', 'ом', 'ою']

/** The stem of a Russian name word without its case ending ("алисе", "алисы" → "алис"); '' for no such word. */
export function cyrillicNameStem(w: string): string {
  if (!CYRILLIC_NAME.test(w)) return ''
  if (w.endsWith('й') || w.endsWith('ь')) return w.slice(0, -1)
  const ending = NAME_CASE_ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 3)
  return ending ? w.slice(0, -ending.length) : w
}

function declinedForm(w: string): string[] {
  const stem = cyrillicNameStem(w)
  if (stem === '') return []
  // "сергей", "дмитрий", "игорь": the soft sign or й gives way to the ending ("сергея", "игорю").
  if (w.endsWith('й') || w.endsWith('ь')) return SOFT_ENDINGS.map((e) => stem + e)
  const endings = /[гкхжшчщц]$/.test(stem)
    ? [...HARD_ENDINGS, 'и']
    : stem !== w
      ? [...HARD_ENDINGS, ...SOFT_ENDINGS]
      : HARD_ENDINGS
  return endings.map((e) => stem + e).filter((f) => f !== w)
}

const declinedFormsOf = boundedMemo<readonly string[]>(declinedForm, 2048)

/** The other case forms of the Cyrillic name words among `words` ("алисе" → "алиса", "алисы", …). */
export function declinedForms(words: Iterable<string>): string[] {
  const out: string[] = []
  for (const w of words)
    if (w.length >= 4 && w.charCodeAt(0) >= 0x400 && w.charCodeAt(0) <= 0x4ff) out.push(...declinedFormsOf(w))
  return out
}
