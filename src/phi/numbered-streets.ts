/**
 * Streets named by a number: a road whose name is its number ("on avenue two eighty", "en la calle 5", "off county
 * road thirty e"), a grid city's numbered street said with its compass word ("east seventy first"). Passes run by
 * detect.ts; each returns new spans only.
 */
import type { Span } from './detectors/types'
import { languages } from './languages'
import { isEnglishWord, isSpanishWord } from './lexicon'
import { isFunctionWordOfAnyLanguage } from './remembered'
import { words } from './spoken'

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

// The compass words of a grid city's addresses in the languages the engine reads ("forty one hundred south", "treinta
// y tres sur", "sete mil e oitocentos sul", "hai ngàn bảy trăm tây").
// biome-ignore format: packed list
const GRID_COMPASS = new Set([
  'north', 'south', 'east', 'west', 'norte', 'sur', 'oeste', 'poniente', 'oriente', 'sul', 'leste', 'nord', 'sud',
  'ouest', 'bắc', 'đông', 'tây', 'hilaga', 'timog', 'silangan', 'kanluran', 'nò', 'sid', 'lès', 'lwès',
])
// Words joining the parts of a number said in words ("treinta y tres", "mil e cem", "quatre-vingt et un").
const NUMBER_JOINERS = new Set(['y', 'e', 'and', 'et', 'lẻ', 'linh', 'at'])
// biome-ignore format: packed list
const FRENCH_AFTER_SUR = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'ma', 'mon', 'mes', 'sa', 'son', 'ses', 'ce', 'cette', 'ces', 'notre',
  'votre', 'leur',
])
// Words before a road's, a bus's or a hospital unit's number.
// biome-ignore format: packed list
const ROAD_OR_UNIT = new Set([
  'i', 'interstate', 'highway', 'hwy', 'route', 'rt', 'exit', 'bus', 'ward', 'unit', 'building', 'bldg', 'lot', 'floor',
  'room', 'take', 'taking', 'took', 'the', 'suite', 'gate', 'bed', 'pod',
])
// Words before a street's name said as two number words ("en la treinta y tres sur", "on forty five south").
const STREET_ARTICLES = new Set(['la', 'el', 'on', 'at', 'na', 'no', 'ở', 'sa', 'rue', 'calle', 'rua'])
const ORDINALS = new Set(ORDINAL_WORD.split('|'))

/**
 * A grid city's address half: a number of three digits or three number words (two after "la", "on" or a first
 * corner), or an ordinal, right before a compass word ("4100 south", "fifty one seventy west", "en la treinta y tres
 * sur", "thirty fifth south"), as Salt Lake, Boise and Chicago write them. Not a road's, a bus's or a unit's number
 * ("I-95 north", "ward 12 north"), nor a single number word ("two west" is a ward, a direction).
 */
export function gridAddresses(lower: string): Span[] {
  const list = words(lower)
  if (!list.some((w) => GRID_COMPASS.has(w.w))) return []
  const out: Span[] = []
  const { numbers, ordinals } = languages()
  for (let k = 1; k < list.length; k++) {
    const compass = list[k]!.w
    if (!GRID_COMPASS.has(compass)) continue
    const after = list[k + 1]?.w
    // "out on route nine south of town": a direction from a place, not an address's half.
    if (after === 'of') continue
    // "en east boston", "huit sur dix": a compass word that opens a town's name, or French "sur" between two numbers.
    if (after !== undefined && lower.slice(list[k]!.end, list[k + 1]!.start).trim() === '') {
      const number = numbers.has(after) || /^\d/.test(after)
      if (
        number
          ? compass === 'sur'
          : !isFunctionWordOfAnyLanguage(after) && !GRID_COMPASS.has(after) && !ORDINALS.has(after)
      )
        continue
      // "38 sur le thermomètre", "10 sur les 30 comprimés": French "on" before its article.
      if (compass === 'sur' && FRENCH_AFTER_SUR.has(after)) continue
    }
    let first = k
    let spoken = 0
    let digits = 0
    let ordinal = false
    while (first > 0) {
      const prev = list[first - 1]!
      const gap = lower.slice(prev.end, list[first]!.start)
      if (!/^[ \t-]{1,2}$/.test(gap)) break
      const w = prev.w
      if (/^\d+$/.test(w)) digits += w.length
      else if (numbers.has(w)) spoken++
      else if ((ordinals.has(w) || ORDINALS.has(w)) && first === k) ordinal = true
      else if (!(NUMBER_JOINERS.has(w) && spoken > 0)) break
      first--
    }
    // A joiner or a function word opening the run is no part of it ("en" before a number is Spanish "in").
    while (first < k && (NUMBER_JOINERS.has(list[first]!.w) || isFunctionWordOfAnyLanguage(list[first]!.w))) first++
    // "apartamento dos en east": a number word that is also a function word ("en", one in Haitian Creole) ends no run.
    if (first < k && isFunctionWordOfAnyLanguage(list[k - 1]!.w)) continue
    const before = first > 0 ? list[first - 1]!.w : ''
    // "I-95 north", "the 405 south", "ward 12 north", "take bus 45 south": a road's or a unit's number.
    if (ROAD_OR_UNIT.has(before)) continue
    // "west fortieth south": an ordinal alone after the other half's compass word.
    const afterCompass = GRID_COMPASS.has(before)
    // Grid numbers run to hundreds ("4100 south", "forty one hundred south"); two number words only where a street
    // stands ("en la treinta y tres sur"), not "take the forty five south".
    // "… south and four hundred east": the second half of a corner after the first.
    const corner = before === 'and' && first > 1 && GRID_COMPASS.has(list[first - 2]!.w)
    const grid = digits >= 3 || spoken >= 3 || (spoken === 2 && (STREET_ARTICLES.has(before) || corner))
    if (!grid && !(ordinal && (spoken > 0 || afterCompass))) continue
    out.push({ start: list[first]!.start, end: list[k]!.end, type: 'STREET', source: 'street:grid' })
  }
  return out
}

// After "la" and its number: words that make it a time, a count or a list's place, not a street ("la dos de la
// tarde" is no Spanish; "la veintiséis semana", "la número"), besides the function words.
// biome-ignore format: packed list
const NOT_AFTER_STREET_NUMBER = new Set([
  'semana', 'semanas', 'vez', 'veces', 'dosis', 'pastilla', 'pastillas', 'horas', 'hora', 'minutos', 'años', 'meses',
  'días', 'dias', 'cama', 'página', 'pagina', 'fila', 'puerta', 'sala', 'habitación', 'cuarto', 'media', 'del',
  'mg', 'ml', 'miligramos', 'mililitros', 'cucharadas', 'cucharaditas', 'gotas', 'unidades', 'pm', 'am', 'tabletas',
  'a', 'hasta', 'de',
])
// Before "la": the prepositions of a place ("en la veintiséis", "de la 26", "por la cuarenta"); not after a word of
// time ("después de la dos", "antes de la tres", "entre la dos").
const PLACE_BEFORE_STREET_ARTICLE = new Set(['en', 'de', 'por', 'sobre', 'hacia', 'cerca', 'frente', 'esquina'])
const TIME_BEFORE_PLACE_WORD = new Set(['después', 'despues', 'antes', 'entre', 'para', 'hasta', 'desde'])

/**
 * A street Spanish speakers name by its number after "la" (la calle): "de la veintiséis", "en la cuarenta y uno y
 * central", "la 26 y kedzie". A feminine article with a cardinal above one and no noun after it names no time ("a las
 * dos" is plural, "la una" is one o'clock) and, singular, counts nothing; the corner's other street after "y" goes with it when it is
 * no Spanish word or an English one ("y lake", "y central"; not "y tengo").
 */
export function spanishNumberedStreets(lower: string): Span[] {
  if (!lower.includes('la ')) return []
  const list = words(lower)
  const { numberLanguages, numbers } = languages()
  const spanish = (w: string) => numberLanguages.get(w)?.has('es') ?? false
  const out: Span[] = []
  for (let k = 0; k + 1 < list.length; k++) {
    if (list[k]!.w !== 'la' || !PLACE_BEFORE_STREET_ARTICLE.has(list[k - 1]?.w ?? '')) continue
    if (TIME_BEFORE_PLACE_WORD.has(list[k - 2]?.w ?? '')) continue
    let end = k + 1
    let value = 0
    while (end < list.length && lower.slice(list[end - 1]!.end, list[end]!.start).trim() === '') {
      const w = list[end]!.w
      if (/^\d{1,3}$/.test(w) && end === k + 1) value = Number(w)
      else if (spanish(w) && w !== 'y') value += numbers.get(w) ?? 0
      else if (!(w === 'y' && value > 0 && spanish(list[end + 1]?.w ?? '') && list[end + 1]?.w !== 'y')) break
      end++
      if (/^\d/.test(w)) break
    }
    if (end === k + 1 || value < 2 || list[end - 1]!.w === 'y') continue
    const next = list[end]
    if (next && lower.slice(list[end - 1]!.end, next.start).trim() === '') {
      if (NOT_AFTER_STREET_NUMBER.has(next.w) || numbers.has(next.w)) continue
    }
    // The corner's other street: "y lake", "y central".
    const corner = list[end + 1]
    if (next?.w === 'y' && corner && !isFunctionWordOfAnyLanguage(corner.w) && !numbers.has(corner.w)) {
      if (NOT_AFTER_STREET_NUMBER.has(corner.w)) continue
      if (isEnglishWord(corner.w) || !isSpanishWord(corner.w)) end += 2
    }
    out.push({ start: list[k + 1]!.start, end: list[end - 1]!.end, type: 'STREET', source: 'street:spanish-number' })
    k = end - 1
  }
  return out
}
