/**
 * Reading table phrases in a word list: whether a phrase of a compiled set starts or ends at a word, and whether two
 * words are close enough to belong to one phrase. Shared by the detectors that read the language tables.
 */
import type { PhraseSet } from '../languages'
import type { Word } from '../spoken'

/** Whether words a and b are separated only by a space or two (a hyphen or apostrophe allowed; a comma or dot with `allowComma`). */
export function spacedGap(text: string, a: Word, b: Word, allowComma = false): boolean {
  // /^[ \t,.'-]{1,3}$/ or /^[ \t'-]{1,2}$/ on text.slice(a.end, b.start), read in place: this runs for nearly
  // every pair of words, in several detectors.
  const n = b.start - a.end
  if (n < 1 || n > (allowComma ? 3 : 2)) return false
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9 && c !== 39 && c !== 45 && !(allowComma && (c === 44 || c === 46))) return false
  }
  return true
}

/** /^[ \t-]{0,2}$/.test(text.slice(from, to)) without the slice (an empty or reversed range passes, as "" does). */
function isOpeningGap(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9 && c !== 45) return false
  }
  return true
}

/**
 * Whether a phrase of `set` starts at word i (contiguous words). Returns the index after it, or 0. A phrase opens after
 * a space or hyphen only, unless `afterAnyGap` (a day list may open a clause: "segunda e terça, dias dez e onze").
 * Read along the set's word tree: no phrase string is joined or looked up, and the words after the last one any
 * phrase continues with are not read.
 */
export function phraseFrom(
  list: readonly Word[],
  i: number,
  text: string,
  set: PhraseSet,
  afterAnyGap = false,
): number {
  const first = list[i]
  let node = first ? set.forward.next.get(first.w) : undefined
  if (!node) return 0
  if (i > 0 && !afterAnyGap && !isOpeningGap(text, list[i - 1]!.end, first!.start)) return 0
  let found = node.phrase ? i + 1 : 0
  for (let k = i + 1; k < list.length; k++) {
    if (!spacedGap(text, list[k - 1]!, list[k]!)) break
    node = node.next.get(list[k]!.w)
    if (!node) break
    if (node.phrase) found = k + 1
  }
  return found
}

/** Whether a phrase of `set` ends at word i. Returns the index of its first word, or -1. Read along the word tree back. */
export function phraseEndingAt(list: readonly Word[], i: number, text: string, set: PhraseSet): number {
  const last = list[i]
  let node = last ? set.backward.next.get(last.w) : undefined
  if (!node) return -1
  let found = node.phrase ? i : -1
  for (let k = i - 1; k >= 0; k--) {
    if (!spacedGap(text, list[k]!, list[k + 1]!)) break
    node = node.next.get(list[k]!.w)
    if (!node) break
    if (node.phrase) found = k
  }
  return found
}
