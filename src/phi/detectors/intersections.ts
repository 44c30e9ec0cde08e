/**
 * The second street of an intersection (a resolved pass): after a street found already, "and" / "&" / "y" and a
 * numbered street ("pacific highway and two seventy second", "international blvd & 154th"), a street with its type, or
 * a word that names ("eight mile and van dyke": written capitalised in a cased text, no dictionary word, or after a
 * particle), up to two words, never a person found. Michigan's mile roads after a place preposition ("at eight mile
 * and dequindre") are streets with the street they cross.
 */
import { languages } from '../languages'
import { isClinicalTerm, isEnglishWord, isSpanishWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isNumberWord } from '../spoken'
import { ORDINAL_STREET, SUFFIX } from './street-patterns'
import type { Span } from './types'

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\\d+)'
const JOIN = /^[ \t]+(?:and|&|y|at)[ \t]+/iu
// "two seventy second", "one fifty fourth", "154th", "5th st".
const NUMBERED = new RegExp(
  String.raw`^(?:(?:${NUMBER_WORD})[\s-]+){0,3}${ORDINAL_STREET}\b|^\d{1,4}(?:st|nd|rd|th)\b`,
  'iu',
)
/** A word at the start of a text. */
export const WORD_AT = /^([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u
/** A street's type after blanks ("Dr.", "avenue"). */
export const STREET_TYPE_AFTER = new RegExp(String.raw`^[ \t]+(?:${SUFFIX})\b\.?`, 'iu')
// "eight mile and mound", "12 mile rd & hoover": a mile road and the street it crosses.
const MILE_ROAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUMBER_WORD}|half)(?:[ \t]+(?:and a half|${NUMBER_WORD}))?[ \t]+mile(?:[ \t]+(?:road|rd\.?))?(?=[ \t]+(?:and|&|y)[ \t]+)`,
  'giu',
)

const PLACE_BEFORE_ROAD = /(?:^|[^\p{L}])(?:on|at|off|near|of|by)[ \t]+$/u
const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'del',
  'la',
  'st',
  'saint',
  'mc',
  'mac',
  'san',
  'santa',
])

/**
 * Whether a word may name a street: capitalised in a cased text, or no English or Spanish word ("gratiot",
 * "lawndale"); a name of the lists that is also a word ("will", "grace", "hope") names a person as often.
 */
export function namesStreet(raw: string, cased: boolean): boolean {
  const w = raw.toLowerCase()
  // "walgreens on ozempic": a drug or another clinical word names no street.
  if (isFunctionWordOfAnyLanguage(w) || isNumberWord(w) || isClinicalTerm(w)) return false
  if (cased && /^\p{Lu}/u.test(raw)) return true
  return !isEnglishWord(w) && !isSpanishWord(w)
}

const COMPASS_WORDS = '(?:north|south|east|west|northeast|northwest|southeast|southwest|norte|sur|este|oeste)'
/** A compass word after blanks ("… eighth south"). */
const COMPASS = new RegExp(String.raw`^[ \t]+${COMPASS_WORDS}\b`, 'iu')
/** A compass word alone ("north temple", a grid street's last word). */
const COMPASS_WORD = new RegExp(`^${COMPASS_WORDS}$`, 'iu')

/** A word that may be any street's name where a street must stand: no function, number or clinical word. */
function anyStreetWord(raw: string): boolean {
  const w = raw.toLowerCase()
  return !isFunctionWordOfAnyLanguage(w) && !isNumberWord(w) && !isClinicalTerm(w)
}

// What a compass word is followed by when it says a direction ("west toward the mountains", "north side of").
// biome-ignore format: packed list
const NOT_AFTER_COMPASS = new Set([
  'side', 'toward', 'towards', 'part', 'end', 'bound', 'of', 'from', 'on', 'to', 'and', 'then', 'i', 'we',
])

/**
 * The street a grid address crosses ("nine hundred west and redwood road", "… and gratiot"): a word the English and
 * Spanish lexicons do not hold, or one they hold with a street's type after it; "and parked", "and got lost", "and
 * near the school" say what happened there.
 */
function gridCrossWord(raw: string, after: string): boolean {
  const w = raw.toLowerCase()
  if (!anyStreetWord(raw) || /(?:ed|ing)$/u.test(w)) return false
  return (!isEnglishWord(w) && !isSpanishWord(w)) || streetWordAfter(after)
}

/** Whether a street's type, in English or in a table's language ("avenida", "calle"), opens `rest`. */
function streetWordAfter(rest: string): boolean {
  if (STREET_TYPE_AFTER.test(rest)) return true
  const next = /^[ \t]+([\p{L}\p{M}]+)/u.exec(rest)
  return next !== null && languages().streetWords.phrases.has(next[1]!.toLowerCase())
}

/**
 * The end of the street crossed at `from`, or -1. After a grid street ("nine hundred west and …") the crossed street
 * may be any word that is no function, number or clinical word ("… and redwood"): where a grid street is said with
 * "and", a street follows.
 */
function crossedStreetEnd(text: string, from: number, cased: boolean, afterGrid = false): number {
  const rest = text.slice(from, from + 60)
  const numbered = NUMBERED.exec(rest)
  let end: number
  if (numbered) {
    end = from + numbered[0].length
    // "eighth south", "35th south": the grid's compass word after a numbered street.
    const compass = COMPASS.exec(text.slice(end, end + 12))
    if (compass) end += compass[0].length
  } else {
    const first = WORD_AT.exec(rest)
    // A particle opens the name of a street after a person ("van dyke", "st. aubin", "de soto", "mc nichols").
    // Not a Spanish article before a Spanish noun ("… y la farmacia"), unless it is an ordinal or a street's type
    // follows ("la cuarta avenida").
    const afterParticle = /^[ \t.]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u.exec(rest.slice(first?.[1]?.length ?? 0))
    const particle =
      first !== null &&
      PARTICLES.has(first[1]!.toLowerCase()) &&
      afterParticle !== null &&
      !(
        isSpanishWord(afterParticle[1]!.toLowerCase()) &&
        !isEnglishWord(afterParticle[1]!.toLowerCase()) &&
        !languages().ordinals.has(afterParticle[1]!.toLowerCase()) &&
        !streetWordAfter(rest.slice((first?.[1]?.length ?? 0) + afterParticle[0].length))
      )
    // "north temple", "west grand": a compass word opens a street's name with the word after it.
    const compassFirst = first !== null && COMPASS_WORD.test(first[1]!)
    const opens =
      particle ||
      compassFirst ||
      (afterGrid && first !== null && gridCrossWord(first[1]!, rest.slice(first[1]!.length)))
    if (!first || !(opens || namesStreet(first[1]!, cased))) return -1
    end = from + first[1]!.length
    // A second word that names too, or the one a particle opens ("van dyke"), unless it is the street's type.
    const second = /^[ \t.]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 30))
    if (
      second &&
      !STREET_TYPE_AFTER.test(text.slice(end, end + 16)) &&
      (particle ||
        namesStreet(second[1]!, cased) ||
        (compassFirst && anyStreetWord(second[1]!) && !NOT_AFTER_COMPASS.has(second[1]!.toLowerCase())))
    )
      end += second[0].length
    // A compass word alone is no street ("… and north of the river" reads no further than the word).
    else if (compassFirst && !afterGrid) return -1
  }
  const type = STREET_TYPE_AFTER.exec(text.slice(end, end + 16))
  return type ? end + type[0].replace(/\.$/, '').length : end
}

/** Intersections: the crossed street after a found street, and mile roads with theirs, as STREET spans. */
export function intersections(text: string, lower: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const cased = text !== lower && text !== text.toUpperCase()
  // A person the passes found is no street ("on oak street and [grace] is sick").
  const named = (from: number, to: number): boolean =>
    spans.some((n) => n.type === 'NAME' && n.start < to && n.end > from)
  for (const s of spans) {
    if (s.type !== 'STREET') continue
    const join = JOIN.exec(text.slice(s.end, s.end + 12))
    if (!join) continue
    const afterGrid = COMPASS_WORD.test(/\S+$/u.exec(text.slice(s.start, s.end))?.[0] ?? '')
    const end = crossedStreetEnd(text, s.end + join[0].length, cased, afterGrid)
    if (end > 0 && !named(s.end, end)) out.push({ start: s.start, end, type: 'STREET', source: 'street:intersection' })
  }
  if (lower.includes('mile')) {
    for (const m of lower.matchAll(MILE_ROAD)) {
      const start = m.index!
      // "at eight mile and van dyke", not "i walked one mile and felt dizzy": a road after a place preposition.
      if (!PLACE_BEFORE_ROAD.test(lower.slice(Math.max(0, start - 12), start))) continue
      const join = JOIN.exec(lower.slice(start + m[0].length, start + m[0].length + 12))!
      // "i walked two mile and then sat down": a mile road only with the street it crosses.
      const end = crossedStreetEnd(text, start + m[0].length + join[0].length, cased)
      if (end > 0) out.push({ start, end, type: 'STREET', source: 'street:mile-road' })
    }
  }
  return out
}
