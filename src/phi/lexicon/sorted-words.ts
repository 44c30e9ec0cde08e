/**
 * Membership test over a sorted word list searched in place: no split, no Set, so a 200k-entry list costs nothing
 * until used. Recent answers are memoised (bounded).
 *
 * The list is front-coded in blocks (scripts/build-lexicon.mjs): each block opens with "\n" and its first word in
 * full; each later entry of the block opens with one mark character, ";" to "[", that tells how many leading
 * characters it shares with the entry before it (code - 0x3b: ";" none, "<" one, "B" seven), then the rest of its
 * word ("\nabandon" "Bed" "Bing" is abandon, abandoned, abandoning). No listed word holds a mark, and a mark is one
 * byte in the bundle (a control character would be escaped). Sorted lists share long prefixes, so this ships about
 * a third less after gzip than whole words. A look-up binary-searches the block heads, then reads one block (at most
 * 64 entries). A list without marks is a list of one-word blocks.
 *
 * An entry may end in a tab, the mark of a band inside the list ("\nabout\t\nabsolve\n": "about" is in the band):
 * a list and its sub-list share one string instead of shipping the sub-list's words twice. In a tagged list every
 * entry carries its tags after the tab ("\nsanti\th\n"): which of several lists hold the word, in one string.
 */
const MEMO_LIMIT = 4096
const NEWLINE = 10 // '\n': a block starts
const TAB = 9 // '\t': a band mark or tags follow the word
// A front-coded entry starts with the mark ENTRY_MARK_ZERO + how many characters it shares with the entry before,
// at most MAX_SHARED (';' to '['; scripts/build-lexicon.mjs writes the same).
const ENTRY_MARK_ZERO = 0x3b
const MAX_SHARED = 32

/** Whether the character code is the mark that starts a front-coded entry. */
function isEntryMark(code: number): boolean {
  return code >= ENTRY_MARK_ZERO && code <= ENTRY_MARK_ZERO + MAX_SHARED
}

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
    if (!this.#tagged) return undefined
    // Only searchable words are remembered: a word found there needs no test.
    const cached = this.#tagMemo.get(word)
    if (cached !== undefined) return cached === '' ? undefined : cached
    if (!searchable(word)) return undefined
    const tail = this.#find(word)
    const tags = tail === undefined ? '' : tail.slice(1)
    if (this.#tagMemo.size >= MEMO_LIMIT) this.#tagMemo.clear()
    this.#tagMemo.set(word, tags)
    return tags === '' ? undefined : tags
  }

  /** Whether `word` (exact code units) is in the list (in its band, for a marked view). */
  has(word: string): boolean {
    // Only searchable words are remembered: a word found there needs no test.
    const cached = this.#memo.get(word)
    if (cached !== undefined) return cached
    if (!searchable(word)) return false
    const tail = this.#find(word)
    const found = tail !== undefined && (!this.#marked || (!this.#tagged && tail.length > 0))
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

  /** Every word of the list in order (for checks of the build; look-ups never decode the whole list). */
  *words(): Generator<string> {
    const text = this.#text
    let pos = text.indexOf('\n')
    let prev = ''
    while (pos >= 0 && pos < text.length - 1) {
      const code = text.charCodeAt(pos)
      const shared = isEntryMark(code) ? code - ENTRY_MARK_ZERO : 0
      const from = pos + 1
      const end = entryEnd(text, from)
      prev = prev.slice(0, shared) + text.slice(from, wordEnd(text, from, end))
      yield prev
      pos = end
    }
  }

  /**
   * What follows `word` in its entry ('' for a bare entry, "\t" for a band mark, "\t" + tags), or undefined when the
   * word is absent. Binary search over block heads (every block starts right after a '\n'; the search runs over head
   * positions in [lo, hi)), then the entries of the one block whose head is the last before `word`.
   */
  #find(word: string): string | undefined {
    const text = this.#text
    let lo = 1
    let hi = text.length
    let block = -1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const start = text.lastIndexOf('\n', mid - 1) + 1
      if (start >= hi) {
        hi = mid
        continue
      }
      const end = entryEnd(text, start)
      const headEnd = wordEnd(text, start, end)
      const cmp = compare(text, start, headEnd, word, 0)
      if (cmp === 0) return text.slice(headEnd, end)
      if (cmp < 0) {
        block = start
        const next = text.indexOf('\n', end)
        lo = next < 0 ? hi : next + 1
      } else hi = start
    }
    return block < 0 ? undefined : this.#findInBlock(block, word)
  }

  /**
   * `word` among the front-coded entries after the head at `head`, without building them: `common` is how many
   * leading characters the entry before shares with the word. An entry that shares more than that with the entry
   * before sorts before the word (it differs from the word where that entry did); one that shares less or as much
   * is compared from its shared prefix on. Sorted: stops at the first entry after the word.
   */
  #findInBlock(head: number, word: string): string | undefined {
    const text = this.#text
    let end = entryEnd(text, head)
    compare(text, head, wordEnd(text, head, end), word, 0)
    let common = matched
    while (isEntryMark(text.charCodeAt(end))) {
      const shared = text.charCodeAt(end) - ENTRY_MARK_ZERO
      const from = end + 1
      end = entryEnd(text, from)
      if (shared > common) continue
      const stop = wordEnd(text, from, end)
      const cmp = compare(text, from, stop, word, shared)
      if (cmp === 0) return text.slice(stop, end)
      if (cmp > 0) return undefined
      common = shared + matched
    }
    return undefined
  }
}

/** A word a list can hold: not empty, no frame characters (block start, tab, entry mark). */
function searchable(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === NEWLINE || c === TAB || isEntryMark(c)) return false
  }
  return true
}

/** Where the entry starting at `from` ends: at the next block or entry mark, or at the end of the text. */
function entryEnd(text: string, from: number): number {
  let i = from
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === NEWLINE || isEntryMark(c)) return i
    i++
  }
  return i
}

/** Where the word of the entry [from, end) ends: before its tab (band mark or tags), or at its end. */
function wordEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === TAB) return i
  return end
}

// How many characters the last compare found equal before the first difference (set by compare).
let matched = 0

/**
 * Compares text[start, end) with word from `offset` on, by UTF-16 code units (the build sorts the same way); sets
 * `matched` to the characters they share.
 */
function compare(text: string, start: number, end: number, word: string, offset: number): number {
  const len = end - start
  const rest = word.length - offset
  const n = Math.min(len, rest)
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - word.charCodeAt(offset + i)
    if (d !== 0) {
      matched = i
      return d
    }
  }
  matched = n
  return len - rest
}
