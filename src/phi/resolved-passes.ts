/**
 * Passes over resolved spans: values only recognisable next to what the detectors already found, run by
 * detect.ts after propagation and before the final resolve. A house number beside a street or name-like place word,
 * a place-name prefix ("New" before a town), a phone extension and a building number before a run of name words ending in a street. Each returns new spans only; none edits its input.
 */
import { hasUpperCase, isArabicLetter, isSpaceUnit } from './detectors/chars'
import type { Span } from './detectors/types'
import { languages } from './languages'
import { isCountryOrState } from './detectors/place-names'
import { isCity, isClinicalTerm, isEnglishWord } from './lexicon'
import { isFunctionWordOfAnyLanguage } from './remembered'

// Case-sensitive on purpose: a capitalised word may follow ("Koskikatu 25 Helsinki"), a lower-case one may not
// ("Maria 45 years old", "gave Maria 500 mg").
const NUMBER_AFTER =
  /^[ \t]{1,2}(\d{1,5}[a-zA-Z]?)(?=[ \t]*(?:[,;\n]|$|(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|SUITE|[Ss]te|[Uu]nit|UNIT|[Bb]us|[Bb]ox|BOX)(?![\p{L}])|[\p{Lu}]))/u
// "Looking to support X in Bjert 6091 in its mission", "return to Eyrarodda 66 in case": after a place word, a
// number right after the name-like place is its postcode or house number, whatever follows (units excepted).
const PLACE_WORD_BEFORE = /\b(?:in|at|to|from|near)\s+(?:[\p{Lu}][\p{L}'’-]*\s+(?:and\s+)?)?$/u
const PLACE_NUMBER_AFTER =
  /^[ \t](\d{2,5})(?![\p{L}\p{N}.,:/-]|[ \t]*(?:%|percent|mg|mcg|ml|cc|g|kg|lbs?|pounds?|oz|units?|tabs?|tablets?|pills?|caps?|capsules?|doses?|times?|x|years?|yrs?|yo|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|dollars?|usd|people|patients|steps|miles?|km|calories|am|pm)(?![\p{L}]))/iu
// "my son Diego 7, has a cough": after a relative's name a number is an age.
const KIN_BEFORE =
  /\b(?:son|daughter|kid|child|baby|boy|girl|brother|sister|grandson|granddaughter|nephew|niece|hijo|hija|nieto|nieta)\s+$/i
const NUMBER_BEFORE = /(?:^|\n[ \t>?*]*|[:>][ \t]*|\b(?:at|is|to|en|on|in)[ \t]+)(\d{1,6}[a-z]?)[ \t]+$/u
const NUMBER_BEFORE_CHAIN = /(?:^|\n[ \t>?*]*|[:>,][ \t]*|\b(?:at|is|to|en|on|in)[ \t]+)(\d{1,6}[a-z]?)[ \t]+$/u
const PARTICLE_BEFORE = /(?:^|[ \t])\p{Ll}{1,3}[ \t]*$/u

/**
 * House numbers written the European way or next to a name-like street word: "Koskikatu 25,",
 * "at 255 Hersnapvej": a bare number glued to a street/name/city span, in address position.
 */
export function houseNumbers(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  // Every number read here is ASCII digits (\d under the u flag): a text without one has none to join.
  if (!ASCII_DIGIT.test(text)) return out
  // In a text that uses capitals, a name-like street word is capitalised ("Koskikatu 25", not "avg 135").
  const cased = hasUpperCase(text)
  // Where streets start, so "runs into a street" looks at three offsets instead of every span.
  const streetStarts = new Set<number>()
  for (const t of spans) if (t.type === 'STREET') streetStarts.add(t.start)
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'STREET' && s.type !== 'CITY') continue
    if (s.type === 'NAME' && cased && !/^\p{Lu}/u.test(text.slice(s.start, s.start + 1))) continue
    // The patterns after the span open on a space or tab and a digit (NUMBER_AFTER also on two blanks first): told
    // by the code units before any pattern or slice, as most names have no number beside them.
    const digitNext = isBlankUnit(text.charCodeAt(s.end)) && isAsciiDigitUnit(text.charCodeAt(s.end + 1))
    let after: RegExpExecArray | null = null
    if (
      digitNext ||
      (isBlankUnit(text.charCodeAt(s.end)) &&
        isBlankUnit(text.charCodeAt(s.end + 1)) &&
        isAsciiDigitUnit(text.charCodeAt(s.end + 2)))
    ) {
      const kin = s.type === 'NAME' && KIN_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start))
      after = kin ? null : NUMBER_AFTER.exec(text.slice(s.end, s.end + 12))
      if (
        !after &&
        !kin &&
        digitNext &&
        /^\p{Lu}/u.test(text.slice(s.start, s.start + 1)) &&
        PLACE_WORD_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start))
      ) {
        const placed = PLACE_NUMBER_AFTER.exec(text.slice(s.end, s.end + 24))
        if (placed && placed[1] && !/^(?:19|20)\d{2}$/.test(placed[1])) after = placed
      }
    }
    if (after && after[1]) {
      const start = s.end + after[0].length - after[1].length
      if (!spans.some((o) => o.start < start + after[1]!.length && o.end > start))
        out.push({ start, end: start + after[1].length, type: 'STREET', source: 'house-number' })
    }
    const windowStart = Math.max(0, s.start - 14)
    if (!mayEndOnNumber(text, windowStart, s.start)) continue
    const before = NUMBER_BEFORE.exec(text.slice(windowStart, s.start))
    // "4844 Søndergade 52": a number before a name-like word that runs into a street is a house number.
    let intoStreet = false
    for (let at = s.end; at <= s.end + 2 && !intoStreet; at++)
      intoStreet = streetStarts.has(at) && /^\s*$/.test(text.slice(s.end, at))
    if (
      before &&
      before[1] &&
      (windowStart === 0 || before.index > 0 || !/^\d/.test(before[0])) &&
      (s.type !== 'NAME' || after || intoStreet)
    ) {
      const start = s.start - before[0].length + before[0].indexOf(before[1], before[0].length - before[1].length - 3)
      if (!spans.some((o) => o.start < start + before[1]!.length && o.end > start))
        out.push({ start, end: start + before[1].length, type: 'STREET', source: 'house-number' })
    }
  }
  return out
}

const ASCII_DIGIT = /[0-9]/

function isBlankUnit(c: number): boolean {
  return c === 32 || c === 9
}

function isAsciiDigitUnit(c: number): boolean {
  return c >= 48 && c <= 57
}

/**
 * Whether `text.slice(from, to)` may end as NUMBER_BEFORE does, "(\d{1,6}[a-z]?)[ \t]+$": spaces or tabs at its end
 * (all of them: the unit before them is no blank), then a digit, or a lower-case ASCII letter after a digit.
 */
function mayEndOnNumber(text: string, from: number, to: number): boolean {
  let q = to - 1
  if (q < from || !isBlankUnit(text.charCodeAt(q))) return false
  while (q >= from && isBlankUnit(text.charCodeAt(q))) q--
  if (q < from) return false
  const c = text.charCodeAt(q)
  if (isAsciiDigitUnit(c)) return true
  return c >= 97 && c <= 122 && q - 1 >= from && isAsciiDigitUnit(text.charCodeAt(q - 1))
}

// "flew to New [Westminster]": a place-name prefix left before a name or town after a place word joins it.
const PLACE_PREFIX_BEFORE =
  /\b(?:to|in|from|near|at|visiting|outside)\s+((?:New|Port|Fort|Mount|Mt\.|Saint|St\.|San|Santa|Los|Las|Lake|North|South|East|West|Upper|Lower|Great|Little)\s+)$/u

const LOWER_PREFIX_BEFORE =
  /(?:^|[^\p{L}])(?:the|to|in|from|near|at|by|on)[ \t]+((?:new|port|fort|mount|lake|north|south|east|west|big|little|grand)[ \t]+)$/iu

// A saint's title before a found name, in any casing and after any word: "hospital santa [rosa]", "Brgy. San [Isidro]",
// "in st [pete]", "St. [Petersburg] office" ("st" only after no word of a street: "Main St" ends one).
const SAINT_BEFORE =
  /(?:^|[^\p{L}])((?:san|santa|santo|são|sao|saint|sainte)[ \t]+|(?<=(?:^|[.!?,;:(][ \t]*|(?:^|[^\p{L}\p{N}])(?:in|at|of|from|to|near|the|el|la|de|a|à|em|en|nan)[ \t]+))(?:st|ste)\.?[ \t]+)$/iu

// A fort, a mount or a port right before a found name is a place ("... fort [lauderdale] florida", "your clinic on
// mount [vernon]"): no one is called so. Not a measure after a number ("5 ft [Maria] said"), and "mount" or "port"
// (verbs too: "we need to mount [Garcia]'s splint") only capitalised in a text with capitals, or after a place word.
const FORT_BEFORE = /(?:^|[^\p{L}\p{N}])((?:fort|ft\.?|mount|mt\.?|port)[ \t]+)$/iu
const NUMBER_BEFORE_MEASURE = /\d[ \t.]*(?:ft|mt)\.?[ \t]+$/iu
const PLACE_WORD_BEFORE_MOUNT =
  /(?:^|[^\p{L}])(?:in|at|on|from|to|near|by|al|en|de|a|em|no|na)[ \t]+(?:mount|mt\.?|port)[ \t]+$/iu

/** Whether the fort-like prefix ending `before` names a place here (see FORT_BEFORE). */
function fortNamesPlace(before: string, prefix: string, cased: boolean): boolean {
  if (NUMBER_BEFORE_MEASURE.test(before)) return false
  if (/^f/iu.test(prefix)) return true
  return cased ? /^\p{Lu}/u.test(prefix) : PLACE_WORD_BEFORE_MOUNT.test(before)
}

// The part of a town its people name it by, in any casing, right before the found town ("northeast [philly]", "the
// south [houston] office"): the neighbourhood is the compass word and the town together.
const COMPASS_BEFORE =
  /(?:^|[^\p{L}])((?:north|south|east|west|northeast|northwest|southeast|southwest|north[ \t]+east|north[ \t]+west|south[ \t]+east|south[ \t]+west|bắc|nam|đông|tây)[ \t]+)$/iu

/**
 * Whether `before` ends with white space (\s) right after an ASCII letter or a full stop: every match of
 * PLACE_PREFIX_BEFORE and SAINT_BEFORE does (their words end so; none of their last letters has a case variant outside
 * ASCII), so a look-back that does not is not tried at each of its positions. And whether that last word may be one
 * of the prefixes: the four $-anchored patterns are tried at every position of the look-back, and before most names
 * stands a word that opens none ("my name is [Ana]").
 */
function mayEndOnPrefix(before: string): boolean {
  let end = before.length
  while (end > 0 && isSpaceUnit(before.charCodeAt(end - 1))) end--
  if (end === before.length || end === 0) return false
  const c = before.charCodeAt(end - 1)
  if (!(c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false
  // The last word's ASCII letters (and its full stop). Every prefix of the four patterns stands right after a
  // non-letter or the start, so it is this whole run; a non-ASCII unit before the run (a letter of the word, or ſ and
  // K, which the i flag folds onto s and k) leaves the patterns to answer.
  let start = c === 46 ? end - 1 : end
  while (start > 0) {
    const folded = before.charCodeAt(start - 1) | 32
    if (folded >= 97 && folded <= 122) start--
    else break
  }
  if (start > 0 && before.charCodeAt(start - 1) >= 128) return true
  return PREFIX_WORDS.has(before.slice(start, end).toLowerCase())
}

// The last words of PLACE_PREFIX_BEFORE, SAINT_BEFORE, FORT_BEFORE and COMPASS_BEFORE written in ASCII, lower-cased
// (a superset: PLACE_PREFIX_BEFORE is case-sensitive). "bắc", "đông", "tây" end after a non-ASCII letter.
// biome-ignore format: packed list
const PREFIX_WORDS: ReadonlySet<string> = new Set([
  'new', 'port', 'fort', 'mount', 'mt', 'mt.', 'saint', 'st', 'st.', 'san', 'santa', 'los', 'las', 'lake', 'north',
  'south', 'east', 'west', 'upper', 'lower', 'great', 'little', 'santo', 'sao', 'sainte', 'ste', 'ste.', 'ft', 'ft.',
  'northeast', 'northwest', 'southeast', 'southwest', 'nam', 'big', 'grand',
])

/** A place-name prefix ("New", "Port", "San") left before a name or town after a place word joins it as a CITY. */
export function placePrefixes(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  const cased = hasUpperCase(text) && /\p{Ll}/u.test(text)
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'CITY') continue
    const before = text.slice(Math.max(0, s.start - 24), s.start)
    if (!mayEndOnPrefix(before)) continue
    const fort = FORT_BEFORE.exec(before)
    const m =
      PLACE_PREFIX_BEFORE.exec(before) ??
      SAINT_BEFORE.exec(before) ??
      (fort && fortNamesPlace(before, fort[1]!, cased) ? fort : null) ??
      (s.type === 'CITY' ? COMPASS_BEFORE.exec(before) : null)
    if (!m || !m[1]) {
      // "go to the new [hartford] place": a prefix word in any casing before a one-word span, where the two words are a
      // town the gazetteer holds, of any size, and no state ("New York" is one).
      const lower = LOWER_PREFIX_BEFORE.exec(before)
      const phrase = lower ? `${lower[1]!.trim()} ${text.slice(s.start, s.end)}`.toLowerCase() : ''
      if (lower && !/\s/u.test(text.slice(s.start, s.end)) && isCity(phrase) && !isCountryOrState(phrase))
        out.push({ start: s.start - lower[1]!.length, end: s.end, type: 'CITY', source: 'place-prefix' })
      continue
    }
    // "ST." in mixed-case text is speech therapy ("referred to ST. Maria will call"); St John's wort is an herb.
    const prefix = m[1].trimEnd()
    if (/^ST\.?$/.test(prefix) && /\p{Ll}/u.test(text)) continue
    if (/^st/i.test(prefix) && /^[ \t]*john['’]?s[ \t]+wort/iu.test(text.slice(s.start))) continue
    out.push({ start: s.start - m[1].length, end: s.end, type: 'CITY', source: 'place-prefix' })
  }
  // "on north [thirty third street]": a compass word left before a street is its first word.
  for (const s of spans) {
    if (s.type !== 'STREET') continue
    const before = text.slice(Math.max(0, s.start - 24), s.start)
    const m = mayEndOnPrefix(before) ? COMPASS_BEFORE.exec(before) : null
    if (m?.[1]) out.push({ start: s.start - m[1].length, end: s.end, type: 'STREET', source: 'street:compass' })
  }
  // "omaha sur", "san josé norte", "lowell nord": a compass word of Spanish, Portuguese or French after a town (or
  // an address ending on one) is part of the town's name.
  for (const s of spans) {
    if (s.type !== 'CITY' && s.type !== 'STREET') continue
    const after = COMPASS_AFTER.exec(text.slice(s.end, s.end + 10))
    if (!after) continue
    if (s.type === 'STREET' && !isCity(LAST_WORD.exec(text.slice(s.start, s.end))?.[0]?.toLowerCase() ?? '')) continue
    out.push({
      start: s.end + after[0].length - after[1]!.length,
      end: s.end + after[0].length,
      type: 'CITY',
      source: 'place-suffix',
    })
  }
  return out
}

const COMPASS_AFTER = /^[ \t]+(sur|norte|oeste|sul|nord|ouest)(?![\p{L}\p{N}])/iu
const LAST_WORD = /[\p{L}'’-]+$/u

// "... extension four two", "..., ext. 4432" after any phone the detectors found.
const EXT_WORD =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)'
const EXTENSION_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:ext\.?|extension|extensión|x)\s*#?\s*(?:\d{1,6}|${EXT_WORD}(?:[\s-]+${EXT_WORD}){0,5})(?![\p{L}\p{N}])`,
  'iu',
)

/** Phone extensions right after a phone or fax span. */
export function extensions(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'PHONE' && s.type !== 'FAX') continue
    const m = EXTENSION_AFTER.exec(text.slice(s.end, s.end + 80))
    if (!m) continue
    const end = s.end + m[0].replace(/\s+$/, '').length
    // The extension's digits may already be a number span of their own ("extension [PHONE]"): the word joins them.
    const other = (o: Span): boolean =>
      o !== s && o.start < end && o.end > s.end && !['PHONE', 'FAX', 'OTHER'].includes(o.type)
    if (!spans.some(other)) out.push({ start: s.start, end, type: s.type, source: 'extension' })
  }
  return out
}

/**
 * "6570 Jiřího z Poděbrad 1874", "641 Dašická 688": a number before a run of name words and short particles
 * that ends in a street, on the same line, is the building number.
 */
export function numbersBeforeNamedStreets(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  // Made at the first street: a text without one needs no map of its names.
  let byEnd: Map<number, Span> | undefined
  for (const t of spans) {
    if (t.type !== 'STREET') continue
    if (byEnd === undefined) {
      byEnd = new Map()
      for (const s of spans) if (s.type === 'NAME') byEnd.set(s.end, s)
    }
    let pos = t.start
    let names = 0
    for (let k = 0; k < 6; k += 1) {
      let p = pos
      while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p -= 1
      const name = byEnd.get(p)
      if (name) {
        pos = name.start
        names += 1
        continue
      }
      const particle = PARTICLE_BEFORE.exec(text.slice(Math.max(0, p - 5), p))
      if (particle && names > 0) {
        pos = p - particle[0].trimStart().length
        continue
      }
      break
    }
    if (names === 0) continue
    const m = NUMBER_BEFORE_CHAIN.exec(text.slice(Math.max(0, pos - 16), pos))
    if (!m || !m[1]) continue
    const start = pos - m[0].length + m[0].lastIndexOf(m[1])
    if (!spans.some((o) => o.start < start + m[1]!.length && o.end > start))
      out.push({ start, end: start + m[1].length, type: 'STREET', source: 'house-number' })
  }
  return out
}

// "at fort liberty", "from Ft. Bliss", "Fort Wainwright": a fort is a place (a base, a town), its name whatever word.
const FORT = /(?:^|[^\p{L}])((?:fort|ft\.?)[ \t]+([\p{Script=Latin}][\p{Script=Latin}'’-]{2,})(?![\p{L}\p{N}]))/giu
const PLACE_WORD_END = /(?:^|[^\p{L}])(?:at|in|from|to|near|on|by|outside|over|base|post)[ \t]+$/iu

/** A fort and its name, written with capitals or said after a place word, is a CITY. */
export function forts(text: string, lower: string): Span[] {
  if (!lower.includes('fort') && !lower.includes('ft')) return []
  const out: Span[] = []
  FORT.lastIndex = 0
  for (let m = FORT.exec(text); m !== null; m = FORT.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length
    const name = m[2]!
    const capitalised = /^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(name)
    if (!capitalised && !PLACE_WORD_END.test(text.slice(Math.max(0, start - 12), start))) continue
    // "Walked 20 Ft Today", "at ft level": "ft" after a number, or before an everyday word unless written "Ft." with
    // a capital, is feet ("Ft. Bliss" is the fort).
    const ft = /^ft/i.test(m[1]!)
    const digitBefore = /\d[ \t]*$/.test(text.slice(Math.max(0, start - 4), start))
    const feet = ft && (digitBefore || (isEnglishWord(name.toLowerCase()) && !/^Ft\./.test(m[1]!)))
    if (feet) continue
    if (isFunctionWordOfAnyLanguage(name.toLowerCase()) || isClinicalTerm(name.toLowerCase())) continue
    out.push({ start, end: start + m[1]!.length, type: 'CITY', source: 'fort' })
  }
  return out
}

const ARABIC_AND_NUMBER_AFTER = /^[ \t]+و(\p{Script=Arabic}{3,})(?![\p{L}\p{M}])/u

/**
 * "[الثلاثاء ثمانية] وعشرين": Arabic says the units before the tens, joined by "و" written onto the tens; a date, age or
 * number found up to its units takes the tens after it.
 */
export function arabicTensAfter(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  const numbers = languages().numbers
  for (const s of spans) {
    if (s.type !== 'DATE' && s.type !== 'AGE' && s.type !== 'OTHER') continue
    if (!isArabicLetter(text.charCodeAt(s.end - 1))) continue
    const m = ARABIC_AND_NUMBER_AFTER.exec(text.slice(s.end, s.end + 16))
    if (m && numbers.has(m[1]!)) out.push({ start: s.start, end: s.end + m[0].length, type: s.type, source: s.source })
  }
  return out
}
