/**
 * Membership test over a sorted, newline-framed word list ("\na\nb\n") by binary search in place: no split,
 * no Set, so a 200k-entry list costs nothing until used. Recent answers are memoised (bounded).
 *
 * An entry may end in a tab, the mark of a band inside the list ("\nabout\t\nabsolve\n": "about" is in the band):
 * a list and its sub-list share one string instead of shipping the sub-list's words twice. In a tagged list every
 * entry carries its tags after the tab ("\nsanti\th\n"): which of several lists hold the word, in one string.
 */
const MEMO_LIMIT = 4096
const MARK = 9 // '\t'

/** Options of a {@link SortedWords}. */
export interface SortedWordsOptions {
  /** Only entries carrying the band mark count as members. */
  marked?: boolean
  /** Every entry is `word\ttags` (see {@link SortedWords.tagsOf}). */
  tagged?: boolean
}

/** A sorted word list searched in place. */
export class SortedWords {
  readonly #text: string
  readonly #marked: boolean
  readonly #tagged: boolean
  readonly #memo = new Map<string, boolean>()
  readonly #variantMemo = new Map<string, boolean>()
  // Tags by word ('' for an absent word): a tagged list is asked once per word of every text that has a lead language.
  readonly #tagMemo = new Map<string, string>()

  constructor(framed: string, options: SortedWordsOptions = {}) {
    this.#text = framed
    this.#marked = options.marked === true
    this.#tagged = options.tagged === true
  }

  /** The tags of `word` in a tagged list (exact code units), or undefined when it is absent. */
  tagsOf(word: string): string | undefined {
    if (!this.#tagged || word.length === 0 || word.includes('\n') || word.includes('\t')) return undefined
    const cached = this.#tagMemo.get(word)
    if (cached !== undefined) return cached === '' ? undefined : cached
    const at = this.#find(word)
    const tags = at < 0 ? '' : this.#text.slice(at + word.length + 1, this.#text.indexOf('\n', at))
    if (this.#tagMemo.size >= MEMO_LIMIT) this.#tagMemo.clear()
    this.#tagMemo.set(word, tags)
    return tags === '' ? undefined : tags
  }

  /** Whether `word` (exact code units) is in the list (in its band, for a marked view). */
  has(word: string): boolean {
    if (word.length === 0 || word.includes('\n') || word.includes('\t')) return false
    const cached = this.#memo.get(word)
    if (cached !== undefined) return cached
    const entry = this.#search(word)
    const found = entry === 'marked' || (entry === 'plain' && !this.#marked)
    if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear()
    this.#memo.set(word, found)
    return found
  }

  /**
   * `has(word)`, or `has(variant(word))` when the variant differs: the answer remembered whole (bounded), so a word
   * of another script or with accents costs one look-up when it recurs.
   */
  hasOrVariant(word: string, variant: (w: string) => string): boolean {
    const cached = this.#variantMemo.get(word)
    if (cached !== undefined) return cached
    let found = this.has(word)
    if (!found) {
      const v = variant(word)
      found = v !== word && this.has(v)
    }
    if (this.#variantMemo.size >= MEMO_LIMIT) this.#variantMemo.clear()
    this.#variantMemo.set(word, found)
    return found
  }

  /**
   * The start of `word`'s entry, or -1. Invariant: every entry starts right after a '\n'; the search runs over entry
   * start positions in [lo, hi). An entry's word ends at its tab: the band mark at its end, or its tags.
   */
  #find(word: string): number {
    const text = this.#text
    let lo = 1
    let hi = text.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const start = text.lastIndexOf('\n', mid - 1) + 1
      if (start >= hi) {
        hi = mid
        continue
      }
      const end = text.indexOf('\n', start)
      const cmp = compare(text, start, this.#wordEnd(start, end), word)
      if (cmp === 0) return start
      if (cmp < 0) lo = end + 1
      else hi = start
    }
    return -1
  }

  /** Where the word of the entry [start, end) ends: before its tags, before its band mark, or at its end. */
  #wordEnd(start: number, end: number): number {
    // Tags are a few letters after the tab (every entry of a tagged list has them): the search back is short.
    if (this.#tagged) return this.#text.lastIndexOf('\t', end)
    return end > start && this.#text.charCodeAt(end - 1) === MARK ? end - 1 : end
  }

  #search(word: string): 'absent' | 'plain' | 'marked' {
    const start = this.#find(word)
    if (start < 0) return 'absent'
    return !this.#tagged && this.#text.charCodeAt(start + word.length) === MARK ? 'marked' : 'plain'
  }
}

/** Compares text[start, end) with word by UTF-16 code units (the build sorts the same way). */
function compare(text: string, start: number, end: number, word: string): number {
  const len = end - start
  const n = Math.min(len, word.length)
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - word.charCodeAt(i)
    if (d !== 0) return d
  }
  return len - word.length
}
