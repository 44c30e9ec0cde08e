/**
 * Name parts said beside a found name (a resolved pass, split from extents.ts): a surname said after a given name
 * before the speaker's next clause ("jeremiah two bulls i'm a patient"), hyphenated and syllable-pair given names,
 * romanised family names after a name, a given name written short before one ("Ma. Luisa").
 */
import { fold, languages, latinLanguagesOf } from '../languages'
import { letterOrMarkLength, lowerCased } from './chars'
import { isCity, isClinicalTerm, isCommonWord, isEnglishWord, isFirstName, isSpanishWord, isSurname } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { ROLE_TITLES } from './breakers'
import type { Span } from './types'
import { HYPHEN_AFTER, HYPHEN_BEFORE, LINK_AFTER, SYLLABLE_PAIR_AFTER, breaks, names } from './extents'

/**
 * After a name: a name link and the part it joins ("huynh thi thu", "محمود عبد الله"); around a name: a hyphenated
 * pair of romanised given-name syllables ("park ok-soon", "min-jun kim").
 */
export function namePartsBeside(text: string, spans: readonly Span[]): Span[] {
  const lang = languages()
  const out: Span[] = []
  // A word none of the text holds is in no look-ahead of it: asked once, not per name.
  const closers = mayHoldOneOf(text, CLOSERS)
  // Whether the text reads as English only: read once, and only when a family name follows a name.
  let englishText: boolean | undefined
  const clauseOpeners = mayHoldOneOf(text, CLAUSE_OPENERS)
  for (const s of names(spans)) {
    const after = text.slice(s.end, s.end + 60)
    const spacedAfter = after.charCodeAt(0) === 32 || after.charCodeAt(0) === 9
    // The first word after the name, which both patterns below capture: a link or a family name, or neither is tried.
    const first = spacedAfter ? wordAfterBlanks(after) : ''
    const link = first !== '' && lang.nameLinks.has(first) ? LINK_AFTER.exec(after) : null
    if (link && lang.nameLinks.has(link[1]!.toLowerCase()) && !breaks(link[2]!)) {
      const third = link[3]?.toLowerCase()
      const more = third !== undefined && lang.givenNames.has(third) && !lang.plainWords.has(third) && !breaks(third)
      out.push({
        start: s.start,
        end: s.end + (more ? link[0].length : linkEnd(link)),
        type: 'NAME',
        source: 'name:link',
      })
    }
    // "em là thảo trương": a family name of the tables after a given name, where no language uses it as a word.
    const surnameNext = first !== '' && (lang.familyNames.has(first) || lang.markedSurnames.has(first))
    const nextWord = surnameNext ? WORD_AFTER.exec(after) : null
    const next = nextWord?.[1]?.toLowerCase()
    if (next && (isTableSurname(next) || markedSurnameBefore(after.slice(nextWord![0].length), next)))
      out.push({ start: s.start, end: s.end + nextWord![0].length, type: 'NAME', source: 'name:family' })
    // "aqui é a renata souza lima eu cuido…": a family name of the tables after a full name, before the speaker's own
    // subject pronoun, is the name's last part whatever else the word means (lima, costa, rosa).
    if (first !== '' && lang.familyNames.has(first) && /[ \t]/u.test(text.slice(s.start, s.end).trim())) {
      const m = FAMILY_BEFORE_PRONOUN.exec(after)
      const pronoun = m?.[2]?.toLowerCase() ?? ''
      if (m && (FIRST_PERSON.has(pronoun) || lang.subjectPronouns.has(pronoun)))
        out.push({
          start: s.start,
          end: s.end + m[0].indexOf(m[1]!) + m[1]!.length,
          type: 'NAME',
          source: 'name:family',
        })
    }
    // "kevin le was seen", "thuy vo calling", "anh thu le": in an English text, a family name of the tables that spells
    // no English word, right after a name, is its family name (a given name of the tables may come between). Another
    // language's function words are no function words there ("le"); in a text of that language they are ("maria le dije").
    const family = first !== '' && (lang.familyNames.has(first) || lang.givenNames.has(first))
    const romanised = family ? romanisedFamilyAfter(after) : 0
    if (romanised > 0 && (englishText ??= latinLanguagesOf(lowerWordsOf(text)).size === 0))
      out.push({ start: s.start, end: s.end + romanised, type: 'NAME', source: 'name:family' })
    // "this is katie lemon again", "it's dana price calling": a word between a name its speaker gives and a word that
    // closes an introduction is the speaker's surname, whatever else it means.
    const surname = spacedAfter && closers && mayHoldOneOf(after, CLOSERS) ? SURNAME_BEFORE_CLOSER.exec(after) : null
    if (
      surname &&
      surnameWord(surname[1]!, lang) &&
      !/in$/i.test(surname[1]!) &&
      // Before "with" an everyday word is how the speaker is ("busy with work"), not a surname.
      (!/^with$/i.test(surname[2]!) || /^\p{Lu}/u.test(surname[1]!) || !isCommonWord(surname[1]!.toLowerCase())) &&
      SPEAKER_INTRO_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start))
    )
      out.push({
        start: s.start,
        end: s.end + surname[0].length - surname[2]!.length - 1,
        type: 'NAME',
        source: 'name:surname',
      })
    const clause =
      spacedAfter && clauseOpeners && mayHoldOneOf(after, CLAUSE_OPENERS) ? SURNAME_BEFORE_CLAUSE.exec(after) : null
    if (
      clause &&
      [clause[1], clause[2]].every((w) => w === undefined || surnameWord(w, lang)) &&
      (SPEAKER_INTRO_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start)) ||
        PATIENT_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start)))
    ) {
      const words = clause[0].replace(/[ \t]+(?:i'm|i’m|i am|that's|that’s)$/u, '')
      out.push({ start: s.start, end: s.end + words.length, type: 'NAME', source: 'name:surname' })
    }
    // "Ma. Elena", "Fco. Javier": a given name written short before the rest of the name.
    const short = mayEndOnStopAndBlanks(text, s.start)
      ? GIVEN_SHORT_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start))
      : null
    if (short)
      out.push({
        start: s.start - short[0].length + short[0].search(/\p{Lu}/u),
        end: s.end,
        type: 'NAME',
        source: 'name:short',
      })
    // "grâce-divine", "jean-wesner": a word glued to a name by a hyphen is the rest of a compound given name, whatever
    // else it means (the hyphen is written, not heard, so no clause can start there).
    const glued = after.charCodeAt(0) === 45 ? GLUED_AFTER.exec(after) : null
    if (glued && !isKinPart(glued[0].slice(1)))
      out.push({ start: s.start, end: s.end + glued[0].length, type: 'NAME', source: 'name:hyphen' })
    // The pattern ends on the hyphen right before the name: without one it would only be tried at every position.
    const gluedBefore =
      s.start > 0 && text.charCodeAt(s.start - 1) === 45
        ? GLUED_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start))
        : null
    const prefix = gluedBefore?.[0].slice(0, -1).toLowerCase()
    if (gluedBefore && !isKinPart(prefix!) && !WORD_PREFIXES.has(prefix!))
      out.push({ start: s.start - gluedBefore[0].length, end: s.end, type: 'NAME', source: 'name:hyphen' })
    // "marcos del ángel", "rosa de la garza", "ana da silva": a particle and a name word after a name are its family
    // name (a bare "de" or "do" is too often the sentence's: "maria de nuevo", "can maria do it").
    const particle = spacedAfter && afterBlanksIn(after, isLetterD) ? PARTICLE_SURNAME.exec(after) : null
    if (particle && particleSurname(particle[2]!.toLowerCase()))
      out.push({ start: s.start, end: s.end + particle[0].length, type: 'NAME', source: 'name:particle' })
    const syllables = lang.romanizedSyllables
    // Both patterns open on blanks and an ASCII letter (or ſ, K, which the i and u flags fold onto s and k).
    const syllableNext = spacedAfter && afterBlanksIn(after, isAsciiFoldedLetter)
    const h = syllableNext ? HYPHEN_AFTER.exec(after) : null
    if (h && syllables.has(h[1]!.toLowerCase()) && syllables.has(h[2]!.toLowerCase())) {
      out.push({ start: s.start, end: s.end + h[0].length, type: 'NAME', source: 'name:romanized' })
    }
    // "kim sung ho": a romanised Korean family name and a given name written as two separate syllables.
    const pair = syllableNext ? SYLLABLE_PAIR_AFTER.exec(after) : null
    if (
      pair &&
      syllables.has(lastLetters(text, s)) &&
      syllables.has(pair[1]!.toLowerCase()) &&
      syllables.has(pair[2]!.toLowerCase()) &&
      !breaks(pair[1]!) &&
      !breaks(pair[2]!)
    ) {
      out.push({ start: s.start, end: s.end + pair[0].length, type: 'NAME', source: 'name:romanized' })
    }
    // "my grandmother soon ja [kim]": a given name of two separate romanised syllables before a Korean family name.
    const pairBefore =
      // The cheap test first: most names have no romanised letter before them (lower-casing Hangul is a runtime call).
      asciiLetterBeforeBlanks(text, s.start) && KOREAN_FAMILY_NAMES.has(text.slice(s.start, s.end).toLowerCase())
        ? SYLLABLE_PAIR_BEFORE.exec(text.slice(Math.max(0, s.start - 16), s.start))
        : null
    if (
      pairBefore &&
      syllables.has(pairBefore[1]!.toLowerCase()) &&
      syllables.has(pairBefore[2]!.toLowerCase()) &&
      !breaks(pairBefore[1]!) &&
      !breaks(pairBefore[2]!) &&
      !isFunctionWordOfAnyLanguage(pairBefore[1]!.toLowerCase()) &&
      !isFunctionWordOfAnyLanguage(pairBefore[2]!.toLowerCase())
    ) {
      const lead = pairBefore[0].length - pairBefore[0].search(/[a-z]/i)
      out.push({ start: s.start - lead, end: s.end, type: 'NAME', source: 'name:romanized' })
    }
    const hb = hyphenatedSyllableBeforeBlanks(text, s.start)
      ? HYPHEN_BEFORE.exec(text.slice(Math.max(0, s.start - 20), s.start))
      : null
    if (hb && syllables.has(hb[1]!.toLowerCase()) && syllables.has(hb[2]!.toLowerCase())) {
      const lead = hb[0].length - hb[0].search(/[a-z]/i)
      out.push({ start: s.start - lead, end: s.end, type: 'NAME', source: 'name:romanized' })
    }
  }
  return out
}

// The most common Korean family names as romanised: a given name's syllables are read before these only.
// biome-ignore format: packed list
const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'kim', 'park', 'pak', 'lee', 'yi', 'rhee', 'choi', 'choe', 'jung', 'chung', 'kang', 'cho', 'jo', 'yoon', 'yun', 'jang',
  'chang', 'lim', 'im', 'han', 'shin', 'seo', 'suh', 'kwon', 'hwang', 'ahn', 'song', 'yoo', 'ryu', 'jeon', 'jun', 'hong',
  'ko', 'koh', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'hur', 'noh', 'roh', 'nam', 'min', 'oh', 'kwak', 'cha',
])
// Two short romanised syllables right before a name ("soon ja kim"), not after a letter or a hyphen.
const SYLLABLE_PAIR_BEFORE = /(?:^|[^\p{L}\p{N}-])([a-z]{1,6})[ \t]+([a-z]{1,6})[ \t]+$/iu

const PARTICLE_SURNAME =
  /^[ \t]+(del|de la|de las|de los|dos|das|da)[ \t]+([\p{L}\p{M}'’]{2,})(?![\p{L}\p{M}\p{N}'’-])/iu

/**
 * Whether `word` after a particle is a family name (see {@link namePartsBeside}): a given name or a surname of the
 * lists that no language uses as a word and no day or month names ("de la garza", "dos anjos"; not "del pie", "de la
 * cara", "del domingo"; "del ángel" is lost with them).
 */
function particleSurname(word: string): boolean {
  if (isFunctionWordOfAnyLanguage(word) || isClinicalTerm(word) || breaks(word)) return false
  const lang = languages()
  if (lang.weekdayPhrases.phrases.has(word) || lang.monthPhrases.phrases.has(word)) return false
  const folded = fold(word)
  // A word of a language ("de la cara", "de la niña", "del bebé") is the sentence's, even when a list has it as a name.
  if (isCommonWord(folded) || isSpanishWord(word) || isSpanishWord(folded) || lang.words.has(word)) return false
  return isFirstName(folded) || (isSurname(folded) && !isCity(folded))
}

// The parts of kinship compounds ("grand-père", "great-grandma", "step-son", "arrière-grand-mère"): what a name glued
// to one of these is, is a relative misread as a name, not a compound given name.
// biome-ignore format: packed list
const KIN_PARTS = new Set([
  'grand', 'great', 'step', 'half', 'ex', 'arrière', 'arriere', 'bisa', 'tatara', 'petit', 'petite', 'belle', 'beau',
  'demi', 'mère', 'mere', 'père', 'pere', 'fils', 'fille', 'in', 'law', 'mãe', 'pai', 'avó', 'avô',
])

/** A kinship part, a relation word or a title of the tables. */
function isKinPart(word: string): boolean {
  const w = word.toLowerCase()
  const lang = languages()
  return KIN_PARTS.has(w) || lang.relationCues.phrases.has(w) || lang.titlesBefore.phrases.has(w) || isClinicalTerm(w)
}

// A word of two or more letters glued to a name by one hyphen, with no other hyphen or letter on its far side.
// Prefixes written with a hyphen before a word, not given names: Tagalog verb affixes before an English loan
// ("ni-refer", "nag-text", "mag-check") and English ones ("Medi-Cal", "re-check").
// biome-ignore format: packed list
const WORD_PREFIXES = new Set([
  'ni', 'nag', 'mag', 'na', 'ma', 'pa', 'pag', 'ipa', 'ka', 'maka', 'naka', 'pina', 'ini', 'in', 'i', 'um', 'medi', 're',
  'pre', 'co', 'anti', 'non', 'post', 'self', 'mid', 'e', 'x',
])
// Latin or Cyrillic letters only: a Han sentence glued to a spelled name ("拼音是Z-hang") is no part of it.
const GLUED_AFTER = /^-[\p{Script=Latin}\p{Script=Cyrillic}\p{M}]{2,}(?![\p{L}\p{M}\p{N}-])/u
const GLUED_BEFORE = /(?<![\p{L}\p{M}\p{N}-])[\p{Script=Latin}\p{Script=Cyrillic}\p{M}]{2,}-$/u

// The speaker giving their own name, a title between: "this is", "it's", "my name is nurse".
const SPEAKER_INTRO_BEFORE =
  /(?:^|[^\p{L}])(?:this is|it's|it’s|its|it is|my name is|name's)[ \t]+(?:(?:uh|um|er|ah)[ \t]+)?(?:(?:nurse|dr\.?|doctor|pastor|officer)[ \t]+)?$/iu
const PATIENT_BEFORE = /(?:^|[^\p{L}])(?:patient|pt)[ \t]+$/iu

/** A word that can be part of a surname said after a name: no function, clinical, relation or adverb word. */
function surnameWord(word: string, lang: ReturnType<typeof languages>): boolean {
  // Typed apostrophes vary ("i’m", "i'm"): the word lists hold the straight one.
  const w = word.toLowerCase().replace(/’/g, "'")
  return (
    !breaks(w) &&
    !NOT_SURNAME_BEFORE_CLOSER.has(w) &&
    !/(?:ed|ing|in'|ly|['’]s)$/.test(w) &&
    !isClinicalTerm(w) &&
    !isFunctionWordOfAnyLanguage(w) &&
    !lang.relationCues.phrases.has(w)
  )
}

const SURNAME_BEFORE_CLOSER =
  /^[ \t]+([\p{L}'’-]{2,})[ \t]+(again|calling|speaking|here|from|with|returning)(?![\p{L}])/u
// "jeremiah two bulls i'm a patient", "marcus white eagle that's": a surname of one or two words the speaker says
// before starting a new clause.
const SURNAME_BEFORE_CLAUSE =
  /^[ \t]+([\p{L}'’-]{2,})(?:[ \t]+([\p{L}'’-]{2,}))?[ \t]+(?:i'm|i’m|i am|that's|that’s)(?![\p{L}])/u
// biome-ignore format: packed list
const NOT_SURNAME_BEFORE_CLOSER = new Set([
  'back', 'just', 'only', 'also', 'still', 'again', 'calling', 'here', 'over', 'out', 'down', 'up', 'now', 'today',
  'tonight', 'finally', 'really', 'actually', 'one', 'once', 'not', 'nurse', 'doctor', 'dr', 'rn', 'md', 'office',
  'myself', 'someone', 'somebody', 'upstairs', 'downstairs', 'sick', 'home', 'too', 'both', 'all', 'well',
])
const WORD_AFTER = /^[ \t]+([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}'’-])/u
// The speaker's own "I" in the languages of the tables: what a caller says right after giving their name.
const FIRST_PERSON = new Set(['i', 'yo', 'je', 'eu', 'ako', 'mwen', 'я', 'tôi'])
const FAMILY_BEFORE_PRONOUN = /^[ \t]+([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}]+)[ \t]/u
// Given names written short with a point (Ma. = María, Fco. = Francisco, Wm. = William), capitalised.
const GIVEN_SHORT_BEFORE = /(?:^|[^\p{L}])(?:Ma|Mª|Fco|Wm|Jno|Chas|Thos|Geo)\.[ \t]+$/u
// What every match of SURNAME_BEFORE_CLOSER or SURNAME_BEFORE_CLAUSE holds (case-sensitive): else they are not tried.
const CLOSERS = ['again', 'calling', 'speaking', 'here', 'from', 'with', 'returning']
const CLAUSE_OPENERS = ["i'm", 'i’m', 'i am', "that's", 'that’s']

/**
 * The word right after the spaces or tabs that open `after` (letters and marks, all of them, as LINK_AFTER's and
 * WORD_AFTER's first group read it), lower case; '' when there is none.
 */
function wordAfterBlanks(after: string): string {
  let i = 0
  while (i < after.length && (after.charCodeAt(i) === 32 || after.charCodeAt(i) === 9)) i++
  if (i === 0) return ''
  let e = i
  for (let n = letterOrMarkLength(after, e); n > 0; n = letterOrMarkLength(after, e)) e += n
  return lowerCased(after.slice(i, e))
}

/** Whether `after` opens on spaces or tabs and the character after them passes `opens`: its patterns need both. */
function afterBlanksIn(after: string, opens: (c: number) => boolean): boolean {
  let i = 0
  while (i < after.length && (after.charCodeAt(i) === 32 || after.charCodeAt(i) === 9)) i++
  return i > 0 && i < after.length && opens(after.charCodeAt(i))
}

/** "d" or "D", which every particle of PARTICLE_SURNAME opens with (the i flag folds no other letter onto them). */
function isLetterD(c: number): boolean {
  return c === 100 || c === 68
}

/** An ASCII letter, or ſ or K (s and k under the i and u flags): what [a-z] matches in HYPHEN_AFTER and its kin. */
function isAsciiFoldedLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x17f || c === 0x212a
}

function mayHoldOneOf(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.includes(w))
}

/** Whether spaces or tabs end the text before `end` right after a full stop: what GIVEN_SHORT_BEFORE ends with. */
function mayEndOnStopAndBlanks(text: string, end: number): boolean {
  let i = end
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  return i < end && i > 0 && text.charCodeAt(i - 1) === 46
}

/** `word` is a marked surname of the tables and no clinical word opens `rest`, what follows it ("colón irritable"). */
function markedSurnameBefore(rest: string, word: string): boolean {
  if (!languages().markedSurnames.has(word)) return false
  const following = WORD_AFTER.exec(rest)?.[1]?.toLowerCase()
  return following === undefined || !isClinicalTerm(following)
}

/**
 * Length of a romanised family name of the tables that spells no English word, first in `after` ("␠le", "␠vo"), or
 * of a given name of the tables and such a family name ("␠thu le"); 0 when there is none.
 */
function romanisedFamilyAfter(after: string): number {
  const one = WORD_AFTER.exec(after)
  if (!one) return 0
  const w = one[1]!.toLowerCase()
  if (isRomanisedFamily(w)) return one[0].length
  if (!languages().givenNames.has(w) || isClinicalTerm(w) || ROLE_TITLES.has(w) || isFunctionWordOfAnyLanguage(w))
    return 0
  const two = WORD_AFTER.exec(after.slice(one[0].length))
  return two && isRomanisedFamily(two[1]!.toLowerCase()) ? one[0].length + two[0].length : 0
}

function isRomanisedFamily(w: string): boolean {
  // Read in an English text: the breakers of other languages ("le", "se") are no words there; English ones are words.
  return (
    languages().familyNames.has(w) && w === fold(w) && !isEnglishWord(w) && !isClinicalTerm(w) && !ROLE_TITLES.has(w)
  )
}

/** Lower-case words of a text, for telling its language. */
function lowerWordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? []
}

function isTableSurname(w: string): boolean {
  const lang = languages()
  return lang.familyNames.has(w) && w !== fold(w) && !lang.plainWords.has(w) && !isCommonWord(w) && !breaks(w)
}

// The name's last run of letters, lower case ("kim" in "[kim] sung ho"); read only once a syllable pair follows.
function lastLetters(text: string, s: Span): string {
  return /[\p{L}]+$/u.exec(text.slice(s.start, s.end))?.[0].toLowerCase() ?? ''
}

// Whether spaces or tabs end the text before `end` after an ASCII letter (ſ and K fold onto s and k under the i and
// u flags): what HYPHEN_BEFORE needs, checked before running it, so names in other scripts cost no pattern.
function asciiLetterBeforeBlanks(text: string, end: number): boolean {
  let i = end
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === end || i === 0) return false
  const c = text.charCodeAt(i - 1)
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x17f || c === 0x212a
}

/**
 * Whether spaces or tabs end the text before `end` after one to six letters [a-z] reads under the i and u flags and a
 * hyphen before them: what HYPHEN_BEFORE ends with ("-([a-z]{1,6})[ \t]+$", the blanks all of them, the letters all
 * of their run, as a hyphen must stand right before them). Checked before the pattern, which tries every position of
 * its look-back: most names after an English word have no hyphenated syllables before them.
 */
function hyphenatedSyllableBeforeBlanks(text: string, end: number): boolean {
  let i = end
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === end) return false
  let letters = 0
  while (i - letters > 0 && letters <= 6 && isAsciiFoldedLetter(text.charCodeAt(i - letters - 1))) letters++
  return letters >= 1 && letters <= 6 && i - letters > 0 && text.charCodeAt(i - letters - 1) === 45
}

// The end (relative to the name's end) of "link part" without a third word.
function linkEnd(link: RegExpExecArray): number {
  const two = /^[ \t]+[\p{L}\p{M}]+[ \t]+[\p{L}\p{M}'’]+/u.exec(link[0])
  return two ? two[0].length : link[0].length
}
