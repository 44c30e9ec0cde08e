/**
 * Streets told by their unit: the words between a house number and a unit ("2214 van dyke apt 6", "eleven fifty five
 * lee trevino number two oh eight") name a street said without its suffix; a number said in any language before a
 * street word opens the street; a unit number said after a found street or town ("… la Concepción número 214")
 * belongs to it. Passes over resolved spans, run by detect.ts; each returns new spans only.
 */
import { NUMBER_BACKSTOP } from './detectors/numbers'
import { isCountryOrState } from './detectors/place-names'
import { matchesOf } from './detectors/matches'
import { NUM_WORD } from './detectors/street-patterns'
import type { Span } from './detectors/types'
import { languages } from './languages'
import { FILLERS } from './lexicon/name-cues'
import { isClinicalTerm, isEnglishWord, isSlang } from './lexicon'
import { isFunctionWordOfAnyLanguage } from './remembered'

// A unit word that opens a found unit span: "apartment six", "apt 3c", "квартира сто восемь".
const UNIT_HEAD =
  /^(?:apt|apartment|unit|suite|ste|space|lot|trailer|espacio|lote|apartamento|apto|departamento|depto|appartement|appt|квартира|кв|شقة)(?![\p{L}\p{N}])/iu
const WORD_BEFORE = /([\p{L}][\p{L}'’.-]*)[ \t]+$/u
const DIGITS_BEFORE = /(?:^|[ \t])(\d{1,6}[a-z]?)[ \t]+$/u
const PLACED = /(?:^|[^\p{L}])(?:at|to|on|in|is|live|lives|living|address|en)[ \t]+$/iu
// Particles that open street names ("van dyke", "de la cruz", "st clair") although they are function words.
const STREET_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'la',
  'le',
  'los',
  'las',
  'da',
  'du',
  'der',
  'st',
  'san',
  'el',
])
// A number after these counts a room, a bed or a code, not a house: "room 12 bed apartment 3".
const NOT_HOUSE_BEFORE = /(?:(?:^|[^\p{L}])(?:room|rm|bed|floor|ward|unit|gate|code|door|box|no|number)|#)[ \t.#]*$/iu

/**
 * A word that may be part of a street's name said after its house number: no function word (name particles excepted),
 * number, unit, "years old" or clinical word ("85 years old apartment 3b", "140 pounds apt 2" name no street).
 */
function mayNameStreet(w: string): boolean {
  // "de" is also Haitian for two: a particle of a street's name is read as one first.
  if (STREET_PARTICLES.has(w)) return true
  const lang = languages()
  return (
    !isFunctionWordOfAnyLanguage(w) &&
    !lang.numbers.has(w) &&
    !lang.unitsAfter.phrases.has(w) &&
    !lang.yearsOld.phrases.has(w) &&
    !isClinicalTerm(w)
  )
}

/** True when every word of a found span is a digit run or a number word of some language. */
function isNumberSpan(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)
  if (!words) return false
  const numbers = languages().numbers
  return words.every((w) => /^\d+[a-z]?$/.test(w) || numbers.has(w))
}

/**
 * "two two one four one van dyke apartment six", "2214 van dyke apt 6": the words between a house number and a unit
 * are the street's name, said without its suffix. One to three words, none a function word, number or clinical term.
 */
export function streetNamesBeforeUnits(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  // Made on first use: most texts hold no street with a unit, and the map was made for every text.
  let byEnd: Map<number, Span> | undefined
  for (const unit of unitsIn(text, spans)) {
    let pos = unit.start
    let named = 0
    for (; named < 3; named += 1) {
      const m = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 24), pos))
      if (!m || !m[1]) break
      const w = m[1].toLowerCase()
      if (!mayNameStreet(w)) break
      pos -= m[0].length
    }
    // A unit opened by "number" needs a street's own word, not particles alone ("[2001] el número"), and none that
    // names what the number is of ("office number", "extension number two oh one").
    const nameWords = text.slice(pos, unit.start)
    if (named === 0 || (unit.numbered && (particlesOnly(nameWords) || numbersSomethingElse(nameWords)))) continue
    let p = pos
    while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p -= 1
    if (byEnd === undefined) {
      byEnd = new Map()
      for (const s of spans) byEnd.set(s.end, s)
    }
    const number = byEnd.get(p)
    let start = -1
    let long = false
    // Three digits or three number words or more: a house's number, never a count of things ("1234 maple number 5").
    let houseSized = false
    // Only a number found as a number: a date's or a phone's words before "number" are no house ("date of birth
    // [DATE] medical record number …").
    if (
      number &&
      (number.type === 'OTHER' || number.type === 'STREET') &&
      isNumberSpan(text.slice(number.start, number.end))
    ) {
      start = number.start
      long = number.end - number.start > 1
      houseSized = houseSizedNumber(text.slice(number.start, number.end))
    } else if (!number) {
      // (A date, a phone number or a name ending right there is no house number.)
      const digits = DIGITS_BEFORE.exec(text.slice(Math.max(0, pos - 10), pos))
      if (digits && digits[1]) {
        start = pos - digits[0].length + digits[0].lastIndexOf(digits[1])
        long = digits[1].length > 1
        houseSized = digits[1].length > 2
        // Digits inside a found date or phone number are no house number.
        if (spans.some((o) => o.type !== 'OTHER' && o.type !== 'STREET' && o.start <= start && o.end > start))
          start = -1
      } else {
        // "twenty two fourteen van dyke apartment six": a house number said in two or more number words.
        const said = spokenHouseNumberStart(text, pos)
        if (said >= 0) [start, long, houseSized] = [said, true, houseSizedNumber(text.slice(said, pos))]
      }
    }
    // "2 kids number 3": after a count "number" counts on. A house number has two digits or more, and a street's
    // name of English words alone needs a house-sized number or a place word before it ("moved to nine forty two
    // alder creek number three"; not "twelve grandkids number thirteen").
    if (
      start < 0 ||
      (unit.numbered &&
        (!long ||
          (englishOnly(text.slice(pos, unit.start)) &&
            !houseSized &&
            !PLACED.test(text.slice(Math.max(0, start - 16), start))))) ||
      NOT_HOUSE_BEFORE.test(text.slice(Math.max(0, start - 10), start))
    )
      continue
    out.push({ start, end: unit.end, type: 'STREET', source: 'street-before-unit' })
  }
  return out
}

const WORD_AFTER = /^[ \t]+([\p{L}][\p{L}'’.-]*)/u

/**
 * "[tatlumpu't dalawang libo't dalawandaan at labing isa] main street", "[шесть тысяч …] бейкер стрит": a number said
 * in any language, found on its own, then one to three name words and a street word of some table, is the house
 * number of that street.
 */
export function streetsAfterNumbers(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  const lang = languages()
  for (const number of spans) {
    if (number.type !== 'OTHER') continue
    const said = number.source === NUMBER_BACKSTOP || number.source === 'spoken-digits'
    if (!said && !isNumberSpan(text.slice(number.start, number.end))) continue
    let pos = number.end
    for (let k = 0; k < 4; k++) {
      const m = WORD_AFTER.exec(text.slice(pos, pos + 30))
      if (!m || !m[1]) break
      const w = m[1].toLowerCase()
      pos += m[0].length
      // "po" is a street word only before "box": Tagalog says it in every polite sentence ("… hindi po ako").
      if (
        k > 0 &&
        lang.streetWords.phrases.has(w) &&
        !(w === 'po' && !/^[ \t.]*box\b/iu.test(text.slice(pos, pos + 8)))
      ) {
        out.push({ start: number.start, end: pos, type: 'STREET', source: 'street-after-number' })
        break
      }
      if (!mayNameStreet(w)) break
    }
  }
  return out
}

/** A unit after a street's name: a found unit span ("apt 6"), or "number" / "número" / "#" and a number. */
interface Unit {
  start: number
  end: number
  /** Opened by "number" or its like, which also counts things: the house number before must be a long one. */
  numbered: boolean
}

// The words that number a unit or a house: "number", "número", "no.", "#".
const NUMBERING_WORD = String.raw`(?:number|número|numero|num|nº|n°|no\.|#)`
// "number two oh eight", "número doscientos catorce", "# 208", "unit six": a numbering or unit word and its number.
const NUMBERING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUMBERING_WORD}|unit|space|lot|trailer|espacio|lote)[ \\t]{0,2}(?=[\\p{L}\\p{N}])`,
  'giu',
)
// What every match of NUMBERING holds, read case-blind without the u flag (which folds no other letter onto these
// but ſ onto s, so a text with ſ is scanned): a text without one is not scanned from every word.
const NUMBERING_GATE = /n[uú]m|n[º°]|no\.|#|unit|space|lot|trailer|espacio|ſ/i
// Not the first group of a phone number ("number 555-1234 is my cell").
const DIGITS_AFTER = /^\d{1,5}[a-z]?(?![\p{L}\p{N}]|[-.\s]\d)/iu
const SAID_WORD = /^([\p{L}]+)[ \t]*/u
const ENGLISH_NUMBER = new RegExp(`^${NUM_WORD}$`)

/** Three digits or more, or three number words or more ("1234", "nine oh nine", "forty nine hundred"). */
function houseSizedNumber(number: string): boolean {
  const digits = number.replace(/\D/g, '')
  return digits.length >= 3 || (number.match(/\p{L}+/gu) ?? []).length >= 3
}

// Words before "number" that say what is numbered when it is no street ("office number", "badge number").
// biome-ignore format: packed list
const NUMBERED_THINGS = new Set([
  'office', 'extension', 'ext', 'room', 'badge', 'case', 'claim', 'member', 'account', 'policy', 'record', 'confirmation',
  'reference', 'callback', 'phone', 'cell', 'fax', 'pager', 'order', 'ticket', 'group', 'id', 'lot', 'serial', 'model',
])

/** A word of `words` says what the number after it is of. */
function numbersSomethingElse(words: string): boolean {
  return (words.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((w) => NUMBERED_THINGS.has(w))
}

/** Every word of `words` a particle of street names ("el", "de la"). */
function particlesOnly(words: string): boolean {
  return (words.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).every((w) => STREET_PARTICLES.has(w))
}

/** Every word of `words` an English, clinical or everyday word. */
function englishOnly(words: string): boolean {
  return (words.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).every(
    (w) => isEnglishWord(w) || isClinicalTerm(w) || isSlang(w),
  )
}

/** The units of a text: unit spans found by the detectors and numbering words before a number. */
function unitsIn(text: string, spans: readonly Span[]): Unit[] {
  const units: Unit[] = []
  for (const unit of spans)
    if (unit.type === 'STREET' && UNIT_HEAD.test(text.slice(unit.start, unit.start + 14)))
      units.push({ start: unit.start, end: unit.end, numbered: false })
  // By matchesOf: the pattern's look-behind is then asked only where a numbering word starts, not at every position.
  NUMBERING.lastIndex = 0
  for (const m of NUMBERING_GATE.test(text) ? matchesOf(NUMBERING, text) : []) {
    const end = numberEnd(text, m.index + m[0].length)
    if (end > 0) units.push({ start: m.index, end, numbered: true })
  }
  return units
}

/** Where a number in digits or number words starting at `at` ends; -1 when none starts there. */
function numberEnd(text: string, at: number): number {
  const digits = DIGITS_AFTER.exec(text.slice(at, at + 8))
  if (digits) return at + digits[0].length
  const numbers = languages().numbers
  let end = -1
  let pos = at
  for (let k = 0; k < 6; k++) {
    const m = SAID_WORD.exec(text.slice(pos, pos + 24))
    if (!m || !m[1]) break
    const w = m[1].toLowerCase()
    // "número de la tarjeta": a function word ("de" is two in Haitian Creole) opens no number.
    if (
      (!numbers.has(w) || (k === 0 && isFunctionWordOfAnyLanguage(w) && !ENGLISH_NUMBER.test(w))) &&
      !(k > 0 && w === 'oh')
    )
      break
    end = pos + m[1].length
    pos += m[0].length
  }
  return end
}

/** Where two or more number words said right before `at` start ("[twenty two fourteen] van dyke"); -1 when not. */
function spokenHouseNumberStart(text: string, at: number): number {
  const { start, said } = numberWordsBefore(text, at)
  return said < 2 ? -1 : skipBlanks(text, start)
}

/** The number words (of any table; "oh" after one) said right before `at`: where they start and how many. */
function numberWordsBefore(text: string, at: number): { start: number; said: number } {
  const numbers = languages().numbers
  let start = at
  let said = 0
  for (let k = 0; k < 6; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))
    if (!m || !m[1]) break
    const w = m[1].toLowerCase()
    if (!numbers.has(w) && !(said > 0 && w === 'oh')) break
    start -= m[0].length
    said += 1
  }
  return { start, said }
}

function skipBlanks(text: string, at: number): number {
  let k = at
  while (text[k] === ' ' || text[k] === '\t') k += 1
  return k
}

// A found street or town, then these and a number: the number is the unit's or the house's ("… Concepción número 214").
const NUMBERING_BEFORE = new RegExp(`[ \\t,]{1,3}(${NUMBERING_WORD}[ \\t]{0,2})$`, 'iu')
const PLACE_TYPES = new Set(['STREET', 'CITY'])
const NUMBERING_AFTER = new RegExp(`^[ \\t,]{1,3}${NUMBERING_WORD}[ \\t]{0,2}(?=[\\p{L}\\p{N}])`, 'iu')

/**
 * "vivo en la [Concepción] número [doscientos catorce]": a numbering word between a found street or town and a number
 * the engine redacted joins them: the word said inside the address goes with it.
 */
export function numbersAfterPlaces(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  let byEnd: Map<number, Span> | undefined
  for (const street of spans) {
    // "4200 dyer street number eleven": a unit said by its number after a street, kept or not.
    if (street.type !== 'STREET') continue
    const m = NUMBERING_AFTER.exec(text.slice(street.end, street.end + 16))
    const end = m ? numberEnd(text, street.end + m[0].length) : -1
    if (end > 0) out.push({ start: street.start, end, type: 'STREET', source: 'number-after-place' })
  }
  for (const number of spans) {
    if (number.type !== 'OTHER' && number.type !== 'STREET') continue
    const from = Math.max(0, number.start - 12)
    const m = NUMBERING_BEFORE.exec(text.slice(from, number.start))
    if (!m || !m[1]) continue
    if (byEnd === undefined) {
      byEnd = new Map()
      for (const s of spans) if (PLACE_TYPES.has(s.type)) byEnd.set(s.end, s)
    }
    if (byEnd.get(from + m.index) === undefined) continue
    out.push({ start: number.start - m[1].length, end: number.end, type: 'STREET', source: 'number-after-place' })
  }
  return out
}

/**
 * "[quatre cent] douze [warm springs avenue]": number words left between a redacted number and a street, or two or
 * more number words right before a street, are its house number.
 */
export function numberWordsBeforeStreets(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  let byEnd: Map<number, Span> | undefined
  // Number words inside a found phone number or date are theirs ("мы на [пять пять …] [улица …]").
  const inside = (at: number): boolean =>
    spans.some((o) => o.type !== 'OTHER' && o.type !== 'STREET' && o.start <= at && o.end > at)
  for (const street of spans) {
    if (street.type !== 'STREET') continue
    const { start, said } = numberWordsBefore(text, street.start)
    if (said === 0 || inside(street.start - 2)) continue
    let p = start
    while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p -= 1
    if (byEnd === undefined) {
      byEnd = new Map()
      for (const s of spans) if (s.type === 'OTHER') byEnd.set(s.end, s)
    }
    const number = byEnd.get(p)
    if (number) out.push({ start: number.start, end: street.end, type: 'STREET', source: 'street:number-words' })
    else if (said >= 2)
      out.push({ start: skipBlanks(text, start), end: street.end, type: 'STREET', source: 'street:number-words' })
  }
  return out
}

// "the house number is twenty six forty", "número de casa 214": a house number said after its name.
const HOUSE_NUMBER_CUE =
  /(?<![\p{L}])(?:(?:house|home|building)[ \t]+(?:number|num|no\.?|#)|n[uú]mero[ \t]+de[ \t]+(?:la[ \t]+)?casa)[ \t]*(?:(?:is|was|es|era)[ \t]+|:[ \t]*)?(?=[\p{L}\p{N}])/giu

/** A house number said after "house number (is)" or "número de casa", in digits or number words. */
export function houseNumbersByName(text: string, lower: string): Span[] {
  if (!lower.includes('house') && !lower.includes('casa') && !lower.includes('home') && !lower.includes('building'))
    return []
  const out: Span[] = []
  HOUSE_NUMBER_CUE.lastIndex = 0
  for (let m = HOUSE_NUMBER_CUE.exec(text); m !== null; m = HOUSE_NUMBER_CUE.exec(text)) {
    const at = m.index + m[0].length
    const end = numberEnd(text, at)
    if (end > at) out.push({ start: at, end, type: 'STREET', source: 'house-number:named' })
  }
  return out
}

// "the store on north cedar", "on east kings canyon and": a compass word and a street's name after "on" or "off".
const ON_COMPASS = /(?<![\p{L}])(?:on|off|off[ \t]+of)[ \t]+((?:north|south|east|west)[ \t]+)(?=\p{L})/giu
const NAME_WORD = /^([\p{L}][\p{L}'’-]*)([ \t]+|$)/u
// What follows a compass word that names a part of something, not a street ("on the north side", "east wing").
// biome-ignore format: packed list
const NOT_STREET_AFTER_COMPASS = new Set([
  'side', 'end', 'wing', 'entrance', 'door', 'tower', 'building', 'campus', 'coast', 'bound', 'part', 'half', 'area',
  'region', 'shore', 'lot', 'parking', 'exit', 'gate', 'hall', 'unit', 'floor', 'window', 'facing',
])

/** An English verb's -ing or -ed form ("calling", "called", "coming"), not a name ending so ("spring", "reed"). */
function isVerbForm(word: string): boolean {
  const ending = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : 0
  if (ending === 0 || word.length < ending + 3) return false
  const stem = word.slice(0, -ending)
  return isEnglishWord(stem) || isEnglishWord(`${stem}e`) || (stem.length > 2 && isEnglishWord(stem.slice(0, -1)))
}

// Time and chat words, and the faces and walls of a body or an organ: never a street's name.
// biome-ignore format: packed list
const NOT_STREET_WORDS = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'later', 'lol', 'ok', 'okay', 'please', 'thanks', 'face', 'wall',
  'aspect', 'pole', 'surface', 'border', 'edge', 'margin', 'lobe', 'quadrant', 'medicaid', 'medicare', 'time', 'roads',
])

/** A street said as a compass word and one to three name words after "on" / "off", without a street type. */
export function compassStreets(text: string, lower: string): Span[] {
  if (!lower.includes('north') && !lower.includes('south') && !lower.includes('east') && !lower.includes('west'))
    return []
  const out: Span[] = []
  ON_COMPASS.lastIndex = 0
  for (let m = ON_COMPASS.exec(text); m !== null; m = ON_COMPASS.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length
    let end = m.index + m[0].length
    let named = 0
    for (let pos = end; named < 3; named++) {
      const w = NAME_WORD.exec(text.slice(pos, pos + 30))
      if (!w || !w[1]) break
      const word = w[1].toLowerCase()
      if (
        isFunctionWordOfAnyLanguage(word) ||
        isClinicalTerm(word) ||
        NOT_STREET_AFTER_COMPASS.has(word) ||
        FILLERS.has(word) ||
        NOT_STREET_WORDS.has(word) ||
        isVerbForm(word) ||
        /['’]/.test(word) ||
        languages().numbers.has(word)
      )
        break
      end = pos + w[1].length
      pos += w[0].length
    }
    // "on north carolina roads", "on south texas medicaid": the compass word opens a state or country.
    const words = text
      .slice(start, end)
      .toLowerCase()
      .split(/[ \t]+/)
    const state = words.some(
      (w, k) => k > 0 && (isCountryOrState(w) || isCountryOrState(words.slice(0, k + 1).join(' '))),
    )
    if (named === 0 || state) continue
    out.push({ start, end, type: 'STREET', source: 'street:compass-name' })
  }
  return out
}
