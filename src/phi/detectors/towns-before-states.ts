/**
 * A town said before its state ("nos vamos para defiance ohio", "from paris texas"), in any language and without a
 * cue: a phrase of one to three words the gazetteer knows right before a state's full name is that state's town.
 * Regions ("south texas", "rural ohio") and places that are no town ("home texas time") stay.
 */
import { isBasicWord, isCity } from '../lexicon'
import { writesNamesCapitalised } from './chars'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { NOT_TOWN_BEFORE_STATE, STATE_NAME, isCountryOrState } from './place-names'
import type { Detector, Span } from './types'

// Words that say which part of a state, not which town ("south texas", "upstate new york", "all of ohio").
// biome-ignore format: packed list
const REGION_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upstate', 'downstate',
  'rural', 'northeast', 'northwest', 'southeast', 'southwest', 'deep', 'far', 'coastal', 'whole', 'all', 'state',
  'valley', 'county', 'panhandle', 'lower', 'upper', 'mid', 'greater', 'back', 'old', 'new', 'big', 'little',
  // Plans named for their state ("blue cross texas", "blue shield california").
  'cross', 'shield', 'blue', 'care', 'health',
])
const PLAN_AFTER =
  /^[ \t]+(?:insurance|medicaid|medicare|health|plan|care|complete|community|choice|chip|kids|star)(?!\p{L})/u
const NAME_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:name is|this is|it's|its|i am|i'm|im|soy|me llamo|nombre es|patient|pt|mr|mrs|ms|miss|dr|for)[ .\t]+$/u
const SENTENCE_START = /(?:^|[.!?\n])[ \t]*$/u
const WORD_BEFORE = /(?:^|[ \t])([\p{L}\p{M}'’.-]+),?[ \t]+$/u
const MAX_WORDS = 3

/** Finds the town right before a state's full name. */
export const detectTownsBeforeStates: Detector = ({ text, lower }) => {
  const out: Span[] = []
  for (const m of lower.matchAll(STATE_NAME)) {
    const words: Array<{ w: string; start: number }> = []
    let end = m.index
    for (let k = 0; k < MAX_WORDS; k++) {
      const w = WORD_BEFORE.exec(lower.slice(Math.max(0, end - 30), end))
      if (!w) break
      const start = end - w[0].length + w[0].indexOf(w[1]!)
      words.unshift({ w: w[1]!.replace(/[.]+$/, ''), start })
      end = start
    }
    // "new mexico", "west virginia": the word before opens the state itself.
    if (words.length > 0 && isCountryOrState(`${words[words.length - 1]!.w} ${m[0]}`)) continue
    // A health plan named for its state ("buckeye ohio insurance", "molina texas medicaid").
    if (PLAN_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue
    // The longest phrase first: "white bear lake minnesota", then "bear lake", then "lake".
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(words.length - n)
      const said = phrase.map((p) => p.w).join(' ')
      const first = phrase[0]!.w
      if (REGION_WORDS.has(first) || isFunctionWordOfAnyLanguage(first) || NOT_TOWN_BEFORE_STATE.has(said)) continue
      if (!isCity(said) || isCountryOrState(said)) continue
      // A town that is an everyday word ("only", "mission") only when written as a name in a text with capitals.
      if (
        n === 1 &&
        isBasicWord(first) &&
        !(writesNamesCapitalised(text) && /^\p{Lu}/u.test(text.slice(phrase[0]!.start)))
      )
        continue
      // A person whose surname is a state ("my name is tyler washington"), or a basic word opening a sentence ("Only
      // Texas Medicaid?").
      const before = lower.slice(Math.max(0, phrase[0]!.start - 16), phrase[0]!.start)
      if (NAME_CUE_BEFORE.test(before) || (n === 1 && isBasicWord(first) && SENTENCE_START.test(before))) continue
      const last = phrase[phrase.length - 1]!
      out.push({ start: phrase[0]!.start, end: last.start + last.w.length, type: 'CITY', source: 'city:state' })
      break
    }
  }
  return out
}
