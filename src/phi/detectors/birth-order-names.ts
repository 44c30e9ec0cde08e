/**
 * People called by their birth order after a title, as Southern Vietnamese families do ("bà bảy", the seventh-born
 * grandmother; "chị hai", "cô út"): the tables list the birth-order words per language (`birthOrderNames`).
 */
import { languages, latinLanguagesOfWords } from '../languages'
import type { Word } from '../spoken'
import { spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

/**
 * A title of the text's language, then a birth-order word of that language: a name, title included, unless a number,
 * a unit or a word that makes the number part of another ("năm nay", this year; "tư vấn", to advise) follows it, or
 * the title itself follows "áo" (the "áo bà ba" blouse).
 */
export function birthOrderNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  if (lang.birthOrderNames.size === 0 || !holdsAnyWord(list, lang.birthOrderNames)) return
  let textLanguages: ReadonlySet<string> | undefined
  for (let i = 1; i < list.length; i++) {
    const codes = lang.birthOrderNames.get(list[i]!.w)
    if (!codes) continue
    const title = list[i - 1]!
    // A title that is also a number ("ba", dad and three) inside digits said one by one is a digit.
    if (!lang.titlesBefore.phrases.has(title.w) || lang.numbers.has(title.w) || !spacedGap(text, title, list[i]!))
      continue
    if (!(lang.cueLanguages.get(title.w) ?? []).some((code) => codes.includes(code))) continue
    textLanguages ??= latinLanguagesOfWords(list)
    if (!codes.some((code) => textLanguages!.has(code))) continue
    if (list[i - 2]?.w === 'áo' || list[i - 2]?.w === 'ao') continue
    const next = list[i + 1]
    if (next && spacedGap(text, list[i]!, next)) {
      const w = next.w
      if (lang.numbers.has(w) || lang.birthOrderNotBefore.has(w) || lang.unitsAfter.phrases.has(w)) continue
    }
    out.push({ start: title.start, end: list[i]!.end, type: 'NAME', source: 'names:birth-order' })
  }
}
