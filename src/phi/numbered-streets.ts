/**
 * Streets named by a number: a road whose name is its number ("on avenue two eighty", "en la calle 5", "off county
 * road thirty e"), a grid city's numbered street said with its compass word ("east seventy first"). Passes run by
 * detect.ts; each returns new spans only.
 */
import type { Span } from './detectors/types'
import { languages } from './languages'
import { isEnglishWord } from './lexicon'

// "on avenue two eighty", "off road 36", "en la calle 5": a road named by its number in farm country.
const ROAD_BEFORE =
  /(?<![\p{L}])(?:on|off|at|in|by|en|sobre)[ \t]+(?:(?:la|el)[ \t]+)?((?:county[ \t]+)?(?:avenue|ave|road|rd|calle|avenida|carretera|camino)\.?[ \t]+)$/iu

/** A number redacted right after "on avenue" / "en la calle" is the road's name: the road word goes with it. */
export function numberedRoads(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'OTHER') continue
    const m = ROAD_BEFORE.exec(text.slice(Math.max(0, s.start - 28), s.start))
    if (m?.[1]) out.push({ start: s.start - m[1].length, end: s.end, type: 'STREET', source: 'street:numbered-road' })
  }
  return out
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and'
const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth'
// "east seventy first", "west one hundred twenty fifth": a compass word and an ordinal said in words name a numbered
// street, as grid cities number them ("we went north first" has no number before the ordinal and stays; written
// forms, "W 3rd St", are the street patterns' and "4 W 3rd floor" stays).
const COMPASS_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}])(?:north|south|east|west)[ \t]+(?:(?:${NUMBER_WORD})[ \t]+)+(?:${ORDINAL_WORD})(?![\p{L}\p{N}])`,
  'giu',
)
// "la west veinticinco": an English compass word inside Spanish, then the street's number said in Spanish.
const COMPASS_IN_SPANISH = /(?<![\p{L}])(?:la|el|en)[ \t]+((?:north|south|east|west)[ \t]+([\p{L}]+))(?![\p{L}])/giu

/** Numbered streets said with their compass word and without a street type (see COMPASS_ORDINAL), in `lower` (the text lower-cased, offsets kept). */
export function compassNumberedStreets(lower: string): Span[] {
  if (!/north|south|east|west/.test(lower)) return []
  const out: Span[] = []
  for (const m of lower.matchAll(COMPASS_ORDINAL))
    out.push({ start: m.index, end: m.index + m[0].length, type: 'STREET', source: 'street:compass-number' })
  for (const m of lower.matchAll(COMPASS_IN_SPANISH)) {
    const number = m[2]!
    if (!languages().numbers.has(number) || isEnglishWord(number)) continue
    const start = m.index + m[0].length - m[1]!.length
    out.push({ start, end: m.index + m[0].length, type: 'STREET', source: 'street:compass-number' })
  }
  return out
}

// "on avenue thirty e", "off county road twelve": a road named by its number said in words, and the compass letter of
// a grid's half (Yuma's "avenue 3E"). "avenue" or "county road" before the number says so (a bare "off road" is
// riding off the road: "off road four wheeler", "off road ten miles"); no unit or time word after it.
const SPOKEN_ROAD = new RegExp(
  String.raw`(?<![\p{L}])(?:on|off|at|by|along|north|south|east|west)[ \t]+((?:county[ \t]+road|avenue|ave)\.?[ \t]+(?!and(?![\p{L}]))(?:(?:${NUMBER_WORD})(?:[ \t-]+|(?![\p{L}\p{N}])))+(?:(?:[nesw]|east|west|north|south|half)(?![\p{L}\p{N}]))?)(?![ \t]*(?:wheeler|wheelers|miles?|days?|weeks?|times?|hours?|minutes?|years?|months?|dollars?|percent)(?![\p{L}]))`,
  'giu',
)

/** Roads named by a number said in words after "on avenue" / "off county road" (see SPOKEN_ROAD), in `lower`. */
export function spokenNumberedRoads(lower: string): Span[] {
  if (!/avenue|ave|county road/.test(lower)) return []
  const out: Span[] = []
  for (const m of lower.matchAll(SPOKEN_ROAD)) {
    const value = m[1]!.replace(/[ \t-]+(?:and)?[ \t]*$/u, '')
    const start = m.index + m[0].length - m[1]!.length
    out.push({ start, end: start + value.length, type: 'STREET', source: 'street:spoken-road' })
  }
  return out
}
