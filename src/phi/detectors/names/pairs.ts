/**
 * A first name and a surname side by side, each of which alone could be an everyday word ("dawn smith", "grace
 * miller", "mark brown"): two name-list words in a row where a person stands are a person.
 */
import { CALENDAR_NAMES, PARTICLES, SUBJECT_VERBS } from '../../lexicon/name-cues'
import { isSurnamePart } from './multiword'
import { SEASONS } from './slots'
import { type Ctx, SPACE_ONLY, boundaryAfter, gap, isAux, isFunctionWord } from './tokens'

// Words before a person the sentence is about: "calling about grace miller", "a refill for mark brown".
const ABOUT_BEFORE = new Set(['about', 'for', 'regarding', 're', 'patient', 'pt'])
// "the patient is mark brown", "her name is grace miller".
const IS_AFTER = new Set(['patient', 'pt', 'name', 'this'])
// Clause openers before a subject: "and dawn smith called".
const OPENERS = new Set(['and', 'but', 'so', 'also', 'then', 'ok', 'okay', 'yes', 'yeah', 'hi', 'hello', 'hey'])

/**
 * The word at i is a listed first name (an everyday word too, not a verb or a date) and the word after it a surname of
 * the lists, in the same casing, where a person stands: opening a clause before a person's verb ("dawn smith has chest
 * pain"), or after "about", "for", "patient is" before the clause ends ("calling about grace miller").
 */
export function isNamePair(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const surname = toks[i + 1]
  const c = t.cls
  if (!surname || !c.first || c.clinical || t.glued || surname.glued || !SPACE_ONLY.test(gap(ctx, i + 1))) return false
  if (isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower)) return false
  if (CALENDAR_NAMES.has(t.lower) || SEASONS.has(t.lower)) return false
  const s = surname.cls
  if (!(s.surname || s.wordSurname) || s.clinical || isFunctionWord(surname.lower) || !isSurnamePart(ctx, i + 1))
    return false
  // Written alike: both in lower case, or both with a capital ("Grace Miller"; "Grace miller" is a sentence's).
  if ((t.cap || t.upper) !== (surname.cap || surname.upper)) return false
  const prev = toks[i - 1]
  const prevJoined = prev !== undefined && SPACE_ONLY.test(gap(ctx, i))
  const verb = toks[i + 2]
  const verbNext = verb !== undefined && SPACE_ONLY.test(gap(ctx, i + 2)) && SUBJECT_VERBS.has(verb.lower)
  const opens = t.sentStart || (prevJoined && OPENERS.has(prev.lower))
  if (opens && verbNext) return true
  const about =
    prevJoined && (ABOUT_BEFORE.has(prev.lower) || (prev.lower === 'is' && IS_AFTER.has(toks[i - 2]?.lower ?? '')))
  return about && (verbNext || boundaryAfter(ctx, i + 1) || verb === undefined)
}
