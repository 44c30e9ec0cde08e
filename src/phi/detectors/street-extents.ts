/**
 * A street found already, widened over what is said right after it (a resolved pass, like extents.ts for names): a
 * street type closed on late ("juniper ridge [way]") and a unit ("кв. 4Д", "apto 3B", "3rd floor").
 */
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { hasAttachedSuffix, languages, mainLatinLanguages } from '../languages'
import { lowerCaseOf } from '../blanking'
import { isFirstName } from '../lexicon'
import { UNIT_LETTER } from './street-patterns'
import type { Span } from './types'

const UNIT_VALUE = /^[ \t]{0,2}[.#№]?[ \t]{0,2}([\p{L}\p{N}]{1,6}(?:[-/][\p{L}\p{N}]{1,4})?)(?![\p{L}\p{N}])/u
// Words that join number words in the languages the tables read ("trezentos e dois", "двести и", "مية وستة").
const NUMBER_JOINERS = new Set(['e', 'y', 'et', 'and', 'и', 'و'])
const SPACED_WORD = /^([ \t]{1,2})([\p{L}\p{M}]+)/u

/** The languages whose number words all of `words` are (joiners skipped); undefined when none is a number word. */
function languagesOfNumber(words: readonly string[]): Set<string> | undefined {
  const { numberLanguages } = languages()
  let codes: Set<string> | undefined
  for (const w of words) {
    if (NUMBER_JOINERS.has(w)) continue
    // Arabic writes "and" onto the next number ("وستة").
    const own = numberLanguages.get(w) ?? (w.startsWith('و') ? numberLanguages.get(w.slice(1)) : undefined)
    if (!own) break
    const next: Set<string> = codes ? new Set([...codes].filter((c) => own.has(c))) : new Set(own)
    if (next.size === 0) break
    codes = next
  }
  return codes
}

/** Whether `w` is a number word of one of `codes` ("en" is one in Haitian Creole, not in Spanish). */
function numberOf(w: string, codes: ReadonlySet<string>): boolean {
  const numberLanguages = languages().numberLanguages
  // "ومية": Arabic writes "and" onto the number after it ("ألف ومية وعشرين").
  const own = numberLanguages.get(w) ?? (w.length > 2 && w[0] === 'و' ? numberLanguages.get(w.slice(1)) : undefined)
  return own !== undefined && [...own].some((c) => codes.has(c))
}

/**
 * The length of the number words of `codes` said from `at` ("trezentos e dois", "двести четырнадцать"), joiners
 * between them included; `joined` when the text before ended on a joiner or number word already. 0 when none.
 */
function spokenNumberLength(text: string, at: number, codes: ReadonlySet<string> | undefined, joined = false): number {
  let end = 0
  let pos = at
  let pending = joined
  let own = codes
  for (let k = 0; k < 8; k++) {
    const m = SPACED_WORD.exec(text.slice(pos, pos + 40))
    if (!m) break
    const w = m[2]!.toLowerCase()
    // Arabic writes "and" onto the next number ("مية وستة").
    const word = pending && w.startsWith('و') && !languages().numbers.has(w) ? w.slice(1) : w
    own ??= languagesOfNumber([word])
    if (own && numberOf(word, own)) {
      pos += m[0].length
      end = pos - at
      pending = true
    } else if (pending && NUMBER_JOINERS.has(w)) {
      pos += m[0].length
      pending = true
    } else break
  }
  return end
}

const SPAN_WORDS = /[\p{L}\p{M}]+/gu

/** Where the number words said right before `at` start ("[quatorze cent] six north shiloh road"); `at` when none. */
function spokenNumberStart(text: string, at: number, codes: ReadonlySet<string>): number {
  let start = at
  for (let k = 0; k < 6; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
    if (!m) break
    const w = m[1]!.toLowerCase()
    if (!numberOf(w, codes) && !(k > 0 && NUMBER_JOINERS.has(w))) break
    start -= m[0].length
  }
  // A joiner never opens the number.
  const opening = FIRST_WORD.exec(text.slice(start))?.[1]?.toLowerCase() ?? ''
  return NUMBER_JOINERS.has(opening) ? start + opening.length + 1 : start
}

const LATIN = /\p{Script=Latin}/u

/**
 * `codes` when the number is said in a language the text is written in (a script of its own says so by itself):
 * "san" and "en" are Haitian Creole numbers, but "vivimos en san ysidro" is Spanish.
 */
function ofText(
  codes: Set<string> | undefined,
  word: string,
  textLanguages: () => ReadonlySet<string>,
): Set<string> | undefined {
  if (!codes || !LATIN.test(word)) return codes
  const read = textLanguages()
  return [...codes].some((c) => read.has(c) || c === 'en') ? codes : undefined
}

const FIRST_WORD = /^([\p{L}\p{M}]+)/u
const WORD_BEFORE = /([\p{L}\p{M}]+)([ \t]{1,2})$/u

// A street type said after a street the detector closed on an earlier one ("juniper ridge [way]"), with the unit after
// it ("unit four b", "apt 2").
// A street type (and a unit) right after a street: the part after the space, shared by the saint-street reading.
const STREET_ENDING = String.raw`(?:way|court|ct|lane|ln|drive|dr|road|rd|street|st|avenue|ave|place|pl|circle|cir|trail|terrace|boulevard|blvd|parkway|pkwy|loop|row|path|pike)\.?(?![\p{L}\p{N}])(?:,?[ \t]{1,2}(?:apt|apartment|unit|suite|ste|#)\.?[ \t]{0,2}#?[\p{L}\p{N}-]{1,6}(?:[ \t][\p{L}\p{N}](?![\p{L}\p{N}]))?)?`
const STREET_ENDING_AFTER = new RegExp(`^[ \\t]{1,2}${STREET_ENDING}`, 'iu')

// A post-directional after a street's type ("… street north", "… ave NE"), not a direction of something else ("south
// side", "north of the river", "east wing").
const POST_DIRECTIONAL =
  /^[ \t]{1,2}(?:north|south|east|west|northeast|northwest|southeast|southwest|NE|NW|SE|SW)\.?(?![\p{L}\p{N}])(?![ \t]+(?:of|side|end|wing|entrance|door|tower|building|campus|bound)(?![\p{L}\p{N}]))/u
const TYPE_AT_END =
  /(?:street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|way|lane|ln|court|ct|place|pl|parkway|pkwy|highway|hwy|pike)\.?$/iu
const NUMBERED_ROAD = /^(?:highway|hwy|route|rte|interstate|state road|county road|farm road)\b/iu
// "walgreens sou mccain boulevard": a road's type right after a name makes a road named for it ("street", "road",
// "drive" and "lane" are words after a name too often: "tell maria street parking…").
const TYPE_AFTER_NAME = /^[ \t]{1,2}(?:avenue|boulevard|blvd|parkway|pkwy|pike|turnpike)(?![\p{L}\p{N}])/iu
const ROAD_AFTER_TOWN = /^[ \t]{1,2}(?:road|highway|pike|avenue|street|boulevard|parkway|turnpike)(?![\p{L}\p{N}])/iu
const SAINT_AT_END = /(?:^|[ \t])st\.?$/iu
const SAINT_NAME_AFTER = new RegExp(`^[ \\t]{1,2}\\p{L}{2,}[ \\t]{1,2}${STREET_ENDING}`, 'iu')

/**
 * The text's languages, read (every word of it) only when first asked: once a street holds a number word of some
 * Latin-script language, and most streets hold none.
 */
function textLanguagesOf(text: string): () => ReadonlySet<string> {
  let read: ReadonlySet<string> | undefined
  return () => (read ??= mainLatinLanguages(lowerCaseOf(text).match(SPAN_WORDS) ?? []))
}

const BOX_BEFORE = /(?:^|[^\p{L}\p{N}])((?:p\.?[ \t]?o\.?[ \t]+)?box[ \t]+(?:number[ \t]+|#[ \t]?)?)$/iu
// "out on old frankfort pike", "old dixie highway": a road's former name keeps its "old".
const OLD_BEFORE = /(?:^|[^\p{L}\p{N}])(old[ \t]{1,2})$/iu

/** Where a road named after a town or a person starts: over an "old" right before it. */
function oldBefore(text: string, start: number): number {
  const m = OLD_BEFORE.exec(text.slice(Math.max(0, start - 6), start))
  return m ? start - m[1]!.length : start
}

/** "[seven seventy seven juniper ridge] way unit four b": a street type and unit right after a street belong to it. */
export function streetEndings(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const textLanguages = textLanguagesOf(text)
  for (const s of spans) {
    // "por versailles road", "on dixie highway": a road named after a town.
    if (s.type === 'CITY') {
      const road = ROAD_AFTER_TOWN.exec(text.slice(s.end, s.end + 16))
      if (road)
        out.push({
          start: oldBefore(text, s.start),
          end: s.end + road[0].length,
          type: 'STREET',
          source: 'street:ending',
        })
      continue
    }
    if (s.type === 'NAME') {
      const type = TYPE_AFTER_NAME.exec(text.slice(s.end, s.end + 16))
      if (type)
        out.push({
          start: oldBefore(text, s.start),
          end: s.end + type[0].length,
          type: 'STREET',
          source: 'street:ending',
        })
      // "old frankfort pike" read as a name: a name ending in a road's type is the road.
      else if (/[ \t](?:pike|turnpike|boulevard|parkway)$/iu.test(text.slice(s.start, s.end)))
        out.push({ start: oldBefore(text, s.start), end: s.end, type: 'STREET', source: 'street:ending' })
      continue
    }
    // "mailed to box [two one three]": a number already found to identify, after "box", is the box.
    if (s.type === 'OTHER') {
      const box = BOX_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start))
      if (box) out.push({ start: s.start - box[1]!.length, end: s.end, type: 'STREET', source: 'street:box' })
      continue
    }
    if (s.type !== 'STREET') continue
    const m = STREET_ENDING_AFTER.exec(text.slice(s.end, s.end + 48))
    const end = s.end + (m?.[0].length ?? 0)
    // "… king junior street north": a post-directional said in full after the street's type.
    // "… highway forty nine south": after a numbered road too.
    const direction =
      TYPE_AT_END.test(text.slice(Math.max(s.start, end - 12), end)) || NUMBERED_ROAD.test(text.slice(s.start, end))
        ? POST_DIRECTIONAL.exec(text.slice(end, end + 24))
        : null
    // "na Durston Road quatrocentos e doze": the house number after the street, as the languages of Europe say it
    // (not English: "oak street two blocks down").
    // Only in a language the text is written in, and not a word that is also a function word ("en", "um").
    const typed = !direction && TYPE_AT_END.test(text.slice(Math.max(s.start, end - 12), end))
    const first = typed ? SPACED_WORD.exec(text.slice(end, end + 40))?.[2]?.toLowerCase() : undefined
    const codes = first && !isFunctionWordOfAnyLanguage(first) ? languagesOfNumber([first]) : undefined
    const own = codes && !codes.has('en') ? [...codes].filter((c) => textLanguages().has(c)) : []
    const number = own.length > 0 ? spokenNumberLength(text, end, new Set(own)) : 0
    if (m || direction || number > 0)
      out.push({
        start: s.start,
        end: end + (direction?.[0].length ?? 0) + number,
        type: 'STREET',
        source: 'street:ending',
      })
    // "four oh seven st mary street": the "st" read as the street's type was "saint" before a name, and the street
    // goes on ("12 oak st and way more" stays).
    else if (SAINT_AT_END.test(text.slice(Math.max(s.start, s.end - 4), s.end))) {
      const saint = SAINT_NAME_AFTER.exec(text.slice(s.end, s.end + 64))
      const name = saint ? /\p{L}+/u.exec(saint[0])![0] : ''
      if (saint && (/^\p{Lu}/u.test(name) || isFirstName(name.toLowerCase())))
        out.push({ start: s.start, end: s.end + saint[0].length, type: 'STREET', source: 'street:ending' })
    }
  }
  return out
}

/**
 * The house number (digits or up to four number words of any table) and its separator at the start of `rest` when a
 * unit word follows it, else ''.
 */
function houseNumberBeforeUnit(rest: string): string {
  const lang = languages()
  let at = 0
  let count = 0
  for (const w of rest.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (w.index !== at && !(count > 0 && /^[ \t-]{1,2}$/.test(rest.slice(at, w.index)))) break
    const word = w[0].toLowerCase()
    if (!/^\d{1,6}[\p{L}]?$/u.test(word) && !lang.numbers.has(word)) break
    at = w.index + w[0].length
    if (++count === 4) break
  }
  if (count === 0) return ''
  const sep = /^[ \t]{0,2},?[ \t]{0,2}/.exec(rest.slice(at))![0]
  const next = /^[\p{L}\p{M}#№]+/u.exec(rest.slice(at + sep.length))?.[0].toLowerCase()
  return next !== undefined && lang.addressUnits.phrases.has(next) ? rest.slice(0, at + sep.length) : ''
}

/**
 * A correction of the tables ("no", "sorry", "perdón") and the space or comma after it at the start of `rest`, when a
 * unit word and a number (digits or a number word) follow it; else ''.
 */
function unitWithNumberAfterCorrection(rest: string): string {
  const m = /^([\p{L}' ]{2,14}?)[ \t]*,?[ \t]+/u.exec(rest)
  if (!m) return ''
  const lang = languages()
  const phrase = m[1]!.toLowerCase()
  if (phrase.split(' ').length > 3 || !lang.corrections.phrases.has(phrase)) return ''
  const unit = /^([\p{L}#]+)\.?[ \t]*#?[ \t]*([\p{L}\p{N}]+)/u.exec(rest.slice(m[0].length))
  if (!unit || !lang.addressUnits.phrases.has(unit[1]!.toLowerCase())) return ''
  return /\d/.test(unit[2]!) || lang.numbers.has(unit[2]!.toLowerCase()) ? m[0] : ''
}

const UNIT_LETTER_AFTER = new RegExp(`^[ \\t]{1,2}${UNIT_LETTER}`, 'iu')

// The words a unit phrase is read from (global: read match by match, from lastIndex 0 for each street).
const UNIT_WORDS = /[\p{L}\p{M}#№]+/gu

const GLUED_UNIT = /^(\d{1,5})([\p{Script=Hangul}\p{Script=Han}]{1,4})/u

/** A unit right after a street, in any language the tables know: "[street] кв. 4Д", "[street], apto 3B", "[street] apt 12". */
export function addressUnits(text: string, spans: readonly Span[]): Span[] {
  const units = languages().addressUnits
  const out: Span[] = []
  const textLanguages = textLanguagesOf(text)
  for (const s of spans) {
    if (s.type !== 'STREET') continue
    // "quatorze cent [six north shiloh road]": a house number said in words the street was opened inside.
    const spanWords = text.slice(s.start, s.end).toLowerCase().match(SPAN_WORDS) ?? []
    const leading = ofText(languagesOfNumber(spanWords.slice(0, 4)), spanWords[0] ?? '', textLanguages)
    if (leading) {
      const start = spokenNumberStart(text, s.start, leading)
      if (start < s.start) out.push({ start, end: s.end, type: 'STREET', source: 'street:unit' })
    }
    // "[… apartamento trezentos e] dois", "[… квартира двести] четырнадцать": a spoken number the street was closed
    // inside goes on to its last word, in the language of its number words.
    const trailing = ofText(languagesOfNumber(spanWords.slice(-4).reverse()), spanWords.at(-1) ?? '', textLanguages)
    if (trailing) {
      const more = spokenNumberLength(text, s.end, trailing, true)
      if (more > 0) {
        out.push({ start: s.start, end: s.end + more, type: 'STREET', source: 'street:unit' })
        continue
      }
    }
    const after = text.slice(s.end, s.end + 80)
    // "брайтон бич авеню триста пять, квартира шесть": the house number said after the street, then the unit.
    const comma = /^[ \t]{0,2},?[ \t]{0,2}/.exec(after)![0]
    // "… lafayette avenue no unit two b": a correction between the street and its unit.
    // Only before a unit with its number ("no unit two b", not "no unit number").
    const correction = unitWithNumberAfterCorrection(after.slice(comma.length))
    const lead = comma + correction + houseNumberBeforeUnit(after.slice(comma.length + correction.length))
    const rest = after.slice(lead.length)
    // Only the first `maxWords` words are read: no match array for the rest of the look-ahead.
    const words: RegExpExecArray[] = []
    UNIT_WORDS.lastIndex = 0
    for (let m: RegExpExecArray | null; words.length < units.maxWords && (m = UNIT_WORDS.exec(rest)) !== null; )
      words.push(m)
    let unitEnd = -1
    let phrase = ''
    let prevEnd = 0
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!
      const sep = rest.slice(prevEnd, w.index)
      if (k === 0 ? sep !== '' : !/^[ \t.]{1,2}$/.test(sep)) break
      phrase = k === 0 ? w[0].toLowerCase() : `${phrase} ${w[0].toLowerCase()}`
      prevEnd = w.index! + w[0].length
      if (units.phrases.has(phrase)) unitEnd = prevEnd
    }
    if (unitEnd < 0) {
      // The value first: "segundo piso", "3rd floor", "2e étage".
      const before = /^([\p{L}\p{N}]{1,10})[ \t]+([\p{L}]+)/u.exec(rest)
      const lang = languages()
      if (
        before &&
        units.phrases.has(before[2]!.toLowerCase()) &&
        (/\d/.test(before[1]!) ||
          lang.ordinals.has(before[1]!.toLowerCase()) ||
          lang.numbers.has(before[1]!.toLowerCase()))
      ) {
        out.push({ start: s.start, end: s.end + lead.length + before[0].length, type: 'STREET', source: 'street:unit' })
        continue
      }
      // "… Sanford Ave 3층", "301호에": in Korean and Chinese the unit word is written onto its number.
      const glued = GLUED_UNIT.exec(rest)
      const word = glued?.[2] ?? ''
      if (glued && (units.phrases.has(word) || hasAttachedSuffix(word, (stem) => units.phrases.has(stem))))
        out.push({
          start: s.start,
          end: s.end + lead.length + glued[1]!.length + word.length,
          type: 'STREET',
          source: 'street:unit',
        })
      continue
    }
    // A unit said in number words of any length ("apartamento trezentos e dois"), else one short value ("4b").
    const spoken = spokenNumberLength(rest, unitEnd, undefined)
    if (spoken > 0) {
      // "unit two b": a letter said after the number is the unit's too (not one that is a word: "two a day").
      const letter = UNIT_LETTER_AFTER.exec(rest.slice(unitEnd + spoken))?.[0].length ?? 0
      out.push({
        start: s.start,
        end: s.end + lead.length + unitEnd + spoken + letter,
        type: 'STREET',
        source: 'street:unit',
      })
      continue
    }
    const value = UNIT_VALUE.exec(rest.slice(unitEnd))
    if (!value) continue
    out.push({
      start: s.start,
      end: s.end + lead.length + unitEnd + value[0].length,
      type: 'STREET',
      source: 'street:unit',
    })
  }
  return out
}
