/**
 * Identifiers read out in voice transcripts: runs of spoken digits and spelled letters
 * ("three one zero five five five zero one four two", "z g p four four nine", "p a r k").
 * The span covers the words; canonical is what they spell. The type comes from the nearest cue
 * or the shape (10/11 digits → phone), spelled letters alone read as a name.
 */
import { spokenRuns, words } from '../spoken'
import { cueBefore } from './cues'
import type { Detector, Span } from './types'
import type { PhiType } from '../types'

function typeOf(lower: string, start: number, spelled: string, digits: number, letters: number): PhiType {
  const cue = cueBefore(lower, start, 50)
  if (cue === 'ZIP') return digits === 5 || digits === 9 ? 'ZIP' : 'OTHER'
  if (cue === 'FAX') return 'FAX'
  if (cue === 'SSN') return 'SSN'
  if (cue && cue !== 'PHONE') return cue
  if (letters === 0 && (digits === 7 || digits === 10 || digits === 11)) return 'PHONE'
  if (cue === 'PHONE' && letters === 0) return 'PHONE'
  if (digits === 0 && spelled.length >= 2) return 'NAME'
  return 'OTHER'
}

/** Finds spoken digit runs and spelled-out strings. */
export const detectSpoken: Detector = ({ lower }) => {
  const spans: Span[] = []
  const list = words(lower)
  for (const run of spokenRuns(lower, list)) {
    const type = typeOf(lower, run.start, run.spelled, run.digits, run.letters)
    spans.push({ start: run.start, end: run.end, type, source: 'spoken', canonical: run.spelled })
  }
  return spans
}
