/**
 * Reading the tables' phrases where they end or begin: suffixes written onto a word, the words that end a prefix, the
 * longest cue phrase ending there, copulas, and field cues ("name:", "DOB"). Split from index.ts.
 */
import { classLengthBefore, lowerCased, wordCharLength } from '../detectors/chars'
import { languages } from './compiled'
import { type PhraseNode, type PhraseSet, fold } from './phrase-set'

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

/** Every word a cue {@link fieldCueLength} reads may start with: a text without one holds no such cue. */
export function fieldCueOpenerWords(): ReadonlySet<string> {
  return openersOfFieldCues()
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
    if (word === undefined) break
    birth = birth?.next.get(word)
    address = address?.next.get(word)
    phone = phone?.next.get(word)
    if (birth === undefined && address === undefined && phone === undefined) break
    // The gap is read only where a cue goes on (a slice of the text per word otherwise): either test ends the walk.
    if (joins !== undefined && !joins(k)) break
    if (birth?.phrase || address?.phrase || phone?.phrase) length = k - i + 1
  }
  return length
}
