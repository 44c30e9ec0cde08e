/**
 * A relative's name after the article Portuguese and Spanish speakers put before it ("o meu marido o zé", "mi hermana
 * la lupe"), split from multilingual.ts.
 */
import { languages } from '../languages'
import { knownInSomeLanguage } from '../languages/words'
import { classify } from '../lexicon/word-class'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import type { Word } from '../spoken'
import { phraseEndingAt, spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

// The article Portuguese and Spanish speakers put before a relative's name ("o meu marido o zé", "mi hermana la lupe").
const PERSON_ARTICLES = new Set(['o', 'a', 'el', 'la'])

/**
 * "o meu marido o zé pode", "mi hermana la lupe vino": after a relation word and the article, a given name of the
 * tables or a word no list knows is the relative's name.
 */
export function articleAfterRelationNames(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  if (!holdsAnyWord(list, PERSON_ARTICLES)) return
  for (let k = 1; k + 2 < list.length; k++) {
    if (!PERSON_ARTICLES.has(list[k + 1]!.w)) continue
    if (phraseEndingAt(list, k, text, lang.relationCues) < 0) continue
    const name = list[k + 2]!
    if (!spacedGap(text, list[k]!, list[k + 1]!) || !spacedGap(text, list[k + 1]!, name)) continue
    const c = classify(name.w)
    const given = lang.givenNames.has(name.w) || c.first
    if ((given && !c.basic && !isFunctionWordOfAnyLanguage(name.w)) || (c.oov && !knownInSomeLanguage(name.w)))
      out.push({ start: name.start, end: name.end, type: 'NAME', source: 'names:article-after-relation' })
  }
}
