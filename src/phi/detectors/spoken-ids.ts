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

// Clinical and form acronyms spelled out in transcripts ("my s s n is", "the m r i") are words, not values.
const ACRONYMS = new Set(['ssn', 'mrn', 'dob', 'icu', 'ekg', 'ecg', 'mri', 'uti', 'std', 'sti', 'copd', 'adhd', 'bmi', 'hiv', 'ent', 'gyn', 'obgyn', 'ptsd', 'ocd', 'cpr', 'cpap', 'bipap', 'iud', 'ivf', 'hpv', 'rsv', 'tb', 'ct', 'pt', 'ot', 'er', 'bp', 'ok', 'asap', 'fyi', 'np', 'pa', 'md', 'rn', 'lvn', 'cna', 'dme', 'ppo', 'hmo', 'epo', 'pcp', 'abc', 'usa', 'ups', 'atm', 'cvs', 'tsh', 'cbc', 'bmp', 'cmp', 'psa', 'gerd', 'ibs', 'ckd', 'chf', 'cad', 'dvt', 'ssi', 'ssdi', 'snap', 'wic'])
/** Finds spoken digit runs and spelled-out strings. */
export const detectSpoken: Detector = ({ lower }) => {
  const spans: Span[] = []
  const list = words(lower)
  for (const run of spokenRuns(lower, list)) {
    if (run.digits === 0 && ACRONYMS.has(run.spelled)) continue
    // "call nine one one": the emergency number is nobody's.
    if (run.spelled === '911' || run.spelled === '411') continue
    const type = typeOf(lower, run.start, run.spelled, run.digits, run.letters)
    spans.push({ start: run.start, end: run.end, type, source: 'spoken', canonical: run.spelled })
  }
  return spans
}
