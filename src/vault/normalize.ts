/**
 * Index normalisation: the form of a value the blind index is computed over, so the same patient
 * gets the same token however the value was written ("(415) 555-0100", "+1 415 555 0100").
 * Never stored, never returned: reveals give back the value as first seen.
 */
import type { PhiType } from '../phi/types'

/** Normalised form of a value for the blind index; prefers a detector's canonical form. */
export function normalizeForIndex(type: PhiType, value: string, canonical?: string): string {
  const source = canonical?.trim() ? canonical : value
  const normalized = byType(type, source)
  // A value that normalises to nothing still needs a stable, distinct index entry.
  return normalized === '' ? generic(value) || value : normalized
}

function byType(type: PhiType, text: string): string {
  switch (type) {
    case 'PHONE':
    case 'FAX':
      return toE164(text) ?? generic(text)
    case 'EMAIL':
      return text
        .normalize('NFKC')
        .trim()
        .replace(/^mailto:/i, '')
        .toLowerCase()
    case 'NAME':
      return foldName(text)
    case 'SSN':
    case 'MRN':
    case 'HEALTHPLAN':
    case 'ACCOUNT':
    case 'LICENSE':
    case 'VEHICLE':
    case 'DEVICE':
    case 'ZIP':
      return text
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[^\p{L}\p{N}]/gu, '')
    case 'URL':
      return text.normalize('NFKC').trim()
    default:
      return generic(text)
  }
}

/**
 * E.164 form of a phone number (`+14155550100`), or the bare digits of a short code; undefined without
 * digits. Ten digits are taken as NANP (+1); a `whatsapp:` or similar channel prefix is ignored.
 */
export function toE164(text: string): string | undefined {
  const bare = text
    .normalize('NFKC')
    .trim()
    .replace(/^[a-z]+:/i, '')
    .trim()
  const digits = bare.replace(/\D/g, '')
  if (digits === '') return undefined
  if (bare.startsWith('+')) return '+' + digits
  if (digits.length === 10) return '+1' + digits
  if (digits.length === 11 && digits.startsWith('1')) return '+' + digits
  if (digits.startsWith('00') && digits.length >= 10) return '+' + digits.slice(2)
  return digits
}

function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function generic(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '')
}
