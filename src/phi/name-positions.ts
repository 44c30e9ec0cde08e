/**
 * Where a name stands: the positions in which a roster or remembered word that is also an everyday word counts as a
 * name (after a greeting or a title written short, opening a message before a comma, as the subject of a sentence,
 * beside a found name, after a Tagalog person article …). Read by known.ts for the known identifiers of an event.
 */
import { hasLowerCase, hasUpperCase } from './detectors/chars'
import type { Span } from './detectors/types'
import { adjacent, type Word } from './known-forms'
import { languages, phraseLengthAtEnd } from './languages'

// Words before a name in a greeting, a sign-off or a self-introduction: "hi will", "thanks, will", "this is will".
const GREETING_BEFORE =
  /(?:^|[^\p{L}])(?:hi|hey|hello|hiya|dear|thanks|thank you|thx|ty|love|regards|cheers|sincerely|best|xo|xoxo|hola|gracias|this is|it'?s|it is|soy|from|atte|ok|okay|yes|well|alright)[\s,:!.]*$/iu
const SUBJECT_AFTER =
  /^\s+(?:is|was|has|had|says|said|needs|needed|feels|felt|got|gets|did|does|didn't|doesn't|isn't|wasn't|can't|won't|still|just|also|and i|y yo|tiene|está|esta|sigue|forgot|went|came|took|left|saw|told|fell|ate|slept|woke|threw|broke|brought|bought|thought|kept|\p{L}{3,}ed)\b/iu
// A conjunction opening a clause: the word after it may be the clause's subject.
const CONJUNCTION_BEFORE = /(?:^|[^\p{L}])(?:and|y|e|et|pero|but)\s+$/iu
// The article Spanish and Portuguese speakers put before a person's name in speech.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|el|a|o)\s+$/iu
const ALREADY_AFTER = /^\s+(?:ya|tá|ta|anda|quiere)(?![\p{L}])/iu
const MODALS = new Set(['will', 'may', 'can', 'might', 'must', 'shall'])
// A finite verb: one of the usual, or a regular past ("asked"; not "need", "proceed"); or "been", which no modal takes
// right after it either ("um will been using that inhaler").
/** A finite verb right after a word (`rest`, the text after it): the word is the verb's subject. */
export function finiteVerbAfter(rest: string): boolean {
  return FINITE_AFTER.test(rest)
}
const FINITE_AFTER =
  /^\s+(?:is|was|has|had|isn't|wasn't|hasn't|been|says|said|feels|felt|needs|seems|looks|gets|got|went|came|wants|forgot|left|took|fell|ate|slept|woke|threw|broke|brought|bought|kept|saw|told|ran|lost|found|gave|sent|did|used|tried|cried|paid|made|didn't|doesn't|\p{L}{3,}(?<!e)ed)\b/iu
// An adverb may stand between ("um will already made the appointment") where a name may open the clause: after a
// filler, a pause or a conjunction ("the doctor will already called you" is the modal, mistyped).
const ADVERB_FINITE_AFTER = new RegExp(
  `^\\s+(?:already|just|also|still|never|finally|actually|even)${FINITE_AFTER.source.slice(1)}`,
  FINITE_AFTER.flags,
)
const CLAUSE_OPENING_BEFORE = /(?:^|[.!?,;:]\s*|(?:^|[^\p{L}])(?:um+|uh+|so|and|but|well|oh|ok|okay)\s+)$/iu
// A preposition takes a person, never the auxiliary "will" ("an inhaler for will", "go with will").
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:for|with|about|from)\s+$/iu
// A subject pronoun right before a modal keeps it the modal, whatever the typing after it ("i will used to").
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:i|we|you|he|she|they|u)\s+$/iu
// A verb that takes a person as its object: a modal never follows it ("she wants will off football", "tell may").
const OBJECT_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:wants?|wanted|tell|told|ask|asked|take|took|bring|brought|keep|kept|let|help|helped|call|called|text|texted|pick|picked|drop|dropped|send|sent|give|gave|see|saw|meet|met|drive|drove|remind|reminded|thank|thanked)\s+$/iu
// "here" of a self-introduction in the languages the engine reads ("will here", "lan đây", "ana aqui", "marie ici").
const HERE_AFTER = /^\s*(?:here|aqu[ií]|ici|đây|dito|eto)(?![\p{L}\p{N}])/iu
/** A dash (or tilde) before a word: a sign-off's. */
export const DASH_BEFORE = /(?:^|[\s,.!?])[-–—~]+\s*$/u
// Tagalog marks a person's name with an article: "si Ana", "ni Ana", "kay Ana".
const PERSON_MARKER_BEFORE = /(?:^|[^\p{L}])(?:si|ni|kay|sina|nina|kina)\s+$/iu

const OF_BEFORE = /[ \t]+(?:de|del|of|da|do|du)[ \t]+$/u

/** A relation word of the tables, then "de" / "of", ends `before`. */
function relationOfBefore(before: string): boolean {
  const of = OF_BEFORE.exec(before)
  return of !== null && phraseLengthAtEnd(before.slice(0, of.index + 1), languages().relationCues) > 0
}

/**
 * A one- or two-letter word of the language tables of the languages the text is written in ("li" and "se" in
 * Haitian Creole, "ng" in Tagalog, "de" in Spanish, Vietnamese "bà" and "là"). As a roster or remembered name word
 * ("De" of a hyphenated "De-chang", "Li", "Lê") it leans on its neighbours: beside a name it is the "de" of "hija de
 * Dolores" or "el hospicio de ustedes", after a title it may be one ("la paciente de"), so neither makes it a name.
 * Longer words of the tables ("remedios", "khang") are given names as often; and a text of another language does not
 * use the short word ("ka is getting dressed", "internaram a jé", "i'm tony le").
 */
export function isShortWordOfText(w: Word, textLanguages: ReadonlySet<string>): boolean {
  if (w.folded.length > 2 || textLanguages.size === 0) return false
  const table = languages().plainWordLanguages
  const codes = table.get(w.raw.toLowerCase()) ?? table.get(w.folded)
  return codes?.some((c) => textLanguages.has(c)) ?? false
}

// A title written short with a full stop right before the word ("Gng. ", "M. ", "Dr. ").
const ABBREVIATED_TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}{1,4})\.[ \t]+$/u

/** A title of the tables written short with a full stop ends `before` ("Gng. Ng", "M. Li", "Dr. May"). */
function abbreviatedTitleBefore(before: string): boolean {
  const m = ABBREVIATED_TITLE_BEFORE.exec(before)
  return m !== null && phraseLengthAtEnd(`${m[1]!.toLowerCase()} `, languages().titlesBefore) > 0
}

/** Whether a word stands where a name stands (see the module comment). */
/** What {@link nameShaped} reads of a whole text, computed once per text (a long text asks for many words). */
export interface ShapeContext {
  mixedCase: boolean
  /** Ends and starts of the detected NAME spans. */
  nameEnds: ReadonlySet<number>
  nameStarts: ReadonlySet<number>
}

export function shapeContext(text: string, names: readonly Span[]): ShapeContext {
  const found = names.filter((s) => s.type === 'NAME')
  return {
    mixedCase: hasLowerCase(text) && hasUpperCase(text),
    nameEnds: new Set(found.map((s) => s.end)),
    nameStarts: new Set(found.map((s) => s.start)),
  }
}

// Every test below reads the last or first few words around the candidate: a window keeps each test bounded, and a
// sentinel letter stands for the text the window cuts off, so "^" and "$" still mean the text's start and end.
const WINDOW = 64

export function nameShaped(
  text: string,
  words: Word[],
  i: number,
  strong: ReadonlySet<number>,
  shape: ShapeContext,
  functionLike = false,
): boolean {
  const w = words[i]!
  const from = Math.max(0, w.start - WINDOW)
  const before = (from > 0 ? 'x' : '') + text.slice(from, w.start)
  const until = Math.min(text.length, w.end + WINDOW)
  const rest = text.slice(w.end, until) + (until < text.length ? 'x' : '')
  const capitalised = /^\p{Lu}\p{Ll}/u.test(w.raw)
  const mixedCase = shape.mixedCase
  // "Gng. Ng", "M. Li", "Dr. May": a title written short with a full stop names whoever follows; its stop ends no
  // sentence.
  const titled = abbreviatedTitleBefore(before)
  if (titled && (capitalised || /^\p{Lu}+$/u.test(w.raw))) return true
  const sentenceStart = !titled && /(?:^|[.!?:;\n]\s*)$/u.test(before) && !/[-–—~]\s*$/.test(before)
  if (capitalised && mixedCase && !sentenceStart) return true
  if (!functionLike && strong.has(i - 1) && adjacent(text, words[i - 1]!, w)) return true
  if (!functionLike && strong.has(i + 1) && adjacent(text, w, words[i + 1]!)) return true
  const nextTo = (a: number, b: number): boolean => shape.nameEnds.has(a) || shape.nameStarts.has(b)
  const gapBefore = before.match(/[ \t]{1,2}$/)?.[0].length ?? -1
  const gapAfter = rest.match(/^[ \t]{1,2}/)?.[0].length ?? -1
  if (!functionLike && gapBefore > 0 && nextTo(w.start - gapBefore, -1)) return true
  if (!functionLike && gapAfter > 0 && nextTo(-1, w.end + gapAfter)) return true
  if (GREETING_BEFORE.test(before) || DASH_BEFORE.test(before) || PERSON_MARKER_BEFORE.test(before)) return true
  // After a relation word and "de" / "of" ("la mamá de vale", "the mother of will"): whose relative, a person. Right
  // after the relation word itself a verb may stand ("my husband will pick it up").
  if (relationOfBefore(before.toLowerCase())) return true
  // The whole last sentence or clause of the message: a sign-off ("ok. Ty", "book it please. RTW", "thanks so much,
  // KM", "👍 AV").
  if (/(?:[.!?,]|\p{Extended_Pictographic}\uFE0F?)\s*$/u.test(before) && /^\s*[.!]?\s*$/u.test(rest)) return true
  // Opening the message before a comma ("Will, can you call me") or introducing it ("will here").
  if (/^\s*$/.test(before) && (/^\s*,/.test(rest) || HERE_AFTER.test(rest))) return true
  // A known name as the subject of a sentence ("grace is still coughing", "hope has a fever"), or after the article
  // Spanish and Portuguese put before a name ("la vale ya está mejor", "o zé tá melhor").
  // Or of a clause joined by "and" ("… y vale tiene asma leve", "and grace is better").
  if ((sentenceStart || CONJUNCTION_BEFORE.test(before)) && SUBJECT_AFTER.test(rest)) return true
  if (ARTICLE_BEFORE.test(before) && (SUBJECT_AFTER.test(rest) || ALREADY_AFTER.test(rest))) return true
  // A modal followed by a finite verb is no modal: the subject ("the therapist just left will is resting", "now will
  // asked who was at the door").
  if (
    MODALS.has(w.folded) &&
    ((FINITE_AFTER.test(rest) && !PRONOUN_BEFORE.test(before)) ||
      (ADVERB_FINITE_AFTER.test(rest) && CLAUSE_OPENING_BEFORE.test(before)) ||
      OBJECT_VERB_BEFORE.test(before) ||
      (w.folded === 'will' && PREPOSITION_BEFORE.test(before)))
  )
    return true
  // Introducing a clause ("hi again, will here") or paired with a pronoun ("will and i", "me and will").
  if (/(?:^|[,.!?;:]\s*)$/u.test(before) && HERE_AFTER.test(rest)) return true
  if (/^\s+(?:and|&|y)\s+(?:i|me|yo)\b/iu.test(rest) || /\b(?:me|i|yo)\s+(?:and|&|y)\s+$/iu.test(before)) return true
  return false
}
