/**
 * A street with an English name said inside another language ("vivimos por la monroe street", "trabajo en la french
 * street", "nhà bà ở central avenue"): after a preposition or article of that language, one or two words and an
 * English street type are a street's name, whatever the words mean. English text reads its own cues ("on", "at").
 */
import { languages } from '../languages'
import { isClinicalTerm, isSpanishWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { type Word, words } from '../spoken'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// English street types no other language uses as a word ("dr" is a doctor, "way" and "place" everyday words, "drive"
// a verb Spanglish and Taglish borrow, "lane" a lane of traffic).
// biome-ignore format: packed list
const ENGLISH_TYPES = new Set([
  'street', 'avenue', 'ave', 'boulevard', 'blvd', 'road', 'parkway', 'pkwy', 'highway', 'hwy', 'turnpike',
  'terrace',
])
// Prepositions and articles of the other languages before a place ("por la", "en la", "na", "ở", "sur"); none is
// an English word ("a", "no", "do" are left out).
// biome-ignore format: packed list
const FOREIGN_BEFORE = new Set([
  'la', 'el', 'por', 'en', 'sobre', 'del', 'de', 'na', 'da', 'em', 'pela', 'pelo', 'ao', 'à', 'al', 'cerca', 'ở',
  'tại', 'sur', 'dans', 'sa', 'nan', 'lan', 'nhà',
])

/** Finds English-named streets after a preposition or article of another language. */
export const detectForeignStreets: Detector = ({ lower }) => {
  if (!/(?:street|ave|boulevard|blvd|road|parkway|pkwy|highway|hwy|turnpike|terrace)/.test(lower)) return []
  const list = words(lower)
  const out: Span[] = []
  for (let i = 2; i < list.length; i++) {
    if (!ENGLISH_TYPES.has(list[i]!.w)) continue
    const from = nameStart(list, i, lower)
    if (from < 0) continue
    out.push({ start: list[from]!.start, end: list[i]!.end, type: 'STREET', source: 'street:foreign' })
  }
  return out
}

/** The first word of a street's name of one or two words before the type at `i`, or -1 when no foreign cue opens it. */
function nameStart(list: readonly Word[], i: number, text: string): number {
  for (const n of [2, 1]) {
    const from = i - n
    const cue = list[from - 1]
    if (from < 1 || !cue || !FOREIGN_BEFORE.has(cue.w) || !spacedGap(text, cue, list[from]!)) continue
    const name = list.slice(from, i)
    if (name.some((w, k) => k > 0 && !spacedGap(text, list[from + k - 1]!, w))) continue
    if (!spacedGap(text, list[i - 1]!, list[i]!)) continue
    // The name is English or a name: a word of the text's own language is its sentence ("nan klinik …", "na siya").
    if (name.some((w) => isFunctionWordOfAnyLanguage(w.w) || /\d/.test(w.w) || isClinicalTerm(w.w))) continue
    if (name.some((w) => languages().words.has(w.w) || isSpanishWord(w.w))) continue
    return from
  }
  return -1
}
