/**
 * Which languages a run of Latin-script words reads as: counts of each language's everyday words, the languages a
 * text plainly leads with, and whether a word belongs to a set of languages. Split from index.ts.
 */
import { isSharedWordList } from '../spoken'
import { languages } from './compiled'

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
  return languageCountsOfTimes(wordTimes(lowerWords))
}

/**
 * How often each distinct word occurs, in the order of its first occurrence. The language tables are one map of every
 * word of every language, far too large to stay in the processor's cache: asking it once per distinct word, not once
 * per word, saves most of the counting in a text that repeats its words, and a small map of the text's own words
 * costs little in one that does not.
 */
export function wordTimes(lowerWords: readonly string[]): Map<string, number> {
  const times = new Map<string, number>()
  for (const w of lowerWords) times.set(w, (times.get(w) ?? 0) + 1)
  return times
}

/**
 * {@link languageCounts} of the words `times` counts: each distinct word adds its number of occurrences, and the
 * languages come in the order of their first hit still (the words are in the order of their first occurrence).
 */
function languageCountsOfTimes(times: ReadonlyMap<string, number>): LanguageCounts {
  // Several passes over one text count its words, each from a list of its own (the backstop and the names passes,
  // known.ts and location.ts twice each): the last counts serve again when every distinct word and its number are the
  // same, in the same order. Comparing the text's few distinct words costs far less than asking the tables of every
  // language about each.
  if (lastTimesCounted !== undefined && sameTimes(lastTimesCounted.words, lastTimesCounted.times, times))
    return lastTimesCounted.counts
  const counts = countLanguagesOfTimes(times)
  lastTimesCounted = { words: [...times.keys()], times: [...times.values()], counts }
  return counts
}

// The distinct words last counted, with their numbers (copies, in order) and their counts: one entry.
let lastTimesCounted: { words: string[]; times: number[]; counts: LanguageCounts } | undefined

function sameTimes(words: readonly string[], numbers: readonly number[], times: ReadonlyMap<string, number>): boolean {
  if (words.length !== times.size) return false
  let i = 0
  for (const [w, n] of times) {
    if (words[i] !== w || numbers[i] !== n) return false
    i++
  }
  return true
}

function countLanguagesOfTimes(times: ReadonlyMap<string, number>): LanguageCounts {
  const index = (latinIndex ??= indexLanguages(languages().countedLanguagesOfWord))
  // Counted per language number in an array (a word such as "a" belongs to six languages, and this reads every word
  // of the text): the languages in the order of their first hit, as a map of counts would hold them.
  let english = 0
  const counts = new Int32Array(index.codes.length)
  const order: number[] = []
  for (const [w, n] of times) {
    const numbers = index.ofWord.get(w)
    if (!numbers) continue
    for (let k = 0; k < numbers.length; k++) {
      const code = numbers[k]!
      if (code === index.english) english += n
      else {
        if (counts[code] === 0) order.push(code)
        counts[code]! += n
      }
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
  return dominantOf(languageCounts(lowerWords))
}

/** {@link dominantLanguagesOf} of a text's words (offsets and all): counted once for the same frozen list. */
export function dominantLanguagesOfWords(list: readonly { w: string }[]): ReadonlySet<string> {
  return dominantOf(countsOfWords(list))
}

/**
 * {@link dominantLanguagesOf} and {@link latinLanguagesOf} of the same words, counted once (the backstop's view of a
 * text asks both, and counting reads every word).
 */
export function dominantAndLatinLanguagesOf(lowerWords: readonly string[]): {
  dominant: ReadonlySet<string>
  latin: ReadonlySet<string>
} {
  return dominantAndLatinLanguagesOfTimes(wordTimes(lowerWords))
}

/** {@link dominantAndLatinLanguagesOf} of the words {@link wordTimes} counted (a caller that reads them again). */
export function dominantAndLatinLanguagesOfTimes(times: ReadonlyMap<string, number>): {
  dominant: ReadonlySet<string>
  latin: ReadonlySet<string>
} {
  const counts = languageCountsOfTimes(times)
  return { dominant: dominantOf(counts), latin: latinOf(counts) }
}

function dominantOf({ codes, english, counts, order }: LanguageCounts): ReadonlySet<string> {
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
