/**
 * Towns named after their landscape, read on resolved spans: a found name or town followed by "heights", "city",
 * "grove" and the like is a town, suffix and all ("[cleveland] heights", "[rio] grande city"), and a suffix found
 * alone takes the word before it ("elk [grove]에"). Run by detect.ts with the other resolved passes; new spans only.
 */
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { NOT_PLACE_HEAD, PLACE_SUFFIX_WORD } from './place-names'
import type { Span } from './types'

// A suffix followed by the end of the word, or by a particle of a script written onto it ("grove에", "city的").
const SUFFIX_AFTER =
  /^[ \t]+(?:([\p{L}\p{M}'’]+)[ \t]+)?(heights|falls|springs|beach|hills|city|village|junction|valley|grove|harbor|creek|township|gardens|park)(?![\p{Script=Latin}\p{N}])/iu
const ATTACHED_PARTICLE = /[\p{Script=Hangul}\p{Script=Han}]/u
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’])([\p{Script=Latin}'’]{2,})[ \t]+$/u

function opensNoPlace(word: string): boolean {
  const w = word.toLowerCase()
  return NOT_PLACE_HEAD.test(w) || isFunctionWordOfAnyLanguage(w) || PLACE_SUFFIX_WORD.test(w)
}

/** Towns whose last word is a landscape suffix, around names and towns already found. */
export function placeSuffixes(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'CITY') continue
    const found = text.slice(s.start, s.end)
    if (PLACE_SUFFIX_WORD.test(found.toLowerCase())) {
      // Only where a particle of another script is written onto the suffix ("elk grove에"): in Latin text the town
      // detectors read "X grove" themselves, and a name such as "park" is no suffix.
      if (!ATTACHED_PARTICLE.test(text.slice(s.end, s.end + 1))) continue
      const m = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start))
      if (
        m &&
        !opensNoPlace(m[1]!) &&
        !spans.some((o) => o !== s && o.end > s.start - m[0].length && o.start < s.start)
      )
        out.push({
          start: s.start - m[0].length + m[0].indexOf(m[1]!),
          end: s.end,
          type: 'CITY',
          source: 'city:suffix',
        })
      continue
    }
    const m = SUFFIX_AFTER.exec(text.slice(s.end, s.end + 40))
    if (!m || (m[1] && opensNoPlace(m[1]))) continue
    const end = s.end + m[0].length
    // A suffix word already read as part of something (a name "grace park", an address) stays what it was.
    if (spans.some((o) => o !== s && o.start < end && o.end > s.end)) continue
    out.push({ start: s.start, end, type: 'CITY', source: 'city:suffix' })
  }
  return out
}
