/**
 * The person a message greets before its writer says who they are: "Bill its [Dana]…", "hey mark it's [dana]…", "hi
 * grace this is [dana]". A first name opening the message (after a greeting word or none), right before a
 * self-introduction whose name was found, is the reader's name, even when it is an everyday word ("bill", "grace").
 * A resolved pass: it reads the names found already.
 */
import { languages, phraseLengthAtEnd } from '../languages'
import { isFirstName } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { VOCATIVES } from './names/intros'
import type { Span } from './types'

// The greeting that may come first, then the name, then the introduction: nothing else before it.
const OPENING =
  /^[\s"'“‘(]*(?:(?:hi|hey|hello|hiya|yo|morning|good[ \t]+(?:morning|afternoon|evening)|dear|hola|buenos[ \t]+d[ií]as|buenas(?:[ \t]+(?:tardes|noches))?|bonjour|bom[ \t]+dia|ol[aá]|al[oô]|allo)[ \t,!.]+)?(\p{L}[\p{L}'’-]*)[ \t]*,?[ \t]+$/iu
const GREETING_WORDS = new Set(['hi', 'hey', 'hello', 'hiya', 'yo', 'morning', 'dear', 'hola', 'bonjour', 'ola', 'olá'])

/** Names greeted at the start of a message before a self-introduction (see the module comment). */
export function addressedNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const lang = languages()
  for (const s of spans) {
    if (s.type !== 'NAME' || s.start > 60) continue
    const before = text.slice(0, s.start)
    const lower = before.toLowerCase()
    // The cue's length is read on the lower case: only where that keeps every offset ("İ" does not).
    if (lower.length !== before.length) continue
    const cue = phraseLengthAtEnd(lower, lang.selfCues)
    if (cue === 0) continue
    const m = OPENING.exec(before.slice(0, before.length - cue))
    if (!m) continue
    const word = m[1]!.toLowerCase()
    // Not a relative or a title ("Bố tôi là…"), nor a word of the tables' languages ("alô sim é o…"): English
    // words that are names ("bill", "grace") are what this reads.
    if (
      !isFirstName(word) ||
      GREETING_WORDS.has(word) ||
      // A word said to whoever listens ("hey honey it's Mom"); given names as often ("sunny", "angel") stay names.
      VOCATIVES.has(word) ||
      isFunctionWordOfAnyLanguage(word) ||
      lang.relationCues.phrases.has(word) ||
      lang.titlesBefore.phrases.has(word) ||
      lang.words.has(word)
    )
      continue
    const start = m.index + m[0].lastIndexOf(m[1]!)
    if (spans.some((o) => o.start < start + m[1]!.length && o.end > start)) continue
    out.push({ start, end: start + m[1]!.length, type: 'NAME', source: 'name:addressed' })
  }
  return out
}
