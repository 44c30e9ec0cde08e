/**
 * Phrase sets: the compiled form of a table's phrase lists (cues, titles, months…), as a word tree read forwards and
 * backwards, and the diacritic fold every look-up shares. Split from index.ts.
 */
import { FUNCTION_WORDS } from '../lexicon/name-cues'
import { boundedMemo } from '../memo'
import { DIACRITIC_MARKS } from '../marks'

// Folds already computed: normalising is the cost of most look-ups in non-Latin text, and the same words recur.
// Bounded like the lexicon's memos (cleared when full, long phrases never kept).
const foldMemo = boundedMemo(foldUncached, 4096)

// While the tables compile: every fold so far, unbounded. They fold some 60,000 words, half of them twice, and the
// bounded memo, cleared each 4,096, kept almost none of the repeats (one fold per distinct word instead).
let compiling: Map<string, string> | undefined

/** The spelling without diacritics (Vietnamese SMS, Portuguese and French without accents). */
export function fold(word: string): string {
  if (isAscii(word)) return word
  if (compiling === undefined) return foldMemo(word)
  let folded = compiling.get(word)
  if (folded === undefined) compiling.set(word, (folded = foldUncached(word)))
  return folded
}

/** Runs `build` (the tables' compilation) with every distinct word folded once; the folds are dropped after it. */
export function foldingOnce<T>(build: () => T): T {
  compiling = new Map()
  try {
    return build()
  } finally {
    compiling = undefined
  }
}

/** /^[\x00-\x7f]*$/.test(word) without the pattern call (most words folded are ASCII and short). */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false
  return true
}

function foldUncached(word: string): string {
  return word.normalize('NFD').replace(DIACRITIC_MARKS, '').replace(/đ/g, 'd').replace(/[’‘]/g, "'")
}

/** A set of phrases (single-spaced, lower case) with the most words any of them has. */
export interface PhraseSet {
  readonly phrases: ReadonlySet<string>
  readonly maxWords: number
  /** The last word of every phrase: a look-back that does not end on one of these finds nothing. */
  readonly lastWords: ReadonlySet<string>
  /** The first word of every phrase, with the most words a phrase starting with it has. */
  readonly firstWords: ReadonlyMap<string, number>
  /** The phrases as a tree of words read from their first word: phraseFrom walks it, joining no strings. */
  readonly forward: PhraseNode
  /** The same read from their last word back: phraseEndingAt walks it. */
  readonly backward: PhraseNode
  /** Phrases written in a script without spaces (Han), matched as character strings. */
  readonly unspaced: readonly string[]
}

/** A node of a {@link PhraseSet}'s word tree: the words that go on from here, and whether a phrase ends here. */
export interface PhraseNode {
  readonly next: ReadonlyMap<string, PhraseNode>
  readonly phrase: boolean
}

interface MutablePhraseNode {
  next: Map<string, MutablePhraseNode>
  phrase: boolean
}

/** Adds the phrase of `words` (in reading order) below `root`. */
function addPath(root: MutablePhraseNode, words: readonly string[]): void {
  let node = root
  for (const w of words) {
    let child = node.next.get(w)
    if (!child) node.next.set(w, (child = { next: new Map(), phrase: false }))
    node = child
  }
  node.phrase = true
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Compiles phrase lists (each phrase also without its diacritics) into one {@link PhraseSet}. */
export function phraseSet(lists: Iterable<readonly string[]>): PhraseSet {
  const phrases = new Set<string>()
  const unspaced = new Set<string>()
  const lastWords = new Set<string>()
  const firstWords = new Map<string, number>()
  const forward: MutablePhraseNode = { next: new Map(), phrase: false }
  const backward: MutablePhraseNode = { next: new Map(), phrase: false }
  let maxWords = 1
  for (const list of lists) {
    for (const raw of list) {
      const p = raw.replace(/-/g, ' ').trim().replace(/\s+/g, ' ')
      if (p.length === 0) continue
      const folded = fold(p)
      // A form without accents that is an English function word is that word, not the cue ("mẹ" is "mother", "me" is
      // "me"): only the written form counts then.
      const forms = folded !== p && FUNCTION_WORDS.has(folded) ? [p] : [p, folded]
      for (const form of new Set(forms)) {
        phrases.add(form)
        if (UNSPACED.test(form)) unspaced.add(form)
        const parts = form.split(' ')
        maxWords = Math.max(maxWords, parts.length)
        lastWords.add(parts[parts.length - 1]!)
        firstWords.set(parts[0]!, Math.max(firstWords.get(parts[0]!) ?? 0, parts.length))
        addPath(forward, parts)
        addPath(backward, parts.slice().reverse())
      }
    }
  }
  return {
    phrases,
    maxWords,
    lastWords,
    firstWords,
    forward,
    backward,
    unspaced: [...unspaced].sort((a, b) => b.length - a.length),
  }
}
