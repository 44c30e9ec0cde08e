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

/**
 * Whether some word of `list` is in `set`: the same answer as `list.some((x) => set.has(x.w))`, read over the smaller
 * of the text's distinct words and the set.
 */
export function holdsAnyWord(list: readonly Word[], set: WordKeys): boolean {
  const distinct = distinctWords(list)
  if (set.size < distinct.size) {
    for (const w of set.keys()) if (distinct.has(w)) return true
    return false
  }
  for (const w of distinct) if (set.has(w)) return true
  return false
}
