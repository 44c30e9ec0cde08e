/**
 * The street someone lives on, said by its name alone ("my mom lives on evergreen", "she lives over on beechnut",
 * "we live on university and dale"). "lives on" before a name proves a street follows, so its words up to a boundary
 * are read as the street whatever they mean, failing closed; what one lives on that is no street ("lives on her own",
 * "lives on disability", "lives on coffee") stays by the table below. Streets with a type word or a house number are
 * the street patterns'.
 */
import { isClinicalTerm, isEnglishWord, isProperWord, isSpanishWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isNumberWord, type Word, words } from '../spoken'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// Not "stay": one stays on light duty, on the line, on a medicine.
const LIVING = new Set(['live', 'lives', 'living', 'lived', 'reside', 'resides'])
// Words between the verb and "on" ("lives over on", "still lives out on").
const BETWEEN = new Set(['over', 'out', 'down', 'up', 'right', 'still', 'now', 'just', 'all', 'alone', 'there'])
// What one lives on that is no street: means, food, care, a place that is no road.
// biome-ignore format: packed list
const NOT_STREETS = new Set([
  'own', 'disability', 'oxygen', 'ssi', 'ssdi', 'welfare', 'medicare', 'medicaid', 'insulin', 'dialysis', 'food',
  'stamps', 'campus', 'base', 'fixed', 'income', 'social', 'security', 'pension', 'benefits', 'coffee', 'tea', 'soda',
  'water', 'snacks', 'junk', 'fast', 'cereal', 'bread', 'rice', 'noodles', 'ramen', 'sandwiches', 'pizza', 'candy',
  'cigarettes', 'painkillers', 'pills', 'meds', 'medication', 'medications', 'tylenol', 'ensure', 'juice', 'liquids',
  'farm', 'ranch', 'reservation', 'property', 'land', 'street', 'streets', 'block', 'corner', 'floor', 'hill', 'side',
  'island', 'boat', 'borrowed', 'prayer', 'faith', 'hope', 'love', 'credit', 'savings', 'unemployment', 'tips',
  'cash', 'edge', 'couch', 'couches', 'property', 'premises', 'site', 'grounds', 'first', 'second', 'third', 'top',
  'bottom', 'ground', 'same', 'other', 'next', 'different', 'nothing', 'less', 'very', 'little', 'almost', 'barely',
  'mostly', 'only', 'home', 'hospice', 'life', 'support', 'machines', 'tube', 'feeding', 'feeds', 'formula', 'milk',
  'breast', 'breastmilk', 'bottles', 'air', 'cpap', 'bipap', 'vent', 'ventilator', 'steroids', 'prednisone',
])
const MAX_WORDS = 3
// Words that go on with the sentence after a street's name ("on beechnut near the school", "on sunrise now").
// biome-ignore format: packed list
const GOES_ON = new Set([
  'near', 'by', 'like', 'off', 'across', 'behind', 'past', 'close', 'right', 'just', 'so', 'um', 'uh', 'since',
  'because', 'till', 'until', 'now', 'anymore', 'alone', 'too', 'also', 'still', 'basically', 'mostly', 'though',
  'okay', 'ok', 'yeah', 'yes', 'no', 'please', 'thanks', 'today', 'tomorrow', 'yesterday', 'tonight',
])

/** Finds the street named after "lives on", as STREET spans. */
export const detectStreetsLivedOn: Detector = ({ text, lower }) => {
  if (!/liv|resid/.test(lower) || !lower.includes(' on ')) return []
  const list = words(lower)
  const out: Span[] = []
  for (let i = 0; i + 2 < list.length; i++) {
    if (!LIVING.has(list[i]!.w)) continue
    let k = i + 1
    while (k < list.length && k - i <= 2 && BETWEEN.has(list[k]!.w)) k++
    if (list[k]?.w !== 'on' || !spacedGap(text, list[k - 1]!, list[k]!)) continue
    const first = k + 1
    let end = first
    while (end < list.length && end - first < MAX_WORDS && spacedGap(text, list[end - 1]!, list[end]!)) {
      if (endsStreet(list[end]!)) break
      end++
    }
    // "university and dale": the corner's other street.
    if (end > first && list[end]?.w === 'and' && list[end + 1] && !endsStreet(list[end + 1]!)) end += 2
    if (end === first || NOT_STREETS.has(list[first]!.w)) continue
    // A street's name, not what one lives on: a word out of the everyday lists ("lives on kedzie", "lives on
    // pulaski"; "lives on chips", "lives on weed", "lives on tiktok" stay, and so, failing open, does "evergreen").
    if (!list.slice(first, end).some((w) => streetNameWord(w.w))) continue
    out.push({ start: list[first]!.start, end: list[end - 1]!.end, type: 'STREET', source: 'street:lived-on' })
    i = end - 1
  }
  return out
}

/** A word that names a street rather than a thing: no everyday word of English or Spanish, no plural. */
function streetNameWord(w: string): boolean {
  return !/s$/.test(w) && !isProperWord(w) && !isEnglishWord(w) && !isSpanishWord(w)
}

/** Whether word w ends a street's name: a function word, a number, a clinical word. */
function endsStreet(word: Word): boolean {
  const w = word.w
  return isFunctionWordOfAnyLanguage(w) || isNumberWord(w) || isClinicalTerm(w) || NOT_STREETS.has(w) || GOES_ON.has(w)
}
