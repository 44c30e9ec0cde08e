/**
 * Names held together by a name link, found without a cue: a family name, a link that only ever sits inside a name
 * (Vietnamese thị, văn) and the given name after it: "lê văn dũng", "do thi mai", "nguyen thi thu ha". The link is
 * what proves it a name, so the family name may be an everyday word elsewhere ("do", "le").
 */
import { languages } from '../languages'
import { words } from '../spoken'
import { NAME_BREAKERS } from './breakers'
import { spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Detector, Span } from './types'

const LATIN = /^[\p{Script=Latin}\p{M}]+$/u

/** Finds family name + link + given name(s) as NAME spans. */
export const detectLinkedNames: Detector = ({ text, lower }) => {
  const lang = languages()
  if (lang.nameLinks.size === 0) return []
  const out: Span[] = []
  const list = words(lower)
  // Every name here holds a link word of the tables: a text without one is not read word by word.
  if (!holdsAnyWord(list, lang.nameLinks)) return out
  for (let i = 0; i + 2 < list.length; i++) {
    const family = list[i]!
    const link = list[i + 1]!
    const given = list[i + 2]!
    if (!lang.nameLinks.has(link.w) || !LATIN.test(link.w) || !lang.familyNames.has(family.w)) continue
    if (
      !spacedGap(text, family, link) ||
      !spacedGap(text, link, given) ||
      NAME_BREAKERS.has(given.w) ||
      /\d/.test(given.w)
    )
      continue
    let end = i + 2
    const next = list[i + 3]
    if (
      next &&
      spacedGap(text, given, next) &&
      lang.givenNames.has(next.w) &&
      !lang.plainWords.has(next.w) &&
      !NAME_BREAKERS.has(next.w)
    )
      end = i + 3
    out.push({ start: family.start, end: list[end]!.end, type: 'NAME', source: 'names:linked' })
  }
  return out
}
