/**
 * Arabic names without capitals to mark them: a relative's name right after a relation word, a family name with the
 * article after a given name, a father's name between the two. Each reads whether a word is one no list knows.
 */
import { languages } from '../languages'
import { isClinicalTerm, isForeignWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import type { Word } from '../spoken'
import { isArabicLetter } from './chars'
import { arabicRunAtEnd, arabicWordAtEnd, arabicWordAtStart } from './look-backs'
import type { Span } from './types'

const ARABIC_WORD = /^\p{Script=Arabic}{2,}$/u
// A noun with a possessive ending ("ضغطها", her pressure) or a verb of the spoken present ("بتاخد", she takes): no name.
const ARABIC_INFLECTED = /(?:ها|هم|هن|كم|كن)$|^(?:بت|بي|بن|با|عم)\p{Script=Arabic}{2,}/u

/**
 * "أمي وردة", "بخصوص أبوي جاسم": right after a relation word of Arabic, a word no table, frequency list or clinical
 * list knows is the relative's name, whatever it also means (nothing is capitalised to say so). A word of the lists
 * ("أمي تعبانة", "أمي عندها"), one with the article (an adjective) or a number stays.
 */
export function relativeNamedInArabic(
  afterRelation: boolean,
  word: string,
  textLanguages: ReadonlySet<string> = NO_LANGUAGES,
): boolean {
  if (!afterRelation || !ARABIC_WORD.test(word) || word.startsWith('ال') || ARABIC_INFLECTED.test(word)) return false
  const lang = languages()
  // "أمي وأبوي", "ابني ومرتي": "and" written onto the next relative or word.
  const rest = word.startsWith('و') ? word.slice(1) : ''
  if (rest && (lang.relationCues.phrases.has(rest) || lang.words.has(rest))) return false
  return unlistedWord(word) || wordOfOtherLanguagesOnly(word, textLanguages)
}

const NO_LANGUAGES: ReadonlySet<string> = new Set()

/**
 * A word only tables of languages the text is not written in list (Urdu "شکریہ", thanks, in a Dari text: the name
 * Shukria after "خانمم"), and no number, frequency-list or clinical word.
 */
function wordOfOtherLanguagesOnly(word: string, textLanguages: ReadonlySet<string>): boolean {
  // A short word ("بہت", very) is a function or degree word as often as a name: four letters at least.
  if (textLanguages.size === 0 || [...word].length < 4 || isFunctionWordOfAnyLanguage(word)) return false
  const lang = languages()
  const codes = lang.countedLanguagesOfWord.get(word)
  return (
    codes !== undefined &&
    codes.length > 0 &&
    !codes.some((code) => textLanguages.has(code)) &&
    !lang.numbers.has(word) &&
    !isForeignWord(word) &&
    !isClinicalTerm(word)
  )
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

const ARABIC_FAMILY_AFTER = /^[ \t]+(ال\p{Script=Arabic}{2,})(?![\p{L}\p{M}])/u
const isBlank = (c: number): boolean => c === 32 || c === 9

/**
 * The Arabic word before the trailing blanks of `before` that no letter or mark precedes
 * (/(?<![\p{L}\p{M}])(\p{Script=Arabic}{2,})[ \t]+$/u: [match, word]), read back from the end by hand: on Arabic
 * text the pattern's script classes cost more than the rest of the name's neighbours. Only the last word and the
 * blanks after it are read (the character before it kept for the look-behind).
 */
function arabicWordBefore(before: string): [string, string] | null {
  let k = before.length
  while (k > 0 && isBlank(before.charCodeAt(k - 1))) k--
  while (k > 0 && !isBlank(before.charCodeAt(k - 1))) k--
  return arabicWordAtEnd(k > 0 ? before.slice(k - 1) : before)
}

// "عوض الله", "نصر الله", "عطا الله": God's name after these name words is part of the name, as in "عبد الله"
// (after any other word it is a blessing: "أنا [سامي] الله يخليكم").
const GOD = 'الله'
// biome-ignore format: packed list
const GOD_NAMED = new Set([
  'عبد', 'عوض', 'نصر', 'فضل', 'عطا', 'جاد', 'خلف', 'ضيف', 'حسب', 'جار', 'فتح', 'رزق', 'سيف', 'حمد', 'أمر', 'امر',
  'عون', 'هبة', 'دفع', 'وهب',
])

/**
 * Arabic names grown from a found one: a family name with its article after it ("محمود العلي"), given names of the
 * tables chained after it as the father's and grandfather's names ("زينب حسن", "عوض الله محمد عثمان"), a given name
 * before it ("محمد [نور]"), and after a title an article word before the given name ("السيد الطيب محمد نور").
 */
export function arabicNeighbours(text: string, s: Span, before: string): Span[] {
  const out: Span[] = []
  const lang = languages()
  const article = ARABIC_FAMILY_AFTER.exec(text.slice(s.end, s.end + 30))
  // The bare word must be no everyday word either ("المعدة", the stomach), unless it ends in the -i of family names
  // ("العمري": عمري is also "my age").
  const bare = article ? article[1]!.slice(2) : ''
  if (article && !lang.words.has(article[1]!) && (!lang.words.has(bare) || bare.endsWith('ي')))
    out.push({ start: s.start, end: s.end + article[0].length, type: 'NAME', source: 'name:arabic-family' })
  const given = lang.givenNamesOf.get('ar')
  if (!given) return out
  // Given names of the tables chained after a given name (or a name with God's) are the father's and grandfather's
  // names, whatever else the words mean ("حسن" is also "good").
  let last = arabicRunAtEnd(text.slice(s.start, s.end)) ?? ''
  let end = s.end
  for (let k = 0; k < 3; k++) {
    const next = arabicWordAtStart(text.slice(end, end + 24))
    if (!next) break
    const w = next[1]!
    const joins = (w === GOD && GOD_NAMED.has(last)) || (given.has(w) && (given.has(last) || last === GOD))
    if (!joins) break
    end += next[0].length
    last = w
  }
  if (end > s.end) out.push({ start: s.start, end, type: 'NAME', source: 'name:arabic-father' })
  // "أحمد الجبوري", "محمد [نور]": a given name of the tables right before a found Arabic name is its own.
  const first = arabicWordBefore(before)
  // A cue that is also a given name ("باسم", in the name of) stays the cue. Before a name found without its article
  // the given name needs a title or relation before it ("بالسيد جميل [نور]", "حفيد زهرة [علي]"): "كم عمر [علي]" asks
  // an age, "سلام [علي]" greets.
  if (!first || !given.has(first[1]!) || !isArabicLetter(text.charCodeAt(s.start)) || isNameCue(first[1]!)) return out
  const rest = before.slice(0, before.length - first[0].length)
  // "السيد الطيب محمد": after a title, a word with the article before the given name opens the name.
  const opening = arabicWordBefore(rest)
  const titledOpening =
    opening !== null &&
    opening[1]!.startsWith('ال') &&
    !lang.words.has(opening[1]!) &&
    titleOrCueEnds(rest.slice(0, rest.length - opening[0].length))
  if (text.startsWith('ال', s.start) || titleOrCueEnds(rest) || titledOpening) {
    const start = s.start - first[0].length - (titledOpening ? opening![0].length : 0)
    out.push({ start, end: s.end, type: 'NAME', source: 'name:arabic-given' })
  }
  return out
}

/** A self or relation cue of some table ("باسم", "اسمي", "أمي"). */
function isNameCue(word: string): boolean {
  const lang = languages()
  return lang.selfCues.phrases.has(word) || lang.relationCues.phrases.has(word)
}

const PROCLITICS = /^(?:[وفبلك]{1,2}(?=ال)|[وف])/u

/** A title, relation or self cue of some table ends `before` (proclitics "و", "ب", "ل" set aside: "بالسيد"). */
function titleOrCueEnds(before: string): boolean {
  const m = arabicWordBefore(before)
  if (!m) return false
  const lang = languages()
  // "للمريض": ل before the article drops its alef (ل + المريض).
  const w0 = m[1]!
  for (const w of [w0, w0.replace(PROCLITICS, ''), w0.startsWith('لل') ? `ا${w0.slice(1)}` : w0])
    if (lang.titlesBefore.phrases.has(w) || isNameCue(w)) return true
  return false
}
