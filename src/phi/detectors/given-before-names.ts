/**
 * A given name the lists hold, said right before a name found already, is the name's first part even when it is
 * also an everyday word ("issued to ray [stovall]", "the grandfather of justice [banks]"), and a newborn's chart label
 * goes with the family name it labels ("baby girl [nowicki]"; not "my baby girl [Ana]"). Fail closed: the word goes
 * with the name unless its place in the sentence shows it is a word (a verb after its subject, a modal, a month, a
 * greeting, a cue).
 */
import { hasLowerCase, hasUpperCase, lowerCased } from './chars'
import { newbornBefore, twoWordsBefore } from './look-backs'
import { isFirstName, isSpanishWord } from '../lexicon'
import { knownInSomeLanguage } from '../languages/words'
import { AUX_NAMES, CALENDAR_NAMES, FILLERS, NOUN_NAMES, VOCATIVE_STOP } from '../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { languages } from '../languages'
import { isSafeBesideName } from './surname-first'
import type { Span } from './types'

// The two words before a found name, on its line: "<before> <given> [name]", as
// /(?:^|([\p{L}\p{M}'’]+)[ \t]+|[^\p{L}\p{M}\p{N} \t]+[ \t]*)([\p{L}\p{M}]+)[ \t]+$/u reads them (twoWordsBefore).
// After these the given name is a verb or a noun of the sentence ("i hope maria", "we will bill", "they rob him",
// "my grant"): its subject, a modal or a possessive before it ("to" and "of" are not: "issued to ray [stovall]").
// biome-ignore format: packed list
const WORD_BEFORE_VERB = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'u', 'ya', "i'll", "we'll", "you'll", 'ill', 'will', 'would',
  'can', 'could', 'should', 'must', 'might', 'may', 'shall', 'my', 'your', 'his', 'her', 'our',
  'their', 'please', 'pls', 'plz', 'and', 'or', 'not', "don't", 'dont', 'did', 'do', 'does', 'also', 'just', 'still',
  'really', 'so', 'very', 'no', 'this', 'that', 'some', 'any',
])
// Prepositions no modal follows: a modal name after one is the person ("to will [smith]", "for may [chen]").
const PREPOSITIONS_BEFORE_MODAL_NAME = new Set(['of', 'to', 'for', 'with', 'from', 'by'])
// Titles: a modal between one and a found name is the given name ("officer will [jennings]", "dr may [chen]").
// biome-ignore format: packed list
const TITLES_BEFORE_MODAL_NAME = new Set([
  'dr', 'doctor', 'officer', 'deputy', 'sergeant', 'sgt', 'nurse', 'pastor', 'rev', 'reverend', 'coach', 'mr', 'mrs',
  'ms', 'miss', 'father', 'brother', 'sister', 'judge', 'detective', 'trooper', 'captain', 'capt',
])
// The modals that are given names (not "see", "say", "wait": verbs after "to").
const MODAL_GIVEN_NAMES = new Set(['will', 'may'])
// Given names that are verbs or nouns of every day (the names lists' words that open phrases or name things, and the
// past tenses "drew", "rose"): see below.
const VERB_NAMES = new Set([...VOCATIVE_STOP, ...NOUN_NAMES, 'drew', 'rose', 'wade', 'rob', 'cliff', 'bob', 'sue'])
// Given names that are things (flowers, gems, sweets), no verb of a sentence.
// biome-ignore format: packed list
const THING_NAMES = new Set([
  'ruby', 'amber', 'ivy', 'holly', 'hazel', 'olive', 'iris', 'violet', 'daisy', 'jade', 'pearl', 'crystal', 'honey',
  'candy', 'penny',
])
/** The first word of a name span. */
function firstWordOf(name: string): string {
  return name.split(/[ \t]/u, 1)[0] ?? ''
}
// A newborn's label before its name, as charts and parents write it, and the word before it, as
// /(?:([\p{L}\p{M}'’]+)[ \t]+)?(?<![\p{L}\p{M}])(baby([ \t]+(?:boy|girl))?[ \t]+)$/iu reads them (newbornBefore).
// An ordinal word or a greeting is no given name here ("good morning", "happy birthday").
// biome-ignore format: packed list
const NOT_GIVEN = new Set([
  'happy', 'merry', 'good', 'dear', 'sweet', 'little', 'big', 'old', 'young', 'poor', 'miss', 'name', 'north', 'south',
  'east', 'west',
])
// Tagalog's markers of a person's name: "si Baby Pangilinan" is a woman called Baby (elsewhere "baby [Mila]" is a
// child, and the word stays).
const PERSON_MARKERS = new Set(['si', 'ni', 'kay', 'sina', 'nina'])
// A possessive or an article makes "baby" the child it names, not a label of the name ("my baby [Mila]").
// biome-ignore format: packed list
const OWNER_BEFORE_BABY = new Set([
  'ang', 'yung', 'iyong', 'aking', "wife's", "husband's", 'con', 'de', 'ur', 'my', 'our', 'your', 'her', 'his',
  'their', 'the', 'a', 'new', 'mi', 'su', 'tu', 'nuestro', 'nuestra', 'el', 'la',
])

/** A word of a newborn's chart label ("baby", "boy", "girl"): it goes with the name it labels, never alone. */
export function isNewbornLabel(word: string): boolean {
  return word === 'baby' || word === 'boy' || word === 'girl'
}

/** Given names and newborn labels right before found names, as NAME spans over both. */
export function givenNamesBefore(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const cased = hasLowerCase(text) && hasUpperCase(text)
  const lang = languages()
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    // Both look-backs end on a space or a tab: most names have none before them (a line's start, punctuation).
    const blank = s.start > 0 ? text.charCodeAt(s.start - 1) : 0
    if (blank !== 32 && blank !== 9) continue
    const before = text.slice(Math.max(0, s.start - 40), s.start)
    const newborn = newbornBefore(before)
    if (newborn) {
      const beforeBaby = lowerCased(newborn.before ?? '')
      // The name found may hold the label's second word already ("baby [boy okonkwo]").
      const name = text.slice(s.start, s.end)
      const labelled = newborn.sex || /^(?:boy|girl)[ \t]/iu.test(name)
      // A chart labels a newborn by the family name ("baby girl [nowicki]"); before a given name the label is how the
      // parents speak of the child ("and baby girl [sofia] has a fever") and stays.
      const surname = !isFirstName(lowerCased(name.replace(/^(?:boy|girl)[ \t]+/iu, '').split(/[ \t]/u)[0] ?? ''))
      const asLabel = labelled && surname && !OWNER_BEFORE_BABY.has(beforeBaby)
      if (asLabel || (!labelled && PERSON_MARKERS.has(beforeBaby))) {
        out.push({ start: s.start - newborn.label.length, end: s.end, type: 'NAME', source: 'name:newborn' })
        continue
      }
    }
    const m = twoWordsBefore(before)
    if (!m) continue
    const word = m.word
    const given = lowerCased(word)
    const previous = m.before === undefined ? undefined : lowerCased(m.before)
    // A modal right after a preposition is the given name ("mom of will [bradshaw]"): no modal follows "of".
    const modalName =
      MODAL_GIVEN_NAMES.has(given) &&
      isFirstName(given) &&
      previous !== undefined &&
      (PREPOSITIONS_BEFORE_MODAL_NAME.has(previous) || TITLES_BEFORE_MODAL_NAME.has(previous)) &&
      !(cased && /^\p{Lu}/u.test(text.slice(s.start, s.end)) !== /^\p{Lu}/u.test(word))
    // "Will [Tran] here.": a modal opening the message before a found name and "here" introduces the writer.
    const introducedModal =
      MODAL_GIVEN_NAMES.has(given) &&
      isFirstName(given) &&
      m.before === undefined &&
      /^[\s"'“(]*$/u.test(text.slice(0, s.start - (before.length - before.trimEnd().length) - word.length)) &&
      /^[ \t]+here(?![\p{L}])/iu.test(text.slice(s.end, s.end + 8))
    if (modalName || introducedModal) {
      const start = s.start - (before.length - before.trimEnd().length) - word.length
      out.push({ start, end: s.end, type: 'NAME', source: 'name:given-before' })
      continue
    }
    if (
      given.length < 3 ||
      !isFirstName(given) ||
      // Function, cue, title and clinical words (isSafeBesideName), modals and verbs that are first names.
      isSafeBesideName(given) ||
      AUX_NAMES.has(given) ||
      CALENDAR_NAMES.has(given) ||
      FILLERS.has(given) ||
      NOT_GIVEN.has(given) ||
      isFunctionWordOfAnyLanguage(given) ||
      // A word of another language that is a given name in English ("kay", "domingo", "merci") is that word there.
      knownInSomeLanguage(given) ||
      isSpanishWord(given) ||
      lang.words.has(given) ||
      lang.titlesBefore.phrases.has(given) ||
      lang.months.has(given) ||
      (previous !== undefined && WORD_BEFORE_VERB.has(previous))
    )
      continue
    // In a text with capitals, a given name before a capitalised name has one too ("Ray Stovall", not "sweet Ray").
    if (cased && /^\p{Lu}/u.test(text.slice(s.start, s.end)) !== /^\p{Lu}/u.test(word)) continue
    // A given name that is also a verb or a noun people use every day ("the nurse drew …", "her sugar rose …", "hope
    // maria is ok") is a name here only written with a capital in a text that has capitals ("Sunny [Le] here").
    // Not a flower's or a gem's name before a surname no list gives as a first name ("sees crystal [gentry]"): no noun
    // of every day stands there.
    const beforeSurname = THING_NAMES.has(given) && !isFirstName(lowerCased(firstWordOf(text.slice(s.start, s.end))))
    if (VERB_NAMES.has(given) && !(cased && /^\p{Lu}/u.test(word)) && !beforeSurname) continue
    const start = s.start - (before.length - before.trimEnd().length) - word.length
    out.push({ start, end: s.end, type: 'NAME', source: 'name:given-before' })
  }
  return out
}
