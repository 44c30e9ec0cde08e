/**
 * Arabic names without capitals to mark them: a relative's name right after a relation word, a family name with the
 * article after a given name, a father's name between the two. Each reads whether a word is one no list knows.
 */
import { languages } from '../languages'
import { isClinicalTerm, isForeignWord } from '../lexicon'
import type { Word } from '../spoken'

const ARABIC_WORD = /^\p{Script=Arabic}{2,}$/u
// A noun with a possessive ending ("ضغطها", her pressure) or a verb of the spoken present ("بتاخد", she takes): no name.
const ARABIC_INFLECTED = /(?:ها|هم|هن|كم|كن)$|^(?:بت|بي|بن|با|عم)\p{Script=Arabic}{2,}/u

/**
 * "أمي وردة", "بخصوص أبوي جاسم": right after a relation word of Arabic, a word no table, frequency list or clinical
 * list knows is the relative's name, whatever it also means (nothing is capitalised to say so). A word of the lists
 * ("أمي تعبانة", "أمي عندها"), one with the article (an adjective) or a number stays.
 */
export function relativeNamedInArabic(afterRelation: boolean, word: string): boolean {
  if (!afterRelation || !ARABIC_WORD.test(word) || word.startsWith('ال') || ARABIC_INFLECTED.test(word)) return false
  const lang = languages()
  // "أمي وأبوي", "ابني ومرتي": "and" written onto the next relative or word.
  const rest = word.startsWith('و') ? word.slice(1) : ''
  if (rest && (lang.relationCues.phrases.has(rest) || lang.words.has(rest))) return false
  return unlistedWord(word)
}

/** A word no table, number list, frequency list or clinical list knows. */
function unlistedWord(word: string): boolean {
  const lang = languages()
  return !lang.words.has(word) && !lang.numbers.has(word) && !isForeignWord(word) && !isClinicalTerm(word)
}

/**
 * "بنتي آمنة الطيب": after a given name of the tables, a word with the article that no table, frequency list or clinical list knows is the
 * family name ("الطيب", "الزين"); "آمنة المريضة" (the sick one) stays.
 */
export function arabicFamilyName(word: string): boolean {
  return ARABIC_WORD.test(word) && word.startsWith('ال') && word.length >= 4 && unlistedWord(word)
}

/**
 * "محمد عبده الحميري": a father's name between a given name and the family name, an Arabic word no list knows right
 * before a family name with the article; not one that opens on "and" ("وغيرت الضماد", and she changed the dressing).
 */
export function arabicFathersName(list: readonly Word[], k: number): boolean {
  const word = list[k]!.w
  const after = list[k + 1]?.w
  return (
    ARABIC_WORD.test(word) &&
    !/^(?:ال|و)/u.test(word) &&
    unlistedWord(word) &&
    after !== undefined &&
    arabicFamilyName(after)
  )
}
