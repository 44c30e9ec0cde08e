/**
 * Whether a text's word list holds any word of a set, read from the list's distinct words: a pass that opens only on
 * such a word (a month, a facility word, a particle) skips a text without one instead of asking the set of every word.
 * A text says the same words many times (a transcript, a form, spelled letters), so the distinct words are far fewer.
 */
import { isSharedWordList, type Word } from '../spoken'

// The last list read and its distinct words (the detectors of one text ask with the same list, one after another),
// then any list `words` handed out (never changed, so its distinct words never change either).
let lastList: readonly Word[] | undefined
let lastDistinct: ReadonlySet<string> = new Set()
const distinctOf = new WeakMap<readonly Word[], ReadonlySet<string>>()

/** The distinct lower-case words of `list` (the same set for the same shared list). */
export function distinctWords(list: readonly Word[]): ReadonlySet<string> {
  if (list === lastList) return lastDistinct
  const shared = isSharedWordList(list)
  let distinct = shared ? distinctOf.get(list) : undefined
  if (distinct === undefined) {
    const made = new Set<string>()
    for (let i = 0; i < list.length; i++) made.add(list[i]!.w)
    distinct = made
    if (shared) distinctOf.set(list, made)
  }
  if (shared) {
    lastList = list
    lastDistinct = distinct
  }
  return distinct
}

/** A set of words, or the keys of a map of words: what {@link holdsAnyWord} asks. */
export interface WordKeys {
  readonly size: number
  has(word: string): boolean
  keys(): IterableIterator<string>
}

// Some twenty passes ask their own set of the same text's words, each reading every distinct word again. Every set
// asked is a table of the compiled languages or of a module, made once and never changed: each gets a bit (the first
// time it is asked), every word of it that bit in one map, and a shared list's distinct words the union of their
// words' bits, read once per text. A set asked after the union was made (a first text) makes it again; past 31 sets
// the sets are read word by word as before.
const bitOf = new WeakMap<WordKeys, number>()
const bitsOfWord = new Map<string, number>()
let bitsGiven = 0
const unionOf = new WeakMap<ReadonlySet<string>, { bits: number; given: number }>()

function bitFor(set: WordKeys): number {
  let bit = bitOf.get(set)
  if (bit === undefined) {
    if (bitsGiven >= 31) return 0
    bit = 1 << bitsGiven
    bitsGiven += 1
    for (const w of set.keys()) bitsOfWord.set(w, (bitsOfWord.get(w) ?? 0) | bit)
    bitOf.set(set, bit)
  }
  return bit
}

/**
 * Whether some word of `list` is in `set`: the same answer as `list.some((x) => set.has(x.w))`, read from the bits of
 * the list's distinct words when the list is shared, else over the smaller of the text's distinct words and the set.
 */
export function holdsAnyWord(list: readonly Word[], set: WordKeys): boolean {
  const distinct = distinctWords(list)
  const bit = isSharedWordList(list) ? bitFor(set) : 0
  if (bit !== 0) {
    let union = unionOf.get(distinct)
    if (union === undefined || union.given !== bitsGiven) {
      let bits = 0
      for (const w of distinct) bits |= bitsOfWord.get(w) ?? 0
      union = { bits, given: bitsGiven }
      unionOf.set(distinct, union)
    }
    return (union.bits & bit) !== 0
  }
  if (set.size < distinct.size) {
    for (const w of set.keys()) if (distinct.has(w)) return true
    return false
  }
  for (const w of distinct) if (set.has(w)) return true
  return false
}
