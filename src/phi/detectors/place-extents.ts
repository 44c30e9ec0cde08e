/**
 * Towns read on resolved spans: a known town right after a street ("[street] salt lake city"), and towns named after
 * their landscape: a found name or town followed by "heights", "city", "grove" and the like is a town, suffix and
 * all ("[cleveland] heights", "[rio] grande city"), and a suffix found alone takes the word before it ("elk
 * [grove]에"). Run by detect.ts with the other resolved passes; new spans only.
 */
import { isCity, isClinicalTerm, isCommonWord } from '../lexicon'
import { wholeWordMatches } from '../whole-words'
import { languages } from '../languages'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { NOT_PLACE_HEAD, PLACE_SUFFIXES, PLACE_SUFFIX_WORD, STATE_WORD, isCountryOrState } from './place-names'
import type { Span } from './types'

// A suffix followed by the end of the word, or by a particle of a script written onto it ("grove에", "city的").
const SUFFIX_AFTER = new RegExp(
  `^[ \\t]+(?:([\\p{L}\\p{M}'’]+)[ \\t]+)?(${PLACE_SUFFIXES}|gardens|county|parish|colony)(?![\\p{Script=Latin}\\p{N}])`,
  'iu',
)
// Suffixes that are also verbs or nouns a person does or has ("maria often falls", "valley fever", "park the car"):
// after a name they make a town only after a place word ("from", "in", "near"); "county" and "parish" likewise ("the
// ford county sheriff", not "tell mary county called").
const WEAK_SUFFIX =
  /^(?:falls|springs|park|beach|valley|hills?|creek|harbor|gardens|lake|ridge|shores?|bluffs?|prairie|rapids|county|parish|mills?|crossing|landing|neck|bay|point|square|island|plains|colony)$/i
// Suffixes that are also a body part, a thing or a number's word ("neck brace", "bay window", "square one").
const BODY_OR_THING_SUFFIX = /^(?:neck|bay|hills?|point|square|island|plains)$/i
const WHERE_SOMEONE_IS_BEFORE = /(?:^|[^\p{L}])(?:in|from|at|near|en|de|à|sa)[ \t]+(?:the[ \t]+)?$/iu
// A place word before a town, "the" allowed between: "in cedar falls", "from the little havana".
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:in|from|at|near|to|of|en|de|à|sa)[ \t]+(?:the[ \t]+)?$/iu
// Before a name and "island", Spanish and Portuguese "a", "al", "ao", "no", "na", "em" say where someone is taken ("la
// traje a [coney] island"); before other suffixes they are other words ("no maria falls", "a Maria point of view").
const ISLAND_PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:a|al|ao|no|na|em|on|to|from)[ \t]+$/iu
// Before a "little" of Spanish, Portuguese, French or Creole and a town or country: "en la pequeña habana", "de la
// petite haïti", "nou rete ti ayiti".
const LITTLE_PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|from|at|near|to|of|en|de|à|au|em|no|na|nan|rete|lan)[ \t]+(?:(?:the|la|el|le|a|o)[ \t]+)?$/iu
// ... and before one and a found name, only a word saying where: "de la petite Rose" and "à la pequeña Luz" are a
// child.
const LITTLE_NAME_BEFORE = /(?:^|[^\p{L}])(?:in|from|near|en|em|no|na|nan|rete|lan)[ \t]+(?:(?:la|el|a|o)[ \t]+)?$/iu
const ATTACHED_PARTICLE = /[\p{Script=Hangul}\p{Script=Han}]/u
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’])([\p{Script=Latin}'’]{2,})[ \t]+$/u

function opensNoPlace(word: string): boolean {
  const w = word.toLowerCase()
  return NOT_PLACE_HEAD.test(w) || isFunctionWordOfAnyLanguage(w) || PLACE_SUFFIX_WORD.test(w)
}

// "Little" as immigrant neighbourhoods are named in the languages of their people (table field littlePlaceWords):
// La Pequeña Habana, Ti Ayiti. Compiled once per set of tables.
let littlePatterns: { lang: ReturnType<typeof languages>; before: RegExp; country: RegExp; any: RegExp } | undefined

function little(): { before: RegExp; country: RegExp; any: RegExp } {
  const lang = languages()
  if (littlePatterns?.lang !== lang) {
    const words = `(?:${lang.littlePlaceWords.join('|')})`
    littlePatterns = {
      lang,
      before: new RegExp(`(?:^|[^\\p{L}])(${words})[ \\t]+$`, 'iu'),
      country: new RegExp(`(?<![\\p{L}])${words}[ \\t]+([\\p{L}]+)(?![\\p{L}])`, 'giu'),
      any: new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'iu'),
    }
  }
  return littlePatterns
}

/**
 * "little haiti", "Little [Havana]", "la pequeña [habana]", "ti ayiti": a neighbourhood named "little" and a country or
 * a place found, as immigrant neighbourhoods are, is a place, "little" and all.
 */
export function littlePlaces(text: string, spans: readonly Span[]): Span[] {
  const { before: littleBefore, country, any } = little()
  if (!any.test(text)) return []
  const out: Span[] = []
  // A town found already ("little [havana]"), or a name after a place word ("from the little [havana]"); a name
  // elsewhere stays a name ("my little [Emma]" is remembered as one).
  for (const s of spans) {
    if (s.type !== 'CITY' && s.type !== 'NAME') continue
    const m = littleBefore.exec(text.slice(Math.max(0, s.start - 12), s.start))
    if (!m) continue
    const start = s.start - m[0].length + m[0].indexOf(m[1]!)
    const english = m[1]!.toLowerCase() === 'little'
    const before = text.slice(Math.max(0, start - 12), start)
    if (s.type === 'NAME' && !(english ? PLACE_WORD_BEFORE : LITTLE_NAME_BEFORE).test(before)) continue
    out.push({ start, end: s.end, type: 'CITY', source: 'city:little' })
  }
  // A country after a place word ("at little haiti", "from the Little Havana"): "a little turkey" is food.
  for (const m of text.matchAll(country)) {
    if (!isCountryOrState(m[1]!) || STATE_WORD.test(m[1]!)) continue
    if (!LITTLE_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    out.push({ start: m.index, end: m.index + m[0].length, type: 'CITY', source: 'city:little' })
  }
  return out
}

/** Towns whose last word is a landscape suffix, around names and towns already found. */
export function placeSuffixes(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'CITY') continue
    const found = text.slice(s.start, s.end)
    if (PLACE_SUFFIX_WORD.test(found.toLowerCase())) {
      // Only where a particle of another script is written onto the suffix ("elk grove에"): in Latin text the town
      // detectors read "X grove" themselves, and a name such as "park" is no suffix.
      if (!ATTACHED_PARTICLE.test(text.slice(s.end, s.end + 1))) continue
      const m = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 24), s.start))
      if (
        m &&
        !opensNoPlace(m[1]!) &&
        !spans.some((o) => o !== s && o.end > s.start - m[0].length && o.start < s.start)
      )
        out.push({
          start: s.start - m[0].length + m[0].indexOf(m[1]!),
          end: s.end,
          type: 'CITY',
          source: 'city:suffix',
        })
      continue
    }
    const m = SUFFIX_AFTER.exec(text.slice(s.end, s.end + 40))
    // "a patient of [dr kim] six point nine": a number is no part of a town's name.
    if (!m || (m[1] && (opensNoPlace(m[1]) || languages().numbers.has(m[1].toLowerCase())))) continue
    const lookBack = text.slice(Math.max(0, s.start - 12), s.start)
    const island = /^island$/iu.test(m[2]!) && ISLAND_PLACE_WORD_BEFORE.test(lookBack)
    const placed = s.type === 'CITY' || island || PLACE_WORD_BEFORE.test(lookBack)
    if (WEAK_SUFFIX.test(m[2]!) && !placed) continue
    // A body part, a window or a number after a name ("give it to Grace neck brace", "next to Rosa bay window"): after a
    // name these make a place only after a word saying where someone is, not where something goes.
    if (s.type === 'NAME' && BODY_OR_THING_SUFFIX.test(m[2]!) && !island && !WHERE_SOMEONE_IS_BEFORE.test(lookBack))
      continue
    // A middle word ("[rio] grande city") only before "city", and never a clinical word after the suffix ("valley
    // fever"), but after a town's county ("[colquitt] county high", "… county hospital").
    if (m[1] && m[2]!.toLowerCase() !== 'city' && !placed) continue
    // … nor after a town found, whatever its suffix ("from [north] hill pediatrics"), but "valley fever".
    const county = s.type === 'CITY' && !m[1] && !/^valley$/i.test(m[2]!)
    if (
      !county &&
      isClinicalTerm(
        (/^[ \t]+([\p{L}]+)/u.exec(text.slice(s.end + m[0].length, s.end + m[0].length + 20))?.[1] ?? '').toLowerCase(),
      )
    )
      continue
    const end = s.end + m[0].length
    // A suffix word already read as part of something (a name "grace park", an address) stays what it was.
    if (spans.some((o) => o !== s && o.start < end && o.end > s.end)) continue
    out.push({ start: s.start, end, type: 'CITY', source: 'city:suffix' })
  }
  return out
}

const CJK_LOCALITY =
  /^[ \t]*[,，、][ \t]*([\p{Script=Han}\p{Script=Hangul}]{2,8}(?:[ \t][\p{Script=Han}\p{Script=Hangul}]{2,8})?)(?=[ \t]*(?:[。.!！?？,，、]|$))/u

/** "[street] salt lake city", "[street], eureka": a known town right after a street is the address's town. */
export function citiesAfterStreets(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'STREET') continue
    const after = text.slice(s.end, s.end + 48)
    // Han and Hangul addresses go from the street out: what follows the street after a comma, up to the next
    // punctuation, is the district and city ("[street], 서울 강남구.", "[street],上海。").
    const cjk = CJK_LOCALITY.exec(after)
    if (cjk) {
      const start = s.end + cjk[0].length - cjk[1]!.length
      const end = start + cjk[1]!.length
      if (!spans.some((o) => o.start < end && o.end > start && o.type !== 'NAME'))
        out.push({ start, end, type: 'CITY', source: 'city:after-street' })
      continue
    }
    // The comma may be a full-width one: a Latin address written into Chinese text ("…Apt 5，University City，").
    // "… oak street in hope": "in" or "near" between, and the town may be an everyday word.
    const m = /^[ \t]{0,2}[,，、]?[ \t]{0,2}(?:(?:in|near|en|nan|em|à|ở)[ \t]+)?((?:[\p{L}'’.-]+[ \t]?){1,3})/iu.exec(
      after,
    )
    // "[… calle san jacinto el] paso": a street read one word too far, into a town's article.
    const tail = TOWN_ARTICLE_AT_END.exec(text.slice(Math.max(s.start, s.end - 6), s.end))
    const next = m ? /^[\p{L}'’.-]+/u.exec(m[1]!)?.[0] : undefined
    if (
      tail &&
      next &&
      m!.index === 0 &&
      /^[ \t]/.test(after) &&
      isCity(`${tail[1]!.toLowerCase()} ${next.toLowerCase()}`)
    ) {
      const start = s.end - tail[1]!.length
      out.push({
        start,
        end: s.end + (m![0].length - m![1]!.length) + next.length,
        type: 'CITY',
        source: 'city:after-street',
      })
      continue
    }
    if (!m) continue
    const lead = m[0].length - m[1]!.length
    const parts = [...m[1]!.matchAll(/[\p{L}'’.-]+/gu)]
    // "[street], University City, 63130": capitalised words between the street and a ZIP are its town, listed or not.
    const town = m[1]!.trimEnd()
    if (
      /^[,，、]/u.test(after.trimStart()) &&
      parts.every((p) => /^\p{Lu}/u.test(p[0])) &&
      ZIP_AFTER_TOWN.test(after.slice(lead + town.length))
    ) {
      const start = s.end + lead
      const end = start + town.length
      if (!spans.some((o) => o.start < end && o.end > start))
        out.push({ start, end, type: 'CITY', source: 'city:after-street' })
      continue
    }
    for (let k = parts.length; k >= 1; k--) {
      const phrase = parts
        .slice(0, k)
        .map((p) => p[0].toLowerCase())
        .join(' ')
      if (!isCity(phrase) || isClinicalTerm(phrase) || NOT_TOWN_AFTER_STREET.test(phrase)) continue
      const start = s.end + lead
      // A sentence's stop after the town stays ("…, West New York.").
      const end = start + parts[k - 1]!.index! + parts[k - 1]![0].replace(/\.+$/u, '').length
      // A town of two or more words holds the names read in it ("[street], West New York").
      if (!spans.some((o) => o.start < end && o.end > start && !(k >= 2 && o.type === 'NAME')))
        out.push({ start, end, type: 'CITY', source: 'city:after-street' })
      break
    }
  }
  return out
}

// Words a street is followed by that the gazetteer also holds as towns ("… main street in march", "… in back").
const NOT_TOWN_AFTER_STREET =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|morning|evening|afternoon|night|time|town|front|back|case|person|general|the|a|an)(?: |$)/u

// A ZIP after a town's comma, with a state's two letters or not ("…, 63130", "…, MO 63130").
const ZIP_AFTER_TOWN = /^[ \t]*[,，、]?[ \t]*(?:[A-Z]{2}[ \t]+)?\d{5}(?:-\d{4})?(?!\d)/u

const TOWN_ARTICLE_AT_END = /(?:^|[ \t])(el|la|los|las|le|san|santa|st)$/iu

// A town's words as a found CITY span holds them: letters, spaces, apostrophes, dots and hyphens.
const TOWN_WORDS = /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*[\p{L}\p{M}]$/u
// What puts a place after it: "in", "at", "from", "to", "near" and their equivalents ("the shed in center").
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|near|en|de|desde|a|à|em|ở|sa|sa may)[ \t]+$/iu

/**
 * Other occurrences of the towns found in the text (CITY spans of three letters or more), as CITY spans: a town said
 * once is a town wherever the text says it again ("i live in [center] … the lettuce shed in center"). A town of one
 * everyday word counts again only after a word that puts a place after it: "my ekg was normal", "the center called
 * me", "la primera vez" stay.
 */
export function repeatedTowns(lower: string, resolved: readonly Span[]): Span[] {
  const towns = new Set<string>()
  for (const s of resolved) {
    if (s.type !== 'CITY') continue
    const town = lower.slice(s.start, s.end)
    if (town.length >= 3 && TOWN_WORDS.test(town)) towns.add(town)
  }
  if (towns.size === 0) return []
  const out: Span[] = []
  const sorted = [...towns].sort((a, b) => b.length - a.length)
  // The resolved spans are sorted and disjoint, the matches come in text order: one pointer tells overlaps.
  let p = 0
  for (const [start, end] of wholeWordMatches(lower, sorted)) {
    while (p < resolved.length && resolved[p]!.end <= start) p++
    if (p < resolved.length && resolved[p]!.start < end) continue
    const town = lower.slice(start, end)
    const everyday =
      !/[ \t]/.test(town) && (isCommonWord(town) || isClinicalTerm(town) || languages().plainWords.has(town))
    if (everyday && !PLACE_PREPOSITION_BEFORE.test(lower.slice(Math.max(0, start - 12), start))) continue
    out.push({ start, end, type: 'CITY', source: 'propagated:place' })
  }
  return out
}

// A compass word said before a town ("south houston", "east orange", "norte de…" is no part of this).
const COMPASS_BEFORE = /(?:^|[^\p{L}])(north|south|east|west|northeast|northwest|southeast|southwest)[ \t]+$/iu

/**
 * What COMPASS_BEFORE needs before `at`: blanks after an h or a t, the last letter of every compass word (read in
 * place: the pattern, anchored at the end, is tried from every position of its look-back, before every name).
 */
function mayEndInCompassWord(text: string, at: number): boolean {
  let k = at
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  const last = k < at && k > 0 ? text.charCodeAt(k - 1) | 32 : 0
  return last === 104 || last === 116
}

/**
 * A compass word right before a town found is part of its name ("east [orange]", "south [paterson]"), and one
 * between a town and a name read where someone is ("we are in [portland] east [bayside]") makes that name a
 * neighbourhood.
 */
export function compassPlaces(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    if ((s.type !== 'CITY' && s.type !== 'NAME') || !mayEndInCompassWord(text, s.start)) continue
    const m = COMPASS_BEFORE.exec(text.slice(Math.max(0, s.start - 12), s.start))
    if (!m) continue
    const start = s.start - m[0].length + m[0].indexOf(m[1]!)
    if (s.type === 'CITY') {
      out.push({ start, end: s.end, type: 'CITY', source: 'city:compass' })
      continue
    }
    const before = spans[k - 1]
    if (before?.type === 'CITY' && /^[ \t,]{1,2}$/.test(text.slice(before.end, start)))
      out.push({ start, end: s.end, type: 'CITY', source: 'city:compass' })
  }
  return out
}

// A place suffix after a name, and a word saying where before it ("se llevó la troca a [moses] lake", "out at [kelly]
// springs"): a town named for a person.
const NAMED_SUFFIX_AFTER = new RegExp(String.raw`^[ \t]+(?:${PLACE_SUFFIXES})(?![\p{L}\p{N}])`, 'iu')
const WHERE_BEFORE = /(?:^|[^\p{L}])(?:to|in|at|from|near|a|en|de|para|hasta|desde|em|à|sa)[ \t]+$/iu

/** A name found before a place suffix, after a word saying where, is a town of that name ("a [moses] lake"). */
export function namedPlaces(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    const suffix = NAMED_SUFFIX_AFTER.exec(text.slice(s.end, s.end + 14))
    if (!suffix || !WHERE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) continue
    const before = text.slice(Math.max(0, s.start - 12), s.start)
    if (BODY_OR_THING_SUFFIX.test(suffix[0].trim()) && !WHERE_SOMEONE_IS_BEFORE.test(before)) continue
    out.push({ start: s.start, end: s.end + suffix[0].length, type: 'CITY', source: 'city:named' })
  }
  return out
}
