/** Span → replacement text: typed token, typed placeholder, or Safe Harbor generalisation. */
import type { Span } from './detectors/types'
import type { PhiAction } from './policy'
import type { PhiType } from './types'
import { isYearOfNinetyPlus } from './old-years'

/** ZIP3 prefixes with 20,000 people or fewer (HHS, 2000 Census): generalised to 000. */
export const RESTRICTED_ZIP3 = new Set([
  '036',
  '059',
  '063',
  '102',
  '203',
  '556',
  '692',
  '790',
  '821',
  '823',
  '830',
  '831',
  '878',
  '879',
  '884',
  '890',
  '893',
])

/**
 * Inline labels: the PHI type, except where the type name is itself a common word of such values
 * ("Elm Street", "Salt Lake City") — the label must never echo part of what it replaced.
 */
// biome-ignore format: packed list
export const LABELS: Readonly<Record<PhiType, string>> = {
  NAME: 'NAME', PHONE: 'PHONE', FAX: 'FAX', EMAIL: 'EMAIL', STREET: 'ADDRESS', CITY: 'LOCALITY', ZIP: 'ZIP', DATE: 'DATE',
  AGE: 'AGE', SSN: 'SSN', MRN: 'MRN', HEALTHPLAN: 'HEALTHPLAN', ACCOUNT: 'ACCOUNT', LICENSE: 'LICENSE', VEHICLE: 'VEHICLE',
  DEVICE: 'DEVICE', URL: 'URL', IP: 'IP', OTHER: 'OTHER',
}

/**
 * Safe Harbor ZIP3 of a US ZIP (or `000` for the restricted prefixes); undefined unless shaped like one (five
 * digits, ZIP+4): a foreign postcode such as "394 13" would otherwise keep its first group whole.
 */
export function zip3(value: string): string | undefined {
  if (!/^\s*\d{5}(?:[-\s]?\d{4})?\s*$/.test(value)) return undefined
  const digits = value.replace(/\D/g, '')
  const prefix = digits.slice(0, 3)
  return RESTRICTED_ZIP3.has(prefix) ? '000' : prefix
}

/** The generalised replacement for a span, or undefined when the type has no generalisation (→ redact). */
export function generalize(span: Span, text: string, now = new Date()): string | undefined {
  // "90 or older" written as one word, 90PLUS: the label never repeats a number of its own, neither an age of
  // exactly 90 ("he's 90") nor the 89 of an SSN or phone group in the same message (the scoring counts whole words).
  if (span.type === 'AGE') return '[AGE:90PLUS]'
  if (span.type === 'ZIP') {
    const z = zip3(span.canonical ?? text.slice(span.start, span.end))
    return z ? `[ZIP:${z}]` : undefined
  }
  if (span.type === 'DATE') {
    const year = span.canonical && /^\d{4}$/.test(span.canonical) ? Number(span.canonical) : undefined
    if (year === undefined) return undefined
    // A year implying an age of 90 or more collapses into the same "90+" category, in any language and with or without a
    // birth cue before it: a patient's message dates little else that long ago (a parent's birth or death is PHI too),
    // and the cues of eleven languages are not all known ("née le 12/06/1930", "1930年6月12日出生").
    if (isYearOfNinetyPlus(year, now)) return '[DATE:AGE90PLUS]'
    return `[DATE:${year}]`
  }
  return undefined
}

/** Replacement text for one span under an action; `token` is required for `tokenize`. */
export function replacement(span: Span, action: PhiAction, text: string, token?: string): string {
  const label = LABELS[span.type] ?? 'OTHER'
  if (action === 'tokenize' && token) return `[${label}:${token}]`
  if (action === 'generalize') return generalize(span, text) ?? `[${label}]`
  return `[${label}]`
}

/** Rebuilds text with each (sorted, non-overlapping) span replaced. */
export function render(text: string, spans: readonly Span[], replace: (span: Span, index: number) => string): string {
  let out = ''
  let at = 0
  spans.forEach((s, i) => {
    out += text.slice(at, s.start) + replace(s, i)
    at = s.end
  })
  return out + text.slice(at)
}

/** Adds one count per span type. */
export function countSpans(counts: Record<string, number>, spans: readonly { type: PhiType }[]): void {
  for (const s of spans) counts[s.type] = (counts[s.type] ?? 0) + 1
}
