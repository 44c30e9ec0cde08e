/**
 * Street lines: written and spoken house numbers with a street type, Spanish and European street forms, intersections,
 * PO boxes, units, rural routes and military mail. Kept apart from location.ts, which adds the address context, ZIPs
 * and cities around the streets found here; each pattern is gated by a cheap test so ordinary messages skip it.
 */
import { isClinicalTerm, isFirstName, isSpanishWord, isSurname } from '../lexicon'
import { SPANISH_NUMBER_WORD, spanishNumber } from '../spoken'
import { FUNCTION_WORDS } from '../lexicon/name-cues'
import { FOLDED_BY_I } from './chars'
import { valueRange } from './cues'
import type { Span } from './types'
import { matchesOf } from './matches'
import {
  COMPOUND,
  endsBeforeSpacedDigit,
  INTL_AFTER,
  INTL_AFTER_CAPS,
  INTL_AFTER_GATE,
  INTL_PREFIX,
  INTL_PREFIX_CAPS,
  INTL_PREFIX_GATE,
} from './european-streets'
import {
  AMBIGUOUS_TYPE,
  B,
  BARE,
  BARE_NUMBER,
  BLOCK_OF,
  CLINICAL_CAPITALS,
  COLONIA,
  DIRECTION_ORDINAL,
  E,
  ES_STREET_WORD,
  EVENT_BEFORE_DRIVE,
  GRID,
  INSTITUTION_BEFORE_COURT,
  INTERSECTION,
  LOWER_INTERSECTION,
  MILE_MARKER,
  NAMED_IN_CAPITALS,
  DR_AFTER_NUMBER,
  DR_AFTER_PLACE,
  NUMBERED,
  NUMBERED_DIRECTION,
  NUMBERED_ROAD_END,
  NUM_WORD,
  ORDINAL_DIGITS_GATE,
  PARK_LOT,
  PO_BOX_SPOKEN,
  ROAD_NUMBER_AFTER,
  RURAL_ROUTE,
  SPANISH,
  SPOKEN_BARE,
  SPOKEN_DIRECTION,
  SPOKEN_ES_AFTER,
  SPOKEN_ES_BEFORE,
  SPOKEN_ES_DIRECTION,
  SPOKEN_NUMBERED,
  SPOKEN_ROUTE,
  SPOKEN_UNIT_ALONE,
  STORE_INTERSECTION,
  SUFFIX,
  twoDirections,
} from './street-patterns'

// A day of the 21st to the 31st said in words; a place whose corner it may name.
const COMPOUND_ORDINAL = /^(?:twenty|thirty)[ \t-]/u
const PLACE_BEFORE_INTERSECTION =
  /(?:church|clinic|office|store|pharmacy|shop|school|house|home|apartment|apartments|building|station|park|restaurant|market|live|lives|living|located|corner|walgreens|cvs)[ \t]+(?:on|at|of|near|off)[ \t]+$/u

// Military mail: "PSC 0413, Box 8144", "Unit 8524 Box 0979", "APO AA 42323", a ship line "USNS Bergman" before FPO.
const MILITARY =
  /(?<![\p{L}\p{N}])(?:(?:psc|cmr|unit)\s+\d{3,5},?\s+box\s+\d{1,5}|(?:apo|fpo|dpo)\s+(?:aa|ae|ap)(?:\s+\d{5}(?:-\d{4})?)?|(?:usns|uss|uscgc|usnv|usat)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s*\n\s*(?:fpo|apo|dpo)\b))(?![\p{L}\p{N}])/giu
const PO_BOX =
  /(?<![\p{L}\p{N}])(?:\d{1,6}\s+)?(?:p\.?\s*o\.?\s*box|post\s+office\s+box|postbox|post\s+box|postfach|apartado(?:\s+postal)?|caixa\s+postal|box)\s*#?\s*\d{1,8}(?![\p{N}])/giu
const UNIT_ALONE = new RegExp(
  String.raw`${B}(?:apt|apartment|unit|suite|ste|depto|departamento)\.?\s*#?\s*\d[\p{L}\p{N}-]{0,5}${E}|${B}(?:apt|apartment|unit|suite|ste)(?:\.\s*|\s+|\s*#\s*)[a-z]\d{0,4}${E}`,
  'giu',
)

// Cheap tests on the lower-case text for the anchor word of the costlier patterns, so ordinary messages
// skip them (the full patterns try a street name at every word).
const NUMBER_WORD_GATE = new RegExp(`${B}${NUM_WORD}${E}`, 'u')

// The last text NUMBER_WORD_GATE was asked of, and its answer: findStreets asks three times per text, and a text
// without a number word is scanned to its end each time (with the look-behind tried at every position).
let lastNumberWordText: string | undefined
let lastNumberWord = false

/** NUMBER_WORD_GATE.test(lower), remembered for the last text. */
function holdsNumberWord(lower: string): boolean {
  if (lower !== lastNumberWordText) {
    lastNumberWord = NUMBER_WORD_GATE.test(lower)
    lastNumberWordText = lower
  }
  return lastNumberWord
}

// A street type after white space or a hyphen (SPOKEN_TYPE) or white space (SPACED_TYPE), before no letter or digit:
// NUMBERED, BARE and INTERSECTION each need the second (BARE's types are all street types). The flags are the
// patterns' own, so "ſ" reads as "s". Each is also kept without the i flag, which reads a text without FOLDED_BY_I
// exactly as with it (its letters are ASCII lower case): V8 scans the alternation about three times faster so.
const SPOKEN_TYPE_GATE = new RegExp(String.raw`[\s-](?:${SUFFIX})\.?${E}`, 'iu')
const SPACED_TYPE_GATE = new RegExp(String.raw`\s(?:${SUFFIX})\.?${E}`, 'iu')
const SPOKEN_TYPE_CASED = new RegExp(SPOKEN_TYPE_GATE.source, 'u')
const SPACED_TYPE_CASED = new RegExp(SPACED_TYPE_GATE.source, 'u')

/** SPOKEN_TYPE_GATE.test(lower), without the i flag where it changes nothing. */
function holdsSpokenType(lower: string): boolean {
  return (FOLDED_BY_I.test(lower) ? SPOKEN_TYPE_GATE : SPOKEN_TYPE_CASED).test(lower)
}

let lastSpacedTypeText: string | undefined
let lastSpacedType = false

/** SPACED_TYPE_GATE.test(lower), remembered for the text findStreets reads (three patterns ask it). */
function holdsSpacedType(lower: string): boolean {
  if (lower !== lastSpacedTypeText) {
    lastSpacedType = (FOLDED_BY_I.test(lower) ? SPACED_TYPE_GATE : SPACED_TYPE_CASED).test(lower)
    lastSpacedTypeText = lower
  }
  return lastSpacedType
}

// INTERSECTION's two streets are joined by one of these between white space (read on the lower case, which holds
// every "and" of the text), and one of them is a street type after white space or an ordinal in digits ("5th").
const INTERSECTION_JOINER = /\s(?:and|&|y|at)\s/
const ORDINAL_IN_DIGITS = /\d(?:st|nd|rd|th)/

function testOf(re: RegExp): (lower: string) => boolean {
  return (l) => re.test(l)
}

// Every alternative of these holds a mandatory \d: no ASCII digit in the text, no match.
const NEEDS_DIGIT = new Set<RegExp>([
  NUMBERED,
  NUMBERED_DIRECTION,
  BARE_NUMBER,
  INTL_PREFIX,
  INTL_PREFIX_CAPS,
  INTL_AFTER,
  INTL_AFTER_CAPS,
  COMPOUND,
  PO_BOX,
  DIRECTION_ORDINAL,
])
const GATES = new Map<RegExp, (lower: string) => boolean>([
  // Every match ends on a street type after white space (the number, a direction and the words before it each end
  // in \s), or holds a Spanish street word after no letter or number: what the patterns need, without their scans
  // of every number and its next words (a text full of dates).
  [NUMBERED, holdsSpacedType],
  [BARE, holdsSpacedType],
  [INTERSECTION, (l) => INTERSECTION_JOINER.test(l) && (holdsSpacedType(l) || ORDINAL_IN_DIGITS.test(l))],
  [
    SPANISH,
    testOf(
      /(?<![\p{L}\p{N}])(?:calle|avenida|avda|av|camino|paseo|carretera|callejón|callejon|calzada|privada|boulevard|bulevar|colonia|col)\.?\s/iu,
    ),
  ],
  // Its street type follows a space or a hyphen (every part before it ends in one): a text of number words and no
  // street type is not scanned from every number word.
  [SPOKEN_NUMBERED, (l) => holdsNumberWord(l) && holdsSpokenType(l)],
  [DIRECTION_ORDINAL, (l) => ORDINAL_DIGITS_GATE.test(l)],
  [
    MILE_MARKER,
    (l) =>
      l.includes('mile') &&
      (holdsSpokenType(l) ||
        /mile[\s-]*(?:marker|post)|milepost|(?:north|south|east|west|(?<![\p{L}])[nsew])(?![\p{L}])/u.test(l)),
  ],
  // A street named in capitals ends on one of its type words after white space, in ASCII letters (read lower-cased
  // here): a text without one (any text of another script) is not scanned from every capital and digit.
  [
    NAMED_IN_CAPITALS,
    testOf(
      /\s(?:street|st|avenue|ave|road|rd|boulevard|blvd|parkway|pkwy|highway|hwy|lane|ln|terrace|drive|court|place|pl)/,
    ),
  ],
  [DR_AFTER_PLACE, testOf(/\sdr(?![a-z])/)],
  [DR_AFTER_NUMBER, testOf(/\sdr(?![a-z])/)],
  [INTL_PREFIX, testOf(INTL_PREFIX_GATE)],
  [
    INTL_PREFIX_CAPS,
    testOf(
      new RegExp(
        String.raw`${B}(?:via|place|avenue|boulevard|route|largo|plaza|paseo|avenida|calle|camino|al|bd)\.?\s[^\n]*\d`,
        'u',
      ),
    ),
  ],
  [INTL_AFTER, testOf(INTL_AFTER_GATE)],
  // Each literal test below is implied by the pattern after it (every match holds one of the literals): the
  // substring searches only spare the pattern's scan, the answer is the pattern's.
  [INTL_AFTER_CAPS, (l) => (l.includes('gate') || l.includes('tee')) && /(?<![\p{L}\p{N}])(?:gate|tee)\s+\d/u.test(l)],
  [COMPOUND, endsBeforeSpacedDigit],
  [
    SPOKEN_DIRECTION,
    (l) =>
      (l.includes('north') || l.includes('south') || l.includes('east') || l.includes('west')) &&
      /\b(?:north|south|east|west)\b/.test(l),
  ],
  // Two directions after numbers: a compass word or letter appears at least twice.
  [GRID, twoDirections],
  [
    MILITARY,
    (l) =>
      (l.includes('psc') ||
        l.includes('cmr') ||
        l.includes('unit') ||
        l.includes('apo') ||
        l.includes('fpo') ||
        l.includes('dpo')) &&
      /\b(?:psc|cmr|unit|apo|fpo|dpo)\b/.test(l),
  ],
  [
    RURAL_ROUTE,
    (l) =>
      l.includes('route') ||
      l.includes('r.r.') ||
      ((l.includes('rr') || l.includes('hc')) && /\brr\b|\bhcr?\b/.test(l)),
  ],
  [PO_BOX_SPOKEN, (l) => l.includes('box') || l.includes('apartado')],
  [SPOKEN_ROUTE, (l) => l.includes('box')],
  [BLOCK_OF, (l) => l.includes('block')],
  [
    PARK_LOT,
    (l) =>
      l.includes('mhp') ||
      l.includes('mobile') ||
      l.includes('trailer') ||
      l.includes('rv park') ||
      l.includes('manufactured'),
  ],
  // Case-insensitive patterns: 'ſ' is the one character that folds onto an ASCII letter (s) without lower-casing to it.
  [
    PO_BOX,
    (l) =>
      l.includes('box') || l.includes('postfach') || l.includes('apartado') || l.includes('caixa') || l.includes('ſ'),
  ],
  // Every match opens on one of the unit words (the pattern, with no single leading look-behind, is otherwise tried at
  // every position of the text).
  [
    UNIT_ALONE,
    (l) =>
      l.includes('apt') ||
      l.includes('apartment') ||
      l.includes('unit') ||
      l.includes('suite') ||
      l.includes('ste') ||
      l.includes('depto') ||
      l.includes('departamento') ||
      l.includes('ſ'),
  ],
  [
    SPOKEN_UNIT_ALONE,
    (l) =>
      (l.includes('apart') ||
        l.includes('apt') ||
        l.includes('suite') ||
        l.includes('depart') ||
        l.includes('depto') ||
        l.includes('trail') ||
        l.includes('tráil') ||
        l.includes('lote')) &&
      /(?<![\p{L}\p{N}])(?:apartment|apt|suite|apartamento|departamento|depto|traila|tráila|trailer|tráiler|lote)(?![\p{L}\p{N}])/u.test(
        l,
      ),
  ],
])
// Every match of SPOKEN_ES_BEFORE and SPOKEN_ES_AFTER holds a Spanish street word after no letter or number, or a
// street type after white space: their scan of every number word runs only then.
const SPOKEN_ES_STREET = new RegExp(String.raw`${B}${ES_STREET_WORD}\s|\s(?:${SUFFIX})\.?${E}`, 'iu')
const SPANISH_NUMBER_GATE =
  /cient[oa]s|\b(?:mil|cien|ciento|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b|\bdieci|\bveinti/

// Two or more number words (then an article) right before a street: its house number, counted with the article.
const SPOKEN_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${NUM_WORD}|${SPANISH_NUMBER_WORD})[\s-]+(?:(?:y|and)\s+)?){2,6}(?:(?:el|la|the)\s+)?$`,
  'u',
)

const PATIENT_PT =
  /(?:^|\s)(?:call|called|notify|notified|advise|advised|tell|told|inform|informed|update|updated|remind|reminded|ask|asked|educate|educated|instruct|instructed|teach|taught|discharge|discharged|see|saw|seen|per|to|with|for|and|by|the)\s+(?:pt|PT|Pt)\.?\s*$/u

function push(spans: Span[], start: number, end: number, type: Span['type'], source: string, canonical?: string): void {
  if (end > start) spans.push(canonical ? { start, end, type, source, canonical } : { start, end, type, source })
}

/** A match whose type word is also a clinical abbreviation, an event or an institution, and is one here. */
function notAStreet(value: string): boolean {
  const bare = value.replace(/\.$/, '')
  const m = AMBIGUOUS_TYPE.exec(bare)
  if (!m) return false
  const type = m.groups!.type!
  const words = bare.slice(0, m.index).trim().split(/\s+/)
  const last = (words[words.length - 1] ?? '').toLowerCase()
  if (/^drive$/i.test(type)) return EVENT_BEFORE_DRIVE.has(last)
  if (/^court$/i.test(type)) return INSTITUTION_BEFORE_COURT.has(last)
  return isClinicalTerm(last) || words.some((w) => !/^\p{Lu}[\p{Lu}'’-]*$/u.test(w) || CLINICAL_CAPITALS.test(w))
}

/** A span already found holds [start, end): the street named in capitals is part of a numbered one. */
function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && s.end >= end)
}

const WORD_AFTER_ST = /^\.?\s+(\p{L}[\p{L}'’-]*)/u
// "Anterior St elevation", "Nonspecific St-T changes": the ECG's ST segment, said with the words of an ECG reading.
// biome-ignore format: packed list
const ST_SEGMENT = new Set([
  'elevation', 'elevations', 'elevated', 'depression', 'depressions', 'depressed', 'segment', 'segments', 'changes',
  'abnormality', 'abnormalities', 'wave', 'waves', 't',
])

/**
 * "St" before a capitalised name is a saint's name ("Mary St. Clair", "St. Jude", "St. Louis"), whatever word comes
 * before it (a first name, a title, a verb: "Visited St. Jude"); before the words of an ECG reading it is the ST
 * segment. Neither makes the words before it a street.
 */
function saintName(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end).replace(/\.$/, '')
  if (!/\sS[Tt]$/.test(value)) return false
  const rest = text.slice(start + value.length)
  if (/^-[Tt](?![\p{L}])/u.test(rest)) return true
  const next = WORD_AFTER_ST.exec(rest)?.[1] ?? ''
  const lower = next.toLowerCase()
  if (ST_SEGMENT.has(lower)) return true
  return /^\p{Lu}/u.test(next) && (isFirstName(lower) || isSurname(lower))
}

/** The street spans of a text, numbered roads extended by their number (`hasDigit`: the text holds an ASCII digit). */
export function findStreets(text: string, lower: string, hasDigit: boolean): Span[] {
  const streets: Span[] = []
  // Read afresh for each call: the answer is shared by this call's three patterns only.
  lastSpacedTypeText = undefined
  for (const re of [
    NUMBERED,
    NUMBERED_DIRECTION,
    BARE_NUMBER,
    SPOKEN_NUMBERED,
    MILE_MARKER,
    DIRECTION_ORDINAL,
    BARE,
    NAMED_IN_CAPITALS,
    DR_AFTER_PLACE,
    DR_AFTER_NUMBER,
    SPANISH,
    INTERSECTION,
    PO_BOX,
    UNIT_ALONE,
    INTL_PREFIX,
    INTL_PREFIX_CAPS,
    INTL_AFTER,
    INTL_AFTER_CAPS,
    COMPOUND,
    MILITARY,
    SPOKEN_DIRECTION,
    GRID,
    RURAL_ROUTE,
    PO_BOX_SPOKEN,
    SPOKEN_UNIT_ALONE,
    SPOKEN_ROUTE,
    BLOCK_OF,
    PARK_LOT,
  ]) {
    if (!hasDigit && NEEDS_DIGIT.has(re)) continue
    const gate = GATES.get(re)
    if (gate && !gate(lower)) continue
    re.lastIndex = 0
    for (const m of matchesOf(re, text)) {
      const [start, end] = valueRange(m)
      if (re === NAMED_IN_CAPITALS) {
        if (saintName(text, start, end) || within(streets, start, end)) continue
        if (notAStreet(text.slice(start, end))) continue
      }
      // "HR 110 call pt", "glucose 250 notify pt": "pt" after a verb or a function word is the patient, no Point.
      if (PATIENT_PT.test(text.slice(start, end))) continue
      push(streets, start, start + text.slice(start, end).replace(/[\s,.]+$/, '').length, 'STREET', 'street')
    }
  }
  const colonia =
    lower.includes('colonia') ||
    lower.includes('col.') ||
    lower.includes('fracc') ||
    lower.includes('barrio') ||
    lower.includes('residencial') ||
    lower.includes('unidad habitacional')
  for (const m of colonia ? matchesOf(COLONIA, text) : []) {
    // "en mi barrio hay gripe": the words after the type must name the place (a name, or capitals), not be everyday Spanish.
    const head = /(?:^\S+\s+)(?:(?:de|del|la|las|los|el|san|santa|santo)\s+)*(\S+)/iu.exec(m[0])?.[1] ?? ''
    // "col. moderna", "colonia obrera": after "colonia" or "fracc." the words name the place whatever they mean.
    const namedType = /^(?:col\.?|colonia|fracc\.?|fraccionamiento)\s/iu.test(m[0])
    if (
      !namedType &&
      !/^\p{Lu}/u.test(head) &&
      isSpanishWord(head.toLowerCase()) &&
      !/\s(?:san|santa|santo)\s/i.test(m[0])
    )
      continue
    push(streets, m.index, m.index + m[0].length, 'STREET', 'colonia')
  }
  // Read once for the three tests below (a scan of the whole text that most texts, holding no Spanish number, fail).
  const spanishNumbers = SPANISH_NUMBER_GATE.test(lower)
  const spokenEs = spanishNumbers && SPOKEN_ES_STREET.test(lower)
  const esDirection = spanishNumbers && /\b(?:north|south|east|west)\s/.test(lower)
  for (const re of [
    ...(spokenEs ? [SPOKEN_ES_BEFORE, SPOKEN_ES_AFTER] : []),
    ...(esDirection ? [SPOKEN_ES_DIRECTION] : []),
  ]) {
    for (const m of matchesOf(re, lower)) {
      // One small number word ("una calle", "dos avenidas") is not a house number; two or more are, read as one number
      // or digit by digit ("cuatro cuatro cinco", "tres cuarenta y dos").
      const said = (m.groups?.n ?? '').split(/[\s-]+/)
      const n = spanishNumber(said)
      if (said.filter((w) => w !== 'y').length < 2 && (!n || n.value < 10)) continue
      push(streets, m.index, m.index + m[0].length, 'STREET', 'street-es-spoken')
    }
  }
  for (const m of holdsNumberWord(lower) ? matchesOf(SPOKEN_BARE, lower) : []) {
    const [start, end] = valueRange(m)
    push(streets, start, end, 'STREET', 'street-spoken')
  }
  for (const m of lower.includes(' and ') || lower.includes('&') ? matchesOf(LOWER_INTERSECTION, lower) : []) {
    const [start, end] = valueRange(m)
    // "on twenty sixth and then", "on fifth and discharged": the words after "and" go on with the sentence, not with a
    // second street. A day said as a compound ordinal ("on twenty third and nobody answered") is a street only where
    // a place stands before it ("the church on twenty sixth and pine").
    const last = /[a-z'-]+$/u.exec(lower.slice(start, end))?.[0] ?? ''
    if (FUNCTION_WORDS.has(last) || /(?:ed|ing)$/u.test(last)) continue
    if (
      COMPOUND_ORDINAL.test(lower.slice(start, end)) &&
      !PLACE_BEFORE_INTERSECTION.test(lower.slice(Math.max(0, start - 40), start))
    )
      continue
    push(streets, start, end, 'STREET', 'intersection')
  }
  for (const m of / (?:and|&) /.test(lower) ? matchesOf(STORE_INTERSECTION, lower) : []) {
    const [start, end] = valueRange(m)
    push(streets, start, end, 'STREET', 'intersection')
  }
  // "twenty one hundred el camino real": a house number said before a street found by its words belongs to it.
  for (const st of holdsNumberWord(lower) || spanishNumbers ? streets : []) {
    const said = SPOKEN_NUMBER_BEFORE.exec(lower.slice(Math.max(0, st.start - 80), st.start))
    if (
      said &&
      said[0]
        .trim()
        .split(/[\s-]+/)
        .filter((w) => w !== 'y' && w !== 'and').length >= 3
    )
      st.start -= said[0].length
  }
  // "off county road twelve", "on State Route 20 B": a numbered road's number belongs to the street found before it.
  for (const st of streets) {
    if (!NUMBERED_ROAD_END.test(lower.slice(Math.max(st.start, st.end - 12), st.end))) continue
    const n = ROAD_NUMBER_AFTER.exec(lower.slice(st.end, st.end + 40))
    if (n) st.end += n[0].length
  }
  return streets
}
