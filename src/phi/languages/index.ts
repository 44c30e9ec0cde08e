/**
 * The language tables (one file per language, see types.ts) compiled once into look-ups the detectors share:
 * number and ordinal words, months and weekdays, "years old" words, clinical quantity contexts, person cues and
 * titles, family and given names, and everyday words. Every look-up takes lower-case text; tables without a
 * prototype, so a word such as "constructor" is only ever a word.
 */
import { classLengthBefore, lowerCased, wordCharLength } from '../detectors/chars'
import { isSharedWordList } from '../spoken'
import { LANGUAGES } from './all'
import { type PhraseNode, type PhraseSet, fold, foldingOnce, phraseSet } from './phrase-set'
import type { LanguageTable } from './types'

export type { LanguageTable } from './types'
export { LANGUAGES } from './all'
export { type PhraseNode, type PhraseSet, fold } from './phrase-set'

function dictionary<T>(): Map<string, T> {
  return new Map<string, T>()
}

/** A table's self and title cues, and the longer ones again with its clitic prefixes written on ("واسمي" of "اسمي"). */
function withClitics(t: LanguageTable, phrases: readonly string[]): readonly string[] {
  const prefixes = t.cliticPrefixes ?? []
  if (prefixes.length === 0) return phrases
  // Short cues take no clitic ("م" would make "فم", mouth; "أنا" would make every "وأنا …" an introduction), nor do
  // relation words, after which an adjective would read as a name ("وأبي تعبان").
  const relations = new Set(t.relationCues)
  const hosts = phrases.filter((x) => [...x].length >= 4 && !relations.has(x))
  return [...phrases, ...prefixes.flatMap((p) => hosts.map((x) => p + x))]
}

function compile(tables: readonly LanguageTable[]) {
  const numbers = dictionary<number>()
  const numberLanguages = dictionary<Set<string>>()
  const ordinals = dictionary<number>()
  const months = dictionary<number>()
  const weekdays = new Set<string>()
  const familyNames = new Set<string>()
  const givenNames = new Set<string>()
  const words = new Set<string>()
  const suffixes = new Set<string>()
  const add = <T>(map: Map<string, T>, key: string, value: T): void => {
    for (const k of [key, fold(key)]) if (k.length > 0 && !map.has(k)) map.set(k, value)
  }
  let maxNumberWords = 1
  const numberFirstWords = new Map<string, number>()
  for (const t of tables) {
    for (const [raw, v] of Object.entries(t.numbers)) {
      // Hyphens read as spaces: the word scanner splits "quatre-vingt-quinze" into three words.
      const w = raw.replace(/-/g, ' ').replace(/\s+/g, ' ').trim()
      add(numbers, w, v)
      for (const k of [w, fold(w)]) {
        if (!numberLanguages.has(k)) numberLanguages.set(k, new Set())
        numberLanguages.get(k)!.add(t.code)
        const parts = k.split(' ')
        numberFirstWords.set(parts[0]!, Math.max(numberFirstWords.get(parts[0]!) ?? 0, parts.length))
      }
      maxNumberWords = Math.max(maxNumberWords, w.split(' ').length)
    }
    for (const [w, v] of Object.entries(t.ordinals)) add(ordinals, w, v)
    for (const [i, forms] of t.months.entries()) for (const f of forms) add(months, f, i + 1)
    for (const forms of t.weekdays) for (const f of forms) for (const k of [f, fold(f)]) weekdays.add(k)
    for (const n of t.familyNames) for (const k of [n, fold(n)]) familyNames.add(k)
    for (const n of t.givenNames) for (const k of [n, fold(n)]) givenNames.add(k)
    for (const x of t.attachedSuffixes ?? []) suffixes.add(x)
  }
  // The vocabulary a table implies is everyday vocabulary too: number words, months, weekdays and the single words
  // of its cue, title, unit and marker phrases ("merci", "madame", "tuổi"), never its names.
  const byLanguage = new Map<string, Set<string>>()
  // The tables' own everyday words, before the vocabulary their other lists imply is added.
  // word → the languages whose own word lists hold it, names or not ("li" of Haitian Creole is a family name too).
  const plainWordLanguages = new Map<string, string[]>()
  for (const t of tables) {
    for (const k of new Set(t.words.flatMap((w) => [w, fold(w)]))) {
      const codes = plainWordLanguages.get(k) ?? plainWordLanguages.set(k, []).get(k)!
      codes.push(t.code)
    }
  }
  const plainWords: ReadonlySet<string> = new Set(plainWordLanguages.keys())
  for (const t of tables) {
    const own = new Set<string>()
    // Number, month, weekday and marker words are words even when a name is spelled the same ("hai" is two in
    // Vietnamese and the name Hải without its tone): those closed lists are read before any name list.
    // biome-ignore format: packed list
    const closed = [
      Object.keys(t.numbers), Object.keys(t.ordinals), t.months.flat(), t.weekdays.flat(), t.yearsOld, t.unitsAfter,
      Object.values(t.dateMarkers).flat(), t.dateJoiners,
    ]
    // biome-ignore format: packed list
    const open = [
      t.words, t.ageBefore, t.selfCues, t.relationCues, t.titlesBefore, t.titlesAfter, t.signOffs, t.nameParticles,
      t.cuesBefore, t.streetWords, t.addressCues, t.birthCues, t.phoneCues, t.addressUnits ?? [], t.numericDateBefore ?? [],
    ]
    for (const [list, isClosed] of [
      ...closed.map((l) => [l, true] as const),
      ...open.map((l) => [l, false] as const),
    ]) {
      for (const phrase of list) {
        for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
          if (w.length === 0 || (!isClosed && (givenNames.has(w) || familyNames.has(w)))) continue
          for (const k of [w, fold(w)]) {
            own.add(k)
            words.add(k)
          }
        }
      }
    }
    byLanguage.set(t.code, own)
  }
  // word → the languages whose everyday words hold it: one look-up per word when telling a text's language.
  const languagesOfWord = new Map<string, string[]>()
  for (const [code, set] of byLanguage)
    for (const w of set) (languagesOfWord.get(w) ?? languagesOfWord.set(w, []).get(w)!).push(code)
  const all = (pick: (t: LanguageTable) => readonly string[]): PhraseSet => phraseSet(tables.map(pick))
  // biome-ignore format: packed list
  return {
    numbers, numberLanguages, numberFirstWords, plainWords, plainWordLanguages, ordinals, languagesOfWord, months, weekdays, familyNames, givenNames, words, maxNumberWords, byLanguage,
    suffixes: suffixes as ReadonlySet<string>,
    suffixLengths: [...new Set([...suffixes].map((x) => x.length))].sort((a, b) => b - a),
    yearsOld: all((t) => t.yearsOld),
    ageBefore: all((t) => t.ageBefore),
    unitsAfter: all((t) => t.unitsAfter),
    cuesBefore: all((t) => t.cuesBefore),
    selfCues: all((t) => withClitics(t, t.selfCues)),
    relationCues: all((t) => t.relationCues),
    titlesBefore: all((t) => withClitics(t, t.titlesBefore)),
    titlesAfter: all((t) => t.titlesAfter),
    signOffs: all((t) => t.signOffs),
    birthCues: all((t) => t.birthCues),
    addressCues: all((t) => t.addressCues),
    phoneCues: all((t) => t.phoneCues),
    streetWords: all((t) => t.streetWords),
    dayBefore: all((t) => t.dateMarkers.dayBefore),
    daysBefore: all((t) => t.dateMarkers.daysBefore ?? []),
    dayAfter: all((t) => t.dateMarkers.dayAfter),
    monthBefore: all((t) => t.dateMarkers.monthBefore),
    monthAfter: all((t) => t.dateMarkers.monthAfter),
    yearBefore: all((t) => t.dateMarkers.yearBefore),
    yearAfter: all((t) => t.dateMarkers.yearAfter),
    dateJoiners: all((t) => t.dateJoiners),
    weekdayPhrases: all((t) => t.weekdays.flat()),
    nameParticles: new Set(tables.flatMap((t) => t.nameParticles)),
    markedSurnames: new Set(tables.flatMap((t) => t.markedSurnames ?? [])),
    compoundGivenNames: new Set(tables.flatMap((t) => (t.compoundGivenNames ?? []).flatMap((w) => [w, fold(w)]))),
    numberAlternatives: new Set(tables.flatMap((t) => t.numberAlternatives ?? [])),
    littlePlaceWords: tables.flatMap((t) => t.littlePlaceWords ?? []),
    holidays: all((t) => t.holidays ?? []),
    numericDateBefore: new Set(tables.flatMap((t) => t.numericDateBefore ?? [])),
    nameLinks: new Set(tables.flatMap((t) => (t.nameLinks ?? []).flatMap((w) => [w, fold(w)]))),
    letterNamesOf: new Map(tables.map((t) => [t.code, new Set(Object.keys(t.letterNames ?? {}))])),
    personArticles: wordLanguages(tables, (t) => t.personArticles ?? []),
    cueLanguages: wordLanguages(tables, (t) => [...t.titlesBefore, ...t.relationCues, ...t.selfCues]),
    givenNamesOf: new Map(tables.map((t) => [t.code, new Set(t.givenNames.flatMap((n) => [n, fold(n)]))])),
    vocatives: new Set(tables.flatMap((t) => t.vocatives ?? [])),
    vocativesAfter: new Set(tables.flatMap((t) => t.vocativesAfter ?? [])),
    titlesOnlyBeforeNames: new Set(tables.flatMap((t) => (t.titlesOnlyBeforeNames ?? []).flatMap((w) => [w, fold(w)]))),
    subjectPronouns: new Map(tables.flatMap((t) => (t.subjectPronouns ?? []).map((w) => [w, t.code] as const))),
    addressUnits: all((t) => t.addressUnits ?? []),
    romanizedSyllables: new Set(tables.flatMap((t) => t.romanizedSyllables ?? [])),
    corrections: all((t) => t.corrections ?? []),
    nicknameCues: all((t) => t.nicknameCues ?? []),
    kinTitles: all((t) => t.kinTitles ?? []),
    nicknameCuesAfter: all((t) => t.nicknameCuesAfter ?? []),
    introductionEnds: all((t) => t.introductionEnds ?? []),
    personVerbs: all((t) => t.personVerbs ?? []),
    inflections: tables.flatMap((t) => t.inflections ?? []).sort((a, b) => b.length - a.length),
    inflectionBases: [...new Set(['', ...tables.flatMap((t) => t.inflectionBases ?? [])])],
    drugSuffixes: tables.flatMap((t) => t.drugSuffixes ?? []),
    predicateEndings: tables.flatMap((t) => t.predicateEndings ?? []).sort((a, b) => b.length - a.length),
    spellingAnalogies: all((t) => t.spellingAnalogies ?? []),
    periodCues: all((t) => t.periodCues ?? []),
    monthRelatives: all((t) => t.monthRelatives ?? []),
    monthRelativesBefore: all((t) => t.monthRelativesBefore ?? []),
    transliterationChars: new Set(tables.flatMap((t) => [...(t.transliterationChars ?? '')])),
    weekdayRelatives: all((t) => t.weekdayRelatives ?? []),
    monthPhrases: all((t) => t.months.flat()),
    places: all((t) => t.places ?? []),
    residenceCues: all((t) => withClitics(t, t.residenceCues ?? [])),
    originCues: new Set(tables.flatMap((t) => t.originCues ?? [])),
    originAfterName: wordLanguages(tables, (t) => t.originAfterName ?? []),
    residenceCueLanguages: wordLanguages(tables, (t) => t.residenceCues ?? []),
    residenceVerbsAfter: tables.flatMap((t) => t.residenceVerbsAfter ?? []),
    genericPlaces: all((t) => t.genericPlaces ?? []),
    placeArticles: new Set(tables.flatMap((t) => t.placeArticles ?? [])),
    serviceWords: new Set(tables.flatMap((t) => t.serviceWords ?? [])),
    placeEnds: new Set(tables.flatMap((t) => (t.placeEnds ?? []).flatMap((w) => [w, fold(w)]))),
    letterNames: new Map(tables.flatMap((t) => Object.entries(t.letterNames ?? {}))),
  }
}

/** Every table compiled (built on first use, then shared by every detection in the isolate). */
/** phrase (and its folded form) → the languages whose `pick` list holds it. */
function wordLanguages(
  tables: readonly LanguageTable[],
  pick: (t: LanguageTable) => readonly string[],
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>()
  for (const t of tables)
    for (const w of pick(t))
      for (const k of new Set([w, fold(w)])) {
        const codes = out.get(k) ?? out.set(k, []).get(k)!
        if (!codes.includes(t.code)) codes.push(t.code)
      }
  return out
}

export type CompiledLanguages = ReturnType<typeof compile>

let compiled: CompiledLanguages | undefined

/** The compiled tables of every language the engine reads. */
export function languages(): CompiledLanguages {
  compiled ??= foldingOnce(() => compile(LANGUAGES))
  return compiled
}

/**
 * The languages (other than English) a text of Latin-script words reads as: those whose everyday words occur at
 * least twice and at least as often as English ones. The word backstop trusts a language's frequency list only
 * in a text of that language, so an English message keeps flagging "tay" although it is Vietnamese for "hand".
 */
export function latinLanguagesOf(lowerWords: readonly string[]): ReadonlySet<string> {
  return latinOf(languageCounts(lowerWords))
}

/** {@link latinLanguagesOf} of a text's words (offsets and all): counted once for the same frozen list. */
export function latinLanguagesOfWords(list: readonly { w: string }[]): ReadonlySet<string> {
  return latinOf(countsOfWords(list))
}

function latinOf({ codes, english, counts, order }: LanguageCounts): ReadonlySet<string> {
  const out = new Set<string>()
  for (const n of order) if (counts[n]! >= 2 && counts[n]! >= english) out.add(codes[n]!)
  return out
}

/**
 * The languages a text of Latin-script words reads as most: of {@link latinLanguagesOf}, those with the most everyday
 * words (ties kept). A word that is a particle in one language and a word in another ("si") is read in this one.
 */
export function mainLatinLanguages(lowerWords: readonly string[]): ReadonlySet<string> {
  return mainOf(languageCounts(lowerWords))
}

/** {@link mainLatinLanguages} of a text's words (offsets and all): counted once for the same frozen list. */
export function mainLatinLanguagesOfWords(list: readonly { w: string }[]): ReadonlySet<string> {
  return mainOf(countsOfWords(list))
}

function mainOf({ codes, english, counts, order }: LanguageCounts): ReadonlySet<string> {
  let best = Math.max(2, english)
  for (const n of order) if (counts[n]! > best) best = counts[n]!
  const out = new Set<string>()
  for (const n of order) if (counts[n]! >= best) out.add(codes[n]!)
  return out
}

/** How many everyday words of each language a text holds (read only once made). */
interface LanguageCounts {
  codes: readonly string[]
  english: number
  counts: Int32Array
  order: number[]
}

// The last shared word list counted (one entry): several detectors of one text (`words(lower)` hands each the same
// list) ask which languages it reads as, and counting reads every word of the text.
let lastCounted: { list: readonly { w: string }[]; counts: LanguageCounts } | undefined

function countsOfWords(list: readonly { w: string }[]): LanguageCounts {
  if (lastCounted !== undefined && lastCounted.list === list) return lastCounted.counts
  const counts = languageCounts(list.map((x) => x.w))
  // Only a list `words` handed out: the same object then always holds the same words.
  if (isSharedWordList(list)) lastCounted = { list, counts }
  return counts
}

/** How many everyday words of each language a text holds: English apart, the others by number in order of first hit. */
function languageCounts(lowerWords: readonly string[]): LanguageCounts {
  const index = (latinIndex ??= indexLanguages(languages().languagesOfWord))
  // Counted per language number in an array (a word such as "a" belongs to six languages, and this reads every word
  // of the text): the languages in the order of their first hit, as a map of counts would hold them.
  let english = 0
  const counts = new Int32Array(index.codes.length)
  const order: number[] = []
  for (const w of lowerWords) {
    const numbers = index.ofWord.get(w)
    if (!numbers) continue
    for (let k = 0; k < numbers.length; k++) {
      const n = numbers[k]!
      if (n === index.english) english++
      else if (counts[n]!++ === 0) order.push(n)
    }
  }
  return { codes: index.codes, english, counts, order }
}

/** {@link CompiledLanguages.languagesOfWord} with each language as a number. */
interface LanguageIndex {
  codes: string[]
  english: number
  ofWord: Map<string, readonly number[]>
}

let latinIndex: LanguageIndex | undefined

function indexLanguages(languagesOfWord: ReadonlyMap<string, readonly string[]>): LanguageIndex {
  const codes: string[] = []
  const numberOf = new Map<string, number>()
  const ofWord = new Map<string, readonly number[]>()
  const numberOfCode = (code: string): number => {
    let n = numberOf.get(code)
    if (n === undefined) {
      n = codes.push(code) - 1
      numberOf.set(code, n)
    }
    return n
  }
  for (const [w, list] of languagesOfWord) ofWord.set(w, list.map(numberOfCode))
  return { codes, english: numberOf.get('en') ?? -1, ofWord }
}

/**
 * The language (other than English) a text of Latin-script words is plainly written in: the one with most everyday
 * words in it, three or more and at least twice as many as English ones. Stricter than {@link latinLanguagesOf}: only here may such a
 * language's everyday word end a name ("… manman m Rosemène li gen …"), as a surname that is also a word somewhere
 * ("wei ng", "ana phan") must not end it in a text that merely shares a few words with that language.
 */
export function dominantLanguagesOf(lowerWords: readonly string[]): ReadonlySet<string> {
  const { codes, english, counts, order } = languageCounts(lowerWords)
  // The leading language only (ties kept): a Spanish text shares "me", "y", "ana" with Vietnamese words.
  let best = 0
  for (const n of order) best = Math.max(best, counts[n]!)
  const out = new Set<string>()
  for (const n of order) if (counts[n] === best && best >= 3 && best >= 2 * english) out.add(codes[n]!)
  return out
}

/** Whether `word` is an everyday word of one of `codes` (a set from {@link dominantLanguagesOf}). */
export function isWordOfLanguages(word: string, codes: ReadonlySet<string>): boolean {
  if (codes.size === 0) return false
  return (
    languages()
      .languagesOfWord.get(word)
      ?.some((code) => codes.has(code)) ?? false
  )
}

const HANGUL_END = /\p{Script=Hangul}$/u

/**
 * Whether `word` is a stem `isStem` accepts with one of the tables' attached suffixes written onto it (Korean
 * particles: "추석에", "선생님이"): one set look-up per suffix length rather than one `endsWith` per suffix. Korean
 * stacks a second particle onto the first ("선생님께도", "에게는", "한테만"): with `depth` 2 a Hangul word may carry
 * two. Word-class look-ups keep one, so a name that happens to end like a word and two particles stays a name.
 */
export function hasAttachedSuffix(word: string, isStem: (stem: string) => boolean, depth = 1): boolean {
  const { suffixes, suffixLengths } = languages()
  for (const n of suffixLengths) {
    if (word.length <= n || !suffixes.has(word.slice(word.length - n))) continue
    const stem = word.slice(0, word.length - n)
    if (isStem(stem)) return true
    if (depth > 1 && HANGUL_END.test(stem) && hasAttachedSuffix(stem, isStem, depth - 1)) return true
  }
  return false
}

/**
 * The words (lower case, the last one first) and their offsets of the last "word[.] spaces" units, at most `max`,
 * that end `prefix`: the units /(?:^|[^\p{L}\p{M}'’])((?:[\p{L}\p{M}'’]+\.?[ \t]+){1,max})$/u reads, found by
 * scanning back from the end instead of trying the pattern at every position of the look-back. Null when there
 * are none, or when `lastWords` is given and the last word is not in it (in either spelling): no phrase ends there.
 */
export function trailingWords(
  prefix: string,
  max: number,
  lastWords?: ReadonlySet<string>,
): { words: string[]; starts: number[] } | null {
  return trailingWordsIn(prefix, 0, prefix.length, max, lastWords)
}

/**
 * {@link trailingWords} of `text.slice(from, to)`, read in place (offsets from `from`): the look-back before every
 * word a cue may end on was a slice of its own, and reading a slice's code units cost more than the scan.
 */
function trailingWordsIn(
  text: string,
  from: number,
  to: number,
  max: number,
  lastWords?: ReadonlySet<string>,
): { words: string[]; starts: number[] } | null {
  // Made with the first word kept: most look-backs with `lastWords` are refused on their first word.
  let words: string[] | undefined
  let starts: number[] | undefined
  let pos = to
  while ((words?.length ?? 0) < max) {
    let spaces = pos
    while (spaces > from && (text.charCodeAt(spaces - 1) === 32 || text.charCodeAt(spaces - 1) === 9)) spaces--
    // "д-р", "mother-in-law": a hyphen between two words of a phrase parts them as a space does (the sets hold such
    // phrases with spaces); the phrase itself still ends on a space.
    if (spaces === pos && pos < to && pos - 1 > from && text.charCodeAt(pos - 1) === 45) spaces = pos - 1
    if (spaces === pos) break
    const wordEnd = spaces > from && text.charCodeAt(spaces - 1) === 46 ? spaces - 1 : spaces
    let wordStart = wordEnd
    while (wordStart > from) {
      // ASCII answered here (letters and the apostrophe), the rest by the scanner.
      const c = text.charCodeAt(wordStart - 1)
      if (c < 128) {
        const folded = c | 32
        if ((folded >= 97 && folded <= 122) || c === 39) wordStart--
        else break
        continue
      }
      // Hangul syllables are all letters (Korean text is read back syllable by syllable here).
      if (c >= 0xac00 && c <= 0xd7a3) {
        wordStart--
        continue
      }
      // A low surrogate first in the look-back has no pair inside it: no letter (as in a slice that starts there).
      if (c >= 0xdc00 && c <= 0xdfff && wordStart - from < 2) break
      const n = classLengthBefore(wordCharLength, text, wordStart)
      if (n === 0) break
      wordStart -= n
    }
    if (wordStart === wordEnd) break
    const word = lowerCased(text.slice(wordStart, wordEnd))
    // Cheap refusal: no phrase ends on a word that is not one of the set's last words.
    if (words === undefined && lastWords && !lastWords.has(word) && !lastWords.has(fold(word))) return null
    words ??= []
    starts ??= []
    words.push(word)
    starts.push(wordStart - from)
    pos = wordStart
  }
  return words !== undefined && starts !== undefined ? { words, starts } : null
}

/**
 * The length of a phrase of `set` (a title, "madame", "доктор", "bà") that ends `prefix` followed by spaces (a
 * title's dot allowed), or 0: how far a name span extends to the left over it.
 */
export function phraseLengthAtEnd(prefix: string, set: PhraseSet): number {
  // Cheap refusals first (this runs several times before every name span): a phrase is followed by a space or tab,
  // and ends on one of the set's last words (checked as soon as the scan has read it).
  const end = prefix.charCodeAt(prefix.length - 1)
  if (end !== 32 && end !== 9) return 0
  // Four words at most, and never more than the set's longest phrase has.
  const trailing = trailingWords(prefix, Math.min(4, set.maxWords), set.lastWords)
  if (trailing === null) return 0
  return longestPhrase(prefix.length, trailing, set)
}

/** The trailing words {@link phraseLengthAtEnd} reads, all four: read once, then asked of several sets. */
export type TrailingPhraseWords = { words: string[]; starts: number[] } | null

/**
 * The words phraseLengthAtEnd reads at the end of `prefix` (null when it ends in no space or tab, or has none); of
 * `prefix.slice(from, to)` when those are given, read in place.
 */
export function trailingPhraseWords(prefix: string, from = 0, to = prefix.length): TrailingPhraseWords {
  const end = to > from ? prefix.charCodeAt(to - 1) : Number.NaN
  if (end !== 32 && end !== 9) return null
  return trailingWordsIn(prefix, from, to, 4)
}

/** phraseLengthAtEnd(prefix, set) from the prefix's length and its {@link trailingPhraseWords}. */
export function phraseLengthAfter(prefixLength: number, trailing: TrailingPhraseWords, set: PhraseSet): number {
  if (trailing === null) return 0
  const last = trailing.words[0]!
  if (!set.lastWords.has(last) && !set.lastWords.has(fold(last))) return 0
  return longestPhrase(prefixLength, trailing, set)
}

/**
 * The length of the longest phrase of `set` the trailing words (the last one first) end with, or 0: the set's word
 * tree read from its last words back, once as written and once folded (a phrase's folded spelling is its words
 * folded one by one: folding keeps word boundaries). No phrase string is joined per length tried, and the walk stops
 * where no phrase goes on.
 */
function longestPhrase(prefixLength: number, trailing: { words: string[]; starts: number[] }, set: PhraseSet): number {
  const { words, starts } = trailing
  const n = Math.min(words.length, set.maxWords)
  let written: PhraseNode | undefined = set.backward
  let folded: PhraseNode | undefined = set.backward
  let longest = -1
  for (let k = 0; k < n && (written !== undefined || folded !== undefined); k++) {
    const word = words[k]!
    written = written?.next.get(word)
    folded = folded?.next.get(fold(word))
    if (written?.phrase || folded?.phrase) longest = k
  }
  return longest < 0 ? 0 : prefixLength - starts[longest]!
}

const HANGUL_START = /^\p{Script=Hangul}/u

/**
 * The length of a Korean copula or particle of three syllables or more written onto a name ("김민수입니다",
 * "이순자인데요"): name spans leave it out, so the sentence keeps its verb. Shorter ones stay in the span, as a given
 * name may end on the same syllables ("남궁이나", "김소이는").
 */
export function copulaLength(word: string): number {
  if (!HANGUL_START.test(word)) return 0
  const { suffixes, suffixLengths } = languages()
  for (const n of suffixLengths) {
    if (n < 3 || word.length < n + 2) continue
    if (suffixes.has(word.slice(word.length - n))) return n
  }
  return 0
}

let fieldCueOpeners: ReadonlySet<string> | undefined

/** The first words of the birth, address and phone cues of two or more words (compiled on first use). */
function openersOfFieldCues(): ReadonlySet<string> {
  if (fieldCueOpeners === undefined) {
    const { birthCues, addressCues, phoneCues } = languages()
    fieldCueOpeners = new Set(
      [...birthCues.phrases, ...addressCues.phrases, ...phoneCues.phrases]
        .filter((phrase) => phrase.includes(' '))
        .map((phrase) => phrase.slice(0, phrase.indexOf(' '))),
    )
  }
  return fieldCueOpeners
}

/** Whether a cue {@link fieldCueLength} reads may start with `word` (lower case): without it, the length is 0. */
export function mayOpenFieldCue(word: string): boolean {
  return openersOfFieldCues().has(word)
}

/**
 * How many words a birth, address or phone cue of two or more words takes from word `i` ("ngày sinh", "sinh năm",
 * "data de nascimento"; 0 when none starts there). `wordAt` gives each lower-case word (undefined past the end);
 * `joins(k)`, when given, says whether word k follows word k - 1 with nothing but space between.
 */
export function fieldCueLength(
  wordAt: (k: number) => string | undefined,
  i: number,
  joins?: (k: number) => boolean,
): number {
  const { birthCues, addressCues, phoneCues } = languages()
  const first = wordAt(i)
  if (first === undefined || !openersOfFieldCues().has(first)) return 0
  // The three sets' word trees walked together (a phrase of the words so far is a path ending on a phrase node): no
  // phrase string joined per word, and the walk stops where no cue goes on ("b day" read, "b x" not).
  let birth = birthCues.forward.next.get(first)
  let address = addressCues.forward.next.get(first)
  let phone = phoneCues.forward.next.get(first)
  let length = 0
  for (let k = i + 1; k < i + 4; k++) {
    const word = wordAt(k)
    if (word === undefined || (joins !== undefined && !joins(k))) break
    birth = birth?.next.get(word)
    address = address?.next.get(word)
    phone = phone?.next.get(word)
    if (birth === undefined && address === undefined && phone === undefined) break
    if (birth?.phrase || address?.phrase || phone?.phrase) length = k - i + 1
  }
  return length
}
