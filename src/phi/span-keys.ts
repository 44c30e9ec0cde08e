/**
 * The order resolution reads spans in: by start, the longest first at the same start, in list order on ties (what a
 * stable sort by that comparator gives). Split from detect.ts.
 */
import type { Span } from './detectors/types'

// Offsets and counts below these make a span's sort key (start, then end descending, then place in the list) one
// exact integer under 2 ** 53.
const KEY_OFFSETS = 2 ** 20
const KEY_COUNT = 2 ** 13

/**
 * The spans in resolution order, read from one numeric sort of the spans' keys (the comparator was called some
 * n log n times for every resolution of a text, several times per detection). Spans out of the keys' bounds take the
 * comparator sort.
 */
export function byStart(spans: readonly Span[]): Span[] {
  // Spans in that order already (most detectors' and every resolution's output) are their own stable sort: no keys
  // are made (a typed array per call) or sorted.
  if (inOrder(spans)) return spans.slice()
  const n = spans.length
  const keys = new Float64Array(n)
  let fits = n < KEY_COUNT
  for (let i = 0; fits && i < n; i++) {
    const { start, end } = spans[i]!
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= KEY_OFFSETS) fits = false
    else if (end < start || end - start >= KEY_OFFSETS) fits = false
    else keys[i] = (start * KEY_OFFSETS + (start + KEY_OFFSETS - 1 - end)) * KEY_COUNT + i
  }
  if (!fits) return [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  keys.sort()
  const out = new Array<Span>(n)
  // The place in the list is the key's low bits: read by an exact division by a power of two (a float % is fmod).
  for (let i = 0; i < n; i++) {
    const key = keys[i]!
    out[i] = spans[key - Math.floor(key / KEY_COUNT) * KEY_COUNT]!
  }
  return out
}

/**
 * byStart([...ordered, ...added]) for a list already in resolution order (a resolved one): only the added spans are
 * sorted, then merged in, an added span after every listed one it ties with, as the stable order places them. Each
 * resolution after the first re-sorted every span of the text to add a few. Lists that are not in order, or whose
 * offsets are not integers, take the whole sort.
 */
export function byStartAdding(ordered: readonly Span[], added: readonly Span[]): Span[] {
  if (!inOrder(ordered) || !added.every(integerOffsets)) return byStart([...ordered, ...added])
  const more = byStart(added)
  const out = new Array<Span>(ordered.length + more.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < ordered.length && j < more.length) {
    const a = ordered[i]!
    const b = more[j]!
    out[k++] = b.start < a.start || (b.start === a.start && b.end > a.end) ? more[j++]! : ordered[i++]!
  }
  while (i < ordered.length) out[k++] = ordered[i++]!
  while (j < more.length) out[k++] = more[j++]!
  return out
}

function integerOffsets(s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end)
}

/** Whether the spans are in resolution order already (integer offsets, so the comparator orders them totally). */
function inOrder(spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    if (!integerOffsets(s)) return false
    const prev = spans[k - 1]
    if (prev !== undefined && (s.start < prev.start || (s.start === prev.start && s.end > prev.end))) return false
  }
  return true
}
