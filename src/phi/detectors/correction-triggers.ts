/**
 * Whether a text holds what any rule of corrections.ts needs to tell a name: every rule there reads a word of a table
 * (a correction, a nickname cue, a vocative, a spelling analogy, an introduction's end, a birth cue) or of its own
 * lists (owners, the first person, prepositions before a person, subject pronouns), or a hyphenated word. A text with
 * none of them (most texts in Korean, Arabic or Russian; an SMS of self-introductions; a Vietnamese one naming a
 * relative mid-sentence) is not read token by token: the cue look-backs at each word cost more than the rest.
 */
import { fold, type languages, type PhraseSet } from '../languages'
import { isClosedClassWord } from '../remembered'
import type { WordRun } from './chars'

type Tables = ReturnType<typeof languages>

/** The lists of corrections.ts a rule reads a word of. */
export interface CorrectionWords {
  owners: ReadonlySet<string>
  about: ReadonlySet<string>
  firstPerson: ReadonlySet<string>
  subjectPronouns: ReadonlySet<string>
}

// What a word may be to the rules, one bit each.
const CORRECTION = 1
const NICKNAME_CUE_END = 2
const NICKNAME_CUE_AFTER = 4
const VOCATIVE_AFTER = 8
const SPELLING_ANALOGY = 16
const RELATION_CUE_END = 32
const SELF_CUE_END = 64
const OWNER = 128
const FIRST_PERSON = 256
const INTRODUCTION_END = 512
const ABOUT = 1024
const BIRTH_CUE = 2048
const SUBJECT_PRONOUN = 4096

let rolesOf: { lang: Tables; words: CorrectionWords; roles: Map<string, number> } | undefined

function rolesFor(lang: Tables, words: CorrectionWords): Map<string, number> {
  if (rolesOf?.lang === lang && rolesOf.words === words) return rolesOf.roles
  const roles = new Map<string, number>()
  const add = (keys: Iterable<string>, role: number): void => {
    for (const k of keys) roles.set(k, (roles.get(k) ?? 0) | role)
  }
  add(lang.corrections.forward.next.keys(), CORRECTION)
  add(lang.nicknameCues.lastWords, NICKNAME_CUE_END)
  add(lang.nicknameCuesAfter.forward.next.keys(), NICKNAME_CUE_AFTER)
  add(lang.vocativesAfter, VOCATIVE_AFTER)
  add(lang.spellingAnalogies.forward.next.keys(), SPELLING_ANALOGY)
  add(lang.relationCues.lastWords, RELATION_CUE_END)
  add(lang.selfCues.lastWords, SELF_CUE_END)
  add(words.owners, OWNER)
  add(words.firstPerson, FIRST_PERSON)
  add(lang.introductionEnds.forward.next.keys(), INTRODUCTION_END)
  add(words.about, ABOUT)
  add(lang.birthCues.forward.next.keys(), BIRTH_CUE)
  add(words.subjectPronouns, SUBJECT_PRONOUN)
  rolesOf = { lang, words, roles }
  return roles
}

/** The detector's readings a trigger asks for: phrases from a token, the cue look-backs before one, its word tests. */
export interface CorrectionReadings {
  /** The words of the phrase of `set` starting at token k (0 when none does). */
  phraseAt(k: number, set: PhraseSet): number
  /** Whether a nickname cue ends right before token i. */
  nicknameCueBefore(i: number): boolean
  /** Whether a relation cue ends right before token i. */
  relationCueBefore(i: number): boolean
  /** Whether nothing marks the word as safe (the detector's test of a nickname). */
  unmarked(w: string): boolean
}

// "calling about my daughter destiny.": what follows a relative's name at the sentence's end (the detector's test).
const SENTENCE_END_AFTER = /^[ \t]*(?:[.!?]|$)/

/**
 * Whether any rule of detectCorrections may push a span for these tokens of `text`: a necessary condition of every
 * rule, read from the words (a cue's last word as the look-back reads it: its part after the last hyphen, as written
 * or folded), with the phrases that open on a word walked in full and the nickname and relation cues read as the
 * detector reads them. Conditions on words anywhere in the text, so a trigger may be read where no rule then fires.
 */
export function anyCorrectionTrigger(
  toks: readonly WordRun[],
  text: string,
  lang: Tables,
  words: CorrectionWords,
  read: CorrectionReadings,
): boolean {
  const roles = rolesFor(lang, words)
  const n = toks.length
  // A self cue anywhere: what the rules it opens need as well.
  let selfCue = false
  let correction = false
  let selfCueRule = false
  // Tokens whose word may end a relation cue, or is a preposition before a person: the rules after one read the next
  // few words, and the detector's look-back is read last, only where one of them could fire (cue look-backs cost more
  // than the rest of this test).
  const relationEnds: number[] = []
  const aboutWords: number[] = []
  // Where a birth cue starts, and where a subject pronoun stands.
  const birthCueAt = new Uint8Array(n)
  const pronounAt = new Uint8Array(n)
  // Each distinct word's roles, read once: a text says the same words many times, and a word's roles cost two set
  // look-ups and its fold.
  const roleOfWord = new Map<string, number>()
  for (let k = 0; k < n; k++) {
    const w = toks[k]!.w
    // "my mother soon-ja": a hyphenated word is read by the rule of romanised names.
    if (w.includes('-')) return true
    let role = roleOfWord.get(w)
    if (role === undefined) {
      role = roles.get(w) ?? 0
      const folded = fold(w)
      if (folded !== w) role |= roles.get(folded) ?? 0
      roleOfWord.set(w, role)
    }
    if (role === 0) continue
    if (role & VOCATIVE_AFTER) return true
    // A nickname: the word after a cue, or before one said after it, when nothing marks it as safe.
    if (role & NICKNAME_CUE_END && k + 1 < n && read.unmarked(toks[k + 1]!.w) && read.nicknameCueBefore(k + 1))
      return true
    if (
      role & NICKNAME_CUE_AFTER &&
      k >= 1 &&
      read.unmarked(toks[k - 1]!.w) &&
      read.phraseAt(k, lang.nicknameCuesAfter) > 0
    )
      return true
    if (role & SPELLING_ANALOGY && read.phraseAt(k, lang.spellingAnalogies) > 0) return true
    // A relation cue's last word is no function word of another language (the detector's test before its look-back).
    if (role & RELATION_CUE_END && k + 1 < n && !isClosedClassWord(w)) relationEnds.push(k)
    if (role & ABOUT && k + 1 < n) aboutWords.push(k)
    if (role & SELF_CUE_END) selfCue = true
    if (role & CORRECTION && read.phraseAt(k, lang.corrections) > 0) correction = true
    if (role & (OWNER | FIRST_PERSON) || (role & INTRODUCTION_END && read.phraseAt(k, lang.introductionEnds) > 0))
      selfCueRule = true
    if (role & SUBJECT_PRONOUN) pronounAt[k] = 1
    if (role & BIRTH_CUE && read.phraseAt(k, lang.birthCues) > 0) birthCueAt[k] = 1
    // What a self cue opens, a correction among them.
    if (selfCue && (correction || selfCueRule)) return true
  }
  // "a prescription for bill hunter date of birth …", "my mother blessing she had": after a relation cue or a
  // preposition before token i, a birth cue within three words or a pronoun within two.
  const personFollows = (i: number): boolean =>
    birthCueAt[i + 1] === 1 ||
    birthCueAt[i + 2] === 1 ||
    birthCueAt[i + 3] === 1 ||
    pronounAt[i + 1] === 1 ||
    pronounAt[i + 2] === 1
  for (const k of aboutWords) if (personFollows(k + 1)) return true
  // After a relation cue, also a correction anywhere, or the relative's name at the sentence's end.
  for (const k of relationEnds) {
    const named = toks[k + 1]!
    if (!correction && !personFollows(k + 1) && !SENTENCE_END_AFTER.test(text.slice(named.end, named.end + 3))) continue
    if (read.relationCueBefore(k + 1)) return true
  }
  return false
}
