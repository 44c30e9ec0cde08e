/**
 * What closes a name: the word after a surname-like word that ends the name there (a pause, the caller's next clause,
 * "who", "date of birth"), and the words that never close one (verb forms, sentence adverbs). Read by the name
 * extents in multiword.ts.
 */
import { CALENDAR_NAMES, CUES } from '../../lexicon/name-cues'
import { languages } from '../../languages'
import { isEnglishWord, isSpanishWord } from '../../lexicon/index'
import { type Ctx, SPACE_ONLY, gap, isAux, isFunctionWord } from './tokens'

/** Words a person says right after their name; what follows a name word and closes it. */
// biome-ignore format: packed list
const AFTER_NAME = new Set([
  'from', 'calling', 'here', 'speaking', 'regarding', 're', 'is', 'was', 'has', 'had', 'um', 'uh', 'er', 'hmm', 'mm',
  'llamando', 'dob', 'born', 'birthday', "she's", "he's", 'shes', 'hes', 'she', 'he', "i'm", 'im', 'again',
  // "this is monica rank with the county", "for my son dale fish date of birth …".
  'with', 'date',
  // "a client april dawn fields who is pregnant": what is said of the person next.
  'who', 'whose',
  // What a Spanish caller says next: "habla eduardo sic de morton", "soy …", "y quería …", "eh mi número …".
  'soy', 'de', 'desde', 'y', 'eh', 'este', 'para', 'quería', 'queria', 'quiero', 'tengo', 'mi', 'porque', 'pues',
])
/** Verb forms the surname lists hold ("grandpa ignatius fell again", "my son kevin left early"). */
// biome-ignore format: packed list
export const VERB_FORMS: ReadonlySet<string> = new Set([
  'fell', 'left', 'hurt', 'cut', 'hit', 'ran', 'woke', 'broke', 'threw', 'fainted', 'passed', 'died', 'slept', 'stood',
  'sat', 'got', 'went', 'came', 'felt', 'kept', 'lost', 'spent', 'took', 'gave', 'told', 'seems', 'looks', 'feels',
  'gets', 'goes', 'does', 'did', 'fights', 'coughs', 'cries', 'rests', 'swallows', 'wakes', 'walks', 'works', 'lives',
])

/**
 * The word at k (a name token, even an everyday word: "crisp", "washington") closes a name: nothing after it or a
 * pause, a filler or a word that opens what the speaker says next.
 */
export function isClosingSurname(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!
  const c = t.cls
  // A short family name of the tables that no English text uses ("sunny le calling", "mai anh vo here"); in Spanish
  // text "le" is a pronoun.
  const tableFamilyName = !ctx.spanish && languages().familyNames.has(t.lower) && !isEnglishWord(t.lower)
  if (!(c.surname || c.first || tableFamilyName) || c.clinical || t.glued) return false
  if (t.lower.length < 3 && !tableFamilyName) return false
  // "ms. addie best she's": a function word the surname lists hold ("best") closes a name like any surname.
  const functionWord = isFunctionWord(t.lower) && !c.wordSurname
  const clauseEnd = /^[ \t]*(?:[,.!?;:)\]\n\-–—~]|$)/.test(ctx.text.slice(t.end, t.end + 3))
  // "this is odessa may": a modal or a month the surname lists hold ends a message as no verb or date does.
  const surnameAtEnd = clauseEnd && c.wordSurname && (isAux(ctx, t.lower) || CALENDAR_NAMES.has(t.lower))
  if (
    !surnameAtEnd &&
    (isAux(ctx, t.lower) || functionWord || CALENDAR_NAMES.has(t.lower) || SENTENCE_ADVERBS.has(t.lower))
  )
    return false
  if (VERB_FORMS.has(t.lower)) return false
  // "mi nombre es juan pérez soy de …": in a Spanish text a Spanish word ("soy") is the sentence's, not a surname.
  if (ctx.spanish && (c.spanish || c.spanishVerb || isSpanishWord(t.lower))) return false
  if (clauseEnd) return true
  const next = ctx.toks[k + 1]
  if (next === undefined || !SPACE_ONLY.test(gap(ctx, k + 1)) || !AFTER_NAME.has(next.lower)) return false
  const after = ctx.toks[k + 2]?.lower ?? ''
  // "… rank with the county": an organisation after "with", not a person ("[name] stay with me"), and no role or
  // relation before it ("this is [name] driver with …"); "date" only of "date of birth" ("[name] birth date").
  if (next.lower === 'with') return !OBJECT_PRONOUNS.has(after) && !CUES.has(t.lower) && !STATES_WITH.has(t.lower)
  if (next.lower === 'date') return after === 'of'
  return true
}
// How someone is, said before "with" ("eli bad with asthma", "tom stable with the meds").
// biome-ignore format: packed list
const STATES_WITH = new Set([
  'bad', 'rough', 'stable', 'fussy', 'clear', 'weak', 'done', 'stuck', 'sick', 'ok', 'okay', 'better', 'worse', 'good',
  'fine', 'great', 'tired', 'busy', 'happy', 'sad', 'angry', 'upset', 'worried', 'scared', 'sore', 'swollen', 'full',
  'covered', 'struggling', 'home', 'up', 'down', 'off', 'out', 'in', 'sleeping', 'staying', 'living', 'left', 'gone',
])
const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them', 'it', 'that', 'this'])

/** Adverbs that follow a name as words of the sentence ("kevin still has a fever", "ana now lives here"). */
// biome-ignore format: packed list
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'still', 'now', 'also', 'just', 'only', 'even', 'never', 'always', 'already', 'again', 'too', 'here', 'there',
  'back', 'home', 'today', 'tonight', 'yesterday', 'tomorrow', 'well', 'better', 'worse', 'really', 'very', 'much',
  'more', 'less', 'soon', 'later', 'often', 'sometimes', 'usually', 'maybe', 'probably', 'finally', 'actually', 'first',
  'last', 'next', 'ok', 'okay', 'fine', 'good', 'sick', 'down', 'up', 'out', 'over', 'away', 'around', 'long', 'little',
  'right',
])
