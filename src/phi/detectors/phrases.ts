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
 */
export function phraseFrom(
  list: readonly Word[],
  i: number,
  text: string,
  set: PhraseSet,
  afterAnyGap = false,
): number {
  if (!set.firstWords.has(list[i]?.w ?? '')) return 0
  let phrase = ''
  let found = 0
  for (let k = 0; k < set.maxWords && i + k < list.length; k++) {
    const w = list[i + k]!
    if (k > 0 && !spacedGap(text, list[i + k - 1]!, w)) break
    if (k === 0 && i > 0 && !afterAnyGap && !isOpeningGap(text, list[i - 1]!.end, w.start)) break
    phrase = k === 0 ? w.w : `${phrase} ${w.w}`
    // Only a phrase's last word can close it: the look-up of a freshly joined string is skipped otherwise.
    if (set.lastWords.has(w.w) && set.phrases.has(phrase)) found = i + k + 1
    // Words that open no phrase open no longer one either: the words after them are not read.
    else if (k > 0 && !set.openings.has(phrase)) break
  }
  return found
}

/** Whether a phrase of `set` ends at word i. Returns the index of its first word, or -1. */
export function phraseEndingAt(list: readonly Word[], i: number, text: string, set: PhraseSet): number {
  if (!set.lastWords.has(list[i]?.w ?? '')) return -1
  let phrase = ''
  let found = -1
  for (let k = 0; k < set.maxWords && i - k >= 0; k++) {
    const w = list[i - k]!
    if (k > 0 && !spacedGap(text, w, list[i - k + 1]!)) break
    phrase = k === 0 ? w.w : `${w.w} ${phrase}`
    // Only a phrase's first word can open it: the look-up of a freshly joined string is skipped otherwise.
    if (set.firstWords.has(w.w) && set.phrases.has(phrase)) found = i - k
    // Words that end no phrase end no longer one either: the words before them are not read.
    else if (k > 0 && !set.endings.has(phrase)) break
  }
  return found
}
