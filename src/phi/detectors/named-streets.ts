/**
 * Streets named by a found name (a resolved pass run by detect.ts): a name right after a street word of any language
 * ("calle", "rua", "đường", "улица", "شارع") or right before a street type ("Alvarado St", "Брайтон Бич авеню") is a
 * street, with the house number said before or after it ("số mười hai đường Bolsa", "rua Ferry número quarenta").
 */
import { languages } from '../languages'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { words, type Word } from '../spoken'
import { spacedGap } from './phrases'
import { lowerSameLength } from '../blanking'
import { classLengthBefore, hasUpperCase, letterOrMarkLength, letterOrNumberLength } from './chars'
import { matchesOf } from './matches'
import { NUM_WORD } from './street-patterns'
import type { Span } from './types'

// Street words said before the street's name, in the languages the tables read ("calle", "rua", "đường", "شارع").
// biome-ignore format: packed list
export const STREET_OPENERS: ReadonlySet<string> = new Set([
  'calle', 'avenida', 'avda', 'camino', 'carretera', 'paseo', 'callejón', 'rua', 'travessa', 'estrada', 'rue',
  'chemin', 'allée', 'impasse', 'đường', 'duong', 'phố', 'pho', 'ngõ', 'hẻm', 'улица', 'ул', 'проспект', 'переулок',
  'шоссе', 'бульвар', 'شارع', 'طريق', 'kalye', 'daan', 'ri', 'wout',
])
const HOUSE_NUMBER_WORD = String.raw`(?:número|numero|numéro|num\.?|nº|n°|no\.|number|số|#|дом|д\.|رقم)`
const HOUSE_NUMBER_CUE = new RegExp(String.raw`^[ \t]{0,2},?[ \t]{0,2}${HOUSE_NUMBER_WORD}[ \t]{0,2}`, 'iu')
// Words inside a spoken number ("quarenta e cinco", "cuarenta y dos", "forty and").
export const JOINERS: ReadonlySet<string> = new Set(['e', 'y', 'and', 'et', 'và', 'و'])
// The last letters of the street words: the word before a name is read only when it can be one.
const OPENER_ENDS = new Set([...STREET_OPENERS].map((w) => w[w.length - 1]!))
// Capitalised street types after a name: "Alvarado St", "Ferry Road" (not a saint: "St. Clair").
const NAMED_STREET_ENDING =
  /^[ \t]{1,2}(?:St|Ave|Rd|Blvd|Ln|Ct|Pl|Pkwy|Hwy|Street|Avenue|Road|Lane|Court|Boulevard|Place|Parkway|Highway|Terrace|Circle)(?!\.?[ \t]+\p{Lu})\.?(?![\p{L}\p{N}])/u

// "on [king] drive", not "have [jamal] drive you": where a street is, before the name.
const STREET_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:on|at|off|onto|near)[ \t]+$/u
const SPOKEN_STREET_ENDING =
  /^[ \t]{1,2}(?:street|avenue|road|drive|lane|boulevard|court|parkway|highway|terrace|circle)(?![\p{L}\p{N}])/u

/** US street types as Cyrillic and Arabic writers spell them after the street's name ("Брайтон Бич авеню"). */
const SCRIPT_STREET_ENDING =
  /^[ \t]{1,2}(?:авеню|стрит|роуд|драйв|лейн|плейс|бульвар|ستريت|أفنيو|افنيو|افينيو|رود|درايف)(?![\p{L}\p{N}])/iu

/**
 * A name the engine found right after a street word of any language ("na rua [Ferry] número quarenta", "đường
 * [Dorchester]") or right before a capitalised street type ("[Alvarado] St") is a street: the street word, the type
 * and a house number said after it ("número …") belong to it.
 */
export function namedStreets(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  // A transcript without capitals names its street types in full and lower case ("on [king] drive").
  const lowerCaseOnly = !hasUpperCase(text)
  for (const s of spans) {
    const street = s.type === 'STREET'
    // A street named after a date ("rua vinte e dois de maio", "calle 5 de mayo") is one after its street word only.
    const dated = s.type === 'DATE'
    if (s.type !== 'NAME' && s.type !== 'CITY' && !street && !dated) continue
    const before =
      !street && mayFollowOpener(text, s.start)
        ? wordBeforeBlanks(text.slice(Math.max(0, s.start - 24), s.start))
        : null
    const word = before?.word.toLowerCase().replace(/\.$/, '')
    let start = -1
    if (!street && word && STREET_OPENERS.has(word)) start = s.start - before!.length
    // A date is a street only after a street word: its ending is not read otherwise.
    if (dated && start < 0) continue
    const blankAfter = text.charCodeAt(s.end) === 32 || text.charCodeAt(s.end) === 9
    const after = blankAfter && !street ? text.slice(s.end, s.end + 14) : ''
    const ending = after
      ? (NAMED_STREET_ENDING.exec(after) ??
        SCRIPT_STREET_ENDING.exec(after) ??
        (lowerCaseOnly && STREET_PREPOSITION_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))
          ? SPOKEN_STREET_ENDING.exec(after)
          : null))
      : null
    if (start < 0 && !ending && !street) continue
    let end = ending ? s.end + ending[0].length : s.end
    if (start < 0) start = s.start
    // "số mười hai đường Bolsa", "no. 12 calle Roble": a house number said before the street word.
    const numberBefore = houseNumberBefore(text, start)
    if (numberBefore >= 0) start = numberBefore
    // "número quarenta e cinco", "# 12": the house number said after the street, in digits or number words.
    const numbered = numberAfterCue(text, end)
    if (numbered > 0) end = numbered
    if (!street || start < s.start || end > s.end) out.push({ start, end, type: 'STREET', source: 'street:named' })
  }
  numberedStreets(text, out)
  // "le chemin des écoles numéro quatre cent douze", "calle de la paz número 12": a street word, up to four words and
  // a house number after its cue are a street whatever the words are.
  // Only where a house number's cue occurs at all (the pattern's look-ahead needs one): the pattern tries a street word
  // at every position of the text otherwise. matchesOf yields what matchAll does, without cloning the pattern.
  for (const m of HOUSE_NUMBER_ANYWHERE.test(text) ? matchesOf(OPENED_NUMBERED, text) : []) {
    const end = numberAfterCue(text, m.index + m[0].length)
    if (end > 0) out.push({ start: m.index, end, type: 'STREET', source: 'street:opened' })
  }
  return out
}

/** Street words that are as often other words ("pho" soup, "daan" road or hundred, "ri" a particle). */
export const AMBIGUOUS_OPENERS: ReadonlySet<string> = new Set(['pho', 'daan', 'ri'])
// Words that open a street's name though the tables know them as words ("old denton road", "west main street").
const NAME_PREFIXES = new Set(['old', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'county'])
// US street types said in full after the street's name ("… blue hill avenue").
const STREET_TYPES = new Set(['street', 'avenue', 'road', 'drive', 'lane', 'boulevard', 'court', 'parkway', 'highway'])

/**
 * A house number said in any language's number words right before a street ("hai mươi ba đường magnolia", "vingt-deux
 * rue pleasant", "swasannsèt blue hill avenue"): the number, the street word and the street's name. The name runs
 * over at most three words after a street word and stops at a function word of any language.
 */
function numberedStreets(text: string, out: Span[]): void {
  // It reads no span, yet stays with the resolved passes (run once per detection): moved to a detector, its streets
  // met the other spans differently and a cue such as "số" fell out of the street.
  const list = words(lowerSameLength(text))
  for (let i = 1; i < list.length; i++) {
    const w = list[i]!.w
    // "2 pho bowls", "limang daan milligrams": street words that are everyday words after a number stay words.
    const opener = STREET_OPENERS.has(w) && !AMBIGUOUS_OPENERS.has(w)
    const typed = !opener && STREET_TYPES.has(w)
    if (!opener && !typed) continue
    let from = i
    let end = list[i]!.end
    if (opener) {
      let k = i + 1
      // The street's name stops at a word the tables know ("nha", "số điện thoại", "رقمي"): the sentence goes on.
      const knows = languages().words
      while (
        k < list.length &&
        k - i <= 3 &&
        spacedGap(text, list[k - 1]!, list[k]!) &&
        !isFunctionWordOfAnyLanguage(list[k]!.w) &&
        !knows.has(list[k]!.w)
      )
        k++
      if (k === i + 1) continue
      end = list[k - 1]!.end
    } else {
      // The street's name: one to three words back to the number, none a function word ("three blocks down the road").
      while (
        from > 0 &&
        i - from < 3 &&
        numberAt(list, from - 1) === 0 &&
        !isFunctionWordOfAnyLanguage(list[from - 1]!.w) &&
        (!languages().words.has(list[from - 1]!.w) || NAME_PREFIXES.has(list[from - 1]!.w)) &&
        spacedGap(text, list[from - 1]!, list[from]!)
      )
        from--
      // English spoken house numbers before a street type are streets.ts's; here the number words of other languages.
      if (from === i || ENGLISH_NUMBER.test(list[from - 1]?.w ?? '')) continue
    }
    const numberEnd = from - 1
    if (numberEnd < 0 || numberAt(list, numberEnd) === 0 || !spacedGap(text, list[numberEnd]!, list[from]!)) continue
    let start = numberEnd
    while (start > 0 && numberAt(list, start - 1) > 0 && spacedGap(text, list[start - 1]!, list[start]!)) start--
    out.push({ start: list[start]!.start, end, type: 'STREET', source: 'street:numbered' })
  }
}

// The English number words streets.ts reads (its spoken house numbers before a street type), and digits.
const ENGLISH_NUMBER = new RegExp(`^(?:${NUM_WORD}|\\d+)$`)

/** Whether the word at i is a number word of a table, a part of one ("mươi", "vingt") or digits: 1, else 0. */
function numberAt(list: readonly Word[], i: number): number {
  const w = list[i]!.w
  if (/^\d{1,6}$/.test(w)) return 1
  // "en", "na", "un": a number word that is also a function word is that word here ("vivo en calle …").
  if (isFunctionWordOfAnyLanguage(w)) return 0
  return languages().numbers.has(w) || numberParts().has(w) ? 1 : 0
}

// A street word, one to four words, then where a house number's cue may start.
const OPENED_NUMBERED = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${[...STREET_OPENERS].join('|')})(?:[ \t]+[\p{L}\p{M}'’-]+){1,4}?(?=[ \t]{0,2},?[ \t]{0,2}${HOUSE_NUMBER_WORD}[ \t]{0,2}[\p{L}\p{N}])`,
  'giu',
)

const HOUSE_NUMBER_ANYWHERE = new RegExp(HOUSE_NUMBER_WORD, 'iu')

/** Where the house number said after a cue right at `end` ("número quarenta e cinco", "# 12") ends, or -1. */
function numberAfterCue(text: string, end: number): number {
  const cue = HOUSE_NUMBER_CUE.exec(text.slice(end, end + 16))
  if (!cue) return -1
  const numbers = languages().numbers
  const at = end + cue[0].length
  let last = -1
  for (const m of text.slice(at, at + 80).matchAll(/([\p{L}\p{N}]+)([ \t,-]*)/gu)) {
    const w = m[1]!.toLowerCase()
    if (!/^\d{1,6}[a-z]?$/.test(w) && !numbers.has(w) && !(last >= 0 && JOINERS.has(w))) break
    if (!JOINERS.has(w)) last = at + m.index! + m[1]!.length
  }
  return last
}

/**
 * /([\p{L}\p{M}.]+)[ \t]{1,2}$/u.exec(w) read back from the end: the word (letters, marks, dots) before the one or two
 * blanks that end `w`, and its length with them; null when none. The pattern was tried from every start of `w`.
 */
function wordBeforeBlanks(w: string): { word: string; length: number } | null {
  let end = w.length
  while (end > 0 && w.length - end < 3 && (w.charCodeAt(end - 1) === 32 || w.charCodeAt(end - 1) === 9)) end--
  if (end === w.length || w.length - end > 2) return null
  let start = end
  for (;;) {
    if (start > 0 && w.charCodeAt(start - 1) === 46) start--
    else {
      const n = classLengthBefore(letterOrMarkLength, w, start)
      if (n === 0) break
      start -= n
    }
  }
  return start < end ? { word: w.slice(start, end), length: w.length - start } : null
}

/** Whether the word[.] and one or two blanks ending text before `at` may end with a street word's last letter. */
function mayFollowOpener(text: string, at: number): boolean {
  let i = at
  while (i > 0 && at - i < 2 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i === at) return false
  if (i > 0 && text.charCodeAt(i - 1) === 46) i--
  if (i === 0) return false
  const lower = text[i - 1]!.toLowerCase()
  return OPENER_ENDS.has(lower[lower.length - 1]!)
}

let parts: Set<string> | undefined

/** Every word of the tables' number phrases ("mươi" of "tám mươi", "vingt" of "quatre-vingt"). */
function numberParts(): Set<string> {
  if (parts) return parts
  parts = new Set()
  for (const key of languages().numbers.keys()) for (const w of key.split(/[\s-]+/)) if (w) parts.add(w)
  return parts
}

/** Length of the [\p{L}\p{N}#º°.] member (º is a letter) that ends right before `i` in `s`: 1, 2 for a surrogate pair, or 0. */
function numberWordUnitBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1)
  if (c === 35 || c === 0xb0 || c === 46) return 1
  return classLengthBefore(letterOrNumberLength, s, i)
}

/**
 * Where "số mười hai " / "no. 12 " / "# 12 " ends right before `at`: its start, or -1. The words are the matches of
 * /[\p{L}\p{N}#º°.]+/gu in the 60 characters before `at`, read back from the last one (only the last few are ever
 * asked, and a match array per word of the look-back was made for every street).
 */
function houseNumberBefore(text: string, at: number): number {
  const numbers = languages().numbers
  const before = text.slice(Math.max(0, at - 60), at)
  let first = false
  let end = before.length
  for (;;) {
    // The last word ending at or before `end`: maximal runs read back are the runs the pattern finds.
    while (end > 0 && numberWordUnitBefore(before, end) === 0) end--
    if (end === 0) return -1
    let start = end
    for (let n = numberWordUnitBefore(before, start); n > 0; n = numberWordUnitBefore(before, start)) start -= n
    const w = before.slice(start, end).toLowerCase()
    if (/^\d{1,6}[a-z]?$/.test(w) || numbers.has(w) || numberParts().has(w) || (first && JOINERS.has(w))) {
      if (!JOINERS.has(w)) first = true
      end = start
      continue
    }
    if (!first) return -1
    if (!/^(?:số|so|no\.?|nº|n°|#|número|numero)$/.test(w)) return -1
    return at - before.length + start
  }
}
