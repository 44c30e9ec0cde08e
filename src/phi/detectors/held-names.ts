/**
 * Names held together by what stands next to them: a person article ("si", "ni", "kay"), a name particle ("عبد",
 * "bin", "أبو") or a Korean honorific after the name ("씨", "님").
 */
import { hasAttachedSuffix, languages, mainLatinLanguagesOfWords } from '../languages'
import { isClinicalTerm, isEnglishWord, isSurname } from '../lexicon'
import { boundedMemo } from '../memo'
import { isClosedClassWord } from '../remembered'
import type { Word } from '../spoken'
import { HAN, HANGUL_WORD } from './compact-dates'
import { DIGITS } from './multilingual-dates'
import { ENGLISH_BOUNDARY, MAX_NAME_WORDS, isNameBoundary } from './name-boundaries'
import { spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

/**
 * Names after a person article ("si", "ni", "kay" in Tagalog) in a text of the article's language: the next word is a
 * name whatever it means ("lola ko si remedios"), after a title if one follows the article ("si lola remedios"); the
 * name runs on over words the language does not use as its own.
 */
export function articleNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  // A name here follows an article of the tables: a text without one is not read word by word.
  if (!holdsAnyWord(list, lang.personArticles)) return
  let textLanguages: ReadonlySet<string> | undefined
  for (let i = 0; i + 1 < list.length; i++) {
    const codes = lang.personArticles.get(list[i]!.w)
    if (!codes) continue
    textLanguages ??= mainLatinLanguagesOfWords(list)
    const code = codes.find((c) => textLanguages!.has(c))
    if (!code) continue
    const own = lang.byLanguage.get(code)!
    let j = i + 1
    if (!spacedGap(text, list[i]!, list[j]!)) continue
    // "si lola remedios", "si tatay ramon": a title or relation word between the article and the name.
    const kin = (w: string): boolean => lang.titlesBefore.phrases.has(w) || lang.relationCues.phrases.has(w)
    const titled = kin(list[j]!.w) && j + 1 < list.length && spacedGap(text, list[j]!, list[j + 1]!)
    if (titled) j++
    const first = list[j]!
    // A word the language uses as a function word ("ni isa") or a clinical one ("si covid") is no name; a month or
    // a noun is ("si april").
    // After a title a word English lends the language is a nickname ("ni tita baby", "si tito boy"); the language's
    // own words are not ("si lola ko", "si tita sa bahay"), nor its own titles and relation words.
    const loanedNickname = titled && isEnglishWord(first.w) && !isClosedClassWord(first.w)
    if (lang.plainWords.has(first.w) && own.has(first.w) && !loanedNickname) continue
    const relative = loanedNickname ? lang.titlesBefore.phrases.has(first.w) : kin(first.w)
    if (ENGLISH_BOUNDARY.has(first.w) || DIGITS.test(first.w) || relative || isClinicalTerm(first.w)) continue
    let end = j
    while (end + 1 < list.length && end - j + 1 < MAX_NAME_WORDS && spacedGap(text, list[end]!, list[end + 1]!)) {
      const next = list[end + 1]!.w
      // An English word ends the name unless it is a surname too ("ni jun bell").
      if (own.has(next) || isNameBoundary(next) || HAN.test(next) || isClinicalTerm(next)) break
      if (isEnglishWord(next) && !isSurname(next)) break
      end++
    }
    out.push({ start: first.start, end: list[end]!.end, type: 'NAME', source: 'names:article' })
  }
}

/** Name particles join the word after them into a name: "عبد الله", "bin Rashid", "أبو أحمد". */
export function particleNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  if (!holdsAnyWord(list, lang.nameParticles)) return
  for (let i = 0; i + 1 < list.length; i++) {
    const w = list[i]!
    // Latin "al", "el", "de", "y" are everyday words; only particles of other scripts and bin/ibn/bint/abu/umm count alone.
    if (
      !lang.nameParticles.has(w.w) ||
      (/\p{Script=Latin}/u.test(w.w) && !/^(?:bin|ibn|bint|binti|abu|umm)$/.test(w.w))
    )
      continue
    const next = list[i + 1]!
    // A name link ("عبد") joins whatever follows: "عبد الله" is a name although "الله" is an everyday word.
    if (!spacedGap(text, w, next) || (isNameBoundary(next.w) && !lang.nameLinks.has(w.w)) || DIGITS.test(next.w))
      continue
    out.push({ start: w.start, end: next.end, type: 'NAME', source: 'names:particle' })
  }
}

/** A Hangul word that ends a clause with a polite or formal ending. */
const HANGUL_PREDICATE = /(?:요|니다|는데)$/u
/** The copula a name takes at a clause's end ("지은인데요", "민수예요", "박지훈입니다"). */
const HANGUL_COPULA = /(?:인데요|이에요|예요|입니다|이고요|이요|인데)$/u
/** The honorific 씨 with the particles written onto it. */
const SSI = /^씨(?:께|께서|가|는|의|도|한테|에게|를)?$/u
/** Words before 씨 that are no name: pronouns, and plants whose 씨 is a seed ("수박 씨", a watermelon seed). */
// biome-ignore format: packed list
const NOT_BEFORE_SSI = new Set([
  '그분', '이분', '저분', '어느', '아무', '누구', '사람', '여러분', '수박', '호박', '사과', '포도', '참외', '해바라기', '고추',
  '과일', '꽃', '채소', '참깨', '들깨', '깨', '환자', '보호자', '아기', '아이',
])

/**
 * A name written before an honorific that follows it, in a spaced script: "민수 씨", "이 원장님", "최 선생님" (Korean writes
 * the given or family name, then the title). The title stays in the span, as a title before a name does.
 */
export function titledBefore(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 1; i < list.length; i++) {
    if (!isHangulTitle(list[i]!.w)) continue
    const prev = list[i - 1]!
    if (!/\p{Script=Hangul}/u.test(prev.w) || !spacedGap(text, prev, list[i]!)) continue
    // "전화드렸어요 할머니가": a predicate ends its clause, no name ("지은인데요 할머니가": a name and its copula stay).
    if (HANGUL_PREDICATE.test(prev.w) && !HANGUL_COPULA.test(prev.w)) continue
    const afterSsi = SSI.test(list[i]!.w)
    // A seed of a plant or a role ("참깨 씨", "환자 씨") is no name, however the word is read.
    if (afterSsi && NOT_BEFORE_SSI.has(prev.w)) continue
    // "하나 씨": 씨 after a word of two or three syllables is said only of a person, whatever else the word means.
    // Not a word with a particle ("영어로 씨", "C" said in English).
    const ssi =
      afterSsi &&
      /^\p{Script=Hangul}{2,3}$/u.test(prev.w) &&
      !hasAttachedSuffix(prev.w, (stem) => lang.words.has(stem) || lang.plainWords.has(stem))
    if (!ssi && isNameBoundary(prev.w) && !lang.familyNames.has(prev.w)) continue
    out.push({ start: prev.start, end: list[i]!.end, type: 'NAME', source: 'names:title-after' })
  }
}

/** Whether a word is a Hangul honorific (with up to two particles): a property of the word alone, remembered. */
export const isHangulTitle = boundedMemo(hangulTitle, 4096)

function hangulTitle(w: string): boolean {
  if (!HANGUL_WORD.test(w)) return false
  const phrases = languages().titlesAfter.phrases
  const titled = phrases.has(w) || hasAttachedSuffix(w, (stem) => phrases.has(stem), 2)
  return !HAN.test(w) && titled
}
