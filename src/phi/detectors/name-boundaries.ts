/**
 * Where a name after a cue ends: the closed-class English words, and any word the tables know as a word, a month, a
 * weekday, a number, a clinical term or a verb form of their endings. Shared by the cue readers of multilingual.ts and
 * the article and particle readers of held-names.ts.
 */
import { languages } from '../languages'
import { wordEndingLanguages } from '../languages/words'
import { isClinicalTerm, isSlang } from '../lexicon'
import { classify } from '../lexicon/word-class'
import { boundedMemo } from '../memo'
import { DIGITS } from './multilingual-dates'

/** The most words a name after a cue takes. */
export const MAX_NAME_WORDS = 4

// Closed-class English words and auxiliaries that end a name after a cue ("this is grace young calling").
// biome-ignore format: packed list
export const ENGLISH_BOUNDARY = new Set([
  'and', 'or', 'but', 'from', 'calling', 'here', 'speaking', 'again', 'at', 'in', 'on', 'for', 'to', 'with', 'about', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'do',
  'i', 'im', "i'm", 'he', 'she', 'we', 'they', 'you', 'it', 'my', 'your', 'his', 'her', 'our', 'their', 'the', 'a', 'an',
  'this', 'that', 'who', 'which', 'please', 'pls', 'plz', 'thanks', 'thank', 'regarding', 're', 'so', 'just', 'not', 'if',
  'when', 'because', 'yes', 'no', 'ok', 'okay', 'hi', 'hey', 'hello', 'um', 'uh', 'also', 'too', 'there', 'then', 'now',
  'today', 'tomorrow', 'yesterday', 'tonight', 'needs', 'need', 'wants', 'want', 'got', 'get', 'says', 'said', 'called',
])

const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC_START = /^\p{Script=Arabic}/u

// A pure test of the word over fixed tables, asked of every word after a cue: remembered per word (bounded).
/** Whether `w` ends a name after a cue. */
export const isNameBoundary = boundedMemo(isBoundaryWord, 4096)

function isBoundaryWord(w: string): boolean {
  if (ENGLISH_BOUNDARY.has(w) || DIGITS.test(w)) return true
  const lang = languages()
  if (lang.words.has(w) || lang.months.has(w) || lang.weekdays.has(w) || lang.numbers.has(w)) return true
  if (isClinicalTerm(w) || isSlang(w)) return true
  if (/ing$/.test(w) && classify(w).common) return true
  // "сын Саша кашляет", "الدكتور كتبلها دوا": a verb form of the tables' endings, which no name has, ends the name.
  if ((CYRILLIC.test(w) || ARABIC_START.test(w)) && wordEndingLanguages(w).length > 0) return true
  // "نور الدين وإن شاء الله": a word of the tables after the conjunction و, written joined to it, ends it too.
  return w.length > 2 && w.startsWith('و') && lang.words.has(w.slice(1))
}
