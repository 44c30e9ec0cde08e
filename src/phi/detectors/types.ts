/** The contract every detector follows. */
import type { Channel } from '../../model/normalized'
import type { PhiType } from '../types'

/** A detected identifier: offsets into `DetectInput.text` (end exclusive). */
export interface Span {
  start: number
  end: number
  type: PhiType
  /** Canonical form when known (digits of a spoken phone number, an ISO date). */
  canonical?: string
  /** Which detector found it (for debugging and eval breakdowns). */
  source: string
}

/** What detectors read: the normalized text (see phi/normalize.ts) and its channel. */
export interface DetectInput {
  /** Normalized text (NFKC, zero-width and bidi marks removed). */
  text: string
  /** `text.toLowerCase()`, same length, computed once. */
  lower: string
  channel: Channel
}

/** A detector: pure, synchronous, never throws on any string. */
export type Detector = (input: DetectInput) => Span[]

/**
 * Source of a name read only because no table lists its word where a name may stand (an Arabic-script word after a
 * cue, a word between "I" and "am"): redacted where it stands, failing closed, but neither propagated to the rest of
 * the text nor remembered for the sender, since the same word elsewhere may be the everyday word it also is.
 */
export const GUESSED_NAME = 'names:guessed'
