/**
 * Propagation's search: every whole-word occurrence of a set of name words in a text, as one alternation pattern
 * would find them, by a trie walk instead of a pattern compiled per message.
 */
import { letterOrNumberLength } from './detectors/chars'

/** Whether the code point starting at `i` (a surrogate pair read whole) is a letter or a number. */
function letterOrNumberAt(s: string, i: number): boolean {
  return letterOrNumberLength(s, i) > 0
}

/** Whether the code point ending right before `i` (a surrogate pair read whole) is a letter or a number. */
function letterOrNumberBefore(s: string, i: number): boolean {
  if (i <= 0) return false
  const c = s.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2)
    if (h >= 0xd800 && h <= 0xdbff) return letterOrNumberLength(s, i - 2) === 2
  }
  return letterOrNumberAt(s, i - 1)
}

/**
 * The trie's edges, (node, code unit) -> child, in one open-addressing table of typed arrays. A Map keyed by
 * node * 65536 + code unit boxed every key past 2^31 (some 33,000 nodes: a long text naming two thousand new people,
 * their spelled forms included), and building the trie then cost 40% of the detection.
 */
class Edges {
  private readonly nodes: Int32Array
  private readonly units: Int32Array
  private readonly children: Int32Array
  private readonly mask: number

  /** A table for at most `capacity` edges (kept at most half full, so no probe run grows long). */
  constructor(capacity: number) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.nodes = new Int32Array(size).fill(-1)
    this.units = new Int32Array(size)
    this.children = new Int32Array(size)
    this.mask = size - 1
  }

  private slot(node: number, unit: number): number {
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b)
    h ^= h >>> 15
    return h & this.mask
  }

  /** The child of `node` by `unit`, or -1. */
  get(node: number, unit: number): number {
    for (let i = this.slot(node, unit); ; i = (i + 1) & this.mask) {
      const n = this.nodes[i]!
      if (n === -1) return -1
      if (n === node && this.units[i] === unit) return this.children[i]!
    }
  }

  /** Adds the edge (the caller has found it missing). */
  set(node: number, unit: number, child: number): void {
    let i = this.slot(node, unit)
    while (this.nodes[i] !== -1) i = (i + 1) & this.mask
    this.nodes[i] = node
    this.units[i] = unit
    this.children[i] = child
  }
}

/**
 * The matches of `/(?<![\p{L}\p{N}])(?:w1|w2|…)(?![\p{L}\p{N}])/gu` in `text`, the words tried in the given order,
 * without building that RegExp: a fresh pattern per message (the names differ each time) cost ~0.3 ms to compile.
 */
export function wholeWordMatches(text: string, words: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  // The words as a trie of code units, each end marked with the word's first place in `words` (the earliest match
  // wins, as in the alternation): a position costs one walk along the text, not one test per word, so many distinct
  // names stay linear (the walk is short: a name word never spans a blanked run of 80+ characters).
  // One table for every edge (the root is node 0) and the ranks by node: no map per node, which dominated texts
  // naming hundreds of people. A long word the text does not hold cannot match (a name spelled letter by letter is
  // read as one word of all its letters): not added, so its letters cost nothing.
  const kept = words.map((w) => !(w.length > 32 && !text.includes(w)))
  let units = 0
  words.forEach((w, i) => {
    if (kept[i]) units += w.length
  })
  const edges = new Edges(units)
  const ranks: number[] = [Infinity]
  words.forEach((w, i) => {
    if (!kept[i]) return
    let node = 0
    for (let k = 0; k < w.length; k++) {
      const unit = w.charCodeAt(k)
      let child = edges.get(node, unit)
      if (child === -1) {
        child = ranks.length
        ranks.push(Infinity)
        edges.set(node, unit, child)
      }
      if (k === w.length - 1) ranks[child] = Math.min(ranks[child]!, i)
      node = child
    }
  })
  // The code units a word starts with, ASCII ones by table: most positions of a text open no word, and a word
  // inside another opens no match, both told without a probe of the edges.
  const asciiFirst = new Uint8Array(128)
  let otherFirst = false
  words.forEach((w, i) => {
    if (!kept[i] || w.length === 0) return
    const c = w.charCodeAt(0)
    if (c < 128) asciiFirst[c] = 1
    else otherFirst = true
  })
  let p = 0
  while (p < text.length) {
    let end = -1
    const first = text.charCodeAt(p)
    const opens = first < 128 ? asciiFirst[first] === 1 : otherFirst
    let node = opens && !letterOrNumberBefore(text, p) ? edges.get(0, first) : -1
    if (node !== -1) {
      let best = Infinity
      for (let q = p + 1; node !== -1; q++) {
        if (ranks[node]! < best && (q >= text.length || !letterOrNumberAt(text, q))) {
          best = ranks[node]!
          end = q
        }
        if (q >= text.length) break
        node = edges.get(node, text.charCodeAt(q))
      }
    }
    if (end > p) {
      out.push([p, end])
      p = end
      continue
    }
    // The next attempt starts at the next code point, as in unicode mode.
    const c = text.charCodeAt(p)
    const d = p + 1 < text.length ? text.charCodeAt(p + 1) : 0
    p += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1
  }
  return out
}
