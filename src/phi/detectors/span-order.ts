/** Ordering of span lists for the passes over resolved spans. */
import type { Span } from './types'

/**
 * `spans` sorted by start in place, as `spans.sort((a, b) => a.start - b.start)` sorts them (a stable sort), with no
 * sort at all when they are in that order already: the passes over resolved spans are handed them in order, and a
 * comparator called for every pair of neighbours cost more than the pass's own reading of a text with many names.
 */
export function sortedByStart<T extends Pick<Span, 'start'>>(spans: T[]): T[] {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return spans.sort(byStartOf)
  return spans
}

function byStartOf(a: Pick<Span, 'start'>, b: Pick<Span, 'start'>): number {
  return a.start - b.start
}
