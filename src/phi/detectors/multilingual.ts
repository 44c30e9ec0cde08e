/**
 * Dates, ages and names in every language the engine reads, driven by the language tables (src/phi/languages):
 * month names and date markers (14 mars 1958, 12월 3일, 1958年3月14日, ngày 3 tháng 12), "years old" words of 90+
 * (95 tuổi, 九十五岁, quatre-vingt-quinze ans), and names after a person cue, a title or an honorific in any script
 * (je m'appelle Marie Dupont, 我叫陈志强, 박영희 씨, chị Lan). One small core; every word it knows comes from the tables.
 */
import {
  copulaLength,
  fold,
  hasAttachedSuffix,
  LANGUAGES,
  languages,
  phraseLengthAtEnd,
  type PhraseSet,
} from '../languages'
import { isCity, isClinicalTerm, isEnglishWord, isFirstName, isSlang } from '../lexicon'
import { classify } from '../lexicon/word-class'
import { boundedMemo } from '../memo'
import { words, type Word } from '../spoken'
import { hasLowerCase, hasUpperCase } from './chars'
import { phraseEndingAt, phraseFrom, spacedGap } from './phrases'
import type { Detector, Span } from './types'
import { hanNames, hangulGivenNames } from './cjk-names'
import {
  compactDatesAndAges,
  DIGITS,
  HAN,
  HANGUL_WORD,
  markedDates,
  monthNameDates,
  numberAtWord,
} from './multilingual-dates'
import { onOriginal, withoutHanSpaces } from './han-names'

/** Ages of 90+ with a "years old" phrase after the number or an "age" phrase before it, in any language. */
function spacedAges(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 0; i < list.length; i++) {
    const n = numberAtWord(list, i, text)
    if (!n || n[1] < 90 || n[1] > 130) continue
    const last = i + n[0] - 1
    const after = phraseFrom(list, last + 1, text, lang.yearsOld)
    const before = phraseEndingAt(list, i - 1, text, lang.ageBefore)
    if (after > 0 || before >= 0)
      out.push({ start: list[i]!.start, end: list[last]!.end, type: 'AGE', source: 'age:languages', canonical: '>89' })
    i = last
  }
}

const MAX_NAME_WORDS = 4

// Closed-class English words and auxiliaries that end a name after a cue ("this is grace young calling").
// biome-ignore format: packed list
const ENGLISH_BOUNDARY = new Set([
  'and', 'or', 'but', 'from', 'calling', 'here', 'speaking', 'again', 'at', 'in', 'on', 'for', 'to', 'with', 'about', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'did', 'does', 'do',
  'i', 'im', "i'm", 'he', 'she', 'we', 'they', 'you', 'it', 'my', 'your', 'his', 'her', 'our', 'their', 'the', 'a', 'an',
  'this', 'that', 'who', 'which', 'please', 'pls', 'plz', 'thanks', 'thank', 'regarding', 're', 'so', 'just', 'not', 'if',
  'when', 'because', 'yes', 'no', 'ok', 'okay', 'hi', 'hey', 'hello', 'um', 'uh', 'also', 'too', 'there', 'then', 'now',
  'today', 'tomorrow', 'yesterday', 'tonight', 'needs', 'need', 'wants', 'want', 'got', 'get', 'says', 'said', 'called',
])
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

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}

// A pure test of the word over fixed tables, asked of every word after a cue: remembered per word (bounded).
const isNameBoundary = boundedMemo(isBoundaryWord, 4096)

function isBoundaryWord(w: string): boolean {
  if (ENGLISH_BOUNDARY.has(w) || DIGITS.test(w)) return true
  const lang = languages()
  if (lang.words.has(w) || lang.months.has(w) || lang.weekdays.has(w) || lang.numbers.has(w)) return true
  if (isClinicalTerm(w) || isSlang(w)) return true
  if (/ing$/.test(w) && classify(w).common) return true
  return false
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
  return cased && /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !c.proper
}

// Cues that name someone outright ("my name is", "me llamo", "je m'appelle", "меня зовут", "tên tôi là", "이름은"):
// the name runs to the next boundary whatever its words are. Every other cue ("this is", "my son", "chị") needs a
// word that looks like a name first ("this is about my refill" has none).
const NAMING_CUE =
  /name|nombre|llamo|llama|appelle|\bnom\b|rele|зовут|имя|اسم|tên|이름|名字|叫|you can call me|calls (?:me|him|her)|(?:they|we|everyone|everybody|people) call (?:me|him|her)|go(?:es)? by|known as|chamo|chama|pangalan|ngalan/u

let intros: ReadonlySet<string> | undefined

/** The self cues of the English and Spanish tables: names.ts reads those introductions with their idioms. */
function englishOrSpanishIntro(cue: string): boolean {
  intros ??= new Set(
    LANGUAGES.filter((t) => t.code === 'en' || t.code === 'es').flatMap((t) =>
      t.selfCues.map((c) => c.replace(/-/g, ' ')),
    ),
  )
  return intros.has(cue)
}

/** Names after a self cue, a relation word or a title, in every spaced script: runs to the next boundary. */
function cuedNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  const cased = hasUpperCase(text) && hasLowerCase(text)
  const cueSets: Array<[PhraseSet, boolean]> = [
    [lang.selfCues, true],
    [lang.relationCues, false],
    [lang.titlesBefore, false],
  ]
  for (let i = 1; i < list.length; i++) {
    const first = list[i]!
    for (const [set, self] of cueSets) {
      const cueStart = phraseEndingAt(list, i - 1, text, set)
      if (cueStart < 0) continue
      // A Han word takes no cue here (hanNames reads those); asked only after a cue, as most words follow none.
      if (HAN.test(first.w)) break
      if (!isCueGap(text, list[i - 1]!.end, first.start)) continue
      let cue = list[cueStart]!.w
      for (let k = cueStart + 1; k < i; k++) cue += ` ${list[k]!.w}`
      const naming = self && NAMING_CUE.test(cue)
      // "everybody calls her mother ruby": a title or kinship word may open a name given outright.
      const titled = naming && lang.titlesBefore.phrases.has(first.w)
      // A title only ever written before a name ("aling", "doña", "mrs") is followed by one, whatever the word means.
      const strong =
        set === lang.titlesBefore &&
        lang.titlesOnlyBeforeNames.has(cue) &&
        !ENGLISH_BOUNDARY.has(first.w) &&
        !DIGITS.test(first.w)
      if (isNameBoundary(first.w) && !titled && !strong) continue
      if (strong) {
        out.push({ start: first.start, end: first.end, type: 'NAME', source: 'names:cue' })
        break
      }
      // After a relation word a known first name is one even when it is also a word ("my mother blessing").
      const relationFirst = set === lang.relationCues && isFirstName(first.w) && !ENGLISH_BOUNDARY.has(first.w)
      if (!naming && !nameLike(first, text, cased) && !relationFirst) continue
      // English and Spanish introductions ("it's sunny again") are read by names.ts, which knows their idioms.
      // Only a first name that is no English word passes: "it's dolores", not "it's sunny again".
      if (self && !naming && englishOrSpanishIntro(cue) && !(classify(first.w).first && !isEnglishWord(first.w)))
        continue
      let j = i
      while (j + 1 < list.length && j - i + 1 < MAX_NAME_WORDS && spacedGap(text, list[j]!, list[j + 1]!)) {
        const next = list[j + 1]!
        if (isNameBoundary(next.w) || CALLER_WORDS.has(next.w) || HAN.test(next.w)) break
        // After other cues a later word must look like a name or a surname ("my son diego young", not "diego really").
        if (!naming && !nameLike(next, text, cased) && !lang.familyNames.has(next.w) && !classify(next.w).wordSurname)
          break
        j++
      }
      out.push({ start: first.start, end: list[j]!.end - copulaLength(list[j]!.w), type: 'NAME', source: 'names:cue' })
      break
    }
  }
}

// Words after a town that make it part of a facility's name: "riverside general", "fresno community hospital".
// biome-ignore format: packed list
const FACILITY_AFTER = new Set([
  'general', 'memorial', 'medical', 'hospital', 'regional', 'community', 'county', 'clinic', 'health', 'urgent',
  'children', "children's", 'university', 'methodist', 'presbyterian', 'baptist', 'hospice', 'rehab', 'dialysis',
])

/** A known town right before a facility word is a place inside a facility's name ("riverside general"). */
function facilityPlaces(list: readonly Word[], text: string, out: Span[]): void {
  for (let i = 1; i < list.length; i++) {
    if (!FACILITY_AFTER.has(list[i]!.w)) continue
    for (let k = Math.min(3, i); k >= 1; k--) {
      const from = i - k
      if (!list.slice(from, i).every((w, n) => n === 0 || spacedGap(text, list[from + n - 1]!, w))) continue
      if (!spacedGap(text, list[i - 1]!, list[i]!)) break
      const phrase = list
        .slice(from, i)
        .map((w) => w.w)
        .join(' ')
      if (isCity(phrase) && !classify(phrase).clinical) {
        out.push({ start: list[from]!.start, end: list[i - 1]!.end, type: 'CITY', source: 'city:facility' })
        break
      }
    }
  }
}

// Facility words written before the town that names them: "hospital de las cruces", "hôpital de Bordeaux".
const FACILITY_BEFORE = new Set([
  'hospital',
  'clínica',
  'clinica',
  'hôpital',
  'hopital',
  'clinique',
  'centro',
  'centre',
  'sanatorio',
  'policlínica',
  'policlinica',
])
const FACILITY_JOINERS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'of', "d'", 'du'])
const PLACE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les', 'o', 'a', 'os', 'as'])

/** A known town after a facility word and "de"/"of": "hospital de las cruces", "clínica de Santa Ana". */
function facilityTowns(list: readonly Word[], text: string, out: Span[]): void {
  for (let i = 0; i + 2 < list.length; i++) {
    if (!FACILITY_BEFORE.has(list[i]!.w) || !FACILITY_JOINERS.has(list[i + 1]!.w)) continue
    const from = i + 2
    for (let k = Math.min(4, list.length - from); k >= 1; k--) {
      const run = list.slice(from, from + k)
      if (!run.every((w, n) => n === 0 || spacedGap(text, run[n - 1]!, w))) continue
      const phrase = run.map((w) => w.w).join(' ')
      const bare = PLACE_ARTICLES.has(run[0]!.w)
        ? run
            .slice(1)
            .map((w) => w.w)
            .join(' ')
        : phrase
      if ((isCity(phrase) || (bare !== phrase && bare.length > 0 && isCity(bare))) && !classify(phrase).clinical) {
        out.push({ start: run[0]!.start, end: run[k - 1]!.end, type: 'CITY', source: 'city:facility' })
        break
      }
    }
  }
}

/** Name particles join the word after them into a name: "عبد الله", "bin Rashid", "أبو أحمد". */
function particleNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
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

// The last code units of each list of Han weekdays: a look-back ending on none of them holds none of the weekdays.
const lastUnitsOfLists = new WeakMap<readonly string[], ReadonlySet<number>>()

function lastUnitsOf(list: readonly string[]): ReadonlySet<number> {
  let units = lastUnitsOfLists.get(list)
  if (!units) lastUnitsOfLists.set(list, (units = new Set(list.map((w) => w.charCodeAt(w.length - 1)))))
  return units
}

/** "星期三 " or "星期三" right before a date: the length of the Han weekday with the spaces after it, or 0. */
function hanWeekdayLengthAtEnd(before: string, weekdays: readonly string[]): number {
  let end = before.length
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9)) end--
  // Refused by the last character before any search (every date of a text asks, and most follow no Han weekday).
  if (end === 0 || !lastUnitsOf(weekdays).has(before.charCodeAt(end - 1))) return 0
  const trimmed = before.slice(0, end)
  const weekday = weekdays.find((w) => trimmed.endsWith(w))
  return weekday ? before.length - trimmed.length + weekday.length : 0
}

// Han words placing a weekday: last week's, next week's, this week's ("上个星期三", "下周五").
const HAN_WEEKDAY_RELATIVES = ['上个', '上個', '下个', '下個', '这个', '這個', '上', '下', '本', '这', '這']

function hanRelativeLengthAtEnd(head: string): number {
  return HAN_WEEKDAY_RELATIVES.find((r) => head.endsWith(r))?.length ?? 0
}

/** A weekday right before a date joins it, in any language ("thứ Sáu 20/9", "lundi 14/3"): run on resolved spans. */
export function weekdaysBeforeDates(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const { weekdayPhrases, weekdayRelatives } = languages()
  for (const s of spans) {
    if (s.type !== 'DATE') continue
    const before = text.slice(Math.max(0, s.start - 24), s.start)
    const n = phraseLengthAtEnd(before, weekdayPhrases) || hanWeekdayLengthAtEnd(before, weekdayPhrases.unspaced)
    // "지난 금요일 13일", "last friday 13", "上个星期三 十五号": the word placing the weekday goes with it.
    const head = text.slice(Math.max(0, s.start - n - 24), s.start - n)
    const placed = n > 0 ? phraseLengthAtEnd(head, weekdayRelatives) || hanRelativeLengthAtEnd(head) : 0
    if (n > 0)
      out.push({
        start: s.start - n - placed,
        end: s.end,
        type: 'DATE',
        source: 'date:weekday',
        ...(s.canonical ? { canonical: s.canonical } : {}),
      })
  }
  return out
}

/**
 * A name written before an honorific that follows it, in a spaced script: "민수 씨", "이 원장님", "최 선생님" (Korean writes
 * the given or family name, then the title). The title stays in the span, as a title before a name does.
 */
function titledBefore(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 1; i < list.length; i++) {
    if (!isHangulTitle(list[i]!.w)) continue
    const prev = list[i - 1]!
    if (!/\p{Script=Hangul}/u.test(prev.w) || !spacedGap(text, prev, list[i]!)) continue
    if (isNameBoundary(prev.w) && !lang.familyNames.has(prev.w)) continue
    out.push({ start: prev.start, end: list[i]!.end, type: 'NAME', source: 'names:title-after' })
  }
}

// Whether a word is a Hangul honorific (with or without a particle): a property of the word alone, remembered.
const isHangulTitle = boundedMemo(hangulTitle, 4096)

function hangulTitle(w: string): boolean {
  if (!HANGUL_WORD.test(w)) return false
  const phrases = languages().titlesAfter.phrases
  const titled = phrases.has(w) || hasAttachedSuffix(w, (stem) => phrases.has(stem))
  return !HAN.test(w) && titled
}

/** Finds dates, ages of 90+ and cued names with the language tables. */
export const detectMultilingual: Detector = ({ text, lower }) => {
  const out: Span[] = []
  const list = words(lower)
  monthNameDates(list, text, out)
  markedDates(list, text, out)
  facilityPlaces(list, text, out)
  facilityTowns(list, text, out)
  particleNames(list, text, out)
  titledBefore(list, text, out)
  hangulGivenNames(list, out)
  spacedAges(list, text, out)
  cuedNames(list, text, out)
  // Speech-to-text spaces Chinese ("我是 李建国 的儿子"): the Han names are read as if it had not.
  const compact = withoutHanSpaces(text)
  if (compact) {
    const found: Span[] = []
    hanNames(compact.text, found)
    out.push(...onOriginal(found, compact.offsets))
  } else hanNames(text, out)
  compactDatesAndAges(text, out)
  return out
}
