/**
 * Whether a word is an everyday word of some language the engine reads, so the word backstop leaves it: the
 * frequency lists of the generated lexicon, each table's own words, and Korean words with their attached particles
 * stripped. Han and Kana runs are never judged whole here (a Chinese sentence has no spaces): the names of those
 * scripts are found by the cue, title and family-name rules of detectors/multilingual.ts.
 */
import { isClinicalTerm, isFirstName, isForeignWord, isForeignWordOf, isSurname } from '../lexicon'
import { languages } from './compiled'
import { isWordOfLanguages } from './counts'
import { hasAttachedSuffix } from './phrase-reading'
import type { LanguageTable } from './types'

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const HANGUL = /\p{Script=Hangul}/u

/**
 * An everyday word of a language the engine reads, other than English and Spanish (lower case). Given `codes`, the
 * text's languages, a Latin-script word takes the case endings of Latin-script tables only in a text of theirs.
 */
export function knownInSomeLanguage(word: string, codes?: ReadonlySet<string>): boolean {
  if (UNSPACED.test(word)) return true
  const lang = languages()
  if (lang.words.has(word) || isForeignWord(word)) return true
  if (isDrug(word)) return true
  if (
    ARABIC.test(word) &&
    ARABIC_PREFIXES.some((p) => word.length > p.length + 1 && word.startsWith(p) && isArabicStem(word.slice(p.length)))
  )
    return true
  // An inflected noun or adjective ("анализов", "кардиологу", "варфарином") is the word its stem makes in the language
  // of the ending: an Arabic ending on a Persian stem ("برندا") makes no word.
  // A Latin-script word takes the case endings of a Latin-script table (Polish, Bosnian) only in a text of that
  // language: their one-letter endings on another language's stem ("tati" of "tata", "salem" of "sal") would make
  // any unknown name an everyday word.
  const latin = LATIN_START.test(word)
  for (const { code, endings, bases, own } of lang.inflectionTables) {
    if (latin && codes !== undefined && !codes.has(code)) continue
    for (const ending of endings) {
      if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue
      const stem = word.slice(0, -ending.length)
      const forms = bases.map((b) => stem + b)
      // "анны" is Анна declined: a stem that makes a name is a name's form, whatever else it makes.
      if (forms.some((f) => lang.givenNames.has(f) || lang.familyNames.has(f))) return false
      if (forms.some((f) => own.has(f) || isForeignWordOf(f, codeSet(code))) || isDrug(stem)) return true
    }
  }
  if (!HANGUL.test(word)) return false
  // A copula or particle standing alone: what was written onto a name once the name is a placeholder ("…이고요").
  if (lang.suffixes.has(word)) return true
  if (isGivenNameWithPastCopula(word)) return false
  // A conjugated verb or adjective ("심하세요", "먹였어요", "확인하려고") is a predicate, never a name.
  // A stem spelled only with number words ("일이삼사이고요": digits and a copula) is a number said, not a verb.
  if (
    lang.predicateEndings.some(
      (e) => word.length > e.length && word.endsWith(e) && isPredicateStem(word.slice(0, -e.length), e),
    )
  )
    return true
  // "바꾸고", "심하고": a verb stem the table lists, with the connective 고 (too short an ending to trust on any stem).
  if (word.length >= 3 && word.endsWith('고') && lang.words.has(word.slice(0, -1))) return true
  return hasAttachedSuffix(word, isKnownStem)
}

const ARABIC = /\p{Script=Arabic}/u
const LATIN_START = /^\p{Script=Latin}/u
// Arabic writes "and", "so", "with", "for", "like" and the article onto the word: وسعال is "and cough".
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك']

// What a name or a number carries before a verb ending: the copula ("김민준이니까", "…팔이라고요").
const COPULA_TAIL = /(?:이라|이니|이지|이고|이)$/u
// Syllables a verb or adjective stem ends on (하다, 되다, 있다, 없다, honorific 시, tense 었/았/했/겠, 드리다, 주다…).
const VERB_STEM_END = /[하되있없시셨했었았였겠드주보오가나받먹프좋싶렸웠쳤켰졌났갔왔봤줬팠]$/u

/**
 * A stem a conjugated verb can have: not a name or a number with its copula ("김민준이니까", "일이삼사이라고요"), not
 * spelled with number words, and not a family name with a given name ("최지우고요", "박지만") unless it ends like a verb
 * stem ("심하세요": 심 is a family name too).
 */
function isPredicateStem(stem: string, ending: string): boolean {
  const lang = languages()
  if (stem.length === 0 || spelledWithNumbers(stem)) return false
  // An everyday noun with its copula ("정상인가요", "살이신데") is no name either; a number is (above).
  const noun = stem.replace(COPULA_TAIL, '')
  if (lang.words.has(noun) && !lang.numbers.has(noun)) return true
  if (COPULA_TAIL.test(stem)) return false
  const verbal = VERB_STEM_END.test(stem) || VERB_ENDING_START.test(ending)
  // A family name alone or with a given name the tables list ("박지만", "최지우고요") is a name with an ending.
  // Three syllables opening on a family name read as a full name ("김민수세요"), whatever the given-name table holds.
  const named =
    lang.familyNames.has(stem) ||
    (lang.familyNames.has(stem.slice(0, 1)) && (lang.givenNames.has(stem.slice(1)) || stem.length === 3))
  return verbal || !named
}

// Endings that carry the verb themselves ("심+하세요", "아프+셨어요"): the stem before them may be any noun.
const VERB_ENDING_START = /^[하되시셨했겠드주]/u

function spelledWithNumbers(stem: string): boolean {
  const { numbers } = languages()
  const text = stem.replace(COPULA_TAIL, '')
  // Split into number words ("아흔다섯" = 아흔 + 다섯, "일이삼사" = 일 + 이 + 삼 + 사), longest first.
  const ends = new Set([0])
  for (let i = 0; i < text.length; i++) {
    if (!ends.has(i)) continue
    for (let n = 1; n <= 4 && i + n <= text.length; n++) if (numbers.has(text.slice(i, i + n))) ends.add(i + n)
  }
  return text.length >= 2 && ends.has(text.length)
}

/**
 * {@link knownInSomeLanguage}, read in a text written in the languages `codes`: a word of a language's list or table
 * counts only in that language (the Haitian "santi" is a word in a Haitian text and a name in a Spanish one); a drug
 * name or an inflected form counts wherever it stands.
 */
export function knownInLanguages(word: string, codes: ReadonlySet<string>): boolean {
  if (isWordOfLanguages(word, codes) || isForeignWordOf(word, codes)) return true
  // A word of another language's list or table: a name here, unless it is a drug, a letter said when spelling, or a
  // given name of the text's own table, whose name rules decide ("mai": tomorrow in Vietnamese, May in French).
  if (languages().words.has(word) || isForeignWord(word))
    return isDrug(word) || isLetterNameOf(word, codes) || isGivenNameOf(word, codes)
  // An elided article or pronoun on a word ("l'hôpital", "d'abord", "qu'il"): the word after it decides.
  return ELIDED.test(word) ? elidedInLanguages(word, codes) : knownInSomeLanguage(word, codes)
}

function isGivenNameOf(word: string, codes: ReadonlySet<string>): boolean {
  const { givenNamesOf } = languages()
  for (const code of codes) if (givenNamesOf.get(code)?.has(word)) return true
  return false
}

/** A letter's name in one of the languages ("ce" in Spanish: "hepatitis be y ce"). */
export function isLetterNameOf(word: string, codes: ReadonlySet<string>): boolean {
  const { letterNamesOf } = languages()
  for (const code of codes) if (letterNamesOf.get(code)?.has(word)) return true
  return false
}

// Also the Kinyarwanda and Kirundi connectives written onto a noun ("bw'umutwe", "y'amavuko", "z'ukwezi", "nk'uko").
const ELIDED = /^(?:[cdjlmnstwyzk]|qu|bw|by|cy|ry|rw|tw|kw|vy|nk)['’](\p{L}{2,}.*)$/u

/** A word with an elided article or pronoun whose word after it {@link knownInLanguages} knows ("d'infection"). */
export function elidedInLanguages(word: string, codes: ReadonlySet<string>): boolean {
  const stem = ELIDED.exec(word)?.[1]
  return stem !== undefined && knownInLanguages(stem, codes)
}

/** A word of the clinical lists of one of `codes` (types.ts `clinicalWords`: checked to be no name or place). */
export function isClinicalWordOf(word: string, codes: ReadonlySet<string>): boolean {
  const { clinicalWordsOf } = languages()
  for (const code of codes) if (clinicalWordsOf.get(code)?.has(word)) return true
  return false
}

/**
 * A clinical word behind an elided article ("l'hypertension", "d'alzheimer", "d'insuline"): the English clinical list
 * or any language's clinical list holds what follows, and no name list does ("d'angelo" stays a name).
 */
export function isElidedClinicalWord(word: string): boolean {
  const stem = ELIDED.exec(word)?.[1]
  if (stem === undefined || isFirstName(stem) || isSurname(stem)) return false
  if (isClinicalTerm(stem)) return true
  for (const set of languages().clinicalWordsOf.values()) if (set.has(stem)) return true
  return false
}

/** Whether a word ends as drug names do ("-pril", "-statin"): the tables' drug suffixes. */
export function isDrug(word: string): boolean {
  return languages().drugSuffixes.some((s) => word.length > s.length + 2 && word.endsWith(s))
}

const codeSets = new Map<string, ReadonlySet<string>>()
function codeSet(code: string): ReadonlySet<string> {
  let set = codeSets.get(code)
  if (!set) codeSets.set(code, (set = new Set([code])))
  return set
}

// Arabic writes its clitics onto the word ("وداد" is و + داد only in Persian, where no و is written on): the stem
// left must be an Arabic word, or every Arabic name that starts like a clitic and a Persian word would be one.
const ARABIC_CODE: ReadonlySet<string> = new Set(['ar'])

function isArabicStem(stem: string): boolean {
  return isWordOfLanguages(stem, ARABIC_CODE) || isForeignWordOf(stem, ARABIC_CODE) || isDrug(stem)
}

function isKnownStem(stem: string): boolean {
  return languages().words.has(stem) || isForeignWord(stem) || isDrug(stem)
}

// The copula in the past written onto a name: "소희였습니다", "지현이었어요" (how a caller signs a voicemail).
const PAST_COPULA = /(?:이었|였)(?:어요|습니다|는데요|는데|고|죠|지만)$/u
// The honorific copula written onto a full name said of an elder ("성함은 박순자시고", "…이시며").
const HONORIFIC_COPULA = /(?:이)?(?:시고|시며|신데|신데요)$/u
let nameSyllables: readonly [ReadonlySet<string>, ReadonlySet<string>] | undefined

/**
 * A two-syllable base whose syllables Korean given names of the tables use in those places, with the past copula, or
 * after a family name with the honorific copula ("박순자시고"): the name, not a verb stem ("움직였어요", "드시고").
 */
function isGivenNameWithPastCopula(word: string): boolean {
  const m = PAST_COPULA.exec(word) ?? HONORIFIC_COPULA.exec(word)
  if (!m) return false
  let base = word.slice(0, m.index)
  // "박순자시고": a family name before the given name, with the honorific copula.
  if (base.length === 3 && m[0].length > 0 && !PAST_COPULA.test(word) && languages().familyNames.has(base[0]!))
    base = base.slice(1)
  if (base.length !== 2 || !HANGUL.test(base)) return false
  if (!nameSyllables) {
    const given = [...languages().givenNames].filter((w) => w.length === 2 && HANGUL.test(w))
    nameSyllables = [new Set(given.map((w) => w[0]!)), new Set(given.map((w) => w[1]!))]
  }
  const [first, second] = nameSyllables
  return first.has(base[0]!) && second.has(base[1]!) && !languages().words.has(base)
}

/**
 * Whether `word` is a declined form of one of `names` by the table's case endings ("розу" of Роза, "надежды" of
 * Надежда): an ending of `table.inflections` off, one of its `inflectionBases` (or nothing) on.
 */
export function isDeclinedFormOf(word: string, table: LanguageTable, names: ReadonlySet<string>): boolean {
  for (const ending of table.inflections ?? []) {
    if (word.length <= ending.length + 1 || !word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    if (['', ...(table.inflectionBases ?? [])].some((b) => names.has(stem + b))) return true
  }
  return false
}

/**
 * The languages whose `wordEndings` the word ends with ("отекают": ru), longer than the ending by three letters or
 * more: verb forms and participles no name of those languages has.
 */
export function wordEndingLanguages(word: string): string[] {
  // Most words end on a letter no ending ends on: one look-up then. Albanian's endings end on Latin letters (r, t, m,
  // e) most English words end on too: only the endings on the word's own last letter are tried.
  const byLanguage = endingsByLastChar().get(word[word.length - 1] ?? '')
  if (byLanguage === undefined) return NONE
  const out: string[] = []
  for (const [code, endings] of byLanguage) {
    for (const ending of endings)
      if (word.length > ending.length + 2 && word.endsWith(ending)) {
        out.push(code)
        break
      }
  }
  return out
}
const NONE: string[] = []

/** Each language's word endings by their last code unit, the languages in the tables' order. */
let endingsByLast: Map<string, Array<readonly [string, string[]]>> | undefined

function endingsByLastChar(): Map<string, Array<readonly [string, string[]]>> {
  if (endingsByLast) return endingsByLast
  endingsByLast = new Map()
  for (const [code, endings] of languages().wordEndingsOf) {
    const ofLanguage = new Map<string, string[]>()
    for (const ending of endings) {
      const last = ending[ending.length - 1]!
      const list = ofLanguage.get(last)
      if (list) list.push(ending)
      else ofLanguage.set(last, [ending])
    }
    for (const [last, list] of ofLanguage) {
      const byLanguage = endingsByLast.get(last)
      if (byLanguage) byLanguage.push([code, list])
      else endingsByLast.set(last, [[code, list]])
    }
  }
  return endingsByLast
}
