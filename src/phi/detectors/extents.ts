/**
 * Name and address extents, read on resolved spans (run by detect.ts with the other resolved passes): what sits
 * between or right beside values already found belongs to them unless a table says otherwise. A word between two
 * names ("deborah st. clair", "dolores van der berg"), the words between a person cue and a name ("my grandpa pop
 * pop eugene", "this is big mike"), a name link and the part after it ("huynh thi thu", "محمود عبد الله"), a
 * hyphenated romanised given name ("park ok-soon"), and a unit after a street ("Ocean Pkwy кв. 4Д"). Each pass
 * returns new spans only; fail closed: a word nothing proves safe goes with its neighbour.
 */
import {
  type TrailingPhraseWords,
  fold,
  languages,
  phraseLengthAfter,
  phraseLengthAtEnd,
  trailingPhraseWords,
  latinLanguagesOf,
} from '../languages'
import { classLengthBefore, letterOrMarkLength, letterOrNumberLength, lowerCased } from './chars'
import { isBasicWord, isClinicalTerm, isCommonWord, isEnglishWord, isFirstName, isRareEnglishWord } from '../lexicon'
import { knownInSomeLanguage } from '../languages/words'
import { FILLERS } from '../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { NAME_BREAKERS, NAME_MODIFIERS, ROLE_TITLES } from './breakers'
import type { Span } from './types'
import { sortedByStart } from './span-order'

const QUOTED_GAP = /^[ \t]+(?:"[\p{L}\p{M}.'’ -]{1,16}"|“[\p{L}\p{M}.'’ -]{1,16}”|\([\p{L}\p{M}.'’ -]{1,16}\))[ \t]+$/u
const QUOTE_CLOSE_WORD = /^["”)][ \t]+([\p{L}\p{M}'’-]+)(?![\p{L}\p{M}\p{N}])/u
const DENSE_WORD = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u
const WORD_GAP = /^[ \t]+([\p{L}\p{M}'’]+)\.?[ \t]+(?:([\p{L}\p{M}'’]+)\.?[ \t]+)?$/u
const LINK_AFTER = /^[ \t]+([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}'’]+)(?:[ \t]+([\p{L}\p{M}'’]+))?/u
const HYPHEN_AFTER = /^[ \t]+([a-z]{1,6})-([a-z]{1,6})(?![\p{L}\p{N}-])/iu
const SYLLABLE_PAIR_AFTER = /^[ \t]+([a-z]{1,6})[ \t]+([a-z]{1,6})(?![\p{L}\p{N}-])/iu
const HYPHEN_BEFORE = /(?:^|[^\p{L}\p{N}-])([a-z]{1,6})-([a-z]{1,6})[ \t]+$/iu

function names(spans: readonly Span[]): Span[] {
  return sortedByStart(spans.filter((s) => s.type === 'NAME'))
}

function breaks(word: string): boolean {
  const w = lowerCased(word)
  return NAME_BREAKERS.has(w) || ROLE_TITLES.has(w) || isClinicalTerm(w)
}

/** "deborah st. clair", "dolores van der berg": one word (or two particles) between two names joins them. */
export function nameGaps(text: string, spans: readonly Span[]): Span[] {
  const lang = languages()
  const out: Span[] = []
  const sorted = names(spans)
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!
    const b = sorted[k + 1]!
    if (b.start <= a.end || b.start - a.end > 24) continue
    // 'Terrence "TJ" Buckley', "Maria (Lupe) Soto": a nickname in quotes or brackets between two parts of a name.
    if (QUOTED_GAP.test(text.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // 'margaret "peggy" marsh': a nickname found in quotes, then the surname whatever its word is.
    const quotedSurname = /^[ \t]+["“(]$/u.test(text.slice(a.end, b.start))
      ? QUOTE_CLOSE_WORD.exec(text.slice(b.end, b.end + 40))
      : null
    if (quotedSurname && isSurnameAfterNickname(quotedSurname[1]!)) {
      out.push({ start: a.start, end: b.end + quotedSurname[0].length, type: 'NAME', source: 'name:gap' })
      continue
    }
    const m = WORD_GAP.exec(text.slice(a.end, b.start))
    if (!m) continue
    const gap = [m[1]!, m[2]].filter((w): w is string => w !== undefined).map(lowerCased)
    // "Carmen Iris Vélez": a given name of the lists between two names, capitalised as they are, is a middle name
    // even when it is also a clinical word.
    if (gap.length === 1 && isMiddleGivenName(text, a, m[1]!, b)) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // "maria das graças souza", "María del Carmen Rivera": a particle and the name it brings, between two names, make
    // one compound given name whatever the word means elsewhere ("graças", "céu", "dores").
    if (gap.length === 2 && isParticleCompound(gap, m[2]!, text.slice(b.start, b.end))) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // "Rosalind Ah Sing": a short word written with a capital as the names beside it are, and no function word of any
    // language, is a part of the name even when it is also an English word or a filler.
    if (gap.length === 1 && isShortCapitalisedPart(text, a, m[1]!, b)) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    if (gap.some(breaks)) continue
    // One word: a particle or title ("st", "van", "bin"), or a short word no English text uses ("ti").
    const joins =
      gap.length === 2
        ? gap.every(isParticle)
        : isParticle(gap[0]!) ||
          lang.titlesBefore.phrases.has(gap[0]!) ||
          NAME_MODIFIERS.has(gap[0]!) ||
          (gap[0]!.length <= 3 && !isEnglishWord(gap[0]!))
    if (!joins) continue
    out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
  }
  return out
}

/**
 * A particle, then a devotional name of the tables ("del carmen", "do céu"), or in cased text a capitalised word no
 * function word, title or person word of any language, written as the names beside it are ("das Graças").
 */
function isParticleCompound(gap: readonly string[], written: string, nextName: string): boolean {
  const [particle, word] = gap as [string, string]
  const lang = languages()
  if (!isParticle(particle) || isParticle(word)) return false
  if (lang.compoundGivenNames.has(word)) return true
  if (isFunctionWordOfAnyLanguage(word) || breaks(word) || lang.titlesBefore.phrases.has(word)) return false
  return /^\p{Lu}/u.test(written) && /^\p{Lu}/u.test(nextName)
}

/** A word of two to four letters between names a and b, all three capitalised, that no language uses as a function word. */
function isShortCapitalisedPart(text: string, a: Span, word: string, b: Span): boolean {
  const capitalised = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s)
  const w = word.toLowerCase()
  const next = text.slice(b.start, b.end)
  return (
    word.length >= 2 &&
    word.length <= 4 &&
    [text.slice(a.start, a.end), word, next].every(capitalised) &&
    !isFunctionWordOfAnyLanguage(w) &&
    // A very common word ("Per", "Via", "Re") links two people in a Title Case note; a filler ("Ah") does not.
    (!isBasicWord(w) || FILLERS.has(w)) &&
    // A title opens another person's name ("Maria Per Dr Lee").
    !TITLE_OPENING.test(next) &&
    !ROLE_TITLES.has(w) &&
    !isClinicalTerm(w)
  )
}

const TITLE_OPENING = /^(?:dr|dra|mr|mrs|ms|miss|mx|prof|nurse|doctor)\b/iu

/** Whether `word` between names a and b is a given name written as they are (all capitalised, or all lower case). */
function isMiddleGivenName(text: string, a: Span, word: string, b: Span): boolean {
  const w = word.toLowerCase()
  if (!isFirstName(w) || isFunctionWordOfAnyLanguage(w) || NAME_BREAKERS.has(w) || ROLE_TITLES.has(w)) return false
  const capitalised = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s)
  const around = [text.slice(a.start, a.end), word, text.slice(b.start, b.end)]
  // In lower case a very common word between two names is the sentence's ("maya saw kim", "ana dot lopez").
  return around.every(capitalised) || (around.every((s) => s === s.toLowerCase()) && !isBasicWord(w))
}

/**
 * The word after a quoted nickname ('margaret "peggy" marsh'): a surname unless it is a word the sentence goes on with
 * in any language ("has", "necesita", "tem") or a word of a dense script carrying its particle ("예약을").
 */
function isSurnameAfterNickname(word: string): boolean {
  const w = word.toLowerCase()
  if (DENSE_WORD.test(w) || breaks(w) || FILLERS.has(w) || isFunctionWordOfAnyLanguage(w)) return false
  // A learned adjective or participle says how the person is ('margaret "peggy" hypertensive today'); a rare noun may
  // well be the surname ('… "peggy" millwright').
  if (isRareEnglishWord(w) && /(?:ive|ic|ous|al|ed|ing)$/.test(w)) return false
  return !isBasicWord(w) && !knownInSomeLanguage(w)
}

/** A name particle or link ("van", "bin", "thi"): a function of the module, not a closure per pair of names. */
function isParticle(w: string): boolean {
  const lang = languages()
  return lang.nameParticles.has(w) || lang.nameLinks.has(w)
}

/**
 * For spans in any order, whether one starting before `at` ends after `from`: `spans.some((o) => o.start < at &&
 * o.end > from)` by a binary search over the spans sorted by start with their running latest end (built on first
 * use), so a text of many names stays linear.
 */
function endsAfter(spans: readonly Span[]): (at: number, from: number) => boolean {
  let starts: number[] | undefined
  const latestEnds: number[] = []
  return (at, from) => {
    if (starts === undefined) {
      const sorted = sortedByStart([...spans])
      starts = sorted.map((o) => o.start)
      let latest = Number.NEGATIVE_INFINITY
      for (const o of sorted) latestEnds.push((latest = Math.max(latest, o.end)))
    }
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (starts[mid]! < at) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && latestEnds[lo - 1]! > from
  }
}

/** A kinship word used as a title ("lola", "tita", "tonton"), not a short word other languages use ("se", "me"). */
function isKinshipTitle(word: string): boolean {
  const w = word.trim()
  return w.length >= 3 && !isFunctionWordOfAnyLanguage(w) && !isCommonWord(w)
}

// Mr., Mrs., Ms., Miss, Sr., Sra., Srta., M., Mme, Mlle written with their full stop, at the end of a stretch of text.
const DOTTED_ADDRESS_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|sr|sra|srta|m|mme|mlle)\.[ \t]*$/iu

// A full stop, question or exclamation mark and a space: the end of a sentence inside a stretch of text.
const SENTENCE_END_INSIDE = /[.!?][ \t\n]/u

/** "my grandpa pop pop eugene", "this is big mike", "papa m ti jean": the words between a person cue and a name. */
export function cueGaps(text: string, spans: readonly Span[]): Span[] {
  const lang = languages()
  const out: Span[] = []
  const overlapsBefore = endsAfter(spans)
  for (const s of names(spans)) {
    const before = text.slice(Math.max(0, s.start - 60), s.start)
    // A name right after its cue ("my father", "me llamo") has no gap to fill. The words before it are read once.
    const trailing = trailingPhraseWords(before)
    if (cuedAfter(before.length, trailing)) continue
    const gap = gapWordsAtEnd(before, trailing)
    if (gap === null) continue
    // The shortest gap first: one word, then two.
    for (let k = 0; k < gap.words.length; k++) {
      const gapWords = gap.words.slice(0, k + 1).reverse()
      const gapStart = s.start - before.length + gap.starts[k]!
      // "Pt seen. JM": a sentence ends between the words and the name, so they are no part of it.
      if (SENTENCE_END_INSIDE.test(text.slice(gapStart, s.start))) break
      const head = text.slice(Math.max(0, gapStart - 40), gapStart)
      // "M. Désiré N'Guessan", "Dr. Ana Souza": one word between a title and a surname is the given name.
      // Not a vocative ("يا رب يشفيه": God, then a verb no list knows).
      const titleLength = gapWords.length === 1 ? phraseLengthAtEnd(head, lang.titlesBefore) : 0
      const titled = titleLength > 0 && !lang.vocatives.has(head.slice(head.length - titleLength).trim())
      // A form of address written short with a full stop ("mr. said abdullahi", "Sra. Luz Pérez") names whoever
      // follows: the word is the given name whatever else it means, unless it is a function word. Not "dr.": the
      // doctor is the subject of a chart note as often ("dr. called maria lopez").
      const dotted = titled && DOTTED_ADDRESS_BEFORE.test(head) && !isFunctionWordOfAnyLanguage(gapWords[0]!)
      // A word said twice before a name is the speaker's own ("this is deacon deacon abernathy"); a filler is skipped.
      const repeated =
        gapWords.length === 2 && gapWords[0] === gapWords[1] && !isFunctionWordOfAnyLanguage(gapWords[0]!)
      const saidTwice = gap.words.length === 2 && gap.words[0] === gap.words[1]
      if (
        gapWords.every((w) => FILLERS.has(w)) ||
        (!dotted && !gapWords.every((w) => gapWordCounts(w, repeated, titled)))
      ) {
        if (k === 0 && (saidTwice || FILLERS.has(gapWords[0]!))) continue
        break
      }
      if (overlapsBefore(s.start, gapStart)) break
      const relationLength = phraseLengthAtEnd(head, lang.relationCues)
      const relation = relationLength > 0
      const self = selfCueLength(head) > 0
      if (relation || self || titled) {
        // The title goes with the name it now opens ("pastor will tennant"), a kinship word that is the whole cue too
        // ("si lola pacing bautista"); not a cue's own last word that a title list also holds ("manman m": "m" is
        // also "monsieur").
        const titleLength = titled ? phraseLengthAtEnd(head, lang.titlesBefore) : 0
        const kinship = relationLength === titleLength && isKinshipTitle(head.slice(head.length - titleLength))
        const title = (!relation || kinship) && !self ? titleLength : 0
        out.push({ start: gapStart - title, end: s.end, type: 'NAME', source: 'name:cue-gap' })
        break
      }
    }
  }
  return out
}

// The gap word tests are functions of the module, not closures made per gap: where function names are kept
// (esbuild's keepNames) every closure made in a loop is named as it is made, which cost more than the tests.
/** A gap word between a cue and a name: a filler, a word said twice, a nickname's word or a first name. */
function gapWordCounts(w: string, repeated: boolean, titled: boolean): boolean {
  return (
    FILLERS.has(w) ||
    repeated ||
    ((titled || isNicknameWord(w)) && !breaks(w)) ||
    isFirstNameBreaker(w) ||
    uncasedGivenName(w)
  )
}

const ARABIC_WORD = /^\p{Script=Arabic}{2,}$/u
// The present tense's prefixes ("ياكل", he eats) and "and" written onto a word ("ومعاه"): a verb or a clause.
const ARABIC_VERB_OR_CLAUSE = /^(?:[يتنو]|ال)/u

/**
 * "والدي جورج [حداد]": in Arabic, which has no capitals, a word no table lists between a person cue and a found name
 * is the given name, even when the frequency lists know it (names borrowed from other languages are words of them).
 */
function uncasedGivenName(w: string): boolean {
  return ARABIC_WORD.test(w) && !ARABIC_VERB_OR_CLAUSE.test(w) && !languages().words.has(w)
}

/**
 * What a nickname is made of: a family word or title ("pop", "big", "ti", "aling"), or a word no language knows. A
 * first name the lists hold counts too ("it's sunny park"): between a cue and a name it is the given name.
 */
function isNicknameWord(w: string): boolean {
  return (
    NAME_MODIFIERS.has(w) ||
    languages().titlesBefore.phrases.has(w) ||
    unknownWord(w) ||
    (isFirstName(w) && !isFunctionWordOfAnyLanguage(w))
  )
}

/** A first name that is also an auxiliary counts after a title or a self cue ("pastor will tennant"). */
function isFirstNameBreaker(w: string): boolean {
  return isFirstName(w) && !isFunctionWordOfAnyLanguage(w) && !isClinicalTerm(w) && NAME_BREAKERS.has(w)
}

/**
 * The one or two "word[.] spaces" units that end `before` (lower case, the last one first, with their offsets), as
 * /(?:^|[^\p{L}\p{M}\p{N}'’.])((?:[\p{L}\p{M}'’]+\.?[ \t]+){1,2})$/u reads them: a gap does not start right
 * after a digit or a full stop ("5th", "St.clair"), so the earlier word is dropped, or both when only one is there.
 */
function gapWordsAtEnd(before: string, trailing: TrailingPhraseWords): { words: string[]; starts: number[] } | null {
  // trailingWords(before, 2): the first two of the (up to four) trailing words.
  if (trailing === null) return null
  const units = { words: trailing.words.slice(0, 2), starts: trailing.starts.slice(0, 2) }
  const at = units.starts[units.starts.length - 1]!
  if (at === 0 || (before.charCodeAt(at - 1) !== 46 && classLengthBefore(letterOrNumberLength, before, at) === 0))
    return units
  if (units.words.length === 2) return { words: units.words.slice(0, 1), starts: units.starts.slice(0, 1) }
  return null
}

/** A word no table or word list of any language knows (a nickname such as "boo" or "kiki"), apostrophes aside. */
function unknownWord(w: string): boolean {
  return !/['’]/.test(w) && !knownInSomeLanguage(w) && !isEnglishWord(w) && !isCommonWord(w)
}

/** A relation cue, self cue or title ends the head whose trailing words these are (phraseLengthAtEnd > 0). */
function cuedAfter(headLength: number, trailing: TrailingPhraseWords): boolean {
  const lang = languages()
  return (
    phraseLengthAfter(headLength, trailing, lang.relationCues) > 0 ||
    phraseLengthAfter(headLength, trailing, lang.selfCues) > 0 ||
    phraseLengthAfter(headLength, trailing, lang.titlesBefore) > 0
  )
}

// A self cue of one short word ("me", "from", "names") says too little to pull the words after it into a name.
function selfCueLength(head: string): number {
  const n = phraseLengthAtEnd(head, languages().selfCues)
  if (n === 0) return 0
  const cue = head
    .slice(head.length - n)
    .trim()
    .toLowerCase()
  return cue.includes(' ') || cue.includes('’') || cue.includes("'") || cue.length >= 5 ? n : 0
}

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
    const syllables = lang.romanizedSyllables
    const h = HYPHEN_AFTER.exec(after)
    if (h && syllables.has(h[1]!.toLowerCase()) && syllables.has(h[2]!.toLowerCase())) {
      out.push({ start: s.start, end: s.end + h[0].length, type: 'NAME', source: 'name:romanized' })
    }
    // "kim sung ho": a romanised Korean family name and a given name written as two separate syllables.
    const pair = SYLLABLE_PAIR_AFTER.exec(after)
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
    const hb = asciiLetterBeforeBlanks(text, s.start)
      ? HYPHEN_BEFORE.exec(text.slice(Math.max(0, s.start - 20), s.start))
      : null
    if (hb && syllables.has(hb[1]!.toLowerCase()) && syllables.has(hb[2]!.toLowerCase())) {
      const lead = hb[0].length - hb[0].search(/[a-z]/i)
      out.push({ start: s.start - lead, end: s.end, type: 'NAME', source: 'name:romanized' })
    }
  }
  return out
}

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

// The end (relative to the name's end) of "link part" without a third word.
function linkEnd(link: RegExpExecArray): number {
  const two = /^[ \t]+[\p{L}\p{M}]+[ \t]+[\p{L}\p{M}'’]+/u.exec(link[0])
  return two ? two[0].length : link[0].length
}
