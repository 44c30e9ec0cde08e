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
  languages,
  phraseLengthAfter,
  phraseLengthAtEnd,
  trailingPhraseWords,
} from '../languages'
import { classLengthBefore, letterOrNumberLength, lowerCased } from './chars'
import { gapWords } from './look-backs'
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
/** A link word and the part it joins after a name ("thi thu", "عبد الله"). */
export const LINK_AFTER = /^[ \t]+([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}'’]+)(?:[ \t]+([\p{L}\p{M}'’]+))?/u
/** A hyphenated pair of romanised syllables after a name ("ok-soon"). */
export const HYPHEN_AFTER = /^[ \t]+([a-z]{1,6})-([a-z]{1,6})(?![\p{L}\p{N}-])/iu
/** Two short romanised syllables after a name ("sung ho"). */
export const SYLLABLE_PAIR_AFTER = /^[ \t]+([a-z]{1,6})[ \t]+([a-z]{1,6})(?![\p{L}\p{N}-])/iu
/** A hyphenated pair of romanised syllables before a name ("min-jun kim"). */
export const HYPHEN_BEFORE = /(?:^|[^\p{L}\p{N}-])([a-z]{1,6})-([a-z]{1,6})[ \t]+$/iu

/** The NAME spans, by start. */
export function names(spans: readonly Span[]): Span[] {
  return sortedByStart(spans.filter((s) => s.type === 'NAME'))
}

/** A word that ends a name: a breaker, a role title or a clinical term. */
export function breaks(word: string): boolean {
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
    const between = text.slice(a.end, b.start)
    // Both quote tests below need a quote or a bracket between the names: most gaps ("Ana Ruiz" read as two names)
    // hold none, and are not handed to either pattern.
    const quoted = holdsQuoteOrBracket(between)
    // 'Terrence "TJ" Buckley', "Maria (Lupe) Soto": a nickname in quotes or brackets between two parts of a name.
    if (quoted && QUOTED_GAP.test(between)) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // 'margaret "peggy" marsh': a nickname found in quotes, then the surname whatever its word is.
    const quotedSurname =
      quoted && /^[ \t]+["“(]$/u.test(between) ? QUOTE_CLOSE_WORD.exec(text.slice(b.end, b.end + 40)) : null
    if (quotedSurname && isSurnameAfterNickname(quotedSurname[1]!)) {
      out.push({ start: a.start, end: b.end + quotedSurname[0].length, type: 'NAME', source: 'name:gap' })
      continue
    }
    // The one or two words between the names, read by hand (a u-flag pattern's class tests cost most of this pass on
    // Hangul text, where names stand close together).
    const m = gapWords(between)
    if (!m) continue
    const gap = m.second === undefined ? [lowerCased(m.first)] : [lowerCased(m.first), lowerCased(m.second)]
    // "Carmen Iris Vélez": a given name of the lists between two names, capitalised as they are, is a middle name
    // even when it is also a clinical word.
    if (gap.length === 1 && isMiddleGivenName(text, a, m.first, b)) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // "maria das graças souza", "María del Carmen Rivera": a particle and the name it brings, between two names, make
    // one compound given name whatever the word means elsewhere ("graças", "céu", "dores").
    if (gap.length === 2 && isParticleCompound(gap, m.second!, text.slice(b.start, b.end))) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // "Rosalind Ah Sing": a short word written with a capital as the names beside it are, and no function word of any
    // language, is a part of the name even when it is also an English word or a filler.
    if (gap.length === 1 && isShortCapitalisedPart(text, a, m.first, b)) {
      out.push({ start: a.start, end: b.end, type: 'NAME', source: 'name:gap' })
      continue
    }
    // "lin ah mei": Cantonese "ah" (阿) between two parts found as names is a syllable of the name, not a hesitation.
    if (gap.length === 1 && gap[0] === 'ah') {
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

/** Whether `s` holds one of "“( (QUOTED_GAP and the gap before a quoted nickname each need one). */
function holdsQuoteOrBracket(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c === 34 || c === 0x201c || c === 40) return true
  }
  return false
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
  // The word's own length and capital first: most gaps (any uncased script) fail there, before the names are read.
  if (word.length < 2 || word.length > 4 || !CAPITALISED.test(word)) return false
  const w = word.toLowerCase()
  const next = text.slice(b.start, b.end)
  return (
    CAPITALISED.test(text.slice(a.start, a.end)) &&
    CAPITALISED.test(next) &&
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
const CAPITALISED = /^\p{Lu}\p{Ll}/u

/** Whether `word` between names a and b is a given name written as they are (all capitalised, or all lower case). */
function isMiddleGivenName(text: string, a: Span, word: string, b: Span): boolean {
  const w = word.toLowerCase()
  const lang = languages()
  // A given name of the language tables too ("remedios", "dolores": Filipino and Latin American given names that are
  // Spanish words).
  const tableGiven = lang.givenNames.has(w) || lang.compoundGivenNames.has(w)
  if (!(isFirstName(w) || tableGiven) || isFunctionWordOfAnyLanguage(w) || NAME_BREAKERS.has(w) || ROLE_TITLES.has(w))
    return false
  const capitalised = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s)
  const around = [text.slice(a.start, a.end), word, text.slice(b.start, b.end)]
  // In lower case a very common word between two names is the sentence's ("maya saw kim", "ana dot lopez"); a given
  // name of the tables that is no English word is the name's ("maria remedios santos").
  return (
    around.every(capitalised) ||
    (around.every((s) => s === s.toLowerCase()) && (!isBasicWord(w) || (tableGiven && !isEnglishWord(w))))
  )
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
