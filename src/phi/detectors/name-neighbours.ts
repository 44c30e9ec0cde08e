/**
 * Words right beside a name found already (a resolved pass, like extents.ts): initials before it ("C W Baines"), a
 * first name no English text uses as a word before it ("dolores yates" in an English message), and a surname after
 * a first name the writer introduced ("it's deandra wills"). Fail closed: a word beside a name goes with it unless
 * a list marks it as safe.
 */
import { LANGUAGES, dominantLanguagesOf, fold, isWordOfLanguages, languages, phraseLengthAtEnd } from '../languages'
import { boundedMemo } from '../memo'
import { words as wordsOf } from '../spoken'
import {
  isBasicWord,
  isClinicalTerm,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isProperWord,
  isSurname,
  isWordSurname,
} from '../lexicon'
import { knownInSomeLanguage } from '../languages/words'
import { arabicNeighbours } from './arabic-names'
import { CALENDAR_NAMES, FILLERS, FUNCTION_WORDS } from '../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { hasLowerCase, hasUpperCase, isArabicLetter, letterOrMarkLength, lowerCased } from './chars'
import { ROLE_TITLES } from './breakers'
import { isDottedAbbreviation, isWrittenCredential } from './names/layout'
import type { Span } from './types'
import {
  ASCII_WORD_START,
  afterBlanks,
  DASH_WORD_START,
  endsOnLoneLetter,
  isRestatedName,
  mayEndOnInitial,
  mayOpenInitials,
  restatesName,
  wordBefore,
  wordBeforeAt,
} from './name-neighbour-text'
import { isWesternOrderVietnamese } from './vietnamese-names'
import { compoundSurnameAfter } from './compound-surnames'
import {
  ALL_CAPITALS,
  isCapitalSurnameFirst,
  isSafeBesideName,
  isListedGivenName,
  isSurnameFirst,
  isUnknownGivenInCapitals,
  surnameBeforeComma,
} from './surname-first'

// One or two capital initials right before a name: "C W Baines", "J. R. Okafor". A single vowel without a dot is a
// word in some language ("I", "A", "O", "E", "Y"), never an initial.
// Latin letters only: single Cyrillic capitals are prepositions ("У", "В", "С").
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{N}])((?:(?:[AEIOUY]\.|[B-DF-HJ-NP-TV-XZ]\.?)[ \t]+){1,2})$/u
// One or two dotted capital initials right after a name, as charts and signatures write a given name and patronymic
// after the family name: "Соколова Г.П.", "NGUYEN T.", "Okafor J.".
const INITIALS_AFTER = /^[ \t]{1,2}\p{Lu}\.(?:[ \t]?\p{Lu}\.)?(?![\p{L}\p{N}])/u
const SPOKEN_DASH = /^[ \t]+(?:dash|hyphen|guion|guión|tiret)[ \t]+([\p{L}\p{M}]+)(?![\p{L}\p{M}'’])/iu
const GIVEN_AFTER = /^(?:[ \t]+[\p{L}\p{M}]+){1,2}(?![\p{L}\p{M}'’.-])/u
const WORD_AFTER = /^[ \t]+([\p{L}\p{M}]+)(?![\p{L}\p{M}'’-]|\.(?!\.))/u

/** A name's words after a title of the tables it opens with ("bác sĩ lê" → "lê"), or the whole name. */
function withoutLeadingTitle(written: string, lang: ReturnType<typeof languages>): string {
  // One word opens with no title of its own (most names of Han and Hangul texts).
  if (!written.includes(' ') && !written.includes('\t')) return written
  // Every title tried below opens with the name's first word, as written or without its full stop ("mr." as "mr"):
  // a name opening on no first word of a family-first language's title is not split into words ("mrs. tanaka dr.").
  let firstEnd = 0
  while (firstEnd < written.length && written.charCodeAt(firstEnd) !== 32 && written.charCodeAt(firstEnd) !== 9)
    firstEnd++
  const starts = familyFirstTitleStarts(lang)
  const first = written.slice(0, firstEnd)
  if (!starts.has(first) && !(first.endsWith('.') && starts.has(first.slice(0, -1)))) return written
  // A title abbreviated with its full stop is the title ("mr. luong" as "mr luong").
  // The pattern's full stop is the value's first, two to six code units in: replaced only where it can stand there.
  const dot = written.indexOf('.')
  const value = dot >= 2 && dot <= 6 ? written.replace(/^(\p{L}{2,3})\.(?=[ \t])/u, '$1') : written
  // The first four words only (a name spelled letter by letter is one value of the whole text); all on a match.
  const words = value.split(/[ \t]+/, 4)
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const title = words.slice(0, n).join(' ')
    // Only a title of a language that writes the family name first: "doctor Ferreira my" is no given name after.
    if (lang.titlesBefore.phrases.has(title) && lang.cueLanguages.get(title)?.some((c) => FAMILY_FIRST.has(c))) {
      const rest = value
        .split(/[ \t]+/)
        .slice(n)
        .join(' ')
      // The abbreviated title before a family name of those languages only ("Dr. Souza le manda" is Spanish).
      return value === written || familyFirstFamilyNames().has(fold(rest)) ? rest : written
    }
  }
  return written
}
const FAMILY_FIRST = new Set(['vi', 'zh', 'ko'])

let titleStarts: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/** The first words of the titles withoutLeadingTitle takes off: of the tables' titles, a family-first language's. */
function familyFirstTitleStarts(lang: ReturnType<typeof languages>): ReadonlySet<string> {
  if (titleStarts?.lang !== lang) {
    const words = new Set<string>()
    for (const [cue, codes] of lang.cueLanguages)
      if (lang.titlesBefore.phrases.has(cue) && codes.some((c) => FAMILY_FIRST.has(c))) words.add(cue.split(' ')[0]!)
    titleStarts = { lang, words }
  }
  return titleStarts.words
}
const DOTTED_TITLE = /^\p{L}{2,3}\.[ \t]/u

let familyFirstFamilies: { lang: ReturnType<typeof languages>; names: ReadonlySet<string> } | undefined

/** The family names (without marks) of the languages that write the family name first. */
function familyFirstFamilyNames(): ReadonlySet<string> {
  const lang = languages()
  if (familyFirstFamilies?.lang !== lang) {
    const names = new Set<string>()
    for (const t of LANGUAGES)
      if (FAMILY_FIRST.has(t.code)) for (const n of t.familyNames) names.add(fold(n.toLowerCase()))
    familyFirstFamilies = { lang, names }
  }
  return familyFirstFamilies.names
}

/** Whether a name's first word is a title ("Dr. Amos Tran"). */
function startsWithTitle(name: string): boolean {
  const first = /^[\p{L}\p{M}]+/u.exec(name)?.[0].toLowerCase() ?? ''
  return languages().titlesBefore.phrases.has(first) || ROLE_TITLES.has(first)
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u

const SENTENCE_START = /(?:^|[.!?:\n]\s*)$/u

// Words said twice that restart nothing: greetings and intensifiers ("bye bye Maria", "very very").
// biome-ignore format: packed list
const NOT_RESTARTS: ReadonlySet<string> = new Set([
  'bye', 'hi', 'hey', 'hello', 'yes', 'no', 'ok', 'okay', 'please', 'thanks', 'sorry', 'oh', 'well', 'so', 'very',
  'really', 'adios', 'adiós', 'hola', 'gracias', 'si', 'sí', 'oui', 'merci', 'chao', 'ciao', 'bueno', 'alo', 'aló',
])
// Particles of Italian and Spanish surnames a speaker says after the first name ("frank lo bianco", "ana di marco").
const JOINING_PARTICLES: ReadonlySet<string> = new Set(['lo', 'di', 'li', 'della', 'dello', 'dei'])
// A copula between a cue and the name it introduces ("my husband is sunday obi", "mi esposo es…").
const ENDS_ON_COPULA = /(?:^|[^\p{L}\p{M}'’])(?:is|es|est|é|named|called|\p{L}+['’]s)[ \t]+$/u

/**
 * Whether the text before `at` may end as ENDS_ON_COPULA needs: spaces or tabs after a word ending on s, t, é or d
 * (is, es, est, é, named, called, …'s; upper case too, as the pattern reads the text lower-cased). A name after any
 * other word (every name in Korean or Arabic text) then costs no lower-casing and no pattern tried at forty positions.
 */
function mayEndOnCopula(text: string, at: number): boolean {
  let i = at
  while (i > 0 && at - i < 40 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === at || i === 0 || at - i >= 40) return false
  const c = text.charCodeAt(i - 1) | 32
  return c === 115 || c === 116 || c === 100 || c === 0xe9
}

/**
 * Where a found name really starts when what a speaker says before it belongs to it: a particle and its first name
 * ("frank lo [bianco]"), a word said twice as speakers restart ("sunday sunday [obi]", "frank [frank lo bianco]"), or a
 * word a self or relation cue introduces ("my husband is sunday [obi]"). Returns `start` when nothing does.
 */
/** A relation or title word ("mãe", "father", "doña"): the cue before a name, never part of it. */
function isCueWord(w: string): boolean {
  const lang = languages()
  return lang.relationCues.phrases.has(w) || lang.titlesBefore.phrases.has(w)
}

/**
 * A first name, a family name of the tables ("long wei"), a surname no everyday word, or a word no list holds; no
 * function word of any language ("usted", "practically", "home").
 */
const isNameLike = boundedMemo((w: string): boolean => {
  const lang = languages()
  const named = isFirstName(w) || lang.familyNames.has(w) || (isSurname(w) && !isBasicWord(w)) || !isCommonWord(w)
  return named && !isFunctionWordOfAnyLanguage(w)
}, 4096)

function spokenNameStart(text: string, start: number): number {
  const lang = languages()
  const first = wordBeforeAt(text, start)
  if (!first || FILLERS.has(first.lower)) return start
  if (lang.nameParticles.has(first.lower) || JOINING_PARTICLES.has(first.lower)) {
    // "frank lo [bianco]": a particle goes with the first name before it, said twice or once.
    const given = wordBeforeAt(text, first.start)
    if (!given || !isFirstName(given.lower) || isSafeBesideName(given.lower) || isCueWord(given.lower)) return start
    const again = wordBeforeAt(text, given.start)
    return again && again.lower === given.lower ? again.start : given.start
  }
  if (first.lower.length < 2 || isSafeBesideName(first.lower) || NOT_RESTARTS.has(first.lower)) return start
  // "frank [frank lo bianco]": the name's first word said again.
  // /^[\p{L}\p{M}]+/u on the text from the name on, read by the code unit tables (the pattern was handed the rest of
  // the text for every name).
  let leadEnd = start
  for (let n = letterOrMarkLength(text, leadEnd); n > 0; n = letterOrMarkLength(text, leadEnd)) leadEnd += n
  const lead = leadEnd > start ? lowerCased(text.slice(start, leadEnd)) : undefined
  if (first.lower === lead) return first.start
  // "sunday sunday [obi]": a word said twice right before a name restarts it.
  const again = wordBeforeAt(text, first.start)
  if (again && again.lower === first.lower) return again.start
  // "my husband is sunday [obi]", "it's sunday [obi]": a word a cue introduces with a copula, before the name found
  // after it; the relation or title word itself is the cue, never the name.
  if (isCueWord(first.lower) || !isNameLike(first.lower)) return start
  if (!mayEndOnCopula(text, first.start)) return start
  const before = text.slice(Math.max(0, first.start - 40), first.start).toLowerCase()
  if (!ENDS_ON_COPULA.test(before)) return start
  if (phraseLengthAtEnd(before, lang.selfCues) > 0) return first.start
  const copula = wordBefore(before)
  if (copula && phraseLengthAtEnd(before.slice(0, copula.start), lang.relationCues) > 0) return first.start
  return start
}

// The most spaces a family name of the tables holds, for the compiled tables read.
let familySpaces: { lang: ReturnType<typeof languages>; most: number } | undefined

/**
 * Whether `value` holds more spaces than any family name: then neither it nor its folded spelling is one (folding
 * removes no space), and a long name span (a whole Hangul sentence) is not normalised to find that out.
 */
function moreSpacesThanFamilyNames(value: string, lang: ReturnType<typeof languages>): boolean {
  if (familySpaces?.lang !== lang) {
    let most = 0
    for (const n of lang.familyNames) most = Math.max(most, n.split(' ').length - 1)
    familySpaces = { lang, most }
  }
  let spaces = 0
  for (let i = value.indexOf(' '); i >= 0; i = value.indexOf(' ', i + 1)) if (++spaces > familySpaces.most) return true
  return false
}

/** Name spans widened over the initials, first names and introduced surnames beside them. */
export function nameNeighbours(text: string, spans: readonly Span[]): Span[] {
  const lang = languages()
  const out: Span[] = []
  // The language a text is plainly written in, read once and only when a name has a word after it.
  let dominant: ReadonlySet<string> | undefined
  // By the code unit tables (and remembered for the text): a unicode-class scan of the whole text per call otherwise.
  const cased = hasLowerCase(text) && hasUpperCase(text)
  // The two hints below, asked of the whole text once: a hint in the look-back before a name is one in the text.
  let familyHint: boolean | undefined
  let lastNameHint: boolean | undefined
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    const before = text.slice(Math.max(0, s.start - 40), s.start)
    const initials = mayEndOnInitial(before) ? INITIALS_BEFORE.exec(before) : null
    if (initials) out.push({ start: s.start - initials[1]!.length, end: s.end, type: 'NAME', source: 'name:initials' })
    const initialsAfter = mayOpenInitials(text, s.end) ? INITIALS_AFTER.exec(text.slice(s.end, s.end + 8)) : null
    if (initialsAfter && !isDottedAbbreviation(initialsAfter[0].replace(/[^\p{L}]/gu, '').toLowerCase()))
      out.push({ start: s.start, end: s.end + initialsAfter[0].length, type: 'NAME', source: 'name:initials' })
    // "with P A Stevens", "n p Ortiz": a clinician's title said letter by letter belongs to the name, as "PA" would.
    // Read only where the text before ends on a single letter (the pattern scans back from every position otherwise).
    const spelledTitle = endsOnLoneLetter(before) ? SPELLED_TITLE_BEFORE.exec(before) : null
    if (spelledTitle)
      out.push({ start: s.start - spelledTitle[0].length, end: s.end, type: 'NAME', source: 'name:title' })
    // "jerome two bulls", "marvin eagle bear": a family name of the Plains nations after a given name.
    const plains = compoundSurnameAfter(text, s.start, s.end)
    if (plains > 0) out.push({ start: s.start, end: s.end + plains, type: 'NAME', source: 'name:compound-surname' })
    // "Admitted St. [Vincent]", "ST [JOHN], Marlene": a saint's title before a found name is part of it, unless a
    // capitalised word inside the sentence before it makes it a street's type ("12 Main St John").
    // "ST." in capitals with its stop is a chart's speech therapy ("referred to ST. Maria will call").
    const saintMatch = s.start > 2 && mayEndOnSaint(before) ? SAINT_BEFORE.exec(before) : null
    const saint = saintMatch && !/^ST\./u.test(saintMatch[1]!) ? saintMatch : null
    if (
      saint &&
      !/[\p{L}\p{N}][ \t]+\p{Lu}[\p{Ll}\p{M}]+[ \t]+$/u.test(before.slice(0, before.length - saint[1]!.length))
    )
      out.push({ start: s.start - saint[1]!.length, end: s.end, type: 'NAME', source: 'name:title' })
    // "Familia Domínguez Lerma", "Famille Irakoze", "عائلة الخطيب": a family signed by its name, the word a title of it.
    const familyWord =
      (familyHint ??= FAMILY_HINT.test(text)) && FAMILY_HINT.test(before) ? FAMILY_BEFORE.exec(before) : null
    // In Latin letters only a capitalised one signs ("Familia Pérez"; not "mi familia Completa", "famille nombreuse").
    if (familyWord && (/^\p{Lu}/u.test(familyWord[0]) || !/^\p{Script=Latin}/u.test(familyWord[0])))
      out.push({ start: s.start - familyWord[0].length, end: s.end, type: 'NAME', source: 'name:title' })
    // "RODRIGUEZ, ANA": a found surname in capitals, a comma and a listed given name in capitals are a chart's
    // surname-first order, even where the given name is also a test or an abbreviation (ANA); so is a word no list
    // knows, in cased text ("ABSHIR, HAWO").
    const chartGiven = text.charCodeAt(s.end) === 44 ? CHART_GIVEN_AFTER.exec(text.slice(s.end, s.end + 24)) : null
    if (
      chartGiven &&
      ALL_CAPITALS.test(text.slice(s.start, s.end)) &&
      (isListedGivenName(chartGiven[1]!.toLowerCase()) ||
        (cased &&
          isUnknownGivenInCapitals(chartGiven[1]!.toLowerCase()) &&
          !isWrittenCredential(chartGiven[1]!.toLowerCase())))
    ) {
      const end = s.end + chartGiven[0].length
      out.push({ start: end - chartGiven[1]!.length, end, type: 'NAME', source: 'name:surname-first' })
    }
    if (isArabicLetter(text.charCodeAt(s.start)) || afterBlanks(text, s.end, isArabicLetter))
      out.push(...arabicNeighbours(text, s, before))
    // "Bed 9 DUBE, Sipho", "Okafor, Adaeze": a chart's surname-first order, the surname capitalised before the comma.
    // Tried only from the run before a trailing comma (see surnameBeforeComma).
    const last = surnameBeforeComma(before)
    const opensLine = last ? /(?:^|\n)[ \t]*$/u.test(text.slice(0, s.start - last[0].length)) : false
    if (last && (isSurnameFirst(last[1]!, text.slice(s.start, s.end), opensLine) || isCapitalSurnameFirst(last[1]!)))
      out.push({
        start: s.start - last[0].length,
        end: s.end,
        type: 'NAME',
        source: 'name:surname-first',
      })
    const spoken = spokenNameStart(text, s.start)
    if (spoken < s.start) out.push({ start: spoken, end: s.end, type: 'NAME', source: 'name:spoken-start' })
    const prev = wordBefore(before)
    const p = prev ? lowerCased(prev.word) : undefined
    // "We're [Tom] and Iris [Tolliver]": a capitalised first name inside a sentence before a capitalised found name,
    // whatever else the word means; at a sentence's start only one no English text uses as a word ("Julio [Céspedes
    // Paulino]" signing, not "Will [Maria] come").
    if (
      prev &&
      p &&
      cased &&
      isFirstName(p) &&
      /^\p{Lu}\p{Ll}/u.test(prev.word) &&
      /^\p{Lu}/u.test(text.slice(s.start, s.start + 1)) &&
      (!SENTENCE_START.test(before.slice(0, prev.start)) ||
        (!isEnglishWord(p) &&
          p.length >= 3 &&
          !isFunctionWordOfAnyLanguage(p) &&
          (!lang.words.has(p) || lang.months.has(p)))) &&
      !FUNCTION_WORDS.has(p) &&
      !ROLE_TITLES.has(p) &&
      !isClinicalTerm(p) &&
      !lang.titlesBefore.phrases.has(p) &&
      // No first name stands before a title ("at Northfield Urgent Care Dr. Amos Tran").
      !startsWithTitle(text.slice(s.start, s.end))
    )
      out.push({ start: s.start - before.length + prev.start, end: s.end, type: 'NAME', source: 'name:first-before' })
    // "pour kadiatou sow elle…": in a text plainly in another language, an English word right after a name is its
    // surname (the writer is not writing English).
    const following = afterBlanks(text, s.end, ASCII_WORD_START) ? WORD_AFTER.exec(text.slice(s.end, s.end + 30)) : null
    const f = following?.[1] === undefined ? undefined : lowerCased(following[1])
    // Only a word the surname lists know and no everyday verb or word ("Rosa fell ayer", "Diego relapsed"): the
    // writers switch to English for what happened.
    if (
      f &&
      f.length >= 3 &&
      /^[a-z]+$/.test(f) &&
      isEnglishWord(f) &&
      isSurname(f) &&
      !isBasicWord(f) &&
      !isSafeBesideName(f) &&
      !isClinicalTerm(f)
    ) {
      dominant ??= dominantLanguagesOf(wordsOf(text.toLowerCase()).map((w) => w.w))
      if (dominant.size > 0 && !dominant.has('en') && !isWordOfLanguages(f, dominant) && !knownInSomeLanguage(f))
        out.push({ start: s.start, end: s.end + following![0].length, type: 'NAME', source: 'name:surname-after' })
    }
    // "See Justice Reed Thursday": in cased text, a capitalised surname of the lists right after a capitalised name
    // found alone is its surname, even when it is also a word ("Reed", "Church"); not a day, month or other word
    // written capitalised ("Maria Monday"), nor a basic word that is no common surname.
    if (
      f &&
      cased &&
      following![0].startsWith(' ') &&
      /^\p{Lu}\p{Ll}+$/u.test(following![1]!) &&
      /^\p{Lu}\p{Ll}+$/u.test(text.slice(s.start, s.end)) &&
      f.length >= 3 &&
      // "Sunny Pak here": a capitalised word no English list holds after a capitalised name is its surname too.
      (isSurname(f) || isWordSurname(f) || !isEnglishWord(f)) &&
      (!isBasicWord(f) || isWordSurname(f)) &&
      !isProperWord(f) &&
      !CALENDAR_NAMES.has(f) &&
      !isClinicalTerm(f) &&
      !isSafeBesideName(f)
    )
      out.push({ start: s.start, end: s.end + following![0].length, type: 'NAME', source: 'name:surname-after' })
    // "a referral for hung [pham]": a Vietnamese given name of the tables before a Vietnamese family name found, in
    // the Western order (written without marks, in a text not written in Vietnamese), whatever it means in English.
    if (
      prev &&
      p &&
      p.length >= 3 &&
      /^[a-z]+$/.test(p) &&
      /^[A-Za-z]+$/.test(text.slice(s.start, s.end)) &&
      isWesternOrderVietnamese(p, lowerCased(text.slice(s.start, s.end))) &&
      // In a text that writes names with capitals, the given name has one too ("the long Tran family" stays).
      (!cased || /^\p{Lu}/u.test(prev.word)) &&
      !isSafeBesideName(p) &&
      !isFunctionWordOfAnyLanguage(p)
    ) {
      dominant ??= dominantLanguagesOf(wordsOf(text.toLowerCase()).map((w) => w.w))
      if (!dominant.has('vi'))
        out.push({ start: s.start - before.length + prev.start, end: s.end, type: 'NAME', source: 'name:first-before' })
    }
    if (prev && p && p.length >= 3 && isFirstName(p) && !isEnglishWord(p) && !isSafeBesideName(p) && !lang.words.has(p))
      out.push({
        start: s.start - before.length + prev.start,
        end: s.end,
        type: 'NAME',
        source: 'name:first-before',
      })
    // "Елена Морозова, дата рождения…": in Cyrillic a given name of the tables right before a found Cyrillic name is
    // its first part, at a sentence's start too, when no language uses it as a word. (Arabic given names are often
    // words or prepositions with a noun: "باسم", in the name of.)
    if (
      prev &&
      p &&
      CYRILLIC_WORD.test(p) &&
      lang.givenNames.has(p) &&
      !lang.plainWords.has(p) &&
      CYRILLIC_WORD.test(text.slice(s.start, s.start + 1))
    )
      out.push({ start: s.start - before.length + prev.start, end: s.end, type: 'NAME', source: 'name:first-before' })
    // "phạm quốc bảo": after a family name that comes first (Vietnamese, Korean, Chinese in Latin letters), the given
    // names the tables list go with it, whatever else they mean.
    const value = lowerCased(text.slice(s.start, s.end))
    // After a title found with it ("bác sĩ lê minh châu"): the family name is what follows the title.
    const family = withoutLeadingTitle(value, lang)
    // After a title the family name must be written as the table writes it, marks and all ("bác sĩ lê", not "em đo").
    if (
      !moreSpacesThanFamilyNames(family, lang) &&
      (lang.familyNames.has(family) || (family === value && lang.familyNames.has(fold(family))))
    ) {
      const given = GIVEN_AFTER.exec(text.slice(s.end, s.end + 30))
      const parts = given ? given[0].trim().split(/[ \t]+/) : []
      let n = 0
      while (
        n < parts.length &&
        (lang.givenNames.has(parts[n]!.toLowerCase()) || lang.givenNames.has(fold(parts[n]!.toLowerCase())))
      )
        n++
      // After a title written short, a middle name and a given name: "Mr. Luong Van Tu", not "Dr. Tran le aumentó".
      if (n > 0 && (n >= 2 || !DOTTED_TITLE.test(value))) {
        const words = new RegExp(`^(?:[ \\t]+[\\p{L}\\p{M}]+){${n}}`, 'u').exec(given![0])!
        out.push({ start: s.start, end: s.end + words[0].length, type: 'NAME', source: 'name:given-after-family' })
      }
    }
    // "delacroix dash young": a name spelled out with its hyphen said aloud goes on over the next word.
    const dashed = afterBlanks(text, s.end, DASH_WORD_START) ? SPOKEN_DASH.exec(text.slice(s.end, s.end + 40)) : null
    if (dashed && !isSafeBesideName(dashed[1]!.toLowerCase()))
      out.push({ start: s.start, end: s.end + dashed[0].length, type: 'NAME', source: 'name:spoken-dash' })
    // "it's uh... Drew um my last name is Price": the word said right before "my last name is" (fillers aside) is the
    // caller's first name, whatever else it means.
    const lastNameCue =
      (lastNameHint ??= LAST_NAME_HINT.test(text)) && LAST_NAME_HINT.test(before)
        ? LAST_NAME_CUE_BEFORE.exec(before)
        : null
    if (lastNameCue) {
      const end = s.start - lastNameCue[0].length
      const word = WORD_AT_END.exec(text.slice(Math.max(0, end - 30), end))?.[0]
      const lower = word === undefined ? '' : lowerCased(word)
      // Capitalised, or a first name no language uses as a word ("sí", "dar", "el" stay).
      if (
        word &&
        !FILLERS.has(lower) &&
        !FUNCTION_WORDS.has(lower) &&
        !isFunctionWordOfAnyLanguage(lower) &&
        !isClinicalTerm(lower) &&
        !CALENDAR_NAMES.has(lower) &&
        (/^\p{Lu}/u.test(word)
          ? isFirstName(lower) || !isCommonWord(lower)
          : isFirstName(lower) && !isCommonWord(lower) && !knownInSomeLanguage(lower))
      )
        out.push({ start: end - word.length, end, type: 'NAME', source: 'name:first-before' })
    }
    // A first name right after a self or relation cue, then a surname the lexicon knows: the whole name.
    // The word after the name, as read above.
    const next = following
    const n = next?.[1] === undefined ? undefined : lowerCased(next[1])
    // "it's Drew... Drew Church": a caller saying the first name again to add the surname (one span over both).
    if (!next || !n || n.length < 3 || !isSurname(n) || isSafeBesideName(n)) continue
    // Read only for a name with a surname candidate after it (most names have none).
    const restated = isRestatedName(value) || restatesName(text.slice(Math.max(0, s.start - 40), s.start), value)
    if (/\s/.test(value) && !restated) continue
    // Everyday words the surname list also holds ("wife", "school", "fell", "toma") stay words.
    // A capitalised everyday word (a state: "washington") is a surname after a first name all the same.
    // Said again with a capital after a restated first name ("Drew... Drew Church"), the word is a surname all the same.
    const capitalRestated = restated && /^\p{Lu}/u.test(next[1]!)
    if (
      (isBasicWord(n) && !isProperWord(n) && !capitalRestated) ||
      lang.words.has(n) ||
      lang.plainWords.has(n) ||
      lang.relationCues.phrases.has(n)
    )
      continue
    const cue = text.slice(Math.max(0, s.start - 40), s.start).toLowerCase()
    if (
      phraseLengthAtEnd(cue, lang.selfCues) > 0 ||
      phraseLengthAtEnd(cue, lang.relationCues) > 0 ||
      // "pickup for gloria washington": the person a call is for.
      /(?:^|[^\p{L}])(?:for|regarding|about|para|pour|cho)[ \t]+$/u.test(cue) ||
      restated
    )
      out.push({ start: s.start, end: s.end + next[0].length, type: 'NAME', source: 'name:surname-after' })
  }
  return out
}

// "… um my last name is ", "…, last name ", "… y mi apellido es ": what a caller says between a first name and a surname.
const LAST_NAME_CUE_BEFORE =
  /[ \t.,…-]+(?:(?:um|uh|er|erm|eh|este)[ \t.,…-]+)*(?:and[ \t]+|y[ \t]+)?(?:(?:my|mi|the|el|su|his|her)[ \t]+)?(?:last[ \t]+name|surname|family[ \t]+name|apellido)(?:[ \t]+(?:is|es))?[ \t:,]*$/iu
// What each of the two patterns below needs somewhere before the name: one search instead of a scan back per name.
// A saint's title right before a name: "St. ", "ST ", "Saint ", "Ste. " after no letter.
const SAINT_BEFORE = /(?<![\p{L}\p{M}.])((?:st|ste|saint|sainte)\.?[ \t]{1,2})$/iu

/**
 * Whether `before` may end as SAINT_BEFORE needs: one or two spaces or tabs after "t" or "e" (st, ste, saint, sainte;
 * upper case too), a full stop between them or not. Most names follow no saint: the pattern, with its look-behind,
 * is then not tried at every position of the look-back.
 */
function mayEndOnSaint(before: string): boolean {
  let i = before.length
  while (i > 0 && before.length - i < 2 && (before.charCodeAt(i - 1) === 32 || before.charCodeAt(i - 1) === 9)) i--
  if (i === before.length) return false
  if (i > 0 && before.charCodeAt(i - 1) === 46) i--
  const c = i > 0 ? before.charCodeAt(i - 1) | 32 : 0
  return c === 116 || c === 101
}
const FAMILY_HINT = /amil|anmi|amíl|gia đình|емь|емей|عائلة|أسرة|家族/u
// LAST_NAME_CUE_BEFORE's own cue words, same flags ("name" alone let every "my name is …" try that pattern).
const LAST_NAME_HINT = /last[ \t]+name|surname|family[ \t]+name|apellido/iu
// The word for "family" written before a family's name, in the languages the tables read.
const FAMILY_BEFORE =
  /(?<![\p{L}\p{M}])(?:[Ff]amily|[Ff]amilia|[Ff]amília|[Ff]amille|[Ff]anmi|[Pp]amilya|[Gg]ia đình|[Сс]емья|[Сс]емейство|عائلة|العائلة|أسرة|家族)[ \t]+$/u
// A clinician's title said as separate letters before a name ("P A", "N. P.", "r n").
const SPELLED_TITLE_BEFORE =
  /(?<![\p{L}\p{M}'’.])(?:p\.?[ \t]+a|n\.?[ \t]+p|r\.?[ \t]+n|m\.?[ \t]+d|d\.?[ \t]+o)\.?[ \t]+$/iu
const WORD_AT_END = /(?<![\p{L}\p{M}'’])\p{L}[\p{L}\p{M}'’-]*$/u
const CHART_GIVEN_AFTER = /^,[ \t]{0,2}(\p{Lu}{2,})(?![\p{L}\p{M}])/u
