/**
 * Naming cues read outright in the tables' languages ("o meu nome é", "jina langu ni", "magacaygu waa", "tên tôi là"):
 * after one that ends on its copula, the first word is the name whatever it also means, unless it says something of
 * the name. Split from cued-names.ts, which reads every cue; English and Spanish introductions are names.ts's.
 */
import {
  dominantLanguagesOfWords,
  isWordOfLanguages,
  LANGUAGES,
  languages,
  mainLatinLanguagesOfWords,
  type PhraseNode,
  type PhraseSet,
} from '../languages'
import { isClinicalTerm, isEnglishWord, isSpanishWord } from '../lexicon'
import { boundedMemo } from '../memo'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import type { Word } from '../spoken'
import { DIGITS } from './multilingual-dates'
import { ENGLISH_BOUNDARY } from './name-boundaries'

// The naming cues that say nothing but a name ("my name is", "me llamo", "o meu nome é"), not "call me", "rele",
// "se llama", which call someone as often ("they call me directly", "mwen rele pou …").
const OUTRIGHT_NAMING_CUE =
  /name|nombre|\bnome?\b|\bnaa?m\b|llamo|appelle|зовут|имя|اسم|tên|이름|名字|jina|naitwa|magac|maqaa|ስሜ|ስመይ|नाम|نام|pangalan|ngalan|chamo/u
const isOutrightNamingCue = boundedMemo((cue: string) => OUTRIGHT_NAMING_CUE.test(cue), 4096)

// "my name is spelled …", "mi nombre está mal", "it's written", "me llamo así": a verb, not a name.
const VERB_FORM_AFTER_NAMING = /(?:ed|ing|ly|ado|ando|iendo)$|^(?:spelled|spelt|written|así|asi)$/u

// After "name" as a noun: what qualifies it ("o nome completo", "buong pangalan niya", "o nome dele"), and a
// conjunction ("họ tên và ngày sinh", name and date of birth).
// biome-ignore format: packed list
const NOT_A_NAME_AFTER_NAMING = new Set([
  'completo', 'completa', 'complet', 'complète', 'inteiro', 'legal', 'full', 'verdadero', 'verdadeiro', 'niya', 'nila',
  'ko', 'mo', 'ninyo', 'nyo', 'niyo', 'namin', 'natin', 'nya', 'dele', 'dela', 'deles', 'delas', 'sua', 'seu', 'su',
  'sus', 'và', 'and', 'y', 'e', 'et', 'ak', 'at', 'na', 'iyo', 'i', 'и', 'و',
])

// The copulas a naming cue ends on ("o meu nome é", "jina langu ni", "magacaygu waa", "tên tôi là", "اسمي هو").
// biome-ignore format: packed list
const NAMING_COPULAS = new Set(['é', 'e', 'ni', 'waa', 'là', 'ay', 'est', 'هو', 'هي', 'است', 'ko', 'o', 'ነው', 'እዩ'])

/** The languages a text is written in: its leading one, or the Latin-script ones it plainly leads with. */
function ownLanguagesOf(list: readonly Word[]): ReadonlySet<string> {
  const dominant = dominantLanguagesOfWords(list)
  return dominant.size > 0 ? dominant : mainLatinLanguagesOfWords(list)
}

/** Whether a longer phrase of `set` goes on from `cue` with `word` ("mi nombre" + "completo"). */
function continuesCue(set: PhraseSet, cue: string, word: string): boolean {
  let node: PhraseNode | undefined = set.forward
  for (const w of cue.split(' ')) node = node?.next.get(w)
  return node?.next.has(word) ?? false
}

let intros: ReadonlySet<string> | undefined

/** The self cues of the English and Spanish tables: names.ts reads those introductions with their idioms. */
export function englishOrSpanishIntro(cue: string): boolean {
  intros ??= new Set(
    LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) =>
      t.selfCues.map((c) => c.replace(/-/g, ' ')),
    ),
  )
  return intros.has(cue)
}

/**
 * Whether the word after the self cue `cue` (words cueStart to i - 1 of `list`, a phrase of `set`) is a name read
 * outright: a cue of two words or more that names outright and ends on its copula, not an English or Spanish one, and
 * a first word that is no function, number, clinical or verb word, no word qualifying "name", no relation or title, no
 * word of a longer cue, and no everyday word of the text's language or of the English and Spanish lexicons (a month's
 * or a weekday's name is read as a name).
 */
export function isNamedOutright(
  list: readonly Word[],
  i: number,
  cueStart: number,
  cue: string,
  set: PhraseSet,
): boolean {
  const lang = languages()
  const w = list[i]!.w
  // A cue of one word ("name", "nombre", "pangalan") is a form's label or a noun in a sentence ("in her name still"),
  // and one that does not end on its copula says something else ("o meu nome foi mudado", "jina langu sio").
  if (cueStart >= i - 1 || !NAMING_COPULAS.has(list[i - 1]!.w) || !isOutrightNamingCue(cue)) return false
  // English and Spanish introductions are names.ts's, which knows their idioms ("his name lol").
  if (englishOrSpanishIntro(cue) || /['’]/u.test(w) || NOT_A_NAME_AFTER_NAMING.has(w) || ENGLISH_BOUNDARY.has(w))
    return false
  if (isFunctionWordOfAnyLanguage(w) || DIGITS.test(w) || lang.numbers.has(w) || isClinicalTerm(w)) return false
  if (VERB_FORM_AFTER_NAMING.test(w) || lang.relationCues.phrases.has(w) || lang.titlesBefore.phrases.has(w))
    return false
  // "meu nome é …", "mi nombre completo es …": a word of a longer cue is read with that cue.
  if (continuesCue(set, cue, w)) return false
  // An everyday word of the text's own language, or of the English and Spanish lexicons, says something of the name
  // ("meu nome é muito comprido", "é difícil"); a month's or weekday's name, or a word of another language only, is
  // the name.
  if (lang.weekdays.has(w) || lang.months.has(w)) return true
  return !isWordOfLanguages(w, ownLanguagesOf(list)) && !isSpanishWord(w) && !isEnglishWord(w)
}
