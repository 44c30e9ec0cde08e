/**
 * How overlapping spans become one: the type of the highest priority wins (the longest on ties), and adjacent names or
 * street pieces join. Split from detect.ts.
 */
import { isSpaceUnit } from './detectors/chars'
import type { Span } from './detectors/types'
import { byStart, byStartAdding } from './span-keys'
import type { PhiType } from './types'

// biome-ignore format: packed list
const PRIORITY: Record<PhiType, number> = {
  EMAIL: 100, URL: 95, IP: 90, SSN: 85, PHONE: 80, FAX: 80, HEALTHPLAN: 70, MRN: 70, ACCOUNT: 65, LICENSE: 65,
  VEHICLE: 65, DEVICE: 65, DATE: 60, AGE: 58, STREET: 55, ZIP: 50, CITY: 45, NAME: 40, OTHER: 30,
}

/**
 * The source of detectors/organisation-extents.ts's spans: an organisation named after a person is no person, so the
 * span outranks the name in it and its words are neither remembered as the sender's nor propagated as name words.
 */
export const ORGANISATION_EXTENT = 'organisation:extent'

/**
 * The source of detectors/chains.ts's spans of a chain whose name is no person's ("Home Depot", "McDonald's"): it
 * outranks a name read from the same capitals, so "home" and "depot" are never remembered as the sender's name.
 */
export const CHAIN = 'organisation:chain'

/** The source of detectors/head-first-names.ts's spans ("farmacia la económica"): outranks a name read in it, as above. */
export const HEAD_FIRST_NAME = 'organisation:head-first'

/** The source of detectors/employers.ts's spans that end on a kind of workplace: outranks a name read in it, as above. */
export const HEADED_EMPLOYER = 'organisation:employer'

/** The source of detectors/headed-organisations.ts's spans ("regions hospital"): outranks a name read in it, as above. */
export const HEADED_ORGANISATION = 'organisation:headed'

const ORGANISATION_SOURCES: ReadonlySet<string> = new Set([
  ORGANISATION_EXTENT,
  HEADED_ORGANISATION,
  CHAIN,
  HEAD_FIRST_NAME,
  HEADED_EMPLOYER,
])

// The generic identifier rule guesses its type from nearby cues: any specific detector outranks it.
function rank(span: Span): number {
  const p = PRIORITY[span.type] ?? 0
  if (span.source === 'generic') return Math.min(p, 35)
  // Digit groups read as a phone by shape alone: dates and ZIPs found by their own rules win.
  if (span.source === 'phone-groups') return Math.min(p, 48)
  // An address read from its cue holds its own numbers ("Calle 5 de Mayo 18", "张杨路1200弄5号"): it stays an address.
  if (span.source === 'street:clause') return Math.max(p, 61)
  if (ORGANISATION_SOURCES.has(span.source)) return Math.max(p, 42)
  return p
}

/** Overlapping spans become one span of the highest-priority type (longest on ties). */
export function resolve(spans: Span[], text: string): Span[] {
  return resolveOrdered(byStart(spans), text)
}

/** resolve([...ordered, ...added], text) for a list in resolution order already (see {@link byStartAdding}). */
export function resolveAdding(ordered: Span[], added: Span[], text: string): Span[] {
  return resolveOrdered(byStartAdding(ordered, added), text)
}

/** resolve() for spans sorted by start already. */
export function resolveOrdered(sorted: Span[], text: string): Span[] {
  const out: Span[] = []
  let i = 0
  while (i < sorted.length) {
    // The cluster of overlapping spans from i to j, its winner chosen as it is read (the same order and test as a
    // pass over the cluster afterwards, without an array per cluster).
    let winner = sorted[i]!
    let winnerRank = rank(winner)
    let end = winner.end
    let j = i + 1
    while (j < sorted.length && sorted[j]!.start < end) {
      const s = sorted[j]!
      end = Math.max(end, s.end)
      const p = rank(s)
      if (p > winnerRank || (p === winnerRank && s.end - s.start > winner.end - winner.start)) {
        winner = s
        winnerRank = p
      }
      j += 1
    }
    // An organisation read over a name that reaches past it ("This is [Sonic] Lopez", "Sheetz, Mary Sheetz") is the
    // person's name: the name wins, so its words are remembered.
    if (ORGANISATION_SOURCES.has(winner.source)) {
      for (let k = i; k < j; k++) {
        const s = sorted[k]!
        if (s.type === 'NAME' && (s.start < winner.start || s.end > winner.end)) {
          winner = s
          break
        }
      }
    }
    const start = sorted[i]!.start
    const exact = winner.start === start && winner.end === end
    // No canonical key at all unless there is one (a span compares and serialises without it).
    const span: Span = { start, end, type: winner.type, source: winner.source }
    if (exact && winner.canonical !== undefined) span.canonical = winner.canonical
    out.push(span)
    i = j
  }
  // Adjacent names ("Rick" "Alvarez") and street/city pieces join into one span.
  const merged: Span[] = []
  for (const s of out) {
    const prev = merged[merged.length - 1]
    if (
      prev &&
      prev.type === s.type &&
      (s.type === 'NAME' || s.type === 'STREET') &&
      onlySpacesOrHyphens(text, prev.end, s.start)
    ) {
      merged[merged.length - 1] = { start: prev.start, end: s.end, type: s.type, source: prev.source }
    } else merged.push(s)
  }
  return merged
}

/** /^[\s-]*$/.test(text.slice(from, to)), read in place (asked of every pair of adjacent names on every resolve). */
function onlySpacesOrHyphens(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 45 && !isSpaceUnit(c)) return false
  }
  return true
}
