/**
 * A day, a month word and a year in a language no table reads ("12 marca 1955", "3. ožujka 1950", "12 Mart 1955",
 * "14 kovo 1948"), failing closed: a day number and a year with one word between are a date unless the word is one
 * English or Spanish uses for something else ("12 pills 1955" is no date). Month names of most languages open with
 * the Latin month's stem (mar-, nov-) or the Polish ones' (sty-, lip-, gru-): a word with such a stem is a month whatever else it
 * means ("marca" is also a Spanish word); any other word must be no word the lexicons or the tables know. The tables'
 * own months are read by multilingual-dates.ts; this is the net under them.
 */
import { languages } from '../languages'
import { isClinicalTerm, isEnglishWord, isSpanishWord } from '../lexicon'
import type { Detector, Span } from './types'

// Day, one word (an abbreviation's full stop and a comma allowed), year; or the word first ("Mart 12, 1955").
const DAY_WORD_YEAR =
  /(?<![\p{L}\p{N}.,/:-])(\d{1,2})\.?[ \t]+(\p{L}{3,14})\.?,?[ \t]+((?:19|20)\d{2})(?![\p{L}\p{N}]|[.,/:-]\p{N})/gu
const WORD_DAY_YEAR =
  /(?<![\p{L}\p{N}])(\p{L}{3,14})\.?[ \t]+(\d{1,2})\.?,?[ \t]+((?:19|20)\d{2})(?![\p{L}\p{N}]|[.,/:-]\p{N})/gu
// The stems the months of European languages share with Latin's (janvier, febbraio, marca, aprile, maio, junho,
// agosto, septiembre, oktober, novembra, dezembro, décembre) and the Polish ones' (stycznia, lutego, lipca, grudnia).
const MONTH_STEM =
  /^(?:jan|gen|ian|feb|fev|fév|vel|mar|apr|avr|abr|kwi|mai|may|maj|mei|jun|jui|iun|jul|iul|aug|ago|aoû|avg|sep|set|okt|oct|out|nov|dec|dez|dic|déc|gru|sty|lut|lip|sie|wrz|paź|paz|lis)/u

/**
 * Whether a word between a day and a year names the month: no English or clinical word ("12 pills 2019", "lipitor
 * 20 2019"), and a month's stem (even a word of another lexicon: "marca" is Spanish too) or, written with a capital
 * as months are in the languages that write one ("12 Ocak 1955"), a word no list of ours knows.
 */
function monthWord(word: string, capitalised: boolean): boolean {
  if (isEnglishWord(word) || isClinicalTerm(word)) return false
  if (MONTH_STEM.test(word)) return true
  return capitalised && !isSpanishWord(word) && !languages().words.has(word)
}

/** Finds a day, a month word of an unread language and a year as one DATE span. */
export const detectUnreadMonthDates: Detector = ({ text, lower }) => {
  const out: Span[] = []
  // Both patterns end on a year: a text without one is not scanned twice for nothing.
  if (!/(?:19|20)\d{2}/.test(lower)) return out
  for (const [pattern, dayAt, wordAt] of [
    [DAY_WORD_YEAR, 1, 2],
    [WORD_DAY_YEAR, 2, 1],
  ] as const) {
    for (const m of lower.matchAll(pattern)) {
      const day = Number(m[dayAt])
      const word = m[wordAt]!
      const at = m.index + m[0].indexOf(word)
      // The word first is a drug and its dose as often ("lipitor 20 2019"): only a month's stem there.
      const month =
        wordAt === 1 ? MONTH_STEM.test(word) && monthWord(word, false) : monthWord(word, text[at] !== lower[at])
      if (day < 1 || day > 31 || !month) continue
      // The year is kept, as Safe Harbor allows (and generalised to 90+ when that old).
      const span = { start: m.index, end: m.index + m[0].length, type: 'DATE', canonical: m[3]! } as const
      out.push({ ...span, source: 'date:unread-month' })
    }
  }
  return out
}
