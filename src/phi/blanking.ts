/**
 * The engine's own placeholders and the blanking that keeps detectors from reading them: which text is a
 * placeholder, unbroken runs of 80+ characters (identifiers whatever they hold), the same-length blanked copy the
 * detectors scan, and the clipping of spans around placeholders. Shared by the first scan and the re-scan in detect.ts.
 */
import { isSpaceUnit } from './detectors/chars'
import type { Span } from './detectors/types'

const HAS_WORD = /[\p{L}\p{N}]/u
const LONG_RUN_MIN = 80
/** A long run made only of the engine's own placeholders (e.g. "[NAME][PHONE]…") is left to them. */
export const PLACEHOLDER_ONLY = /^[^\s[]{0,3}(?:\[[A-Z]+(?::[A-Za-z0-9_>+]+)?\][^\s[]{0,3})+$/

/** Placeholders this engine writes; never re-detected, so scrubbing is idempotent. */
export const PLACEHOLDER =
  /\[(?:NAME|PHONE|FAX|EMAIL|ADDRESS|LOCALITY|ZIP|DATE|AGE|SSN|MRN|HEALTHPLAN|ACCOUNT|LICENSE|VEHICLE|DEVICE|URL|IP|OTHER|REDACTED)(?::(?:tok_[A-Za-z0-9]{16,64}|\d{3,4}|90PLUS|AGE90PLUS|>89|AGE>89))?\]/g

/** Cuts spans around the engine's own placeholders and clamps them to the text. */
export function clip(spans: Span[], protectedRanges: Array<[number, number]>, text: string): Span[] {
  const length = text.length
  const out: Span[] = []
  // Most texts hold no placeholder: every span is one piece, clamped, with no list of pieces made per span.
  if (protectedRanges.length === 0) {
    for (const raw of spans) {
      const s = { ...raw, start: Math.max(0, Math.floor(raw.start)), end: Math.min(length, Math.floor(raw.end)) }
      if (s.end > s.start && Number.isFinite(s.start) && Number.isFinite(s.end)) out.push(s)
    }
    return out
  }
  for (const raw of spans) {
    let pieces: Span[] = [
      { ...raw, start: Math.max(0, Math.floor(raw.start)), end: Math.min(length, Math.floor(raw.end)) },
    ]
    for (const [ps, pe] of protectedRanges) {
      const next: Span[] = []
      for (const s of pieces) {
        if (s.end <= ps || s.start >= pe) next.push(s)
        else {
          if (s.start < ps) next.push({ ...s, end: ps, canonical: undefined })
          if (s.end > pe) next.push({ ...s, start: pe, canonical: undefined })
        }
      }
      pieces = next
    }
    // A piece left with no letter or digit (", " between two placeholders) is not a value.
    for (const s of pieces) {
      if (
        s.end > s.start &&
        Number.isFinite(s.start) &&
        Number.isFinite(s.end) &&
        (pieces.length === 1 || HAS_WORD.test(text.slice(s.start, s.end)))
      )
        out.push(s)
    }
  }
  return out
}

/**
 * Filler for blanked ranges: not a letter, digit or space, so no pattern matches across it
 * ("marzo [EMAIL] 1" must not read as "marzo 1").
 */
export const FILLER = '\u2063'

/** `text` with the given ranges replaced by {@link FILLER} (same length, so offsets hold). */
export function blank(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  // Joined from its pieces once: a text grown by `+=` is a rope, and every detector then read it by the slower path.
  const pieces: string[] = []
  let at = 0
  for (const [s, e] of sorted) {
    if (e <= at) continue
    const from = Math.max(s, at)
    pieces.push(text.slice(at, from), FILLER.repeat(e - from))
    at = e
  }
  pieces.push(text.slice(at))
  return pieces.join('')
}

/** The [start, end) of every unbroken run of 80+ non-space code units: the matches of /\S{80,}/g, without the regex. */
export function longRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (text.length < LONG_RUN_MIN) return out
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceUnit(text.charCodeAt(i))) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0 && i - start >= LONG_RUN_MIN && !isUnspacedProse(text, start, i)) out.push([start, i])
    start = -1
  }
  return out
}

// Chinese is written without spaces: a sentence of it is one unbroken run, not a token. Up to this length a run of
// Han characters is prose for the detectors; beyond it, it fails closed like any long run.
const UNSPACED_PROSE_MAX = 400

/**
 * Whether text[start, end) is Chinese prose short enough to read: at least half of it Han, so a token with a Han
 * character glued on stays a token. Kana makes it Japanese, which no table reads: it fails closed.
 */
function isUnspacedProse(text: string, start: number, end: number): boolean {
  if (end - start > UNSPACED_PROSE_MAX) return false
  let han = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    // The middle dot and long-vowel mark (・ ー) also write foreign names in Chinese: neutral, not kana.
    if (c >= 0x3040 && c <= 0x30fa) return false
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++
  }
  return han * 2 >= end - start
}

/** Lower-cases without changing length, so offsets into `lower` are offsets into `text`. */
export function lowerSameLength(text: string): string {
  if (text === lastText) return lastLower
  const lower = lowerEachSameLength(text)
  lastText = text
  lastLower = lower
  return lower
}

/**
 * `text.toLowerCase()`, read from {@link lowerSameLength} (remembered for the text a detection has just read, so the
 * passes that lower-case the whole text again cost no second pass) unless the text holds İ, the one letter whose lower
 * case is longer: without it lower-casing keeps the length, and both readings are the same.
 */
export function lowerCaseOf(text: string): string {
  return text.includes('\u0130') ? text.toLowerCase() : lowerSameLength(text)
}

// The last text lower-cased and its reading: a detection asks for the same text's again (the scanned text, and the
// resolved passes that read its words).
let lastText: string | undefined
let lastLower = ''

function lowerEachSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const lc = ch.toLowerCase()
    out += lc.length === ch.length ? lc : ch
  }
  return out
}

/**
 * Code units lower-casing does not map one by one: Σ (a final sigma reads its neighbours), İ (two code units) and
 * surrogates (a pair a blank splits would read apart). Without them, the lower case of a text made of pieces of
 * another and blanks (which have no case) is the other's lower case piece by piece: the scrubbed reading of a
 * one-byte text is two-byte, and lower-casing it whole was the slow runtime path.
 */
export const CASED_IN_CONTEXT = /[\u0130\u03a3\ud800-\udfff]/
