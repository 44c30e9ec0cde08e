/**
 * A name written as an initial and a surname in capitals ("W. HUNTER", "J. GARCIA"), as staff notes write a patient:
 * in a text that has lower case, a capital letter with its full stop and a word of three or more capitals that the
 * name lists hold (as a given name or a surname) are a name, whatever else the word means ("hunter", "will"). Not the
 * letter of a vitamin, a hepatitis, a plan or a unit ("vitamin D. DAILY"), and no clinical word or abbreviation.
 */
import { isClinicalTerm } from '../lexicon'
import { classify } from '../lexicon/word-class'
import type { Detector, Span } from './types'

const INITIAL_AND_CAPITALS = /(?<![\p{L}\p{N}.])(\p{Lu})\.[ \t]+(\p{Lu}{3,}(?:[-'’]\p{Lu}+)?)(?![\p{L}\p{N}])/gu
// Words a letter follows as a kind or a place, not a person's initial.
const LETTER_KINDS =
  /(?<!\p{L})(?:vitamin|vit|hepatitis|hep|type|group|part|plan|stage|grade|class|apt|apartment|unit|room|rm|suite|ste|section|lot|bay|wing|floor|building|bldg|tower|level|gate|zone|strep|influenza|flu)[ \t]*$/iu
// A dose's frequency ("5 mg Q. DAY") or another initial before ("U. S. ARMY"): no person's initial.
const BEFORE_NO_INITIAL = /(?:\d|\b(?:mg|mcg|ml|tab|tabs|cap|caps|po|units?)|\p{Lu}\.)[ \t]*$/iu
// Words of time and dosing a letter is said before ("Q. DAY", "Q. WEEK").
const TIME_WORDS = new Set(['day', 'daily', 'week', 'night', 'hour', 'month', 'morning', 'evening', 'shift'])

/** Finds an initial and a surname in capitals as one NAME span. */
export const detectInitialledNames: Detector = ({ text }) => {
  const out: Span[] = []
  // Only a text with lower case tells capitals apart, and only one holding ". " after a capital is read.
  // The pattern first: upper-casing a whole text to compare it costs more than the test, and most texts fail it.
  if (!/\p{Lu}\.[ \t]+\p{Lu}{3}/u.test(text) || text === text.toUpperCase()) return out
  for (const m of text.matchAll(INITIAL_AND_CAPITALS)) {
    const word = m[2]!.toLowerCase()
    const known = classify(word)
    if (!(known.first || known.surname) || isClinicalTerm(word) || TIME_WORDS.has(word) || m[1] === 'I') continue
    const before = text.slice(Math.max(0, m.index - 16), m.index)
    if (LETTER_KINDS.test(before) || BEFORE_NO_INITIAL.test(before)) continue
    out.push({ start: m.index, end: m.index + m[0].length, type: 'NAME', source: 'names:initialled' })
  }
  return out
}
