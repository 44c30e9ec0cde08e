/**
 * A year of birth said alone after a birth cue of any language's table ("sinh năm 1930", "родилась в 1929 году",
 * "nasceu em 1929", "fèt an 1930", "ipinanganak noong 1931", "b. 1931") or written before a Han or Hangul birth word
 * ("1930年出生", "1930년생"), when it implies an age of 90 or more: Safe Harbor keeps a year alone otherwise. The span
 * carries the year as its canonical form, and generalising collapses it into the "90+" category.
 */
import { type PhraseSet, languages, phraseLengthAtEnd } from '../languages'
import { matchesOf } from './matches'
import type { Span } from './types'
import { isYearOfNinetyPlus } from '../old-years'

const YEAR = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{N}./-])((?:19|20)\d{2})(?![\p{N}])/gu
// A word some languages say between the birth cue and the year ("in", "en", "em", "в", "an", "noong", "năm", "of",
// Arabic "سنة"/"عام", year).
const JOINER_BEFORE =
  /(?:^|[\s,:])(?:in|en|em|no|na|à|a|an|lan|nan|в|во|noong|sa|năm|nam|of|de|del|do|da|am|im|سنة|سنه|عام)[ \t]*$/iu
const CUE_SHORT = /(?:^|[^\p{L}])(?:b\.|yob|y\.o\.b\.?)[ \t]*$/iu
// The Han and Hangul words of birth written right after the year.
const BIRTH_AFTER = /^(?:年出生|年生|年出世|年生人|년생|년에\s?태어|년도?\s?출생|년\s?출생)/u

/** Whether a birth cue of the tables ends `s` (read with a blank after it, as the phrase sets expect). */
function cueEnds(s: string, birthCues: PhraseSet): boolean {
  return phraseLengthAtEnd(/\s$/.test(s) ? s : `${s} `, birthCues) > 0
}

/** Birth years said alone after a birth cue, as DATE spans whose canonical form is the year. */
export function birthYears(text: string, lower: string, out: Span[]): void {
  if (!/(?:19|20)\d{2}/.test(text)) return
  const { birthCues } = languages()
  // Only a year of birth 90 or more years back is PHI: a younger one stays as it is written.
  const now = new Date()
  for (const m of matchesOf(YEAR, lower)) {
    const start = m.index
    const end = start + m[1]!.length
    const before = lower.slice(Math.max(0, start - 40), start)
    // The cue right before the year, or before a joining word ("sinh năm 1930" holds its own "năm").
    const joiner = JOINER_BEFORE.exec(before)
    const cued =
      BIRTH_AFTER.test(text.slice(end, end + 8)) ||
      CUE_SHORT.test(before) ||
      cueEnds(before, birthCues) ||
      (joiner !== null && cueEnds(before.slice(0, joiner.index + (/^[\s,:]/.test(joiner[0]) ? 1 : 0)), birthCues))
    if (cued && isYearOfNinetyPlus(Number(m[1]), now))
      out.push({ start, end, type: 'DATE', source: 'date:birth-year', canonical: m[1]! })
  }
}
