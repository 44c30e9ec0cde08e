/**
 * Names after a person cue, a title, a relation word or an honorific in every spaced script, driven by the language
 * tables (je m'appelle Marie Dupont, 박영희 씨, chị Lan, доктор Иванова): the name runs to the next boundary.
 */
import {
  copulaLength,
  dominantLanguagesOfWords,
  fold,
  fieldCueLength,
  LANGUAGES,
  languages,
  latinLanguagesOfWords,
  mainLatinLanguagesOfWords,
  type PhraseSet,
} from '../languages'
import { isClinicalTerm, isEnglishWord, isFirstName, isSpanishWord } from '../lexicon'
import { classify } from '../lexicon/word-class'
import { boundedMemo } from '../memo'
import type { Word } from '../spoken'
import { hasLowerCase, hasUpperCase } from './chars'
import { phraseEndingAt, spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import { GUESSED_NAME, type Span } from './types'
import { isDeclinedFormOf, wordEndingLanguages } from '../languages/words'
import { HAN } from './compact-dates'
import { DIGITS } from './multilingual-dates'
import { ROLE_DETERMINERS, isRoleVerb } from './names/caller-phrases'
import { arabicFamilyName, arabicFathersName, relativeNamedInArabic } from './arabic-names'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isChatRoleLabel } from './chat-roles'
import { VIETNAMESE_LETTER, isSecondGivenName, vietnameseNamePart } from './vietnamese-names'
import { ENGLISH_BOUNDARY, MAX_NAME_WORDS, isNameBoundary } from './name-boundaries'
import { englishOrSpanishIntro, isNamedOutright } from './naming-cues'

const CYRILLIC = /\p{Script=Cyrillic}/u
const CALLER_WORDS: ReadonlySet<string> = new Set(['calling', 'speaking', 'here', 'again'])

/**
 * /^[ \t]{0,2}(?:[:,-][ \t]{0,2})?$/ on a non-empty text.slice(from, to), read in place: what may stand between a
 * cue and the name after it (asked after every cue of the text).
 */
function isCueGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  let k = from
  while (k < to && k - from < 2 && isBlank(text.charCodeAt(k))) k++
  const c = text.charCodeAt(k)
  if (k < to && (c === 58 || c === 44 || c === 45)) {
    const mark = ++k
    while (k < to && k - mark < 2 && isBlank(text.charCodeAt(k))) k++
  }
  return k === to
}

/** A full stop and one or two spaces: what follows a title written short ("BS. Hoàng"). */
function isStopGap(text: string, from: number, to: number): boolean {
  return text.charCodeAt(from) === 46 && to - from >= 2 && to - from <= 3 && isBlank(text.charCodeAt(to - 1))
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}

/** Whether the word can open a name after a weak cue ("this is", "c'est"): not an everyday word, or written capitalised. */
function nameLike(w: Word, text: string, cased: boolean): boolean {
  const lang = languages()
  const c = classify(w.w)
  // A folded Vietnamese or Chinese-romanised name ("son", "my", "an") that is an everyday word is not evidence.
  // Written with its marks ("lê", not "le"), a table name is one unless the table lists that very form as a word.
  if (lang.givenNames.has(w.w) || lang.familyNames.has(w.w)) {
    if (!c.common || (w.w !== fold(w.w) && !lang.words.has(w.w))) return true
  }
  if (c.first || c.strong || c.oov) return true
  // The Arabic frequency list is made from film subtitles and holds the films' Western names ("مايكل", "جيمس",
  // "ريبيكا"): after a cue an Arabic-script word counts as a word only when a table lists it or it carries the
  // article, a verb's prefix or an ending of the tables.
  if (unlistedArabicWord(w.w)) return true
  return cased && /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !c.proper
}

// Cues that name someone outright ("my name is", "me llamo", "je m'appelle", "меня зовут", "tên tôi là", "이름은"):
// the name runs to the next boundary whatever its words are. Every other cue ("this is", "my son", "chị") needs a
// word that looks like a name first ("this is about my refill" has none).
const NAMING_CUE =
  /name|nombre|llamo|llama|appelle|\bnom\b|rele|зовут|имя|اسم|tên|이름|名字|叫|you can call me|calls (?:me|him|her)|(?:they|we|everyone|everybody|people) call (?:me|him|her)|go(?:es)? by|known as|chamo|chama|pangalan|ngalan/u

// A pure test of the cue's words, asked after every cue of the text: remembered per cue (bounded).
const isNamingCue = boundedMemo((cue: string) => NAMING_CUE.test(cue), 4096)

const ARABIC_START = /^\p{Script=Arabic}/u
const UNCASED_WORD = /^(?:\p{Script=Arabic}{2,}|\p{Script=Cyrillic}{3,})$/u

// How Russian adverbs and verbs end ("срочно", "домой", "пешком", "дважды", "перезвоню", "вызвали"): after an
// oblique title such a word at the end is no name. A dative in -у may be one ("доктору уилсону").
const ADVERB_OR_CASE_ENDING = /(?:[оеыию]|ой|ом|ем|ть|ся)$/u

// A Russian title in a case other than the nominative ("к доктору", "у врача"): no predicate follows it, a name may.
const OBLIQUE_TITLE = /^(?:доктор(?:у|а|ом|е)|врач(?:у|а|ом|е)|медсестр(?:е|ы|ой|у))$/u

/**
 * What a person does next (a verb of the tables), or the sentence's end in Arabic or after a Russian title not in the
 * nominative, after a word without the article.
 */
function personOrEndAfter(list: readonly Word[], i: number, text: string, obliqueTitle: boolean): boolean {
  const next = list[i + 1]
  const gapAfter = text.slice(list[i]!.end, next?.start ?? text.length)
  // "الطبيب النفسي؟", "الطبيب النفسي قال": an adjective with the article after a title is the title's.
  if (list[i]!.w.startsWith('ال')) return false
  const end = next === undefined ? /^[ \t]*(?:[.!?؟،,;:\n]|$)/u.test(gapAfter) : /[.!?؟،,;:\n]/u.test(gapAfter)
  // Russian puts the predicate there too ("доктор уехал.", "медсестра вежливая."): only Arabic reads the end so.
  if (end && (ARABIC_START.test(list[i]!.w) || (obliqueTitle && !ADVERB_OR_CASE_ENDING.test(list[i]!.w)))) return true
  return next !== undefined && /^[ \t]+$/.test(gapAfter) && languages().personVerbs.phrases.has(next.w)
}

// The article, alone or after a preposition ("بالفيديو", "للعيادة"), and the present-tense prefixes بي and بت of spoken
// Arabic on a verb of five letters or more ("بيحكي", "بتشوف"): no name the tables lack starts so ("بيتر", Peter, has
// four; منصور is left alone).
const ARABIC_NOT_NAME_START = /^(?:ال|بال|لل|وال|فال|كال|(?:بي|بت)\p{Script=Arabic}{3,})/u
// What a writer says after a cue in a shape no Western name has: a feminine adjective or participle in ة ("قلقة",
// "متعبة"; the tables list the given names that end so), the participles in مت / مست ("متوتر", "مستعجل"), and the
// Persian plural or the Arabic "her" in ها ("شوهرم شبها", "ابني عندها").
const ARABIC_STATE_SHAPE = /(?:ة$|ها$|^مت|^مست)/u
// Adverbs a cue is followed by as often as a name ("أنا حاليا بالشغل").
// biome-ignore format: packed list
const ARABIC_ADVERBS: ReadonlySet<string> = new Set([
  'حاليا', 'حالياً', 'شخصيا', 'شخصياً', 'غالبا', 'غالباً', 'تقريبا', 'تقريباً', 'فعلا', 'فعلاً', 'طبعا', 'طبعاً', 'أيضا',
  'ايضا', 'أيضاً', 'جدا', 'جداً', 'دائما', 'دايما', 'دائماً', 'أحيانا', 'احيانا', 'يوميا', 'فورا', 'سابقا', 'لاحقا',
  'مؤخرا', 'تماما', 'حقيقة', 'بصراحة', 'الآن', 'هلق', 'هسه', 'توا',
])

/**
 * An Arabic-script word no table lists, alone or after the conjunction و ("وهي", "وأمه"), without the article, a
 * verb's prefix or an ending of the tables.
 */
export function unlistedArabicWord(word: string): boolean {
  const lang = languages()
  if (lang.givenNames.has(word)) return ARABIC_START.test(word)
  return (
    ARABIC_START.test(word) &&
    !ARABIC_NOT_NAME_START.test(word) &&
    !ARABIC_STATE_SHAPE.test(word) &&
    !ARABIC_ADVERBS.has(word) &&
    !lang.words.has(word) &&
    !(word.startsWith('و') && (lang.words.has(word.slice(1)) || lang.relationCues.phrases.has(word.slice(1)))) &&
    wordEndingLanguages(word).length === 0
  )
}

/** An Arabic word no table holds, without the article, after an Arabic title: the name the title is of. */
function unknownAfterArabicTitle(cue: string, word: string): boolean {
  const lang = languages()
  return (
    ARABIC_START.test(cue) &&
    ARABIC_START.test(word) &&
    !ARABIC_NOT_NAME_START.test(word) &&
    !lang.plainWords.has(word) &&
    !lang.relationCues.phrases.has(word) &&
    !lang.titlesBefore.phrases.has(word)
  )
}

let cuesAsWritten:
  | { written: ReadonlySet<string>; foldedLanguages: ReadonlyMap<string, ReadonlySet<string>> }
  | undefined

/** Whether `cue` is written as a table writes it, or, matched only without its marks, the text reads as its language. */
function ownCueInText(cue: string, textLanguages: ReadonlySet<string>): boolean {
  if (!cuesAsWritten) {
    const written = new Set<string>()
    const foldedLanguages = new Map<string, Set<string>>()
    for (const t of LANGUAGES)
      for (const phrase of [...t.selfCues, ...t.relationCues, ...t.titlesBefore]) {
        const lower = phrase.toLowerCase()
        written.add(lower)
        const folded = fold(lower)
        if (folded === lower) continue
        const codes = foldedLanguages.get(folded) ?? new Set<string>()
        foldedLanguages.set(folded, codes.add(t.code))
      }
    cuesAsWritten = { written, foldedLanguages }
  }
  if (cuesAsWritten.written.has(cue)) return true
  const codes = cuesAsWritten.foldedLanguages.get(cue)
  return codes === undefined || [...codes].some((code) => textLanguages.has(code))
}

/** Whether a birth, address or phone cue of the tables ("sinh năm", "ngày sinh", "địa chỉ") starts at word i. */
function opensFieldCue(wordAt: (k: number) => string | undefined, i: number): boolean {
  // "nam sinh năm 1950": when a cue also starts at the next word ("sinh năm"), this word is before it (Nam).
  return fieldCueLength(wordAt, i) > 0 && fieldCueLength(wordAt, i + 1) === 0
}

// The words a self cue, relation word or title ends on (one set for the three), for the compiled tables read.
let cueLastWords: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/** The last words of the three cue sets `cuedNames` reads: a word after none of them follows no cue. */
function cueEnds(lang: ReturnType<typeof languages>): ReadonlySet<string> {
  if (cueLastWords?.lang !== lang) {
    const words = new Set<string>()
    for (const set of [lang.selfCues, lang.relationCues, lang.titlesBefore])
      for (const w of set.backward.next.keys()) words.add(w)
    cueLastWords = { lang, words }
  }
  return cueLastWords.words
}

/** Names after a self cue, a relation word or a title, in every spaced script: runs to the next boundary. */
export function cuedNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  const ends = cueEnds(lang)
  // Every name here follows a cue of the three sets: a text without a word that ends one is not read word by word.
  if (!holdsAnyWord(list, ends)) return
  const cased = hasUpperCase(text) && hasLowerCase(text)
  const cueSets: Array<[PhraseSet, boolean]> = [
    [lang.selfCues, true],
    [lang.relationCues, false],
    [lang.titlesBefore, false],
  ]
  let textLanguages: ReadonlySet<string> | undefined
  let mainLanguages: ReadonlySet<string> | undefined
  // One reader of the words for every cue (a function made per cue cost as much as the cue's other tests).
  const wordAt = (k: number): string | undefined => list[k]?.w
  for (let i = 1; i < list.length; i++) {
    // No cue of any set ends on the word before (phraseEndingAt's first test, asked once for the three sets).
    if (!ends.has(list[i - 1]!.w)) continue
    const first = list[i]!
    for (const [set, self] of cueSets) {
      const cueStart = phraseEndingAt(list, i - 1, text, set)
      if (cueStart < 0) continue
      // A Han word takes no cue here (hanNames reads those); asked only after a cue, as most words follow none.
      // Nor does a chat role opening the next turn ("… para mi hijo Agente: Claro").
      if (HAN.test(first.w) || isChatRoleLabel(text, first.end, first.w)) break
      // "em sinh năm 1950", "bà ngày sinh": a word that opens a birth, address or phone cue is that cue, not a name.
      if (opensFieldCue(wordAt, i)) break
      // "BS. Hoàng", "د. كريم": a title written short keeps its full stop before the name, in a text of another
      // language (English notes end sentences on "NP." and "pt.").
      textLanguages ??= latinLanguagesOfWords(list)
      const shortTitle =
        set === lang.titlesBefore &&
        cueStart === i - 1 &&
        list[i - 1]!.w.length <= 3 &&
        (textLanguages.size > 0 || !/\p{Script=Latin}/u.test(list[i - 1]!.w))
      if (
        !isCueGap(text, list[i - 1]!.end, first.start) &&
        !(shortTitle && isStopGap(text, list[i - 1]!.end, first.start))
      )
        continue
      let cue = list[cueStart]!.w
      for (let k = cueStart + 1; k < i; k++) cue += ` ${list[k]!.w}`
      // A cue matched only without its marks ("con la" of Vietnamese "con là") counts in a text of its language only:
      // "con la mayoría" is Spanish.
      mainLanguages ??= mainLatinLanguagesOfWords(list)
      if (!ownCueInText(cue, mainLanguages)) continue
      const naming = self && isNamingCue(cue)
      // "everybody calls her mother ruby": a title or kinship word may open a name given outright.
      const titled = naming && lang.titlesBefore.phrases.has(first.w)
      // A title only ever written before a name ("aling", "doña", "mrs") is followed by one, whatever the word means.
      const strong =
        set === lang.titlesBefore &&
        lang.titlesOnlyBeforeNames.has(cue) &&
        !ENGLISH_BOUNDARY.has(first.w) &&
        !DIGITS.test(first.w)
      // After a naming cue a family name of the tables opens the name even when it is also a word ("이름은 정 기철").
      // Latin-script family names that are function words ("la", "do") are left to the name passes.
      const family =
        naming &&
        lang.familyNames.has(first.w) &&
        !/\p{Script=Latin}/u.test(first.w) &&
        i + 1 < list.length &&
        !isNameBoundary(list[i + 1]!.w) &&
        /^\p{Script=Hangul}{1,2}$/u.test(list[i + 1]!.w)
      // After a title of the text's own language, a given name of that language is one whatever else it means
      // ("cô loan", "chị lan": Vietnamese given names are everyday words).
      textLanguages ??= latinLanguagesOfWords(list)
      // Also after an introduction of another language ("em là thu", "chị là mai"), as it is written: not a number
      // ("số tôi là hai sáu…"), a kinship word or title ("это жена нина") or a declined form ("я верю"). English and
      // Spanish introductions are read by names.ts with their idioms ("it's sunny").
      const ownGiven =
        set === lang.selfCues
          ? !englishOrSpanishIntro(cue) &&
            !lang.numbers.has(first.w) &&
            !lang.relationCues.phrases.has(first.w) &&
            !lang.titlesBefore.phrases.has(first.w) &&
            givenNameAfterOwnCue(cue, first.w, textLanguages, false)
          : givenNameAfterOwnCue(cue, first.w, textLanguages)
      // After a relation word a known first name is one even when it is also a word ("my mother blessing", "notre
      // fils junior").
      // Not a word of the text's own language ("chồng tôi là", "ma mère elle", "mi hija está"); an English text is
      // read by names.ts ("my son saw eh doh").
      textLanguages ??= latinLanguagesOfWords(list)
      const relationFirst =
        set === lang.relationCues &&
        textLanguages.size > 0 &&
        isFirstName(first.w) &&
        !ENGLISH_BOUNDARY.has(first.w) &&
        !isFunctionWordOfAnyLanguage(first.w) &&
        !(lang.languagesOfWord.get(first.w) ?? []).some((code) => textLanguages!.has(code))
      // "شكرا يا سارة": after a vocative only a given name of the tables is a name ("يا رب", "يا ريت" stay).
      if (lang.vocatives.has(cue) && !ownGiven) continue
      // After a title, a surname of the name lists that only a language the text is not written in uses as a word
      // ("avec le docteur tran": Vietnamese "tràn").
      // So is a surname of the lists that is an English word, after a title English does not use, in a text of the
      // title's language ("la docteure pike").
      const firstClass = classify(first.w)
      const titledSurname =
        set === lang.titlesBefore &&
        cue.length >= 3 &&
        !isFunctionWordOfAnyLanguage(cue) &&
        (firstClass.strong ||
          (firstClass.surname &&
            !firstClass.basic &&
            !firstClass.clinical &&
            ENGLISH_LETTERS.test(first.w) &&
            isEnglishWord(first.w) &&
            foreignTitle(cue, mainLanguages!))) &&
        !ENGLISH_BOUNDARY.has(first.w) &&
        !isFunctionWordOfAnyLanguage(first.w) &&
        !(lang.languagesOfWord.get(first.w) ?? []).some((code) => mainLanguages!.has(code))
      // "خانمم شکریه": after an Arabic-script relation word, a word no list of the text's own languages holds.
      const arabicRelative =
        set === lang.relationCues &&
        relativeNamedInArabic(
          true,
          first.w,
          /^\p{Script=Arabic}/u.test(first.w) ? dominantLanguagesOfWords(list) : undefined,
        )
      // After a naming cue of a table's language that ends on its copula, the first word is the name whatever else it
      // means, unless it says something of the name (naming-cues.ts).
      const namedOutright = self && isNamedOutright(list, i, cueStart, cue, set)
      if (
        isNameBoundary(first.w) &&
        !namedOutright &&
        !titled &&
        !strong &&
        !family &&
        !ownGiven &&
        !relationFirst &&
        !titledSurname &&
        !arabicRelative
      )
        continue
      // "the chaplain rose early", "the pastor came": a title after an article is a role, and its verb no name.
      if (set === lang.titlesBefore && isRoleVerb(first.w) && ROLE_DETERMINERS.has(list[cueStart - 1]?.w ?? ''))
        continue
      // "vợ của anh ấy": a kinship word before ấy is "he" or "she", no name.
      if (list[i + 1]?.w === 'ấy' && spacedGap(text, first, list[i + 1]!)) continue
      // "الدكتور سميث يقول", "доктор браун сказал": after a title, an Arabic or lower-case Cyrillic word that no table
      // knows is the name when what a person does or the sentence's end follows (nothing is capitalised to say so;
      // "الدكتور مشغول اليوم" stays: the table knows "مشغول"). An Arabic word needs neither: what the tables do not
      // know after an Arabic title is the name ("مع الدكتور جونسون يوم الخميس"; the Arabic frequency list, made from
      // film subtitles, holds English surnames), unless it carries the article (an adjective of the title's); a given
      // name of the tables is read below, with the names after it.
      if (
        set === lang.titlesBefore &&
        UNCASED_WORD.test(first.w) &&
        first.w === text.slice(first.start, first.end) &&
        !lang.words.has(first.w) &&
        wordEndingLanguages(first.w).length === 0 &&
        !lang.vocatives.has(cue) &&
        (personOrEndAfter(list, i, text, OBLIQUE_TITLE.test(cue)) ||
          (!ownGiven && unknownAfterArabicTitle(cue, first.w)))
      ) {
        out.push({ start: first.start, end: first.end, type: 'NAME', source: 'names:cue' })
        break
      }
      if (strong) {
        out.push({ start: first.start, end: first.end, type: 'NAME', source: 'names:cue' })
        break
      }
      if (
        !naming &&
        !namedOutright &&
        !nameLike(first, text, cased) &&
        !relationFirst &&
        !ownGiven &&
        !titledSurname &&
        !arabicRelative
      )
        continue
      // English and Spanish introductions ("it's sunny again") are read by names.ts, which knows their idioms.
      // Only a first name that is no English word passes: "it's dolores", not "it's sunny again".
      if (self && !naming && englishOrSpanishIntro(cue) && !(classify(first.w).first && !isEnglishWord(first.w)))
        continue
      // "con trai em là phạm gia bảo": after a family name written with its marks, the middle and given names of the
      // tables run on even when they are everyday words ("gia", "bảo").
      const markedFamily = lang.familyNames.has(first.w) && VIETNAMESE_LETTER.test(first.w)
      // One given name closes it ("đỗ minh tuấn đưa đi": not "đưa"), or two in a name of four words ("nguyễn thị hồng
      // nhung"), the second one written as no everyday word is.
      let givenTaken = false
      let secondGiven = false
      let foreignJoined = false
      let j = i
      while (j + 1 < list.length && j - i + 1 < MAX_NAME_WORDS && spacedGap(text, list[j]!, list[j + 1]!)) {
        const next = list[j + 1]!
        if (markedFamily) {
          if (givenTaken) {
            if (secondGiven || j - i + 1 > 3 || !isSecondGivenName(next.w)) break
            secondGiven = true
            j++
            continue
          }
          const part = vietnameseNamePart(next.w, j > i && lang.nameParticles.has(list[j]!.w))
          if (part !== undefined) {
            givenTaken = part === 'given'
            j++
            continue
          }
        }
        if (isNameBoundary(next.w) || CALLER_WORDS.has(next.w) || HAN.test(next.w)) {
          // After a naming cue, a word that only a language the text is not written in uses ("mi nombre es ernesto cu
          // sic": Vietnamese "cu") is the name's, once, when the text's own language goes on after it.
          mainLanguages ??= mainLatinLanguagesOfWords(list)
          if (
            !naming ||
            foreignJoined ||
            !foreignOnlyWord(next.w, mainLanguages) ||
            !ownLanguageAfter(list, j + 2, text, mainLanguages)
          )
            break
          foreignJoined = true
          j++
          continue
        }
        // After other cues a later word must look like a name or a surname ("my son diego young", not "diego really").
        if (
          !naming &&
          !nameLike(next, text, cased) &&
          !lang.familyNames.has(next.w) &&
          !classify(next.w).wordSurname &&
          !(lang.givenNames.has(list[j]!.w) && arabicFamilyName(next.w)) &&
          !arabicFathersName(list, j + 1)
        )
          break
        j++
      }
      // A name read only because no table lists its word is a guess: it is not propagated nor remembered.
      const guessed = !naming && !lang.givenNames.has(first.w) && unlistedArabicWord(first.w)
      const source = guessed ? GUESSED_NAME : 'names:cue'
      out.push({ start: first.start, end: list[j]!.end - copulaLength(list[j]!.w), type: 'NAME', source })
      break
    }
  }
}

/**
 * A Latin-script word that ends a name only as a word of languages the text is not written in (nor English): no
 * number, month or function word of its own languages, no clinical or English word.
 */
function foreignOnlyWord(w: string, textLanguages: ReadonlySet<string>): boolean {
  // Short syllables only, as the family names of languages written in syllables are ("cu", "ba", "coc"): a longer
  // word, or a Spanish one ("fiebre", "tos", "cita"), is the sentence going on in the language a caller switched to.
  if (!/^[a-z]{2,4}$/.test(w) || ENGLISH_BOUNDARY.has(w) || isEnglishWord(w) || isClinicalTerm(w)) return false
  if (isSpanishWord(w)) return false
  const lang = languages()
  const codes = lang.languagesOfWord.get(w)
  const ownOf = (list: readonly string[] | undefined) => (list ?? []).some((c) => c === 'en' || textLanguages.has(c))
  return (
    codes !== undefined &&
    !ownOf(codes) &&
    !ownOf(lang.plainWordLanguages.get(w)) &&
    !ownOf(lang.everydayWordLanguages.get(w))
  )
}

/**
 * Whether the sentence reads on in its own language after word k - 1: the text or the clause ends, or the next word is
 * no word of a foreign language only ("rosa y mi esposo" in an English text is Spanish going on, not a name).
 */
function ownLanguageAfter(list: readonly Word[], k: number, text: string, textLanguages: ReadonlySet<string>): boolean {
  const next = list[k]
  return next === undefined || !spacedGap(text, list[k - 1]!, next) || !foreignOnlyWord(next.w, textLanguages)
}

// A word written in the English alphabet only ("pike"; not "liền", "túi").
const ENGLISH_LETTERS = /^[a-z'’-]+$/

/**
 * A title of a language of the tables other than English, in Latin letters, in a text written in that language
 * ("la docteure", "la doctora"; not Tagalog "ate" in "she ate supper").
 */
function foreignTitle(cue: string, textLanguages: ReadonlySet<string>): boolean {
  const codes = languages().cueLanguages.get(cue)
  return (
    /^[\p{Script=Latin} ]+$/u.test(cue) &&
    codes !== undefined &&
    !codes.includes('en') &&
    codes.some((code) => textLanguages.has(code))
  )
}

/**
 * Whether `word` is a given name (or, when `declined`, in a language that declines names, a form of one: "розу" of
 * Роза) of a language whose title, relation word or introduction `cue` is, in a text of that language (a script of
 * its own says so by itself).
 */
function givenNameAfterOwnCue(cue: string, word: string, textLanguages: ReadonlySet<string>, declined = true): boolean {
  if (ENGLISH_BOUNDARY.has(word) || DIGITS.test(word)) return false
  const lang = languages()
  // Whether the word is of a script of its own (read only for a cue's language the text is not in), and Cyrillic: once.
  let ownScript: boolean | undefined
  let cyrillic: boolean | undefined
  for (const code of lang.cueLanguages.get(cue) ?? []) {
    if (!textLanguages.has(code) && !(ownScript ??= !/\p{Script=Latin}/u.test(word))) continue
    const given = lang.givenNamesOf.get(code)
    if (given?.has(word)) return true
    // Russian declines a name ("розу" of Роза); Arabic's endings are pronouns ("عمره", his age), not cases of a name.
    const table =
      declined && (cyrillic ??= CYRILLIC.test(word)) && given ? LANGUAGES.find((t) => t.code === code) : undefined
    if (table && isDeclinedFormOf(word, table, given!)) return true
  }
  return false
}
