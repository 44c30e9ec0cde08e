/**
 * Known identifiers: words, word pairs, digit runs and dates of a text that a caller already knows belong to a
 * patient (the clinic's roster, a sender's remembered name words). Pure: the caller answers a matcher over
 * normalised candidates (the vault side from keyed hashes), this module finds the candidates and turns matches into
 * spans. A known name that is also an everyday word counts only in a name-shaped position, so "will" the verb stays.
 */
import type { Detection } from './detect'
import { hasLowerCase, hasUpperCase } from './detectors/chars'
import { isHangulTitle } from './detectors/held-names'
import { GUESSED_NAME, type Span } from './detectors/types'
import { isAscii, languages, latinLanguagesOf, mainLatinLanguages, phraseLengthAtEnd } from './languages'
import { isClinicalTerm, isCommonWord, isFirstName, isSurname } from './lexicon'
import {
  adjacent,
  DOTTED_INITIALS,
  datesIn,
  digitRunsIn,
  EMAIL,
  foldWord,
  type KnownKind,
  knownFormsOf,
  type Word,
  wordsOf,
} from './known-forms'
import { lowerCaseOf } from './blanking'
import { knownWordsOf } from './known-words'
import { boundedMemo } from './memo'
import { DASH_BEFORE, finiteVerbAfter, isShortWordOfText, nameShaped, shapeContext } from './name-positions'
import {
  hanNameSpans,
  isClosedClassWord,
  isFunctionWordOfAnyLanguage,
  everydayWordsOf,
  isEverydayWordOfText,
  partyNames,
  type PartyNames,
  withoutParticles,
} from './remembered'
import { isTitleWord, spelledWord } from './name-words'
import { withoutHanTitle } from './titles'
import type { PhiType } from './types'

export {
  digitsOf,
  foldWord,
  isoDate,
  type KnownCandidate,
  type KnownKind,
  knownCandidates,
  knownFormsOf,
} from './known-forms'

/** Answers which identifier type a normalised candidate is known as, or undefined when it is not known. */
export type KnownMatcher = (kind: KnownKind, value: string) => PhiType | undefined

/** Known identifiers for one event: a synchronous matcher (hashes already looked up) and a label for the spans. */
export interface KnownIdentifiers {
  match: KnownMatcher
  /** Span source, for breakdowns (`known:roster`, `known:memory`). */
  source?: string
  /** A party's remembered names (sender or conversation memory): read failing closed (src/phi/remembered.ts). */
  party?: PartyNames
}

const LATIN_LETTER = /\p{Script=Latin}/u

/**
 * Spans of the known identifiers in a normalised text. `names` are spans already detected (a roster word next to a
 * detected name is in a name-shaped position). Everyday words count only in a name-shaped position.
 */
export function knownSpans(text: string, known: KnownIdentifiers, names: readonly Span[] = []): Span[] {
  const source = known.source ?? 'known'
  const party = known.party
  const out: Span[] = []
  const words = wordsOf(text)
  const wordType = words.map((w) => (w.folded.length >= 2 ? known.match('word', w.folded) : undefined))
  const pairType = words.map((w, i) => {
    const next = words[i + 1]
    return next && adjacent(text, w, next) ? known.match('pair', `${w.folded} ${next.folded}`) : undefined
  })
  // Everyday words (a roster name word that is one counts only where a name stands): the frequency lists, and the
  // short words of the text's own language (isShortWordOfText), which lean on their neighbours.
  const textLanguages = latinLanguagesOf(words.map((w) => w.raw.toLowerCase()))
  const short = words.map((w) => isShortWordOfText(w, textLanguages))
  // A remembered or roster name that folds to an everyday word the text writes with its marks ("Thị" and "thì",
  // "Chi" and "chị") or in its own script. Unmarked Latin words stay names: a text is read as a language from few
  // words ("pls do. mando will be mad").
  const mainLanguages = mainLatinLanguages(words.map((w) => w.raw.toLowerCase()))
  const everyday = words.map((w) => {
    const lower = w.raw.toLowerCase()
    return (lower !== w.folded || !LATIN_LETTER.test(lower)) && isEverydayWordOfText(lower, mainLanguages)
  })
  const common = words.map(
    (w, i) => short[i] || everyday[i] || isCommonWord(w.folded) || isCommonWord(w.raw.toLowerCase()),
  )
  const shape = shapeContext(text, names)
  // Matches that stand on their own: a word that is no everyday word, or both words of a known pair.
  const strong = new Set<number>()
  words.forEach((_, i) => {
    if (wordType[i] && !common[i]) strong.add(i)
    if (pairType[i]) {
      strong.add(i)
      strong.add(i + 1)
    }
  })
  words.forEach((w, i) => {
    const pair = pairType[i]
    if (pair && (!common[i] || !common[i + 1] || nameShaped(text, words, i, strong, shape))) {
      out.push({ start: w.start, end: words[i + 1]!.end, type: pair, source })
      return
    }
    // Initials of remembered names ("gy") are everyday letter pairs too: only where a name stands.
    if (!wordType[i] && party && !partyWord(w, party) && party.initials.has(w.folded)) {
      // Written in capitals in a text that has lower case too ("RAW checked in"), initials stand for a name.
      // A clinical abbreviation ("BP was high", "the ER") only when it signs the message after a dash ("… -hr").
      const signs = text.length - w.end <= 8 && signsOff(text, w)
      const clinical = (isClinicalTerm(w.folded) || CLINICAL_CAPITALS.has(w.folded)) && !signs
      const capitals = /^\p{Lu}{2,3}$/u.test(w.raw) && /\p{Ll}/u.test(text)
      if (!clinical && (capitals || nameShaped(text, words, i, strong, shape)))
        out.push({ start: w.start, end: w.end, type: 'NAME', source })
      return
    }
    if (!wordType[i] && party && !partyWord(w, party) && party.isSignOffForm(w.folded) && signsOff(text, w)) {
      out.push({ start: w.start, end: w.end, type: 'NAME', source })
      return
    }
    if (!wordType[i] && party && !partyWord(w, party) && party.isWeakShortForm(possessiveBase(w.folded))) {
      if (nameShaped(text, words, i, strong, shape)) out.push({ start: w.start, end: w.end, type: 'NAME', source })
      return
    }
    // A remembered name written in another script: failing closed from three consonants, where a name stands below.
    const otherScript =
      party !== undefined && !partyWord(w, party) ? party.otherScriptForm(possessiveBase(w.raw.toLowerCase())) : 0
    if (!wordType[i] && otherScript > 0) {
      if (otherScript >= 3 || nameShaped(text, words, i, strong, shape))
        out.push({ start: w.start, end: w.end, type: 'NAME', source })
      return
    }
    const remembered = party !== undefined && partyWord(w, party)
    const type = wordType[i] ?? (remembered ? 'NAME' : undefined)
    if (!type) return
    if (remembered && !everyday[i] && failsClosed(w, party, words[i - 1])) {
      // A word remembered whole ("김하은") is the name whole: its last syllable may read as a particle ("은").
      const whole = party.words.has(possessiveBase(w.folded))
      out.push({ start: w.start, end: whole ? w.end : w.start + hangulNameLength(w.raw), type, source })
      return
    }
    // A word remembered whole after a title or kin title of the tables ("mẹ của bé na", "chị lan"), not a short form
    // ("bác sĩ" is a doctor, whatever name starts with "si").
    const plain =
      remembered && !everyday[i] && !short[i] && !isClosedClassWord(w.folded) && !isFunctionWordOfAnyLanguage(w.folded)
    const titled = plain && party.words.has(possessiveBase(w.folded)) && titleBefore(text, w.start)
    // The table's short form of a remembered name before a finite verb is its subject, even where the short form is
    // texting shorthand ("it's darlene again ty had another one" of a remembered Tyler).
    const subject =
      plain &&
      party.isNickname(w.folded) &&
      finiteVerbAfter(text.slice(w.end, w.end + 24)) &&
      !THING_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start))
    if (!common[i] || titled || subject || nameShaped(text, words, i, strong, shape, short[i]))
      out.push({ start: w.start, end: w.end, type, source })
  })
  if (party) for (const h of hanNameSpans(text, party)) out.push({ ...h, type: 'NAME', source })
  // Dotted or hyphenated initials of remembered names ("W.B. says thanks", "- A.L.", "M-A" of Marie-Ange), not a
  // time ("9 a.m.").
  if (party && party.initials.size > 0) {
    for (const m of [...text.matchAll(DOTTED_INITIALS), ...text.matchAll(HYPHENED_INITIALS)]) {
      const letters = foldWord(m[0].replace(/[.\s-]/g, ''))
      if (!party.initials.has(letters)) continue
      // "the E-R", "to P-T on tuesday": a clinical abbreviation where an article or preposition sets it as a thing;
      // anywhere else the initials of remembered names ("thanks, E-R"). Dotted initials ("A.M. here") are told from
      // a time by the digits before them.
      if (
        m[0].includes('-') &&
        CLINICAL_CAPITALS.has(letters) &&
        THING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
      )
        continue
      if (!/\d\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)))
        out.push({ start: m.index, end: m.index + m[0].length, type: 'NAME', source })
    }
  }
  // A title before a known name belongs to it, as it does to a detected one ("ông [sáu]", "доктора [Ковальчук]").
  const titles = languages().titlesBefore
  for (const s of out) {
    if (s.type !== 'NAME') continue
    const title = phraseLengthAtEnd(text.slice(Math.max(0, s.start - 30), s.start), titles)
    if (title > 0) s.start -= title
  }
  for (const d of digitRunsIn(text)) {
    const type = known.match('digits', d.digits)
    // Five digits are too common to stand for anything but a ZIP code the roster holds.
    if (type && (d.digits.length >= 6 || type === 'ZIP')) out.push({ start: d.start, end: d.end, type, source })
  }
  for (const d of datesIn(text)) {
    const type = known.match('date', d.iso)
    if (type) out.push({ start: d.start, end: d.end, type, canonical: d.iso.slice(0, 4), source })
  }
  for (const m of text.matchAll(EMAIL)) {
    const type = known.match('email', m[0].toLowerCase())
    if (type) out.push({ start: m.index, end: m.index + m[0].length, type, source })
  }
  return out
}

// The word before a clinical abbreviation used as one ("the ER", "to PT", "my IV").
const THING_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|to|at|in|into|of|with|my|his|her|our|your|their|got|get|has|have|had|need|needs)\s+$/iu

// Two or three capitals joined by hyphens, as a hyphenated given name is signed ("M-A", "J-P").
const HYPHENED_INITIALS = /(?<![\p{L}\p{N}-])\p{Lu}(?:-\p{Lu}){1,2}(?![\p{L}\p{N}-])/gu

// What may follow a sign-off: punctuation, emoticons, emoji, kisses ("- cel 🙏", "- cel :))", "-cel x", "^^").
const AFTER_SIGN_OFF =
  /^(?:\s|[.!?~*^]|[:;]-?[)(DPp]+|<3|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|(?<!\p{L})x[xo]*(?!\p{L}))*$/u

/** The word signs the message: after a dash, with nothing after it but what may follow a sign-off ("… po - cel"). */
/**
 * A title or kin title of the language tables ends right before `start`, after a space, and is no English word (an
 * English kin word before a name is read by the detectors; "his brother" stays words).
 */
function titleBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase()
  if (!/[ \t]$/.test(before)) return false
  const length = phraseLengthAtEnd(before, languages().titlesBefore)
  return length > 0 && !isCommonWord(before.slice(before.length - length).trim())
}

function signsOff(text: string, w: { start: number; end: number }): boolean {
  return AFTER_SIGN_OFF.test(text.slice(w.end)) && DASH_BEFORE.test(text.slice(Math.max(0, w.start - 16), w.start))
}

/**
 * How much of a word the remembered name takes: a Hangul word keeps the particles and copula written onto the name
 * ("소희였습니다" → 소희 and 였습니다), any other word is the name whole.
 */
function hangulNameLength(raw: string): number {
  if (!HANGUL_ANY.test(raw) || raw.normalize('NFC') !== raw) return raw.length
  return withoutParticles(raw).length
}
const HANGUL_ANY = /\p{Script=Hangul}/u

/** The word (or its possessive base) is a remembered name of the party or a short form of one. */
function partyWord(w: Word, party: PartyNames): boolean {
  const base = possessiveBase(w.folded)
  return party.words.has(base) || party.isShortForm(base) || party.words.has(withoutParticles(base))
}

/**
 * A party word that counts wherever it stands: any remembered word or short form of three letters or more that is
 * no function word, and any possessive ("will's wife").
 */
function failsClosed(w: Word, party: PartyNames, previous: Word | undefined): boolean {
  const base = possessiveBase(w.folded)
  if (base !== w.folded) return true
  if (isClosedClassWord(base)) return false
  // Right after a subject pronoun the word is a verb ("I hope it works", "we hope"): that context
  // proves it safe, so it counts only where a name stands. Not after an auxiliary: "can major come" asks about Major.
  if (previous && VERB_BEFORE.has(previous.folded)) return false
  return party.words.has(base) || base.length >= 3
}

// Not "you": it is an object as often ("i see you rose").
const VERB_BEFORE = new Set(['i', 'we', 'they', 'he', 'she', 'yo', 'nosotros'])

function possessiveBase(folded: string): string {
  return folded.replace(/'s$/, '')
}

const HANGUL_SYLLABLE = /^\p{Script=Hangul}$/u

/**
 * A word of a found name that is no name to remember: a Hangul title after the name with its particles ("선생님께도") or one
 * Hangul syllable, a family name alone ("정", "이") that is also an everyday word ("정 안되면", "이 약").
 */
function isTitleOrBareSyllable(folded: string): boolean {
  // Folding decomposed the Hangul syllables into letters: compose them again to read them (ASCII composes to itself).
  const word = isAscii(folded) ? folded : folded.normalize('NFC')
  // Only Hangul titles: "junior", "jr" after an English name are names too ("Junior it is").
  return HANGUL_SYLLABLE.test(word) || isHangulTitle(word)
}

// Spans a detector found by its own evidence; the backstop guesses and propagation repeats what is known already.
const UNCONFIDENT_SOURCES = new Set(['names:backstop', 'propagated'])

/**
 * Name words worth remembering for a sender: words of NAME spans found with confidence (not the backstop, not
 * propagation, not the known identifiers themselves), the name words of an e-mail's local part, the names of the
 * event's metadata, and the `carried` (remembered) words the text names again. Folded, distinct, in order of appearance.
 */
export function wordsToRemember(
  detections: readonly Detection[],
  metadataNames: readonly string[] = [],
  carried: readonly string[] = [],
): string[] {
  const out: string[] = []
  // Everyday words are never carried ("will", "hope"): the callers pass none, and a text uses them as words.
  const carriedWords = carried.length > 0 ? new Set(propagatableWords(carried).map(foldWord)) : undefined
  // Membership by set: a long text names hundreds of people, and a search of the list per word grew quadratically.
  const seen = new Set<string>()
  const add = (w: string): void => {
    const folded = foldWord(w)
    if (folded.length >= 2 && !/\d/.test(folded) && !seen.has(folded)) {
      seen.add(folded)
      out.push(folded)
    }
  }
  for (const name of metadataNames) for (const w of knownWordsOf(foldWord(name))) add(w)
  for (const d of detections) {
    let textLanguages: ReadonlySet<string> | undefined
    let mixedCase: boolean | undefined
    // Name values of this text already read: the same value adds the same words again (a text names the same
    // people many times over), so it is read once.
    const namesRead = new Set<string>()
    for (const s of d.spans) {
      const value = d.text.slice(s.start, s.end)
      if (s.type === 'EMAIL') {
        // A spoken mailbox ("gloria dot pike at gmail dot com"): its separators and domain are no name.
        const local = (value.split('@')[0] ?? '').toLowerCase().split(/\s(?:at|arroba)\s/)[0] ?? ''
        for (const w of local.split(/[^a-z]+/))
          if (w.length >= 3 && !SPOKEN_SEPARATORS.has(w) && (isFirstName(w) || isSurname(w))) add(w)
      }
      if (s.type !== 'NAME') continue
      if (s.source === 'propagated' && carriedWords !== undefined) {
        // A remembered word met again (a sender's name written in a new conversation) is remembered there too, so
        // the other parties of that conversation (the clinic's replies) catch it as well.
        const folded = foldWord(d.text.slice(s.start, s.end))
        if (carriedWords.has(folded)) add(folded)
        continue
      }
      if (UNCONFIDENT_SOURCES.has(s.source) || s.source.startsWith('known')) continue
      // A guessed name is remembered only whole ("مايكل لادو"): one word alone may be the everyday word it also is.
      if (s.source === GUESSED_NAME && !/\s/u.test(value.trim())) continue
      if (namesRead.has(value)) continue
      namesRead.add(value)
      mixedCase ??= hasLowerCase(d.text) && hasUpperCase(d.text)
      const everyday = everydayWordsOf(
        value,
        () => (textLanguages ??= mainLatinLanguages(knownWordsOf(lowerCaseOf(d.text)))),
        mixedCase,
      )
      for (const w of spelledOrWords(withoutHanTitle(value))) if (!isTitleOrBareSyllable(w) && !everyday.has(w)) add(w)
    }
  }
  // A title or kinship title of the tables is no name of its own ("доктору", "maman"), unless a name list holds it
  // too ("Pepe García", "Tata", "Bishop").
  return out.filter((w) => !NOT_REMEMBERED.has(w) && (!isTitleWord(w) || isFirstName(w) || isSurname(w)))
}

// Abbreviations written in capitals that are clinical or everyday, never initials on their own ("ER", "BP", "CT").
// biome-ignore format: packed list
const CLINICAL_CAPITALS = new Set([
  'er', 'ed', 'bp', 'hr', 'ct', 'pt', 'ot', 'iv', 'ob', 'or', 'mr', 'md', 'np', 'pa', 'rn', 'gi', 'ent', 'icu', 'mri',
  'ekg', 'ecg', 'uti', 'copd', 'chf', 'dm', 'htn', 'bmp', 'cbc', 'tsh', 'inr', 'prn', 'bid', 'tid', 'qid', 'po', 'im',
  'sq', 'ok', 'ty', 'am', 'pm', 'us', 'dob', 'id', 'ssn', 'mrn', 'dr', 'ms', 'ma', 'cna', 'lpn', 'pcp', 'ua', 'pe',
])

// Words a caller says between the parts of a mailbox: never remembered from one.
const SPOKEN_SEPARATORS = new Set(['dot', 'underscore', 'dash', 'hyphen', 'period', 'punto', 'guion', 'plus', 'at'])

// Titles, kinship words and particles a NAME span may carry: never a name on their own.
// biome-ignore format: packed list
const NOT_REMEMBERED = new Set([
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'nurse', 'jr', 'sr', 'ii', 'iii', 'de', 'del', 'la', 'las', 'los',
  'el', 'da', 'do', 'dos', 'di', 'du', 'le', 'van', 'von', 'der', 'den', 'al', 'st', 'and', 'the', 'of', 'my', 'y',
  'grandma', 'grandpa', 'aunt', 'uncle', 'tia', 'tio', 'sra', 'srta', 'don', 'dona', 'senor', 'senora', 'mom', 'dad',
  'abuela', 'abuelo', 'hermana', 'hermano', 'padre', 'madre', 'pastor', 'rev', 'prof', 'deacon', 'deaconess', 'chaplain',
  'imam', 'rabbi', 'counselor', 'officer', 'coach', 'rn', 'lpn', 'np', 'md', 'cna', 'lcsw', 'msw',
  'cma', 'dnp', 'aprn', 'fnp', 'pharmd', 'usted', 'ustedes', 'you', 'me',
  'him', 'her', 'them', 'us', 'yo', 'tu', 'ella', 'el', 'nosotros', 'vous', 'voce', 'ele', 'ela',
])

/**
 * Words of a NAME value; a name spelled letter by letter ("d-e-j-a") is the word it spells. Remembered per value (a
 * text names the same people many times over); callers only read the arrays.
 */
const spelledOrWords = boundedMemo<readonly string[]>(readSpelledOrWords, 2048)

function readSpelledOrWords(value: string): string[] {
  const trimmed = value.trim()
  // The letters kept by the code unit tables (a replace with a pattern matched once per letter of a spelled text).
  if (/^\p{L}(?:[\s.-]+\p{L}){2,}\.?$/u.test(trimmed)) return [spelledWord(trimmed)]
  return knownWordsOf(foldWord(value)).map((w) => w.replace(/['’]s$/, ''))
}

/**
 * A matcher over remembered name words: words that are no everyday word propagate as known names anyway; this
 * one answers for all of them, and {@link knownSpans} keeps the everyday ones to name-shaped positions.
 */
export function memoryMatcher(words: Iterable<string>): KnownIdentifiers {
  const party = partyNames(words)
  return {
    match: (kind, value) => (kind === 'word' && party.words.has(value) ? 'NAME' : undefined),
    source: 'known:memory',
    party,
  }
}

/** Both matchers in turn: the first that knows a candidate answers. */
export function combineKnown(...all: Array<KnownIdentifiers | undefined>): KnownIdentifiers | undefined {
  const present = all.filter((k): k is KnownIdentifiers => k !== undefined)
  if (present.length <= 1) return present[0]
  const party = present.find((k) => k.party)?.party
  return {
    match: (kind, value) => {
      for (const k of present) {
        const t = k.match(kind, value)
        if (t) return t
      }
      return undefined
    },
    source: 'known',
    ...(party ? { party } : {}),
  }
}

/** Most name words a memory keeps per party or conversation. */
export const MAX_REMEMBERED_WORDS = 64

/** A memory after learning `fresh`: new words appended, the most recent `max` kept. Unchanged when nothing is new. */
export function addRemembered(
  current: readonly string[],
  fresh: readonly string[],
  max = MAX_REMEMBERED_WORDS,
): string[] {
  const added = fresh.filter((w, i) => !current.includes(w) && fresh.indexOf(w) === i)
  return added.length === 0 ? current.slice() : [...current, ...added].slice(-max)
}

/** Known identifiers from a plain list (a roster file, tests); the worker's roster answers the same from hashes. */
export function knownFromList(
  entries: Iterable<{ type: PhiType; value: string }>,
  source = 'known:roster',
): KnownIdentifiers {
  const known = new Map<string, PhiType>()
  for (const { type, value } of entries)
    for (const f of knownFormsOf(type, value)) known.set(`${f.kind}:${f.value}`, type)
  return { match: (kind, value) => known.get(`${kind}:${value}`), source }
}

/** Remembered words that may propagate everywhere (no everyday word), for the engine's `knownNames`. */
export function propagatableWords(words: Iterable<string>): string[] {
  return [...words].filter((w) => !isCommonWord(w))
}

/**
 * Detected spans and known spans together, non-overlapping: overlapping spans become one span over their union, typed
 * like the longest of them (a known pair over a detected first name is the whole name).
 */
export function mergeSpans(detected: readonly Span[], known: readonly Span[]): Span[] {
  if (known.length === 0) return detected.slice()
  const all = [...detected, ...known].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Span[] = []
  let group: Span[] = []
  let groupEnd = -1
  const flush = (): void => {
    if (group.length === 0) return
    if (group.length === 1) out.push(group[0]!)
    else {
      const longest = group.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a))
      const start = Math.min(...group.map((s) => s.start))
      const end = Math.max(...group.map((s) => s.end))
      out.push(
        longest.start === start && longest.end === end
          ? longest
          : { start, end, type: longest.type, source: longest.source },
      )
    }
    group = []
  }
  for (const s of all) {
    if (s.start >= groupEnd) {
      flush()
      groupEnd = -1
    }
    group.push(s)
    groupEnd = Math.max(groupEnd, s.end)
  }
  flush()
  return out
}
