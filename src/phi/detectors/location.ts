/**
 * Street addresses (English and Spanish), PO boxes, units, ZIP and ZIP+4, and cities — cities only
 * with context: "in/at/from/near X" (via the lexicon), "X, CA", or between a street and a ZIP.
 * The street patterns live in streets.ts and the state, country and town word lists in place-names.ts; this file
 * joins them: the address after a cue, a corner, a multi-line block, the town after a street, ZIPs and cities.
 */
import {
  isBasicWord,
  isCity,
  isClinicalTerm,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isSpanishWord,
  isSurname,
} from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isWordOfLanguages, languages, latinLanguagesOf, mainLatinLanguages } from '../languages'
import { FOLDED_BY_I, hasLowerCase } from './chars'
import { cueBefore, valueRange } from './cues'
import type { Detector, Span } from './types'
import { matchesOf } from './matches'
import {
  CITY_CUE,
  IN_PHRASES,
  PLACED_BEFORE,
  PORTUGUESE_FROM,
  SPANISH_FROM,
  CITY_SUFFIX,
  COMMON_PLACE,
  LIVING_BEFORE,
  NOT_A_TOWN,
  NOT_PLACE_HEAD,
  NOT_TOWN_BEFORE_STATE,
  ONLY_NUMBER_WORDS,
  PLACE_SUFFIX_WORD,
  STATE_AFTER_COMMA,
  STATE_BEFORE,
  STATE_NAME_AFTER,
  STATE_WORD,
  STOP,
  TOWN_IN_CAPITALS,
  WORDS_BEFORE,
  cityStart,
  isCountryOrState,
} from './place-names'
import { findStreets } from './streets'
import { addressAfterCues, addressBlocks, cornerOf, push, townsAfterStreets } from './address-blocks'

// Place suffixes that end nothing but a town's name ("falls", "park" and "beach" end everyday phrases too).
const BUSINESS_AFTER =
  /^[ \t]+(?:clinic|care|urgent|hospital|market|center|centre|pharmacy|mall|school|church|office|store|medical|health|dental|plaza|apartments?)(?![\p{L}])/u
/** Two to five letters no list knows as a word: an institution's short name ("unc", "ucla", "osu"). */
function isShortNameOfPlace(w: string): boolean {
  return /^[a-z]{2,5}$/.test(w) && !isCommonWord(w) && !isFunctionWordOfAnyLanguage(w) && !isClinicalTerm(w)
}
const TOWN_ONLY_SUFFIX = /^(?:heights|city|village|junction|township|hills|grove)$/

const ZIP = /(?<![\p{L}\p{N}.,$/-])\d{5}(?:-\d{4})?(?![\p{N}]|[.,]\d|\s*(?:mg|ml|steps|dollars|usd|calories|cal)\b)/gu
// Whatever follows a ZIP / postcode cue is the code, US or not: "ZIP: 3520", "postcode B0J 2H0".
const ZIP_CUED =
  /\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|c[oó]digo\s+postal)\s*(?:is|es|was|:|#|=|-)?\s*(?<v>(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{3,6}(?:[\s-](?=[A-Za-z]{0,2}\d)[A-Za-z0-9]{2,4})?)(?![\p{L}\p{N}])/dgiu
// Canadian and UK postcodes have a shape of their own: "M5H 1A1", "SW1A 1AA", "B33 8TH".
const FOREIGN_POSTCODE =
  /(?<![\p{L}\p{N}])(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu
const ZIP4 = /(?<![\p{L}\p{N}])\d{5}-\d{4}(?![\p{N}])/gu

const ASCII_DIGIT = /[0-9]/
/** Every ZIP_CUED match holds zip or post (case-insensitively; see the PO_BOX gate in streets.ts for 'ſ'). */
const ZIP_CUE_WORD = (l: string): boolean => l.includes('zip') || l.includes('post') || l.includes('ſ')

// The language of a locative cue word: after it, an everyday word of that language is a word ("en blanco", "sa kamay",
// "em cima", "à dix heures"), after an English cue a town ("from amarillo").
const CUE_LANGUAGES: ReadonlyArray<[RegExp, ReadonlySet<string>]> = [
  [new RegExp(`^(?:en|por|cerca de|desde|(?:${SPANISH_FROM}) de)\\s`, 'iu'), new Set(['es'])],
  [/^sa\s/iu, new Set(['tl'])],
  [new RegExp(`^(?:em|perto d[eoa]|(?:${PORTUGUESE_FROM}) de)\\s`, 'iu'), new Set(['pt'])],
  [/^(?:à|près de)\s/iu, new Set(['fr'])],
  [/^ở\s/iu, new Set(['vi'])],
  [/^nan\s/iu, new Set(['ht'])],
]

// Where someone is from or calls from, in Spanish and Portuguese ("soy de", "le llamo de", "sou de"): after it an
// English word is a town unless it names a service ("le llamo de central scheduling", "de home care").
const ORIGIN_CUE = new RegExp(`^(?:${SPANISH_FROM}|${PORTUGUESE_FROM}) de\\s`, 'u')
// biome-ignore format: packed list
const SERVICE_WORDS = new Set([
  'home', 'central', 'billing', 'scheduling', 'office', 'care', 'health', 'medical', 'insurance', 'pharmacy', 'clinic',
  'hospital', 'hospice', 'dialysis', 'lab', 'labs', 'radiology', 'cardiology',
])
// Cues of other languages that put a town next to them ("en", "perto de flagstaff"): after one, a gazetteer town that
// is a rarer English word is the town (an English word there is no word of the sentence's language).
const FOREIGN_PLACE_CUE = new RegExp(
  `^(?:en|por|em|nan|perto d[eoa]|près de|cerca de|à|ở|(?:${SPANISH_FROM}|${PORTUGUESE_FROM}) de)\\s`,
  'u',
)
// A place of care or a store and "in" before a town: "the walgreens in mission", "our clinic in alamo". Named that
// way, a gazetteer town that is an everyday word is the town.
// Where one stays is said the same way ("the rv resort in mission", "a motel in donna", "the trailer park in alamo"),
// and so is someone placing themselves on the map ("down here in mission", "up there in yakima"; a bare "here in"
// is as often a ward, a bay or a chair: "here in ward three").
const CARE_PLACE_IN =
  /(?:^|[^\p{L}])(?:walgreens|cvs|walmart|pharmacy|clinic|office|hospital|hospice|agency|branch|location|store|center|centre|dialysis|lab|resort|motel|hotel|inn|lodge|shelter|campground|rv park|trailer park|apartments|nursing home|group home|assisted living|(?:down|up|out|over|back)[ \t]+(?:here|there))[ \t]+in[ \t]+$/u

/** The cue at `at` and the 24 characters before it: room for the longest place-of-care word and its spaces. */
function careWindow(lower: string, at: number, cueLength: number): string {
  return lower.slice(Math.max(0, at - 24), at + cueLength)
}

// The parts of a hospital or a campus a compass word names ("south tower", "west campus").
// biome-ignore format: packed list
const BUILDING_PARTS = new Set([
  'tower', 'wing', 'campus', 'building', 'entrance', 'side', 'end', 'unit', 'lobby', 'annex', 'pavilion', 'parking',
  'lot', 'garage', 'hall', 'clinic', 'office', 'door', 'doors', 'elevator', 'elevators', 'stairs', 'floor', 'area',
])

// CITY_CUE without the i flag, for a lower-cased text it reads the same (see FOLDED_BY_I): a third faster.
const CITY_CUE_CASED = new RegExp(CITY_CUE.source, 'gu')

// The words of a place phrase. One object for every call: matchesOf plans a pattern once per object, and a literal
// in the loops below was a new object, planned afresh, at every cue of every text.
const PLACE_WORD = /[\p{L}'.-]+/gu

// A caller's introduction with a name of one to three words, right before "from".
const INTRODUCED_BEFORE = /(?:this is|it's|it is|its|my name is|name's)[ \t]+\p{L}+(?:[ \t]+\p{L}+){0,2}[ \t]+$/u

/** Whether the place cue at `at` may put a town that is a rarer English word after it. */
function townCueContext(lower: string, at: number, cue: string, word: string): boolean {
  // A word written with Vietnamese marks after "ở" is Vietnamese ("ở quầy", at the counter), not an English town.
  if (FOREIGN_PLACE_CUE.test(cue)) return !/^ở/u.test(cue) || /^[a-z' .-]+$/.test(word)
  if (!/^(?:in|from|near|at)\s/u.test(cue)) return false
  const before = /([\p{L}']+)[ \t]+$/u.exec(lower.slice(Math.max(0, at - 24), at))?.[1] ?? ''
  return PLACED_BEFORE.has(before)
}

/**
 * "trabajo en independence", "nan green bay": after a cue of another language, an everyday English word that names a
 * town is no word of the sentence; a phrase made with the cue ("en line", "en shock"), a service that calls ("le llamo
 * de central scheduling") and any word some table holds ("em hay bị", Vietnamese "em" before "often") stay.
 */
const ASCII_TOWN_WORD = /^[a-z][a-z' .-]*$/
// Banks, stores and carriers named like towns ("está en chase", "em đang ở mobile").
const BRAND_WORDS = new Set(['chase', 'target', 'mobile', 'orange', 'sprint', 'dollar', 'family', 'safeway', 'kroger'])

function foreignTown(cue: string, word: string): boolean {
  return (
    FOREIGN_PLACE_CUE.test(cue) &&
    ASCII_TOWN_WORD.test(word) &&
    !IN_PHRASES.has(word) &&
    !SERVICE_WORDS.has(word) &&
    !isWordOfCueLanguage(cue, word) &&
    !isSpanishWord(word) &&
    !BRAND_WORDS.has(word) &&
    !languages().plainWords.has(word)
  )
}

/** Whether `word` is an everyday word of the language of the cue `cue` opens with. */
function isWordOfCueLanguage(cue: string, word: string): boolean {
  const codes = CUE_LANGUAGES.find(([re]) => re.test(cue))?.[1]
  if (codes === undefined) return false
  return (codes.has('es') && isSpanishWord(word)) || isWordOfLanguages(word, codes)
}

// A town of the list named with a Spanish article or a saint ("el paso", "las cruces", "santa fe"). In a text of no
// other Latin-script language those words are no words of the sentence, so the phrase is the town wherever it stands
// ("the el paso unit"). In a Spanish text only where Spanish grammar says a name stands: "de el" (never contracted
// before a name) or "de" after a place of care ("la farmacia del walmart de las cruces").
const SPANISH_NAMED_TOWN =
  /(?<![\p{L}\p{N}])(?:(de)\s+)?(?:el|la|las|los|san|santa|santo|del)\s+(?=[\p{L}'.-]+(?:[ \t]+[\p{L}'.-]+)?)/gu
const TOWN_WORDS_AFTER = /^[\p{L}'.-]+(?:[ \t]+[\p{L}'.-]+)?/u
// biome-ignore format: packed list
const CARE_PLACES_BEFORE_DE = new Set([
  'farmacia', 'clínica', 'clinica', 'hospital', 'centro', 'unidad', 'oficina', 'walmart', 'walgreens', 'cvs',
  'diálisis', 'dialisis', 'consultorio', 'sucursal', 'programa',
])

const SPANISH_ARTICLE_PARTS = ['el', 'la', 'lo', 'san']
// An article or saint standing as a word, then white space. The look-behind says what /(?:^|[^\p{L}])…/ did (no letter
// right before), tried from the article alone: a consumed character before it was tried at every position, six times
// the cost of a text of no Spanish.
const SPANISH_ARTICLE = /(?<!\p{L})(?:el|la|las|los|san|santa|santo|del)\s/u

function spanishNamedTowns(lower: string, spans: Span[]): void {
  // Every article holds "el", "la", "lo" or "san": a text without any is not scanned at each position.
  if (!SPANISH_ARTICLE_PARTS.some((part) => lower.includes(part))) return
  if (!SPANISH_ARTICLE.test(lower)) return
  const words = lower.match(/[\p{L}']+/gu) ?? []
  const spanish = mainLatinLanguages(words).has('es')
  if (!spanish && latinLanguagesOf(words).size > 0) return
  for (const m of matchesOf(SPANISH_NAMED_TOWN, lower)) {
    const de = m[1] !== undefined
    // The article opens the town; the words after it are read, not consumed, so "de las cruces" after "la farmacia
    // de" is found too.
    const start = de ? m.index + (/^de\s+/u.exec(m[0])?.[0].length ?? 0) : m.index
    const after = TOWN_WORDS_AFTER.exec(lower.slice(m.index + m[0].length))?.[0] ?? ''
    // The article and up to two words, with where each ends in the text.
    const parts = [...lower.slice(start, m.index + m[0].length + after.length).matchAll(/[\p{L}'.-]+/gu)]
    if (spanish) {
      if (!de) continue
      const before = /([\p{L}]+)[ \t]+$/u.exec(lower.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? ''
      if (parts[0]?.[0] !== 'el' && !CARE_PLACES_BEFORE_DE.has(before)) continue
    }
    // The longer reading first ("los alamos county" is not listed, "los alamos" is).
    for (let k = parts.length; k >= 2; k--) {
      const last = parts[k - 1]!
      const candidate = parts
        .slice(0, k)
        .map((w) => w[0])
        .join(' ')
        .replace(/[.'-]+$/, '')
      if (!isCity(candidate) || isCountryOrState(candidate)) continue
      const end = start + last.index + last[0].replace(/[.'-]+$/, '').length
      push(spans, start, end, 'CITY', 'city-spanish-name')
      break
    }
  }
}

// Short names US cities go by in messages ("the SLC clinic", "moved to ABQ", "back in philly"); none is an English word.
const CITY_SHORT_NAMES =
  /(?<![\p{L}\p{N}])(?:nyc|slc|abq|okc|stl|dfw|pdx|phx|nola|philly|chitown|chi-town|bmore|h-town|satx|kcmo|kck|kcks|cincy|clt|jax|atx)(?![\p{L}\p{N}])/gu

// "we live in the west end", "la clínica del south end": a compass end of a town named as a district after "in" or
// "from", not "the east end of the building", "park at the west end" ("the east side" stays: it is as often a side of
// anything).
const COMPASS_DISTRICT =
  /(?<![\p{L}\p{N}])(?:in|from|del|en el|en la|do|no|na|du)[ \t]+(?:the[ \t]+|el[ \t]+|la[ \t]+)?((?:far[ \t]+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \t-]?end)(?![\p{L}\p{N}])(?![ \t]+(?:of|entrance|door|doors|parking|lot|tower|wing|building|elevators?|stairs|hallway|exit)(?![\p{L}]))/giu

// "in the seventh ward", "the 9th ward": a city's numbered ward, where a hospital's would be "ward 7" ("on the third
// ward", "the third ward at st jude's" stay); "the near eastside", "near north side": the districts some cities name so.
const WARD_OR_NEAR_SIDE =
  /(?<![\p{L}\p{N}])(?<!on[ \t]+the[ \t]+)(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|[1-9]\d?(?:st|nd|rd|th))[ \t]+ward(?![ \t]+(?:at|of|in|on)(?![\p{L}]))|near[ \t]+(?:north|south|east|west)[ \t]?side)(?![\p{L}\p{N}])/giu

/** Finds streets, PO boxes, units, ZIPs and cities in context. */
export const detectLocations: Detector = ({ text, lower }) => {
  const spans: Span[] = []
  for (const m of matchesOf(CITY_SHORT_NAMES, lower)) push(spans, m.index, m.index + m[0].length, 'CITY', 'city-short')
  if (lower.includes('ward') || lower.includes('side'))
    for (const m of matchesOf(WARD_OR_NEAR_SIDE, lower))
      push(spans, m.index, m.index + m[0].length, 'CITY', 'city-district')
  if (lower.includes('end'))
    for (const m of matchesOf(COMPASS_DISTRICT, lower)) {
      const start = m.index + m[0].length - m[1]!.length
      push(spans, start, m.index + m[0].length, 'CITY', 'city-district')
    }
  // Patterns that cannot match without an ASCII digit (\d is [0-9] even with the u flag) are skipped in texts
  // without one, such as spoken transcripts.
  const hasDigit = ASCII_DIGIT.test(text)
  const streets = findStreets(text, lower, hasDigit)
  spanishNamedTowns(lower, spans)
  const contextual: Span[] = []
  addressAfterCues(text, contextual)
  cornerOf(text, lower, contextual)
  addressBlocks(text, [...streets, ...contextual], contextual)
  townsAfterStreets(text, [...streets, ...contextual], spans)
  spans.push(...streets)
  const zips: Span[] = []
  for (const m of hasDigit ? matchesOf(ZIP4, text) : [])
    push(zips, m.index, m.index + m[0].length, 'ZIP', 'zip4', m[0].slice(0, 5))
  for (const m of hasDigit ? matchesOf(ZIP, text) : []) {
    const before = lower.slice(Math.max(0, m.index - 40), m.index)
    const cue = cueBefore(lower, m.index, 25)
    const afterStreet = streets.some((s) => s.end <= m.index && m.index - s.end <= 40)
    const afterState = STATE_BEFORE.test(before)
    if (cue === 'ZIP' || afterStreet || afterState)
      push(zips, m.index, m.index + m[0].length, 'ZIP', 'zip', m[0].slice(0, 5))
  }
  for (const m of hasDigit ? matchesOf(FOREIGN_POSTCODE, text) : [])
    push(zips, m.index, m.index + m[0].length, 'ZIP', 'postcode')
  for (const m of hasDigit && ZIP_CUE_WORD(lower) ? matchesOf(ZIP_CUED, text) : []) {
    const [start, value] = valueRange(m)
    // Dutch postcodes end in two capitals: "7412 SL".
    const end =
      value +
      (/^\d{4}$/.test(text.slice(start, value))
        ? (/^ [A-Z]{2}(?![\p{L}\p{N}])/u.exec(text.slice(value, value + 4))?.[0].length ?? 0)
        : 0)
    if (!zips.some((z) => z.start <= start && z.end >= end)) push(zips, start, end, 'ZIP', 'zip-cued')
  }
  spans.push(...zips)
  for (const c of matchesOf(STATE_AFTER_COMMA, text)) {
    const windowStart = Math.max(0, c.index - 60)
    const m = WORDS_BEFORE.exec(text.slice(windowStart, c.index))
    if (!m) continue
    m.index += windowStart
    const phrase = m[1] ?? ''
    const words = matchesOf(PLACE_WORD, phrase)
    // Prefer the longest tail of the phrase the lexicon knows; else capitalised words; else the last word.
    let from = -1
    for (let k = 0; k < words.length; k += 1) {
      if (isCity(phrase.slice(words[k]!.index).toLowerCase())) {
        from = words[k]!.index
        break
      }
    }
    if (from < 0) {
      from = words[words.length - 1]?.index ?? 0
      for (let k = words.length - 2; k >= 0; k -= 1) {
        const w = words[k]![0]
        if (/^\p{Lu}/u.test(w) && !STOP.has(w.toLowerCase())) from = words[k]!.index
        else break
      }
      const skip = cityStart(phrase.slice(from))
      if (skip < 0) continue
      from += skip
    }
    push(spans, m.index + from, m.index + phrase.length, 'CITY', 'city-state')
  }
  for (const m of matchesOf(FOLDED_BY_I.test(lower) ? CITY_CUE : CITY_CUE_CASED, lower)) {
    const phrase = m[1] ?? ''
    const base = m.index + m[0].length
    const words = matchesOf(PLACE_WORD, phrase)
    let cued = false
    for (let k = Math.min(3, words.length); k >= 1; k -= 1) {
      const last = words[k - 1]!
      const candidate = phrase.slice(0, last.index + last[0].length)
      if (isCity(candidate)) {
        if (isCountryOrState(candidate)) break
        // "seen by marcus", "by jackson smith": after a bare "by" a one-word town the name lists hold is whoever did it.
        if (k === 1 && m[0].startsWith('by') && (isFirstName(candidate) || isSurname(candidate))) break
        // "dropped to eighty eight percent": number words are a reading, not the town of that name.
        if (ONLY_NUMBER_WORDS.test(candidate)) break
        // A one-word city that is also an everyday word ("home", "bath", "energy") only when capitalised.
        const bare = candidate.replace(/\.+$/, '')
        // "this is ion rusu from independence": a caller who gives a name and then "from" says where they are, unless
        // a service or a phrase follows ("from billing", "from home health").
        const introduced =
          // "this is jenna at independence": a staff member names the clinic's site by its town.
          (m[0].startsWith('from') || m[0].startsWith('at ')) &&
          !SERVICE_WORDS.has(bare) &&
          !IN_PHRASES.has(bare) &&
          !COMMON_PLACE.has(bare) &&
          INTRODUCED_BEFORE.test(lower.slice(Math.max(0, m.index - 48), m.index))
        // After "soy de", "llamo de" an English word is no word of the sentence: the town ("soy de grants").
        const origin =
          ORIGIN_CUE.test(m[0]) && !isSpanishWord(bare) && !isWordOfCueLanguage(m[0], bare) && !SERVICE_WORDS.has(bare)
        if (
          k === 1 &&
          !origin &&
          ((isEnglishWord(bare) &&
            !introduced &&
            ((isBasicWord(bare) && !foreignTown(m[0], bare)) || !townCueContext(lower, m.index, m[0], bare))) ||
            isFunctionWordOfAnyLanguage(bare) ||
            // "em gặp": a word with marks that only its bare letters make English ("gap") is another language's.
            (!ASCII_TOWN_WORD.test(bare) && isEnglishWord(bare)) ||
            // After a Spanish cue a Spanish word is a word ("en blanco", "desde salida 5"); after an English one a
            // town ("from amarillo").
            isWordOfCueLanguage(m[0], bare) ||
            COMMON_PLACE.has(bare)) &&
          !/^\p{Lu}/u.test(text.slice(base, base + 1))
        ) {
          // ... or right after an address or a "live in / moved to" phrase (lower-case transcripts).
          const near =
            streets.some((st) => st.end <= base && base - st.end <= 40) ||
            LIVING_BEFORE.test(lower.slice(Math.max(0, base - 40), base)) ||
            (!IN_PHRASES.has(bare) && CARE_PLACE_IN.test(careWindow(lower, m.index, m[0].length)))
          const stateNext =
            STATE_NAME_AFTER.test(lower.slice(base + candidate.length, base + candidate.length + 20)) &&
            !NOT_TOWN_BEFORE_STATE.has(candidate.toLowerCase())
          if (!stateNext && (!near || COMMON_PLACE.has(candidate))) continue
        }
        // "columbia heights", "sioux falls", "palm springs": a town word the list knows alone, then a place suffix.
        const suffix = CITY_SUFFIX.exec(lower.slice(base + candidate.length, base + candidate.length + 14))
        // The full stop after a town ends the sentence, not the town ("à Boston. Elle…").
        const townLength = suffix ? candidate.length + suffix[0].length : bare.length
        // "from north carolina": the word opens a state or country said with the next word.
        const nextWord = /^[ \t]+(\p{L}+)/u.exec(lower.slice(base + candidate.length, base + candidate.length + 24))
        if (!suffix && nextWord && isCountryOrState(`${candidate.toLowerCase()} ${nextWord[1]}`)) continue
        push(spans, base, base + townLength, 'CITY', 'city-cue')
        cued = true
        break
      }
    }
    // "transferring him to unc chapel hill": a school's or hospital's short name, then a town of two words.
    if (!cued && words.length === 3 && isShortNameOfPlace(words[0]![0])) {
      const town = phrase.slice(words[1]!.index, words[2]!.index + words[2]![0].length)
      if (isCity(town) && !isCountryOrState(town))
        push(spans, base + words[1]!.index, base + words[1]!.index + town.length, 'CITY', 'city-cue')
    }
    // "we live in white bear lake", "moved to cottage grove": after a living cue, words ending in a place suffix.
    // A suffix nothing else ends ("heights", "city", "village") makes a town after any place word ("the senior place
    // in city heights", "con ở city heights").
    const living = LIVING_BEFORE.test(lower.slice(Math.max(0, base - 40), base))
    if (words.length >= 2) {
      for (let k = Math.min(3, words.length); k >= 2; k -= 1) {
        const head = words.slice(0, k - 1).map((w) => w[0])
        const suffix = words[k - 1]![0]
        if (!PLACE_SUFFIX_WORD.test(suffix) || head.some((w) => NOT_PLACE_HEAD.test(w))) continue
        const end = base + words[k - 1]!.index + words[k - 1]![0].length
        // ... unless a word of a business follows: "at health city urgent care", "town village market".
        if (!living && (!TOWN_ONLY_SUFFIX.test(suffix) || BUSINESS_AFTER.test(lower.slice(end, end + 16)))) continue
        push(spans, base, end, 'CITY', 'city-suffix')
        break
      }
    }
    // "east palo alto", "north hollywood": a compass word before a town the lexicon knows without it.
    // After "live in" or a place of care ("we live in south phoenix", "your hospice in west mesa") the town may be
    // an everyday word too.
    if (
      words.length >= 2 &&
      /^(?:east|west|north|south|northeast|northwest|southeast|southwest|upper|lower)$/.test(words[0]![0])
    ) {
      const placed =
        LIVING_BEFORE.test(lower.slice(Math.max(0, base - 40), base)) ||
        CARE_PLACE_IN.test(careWindow(lower, m.index, m[0].length))
      for (let k = Math.min(3, words.length); k >= 2; k -= 1) {
        const last = words[k - 1]!
        const candidate = phrase.slice(words[1]!.index, last.index + last[0].length)
        // "the hospital in south tower", "the clinic in east wing": a part of the building, not a town.
        const everyday = k === 2 && isEnglishWord(candidate) && (!placed || BUILDING_PARTS.has(candidate))
        const whole = phrase.slice(0, last.index + last[0].length)
        if (isCity(candidate) && !isCountryOrState(candidate) && !isCountryOrState(whole) && !everyday) {
          push(spans, base, base + last.index + last[0].length, 'CITY', 'city-cue')
          break
        }
      }
    }
  }
  if (hasLowerCase(text) && /grew|raised|born|liv|moved|moving|relocated|originally|came|come/.test(lower)) {
    for (const m of matchesOf(TOWN_IN_CAPITALS, text)) {
      const [start, rawEnd] = valueRange(m)
      const end = start + text.slice(start, rawEnd).replace(/[.'’-]+$/u, '').length
      const town = text.slice(start, end)
      const first = town.split(/\s+/)[0] ?? ''
      if (town.length < 3 || NOT_A_TOWN.has(first) || NOT_A_TOWN.has(town) || isCountryOrState(town)) continue
      push(spans, start, end, 'CITY', 'town-capitals')
    }
  }
  // Words between a street and a ZIP: "318 Birch Lane Stockton 95207".
  for (const z of zips) {
    const street = streets.find((s) => s.end <= z.start && z.start - s.end <= 40)
    if (!street) continue
    const between = text.slice(street.end, z.start)
    const inner = between.match(/^[\s,]*((?:[\p{L}'.-]+\s*){1,3}?)(?:,?\s*(?:[A-Za-z]{2}|[\p{L}]+)?\s*)$/u)
    if (!inner || !inner[1]) continue
    const words = matchesOf(PLACE_WORD, between).filter((w) => !STATE_WORD.test(w[0]))
    if (words.length === 0 || words.length > 3) continue
    const first = words[0]!
    const last = words[words.length - 1]!
    push(spans, street.end + first.index, street.end + last.index + last[0].length, 'CITY', 'city-between')
  }
  // The address-context spans fill only the gaps between the typed pieces (ZIPs keep their ZIP3).
  for (const c of contextual) {
    let pieces: Array<[number, number]> = [[c.start, c.end]]
    for (const o of spans) {
      pieces = pieces.flatMap(
        ([a, b]): Array<[number, number]> =>
          o.end <= a || o.start >= b
            ? [[a, b]]
            : [
                [a, Math.max(a, o.start)],
                [Math.min(b, o.end), b],
              ],
      )
    }
    for (const [a, b] of pieces) {
      const piece = text.slice(a, b)
      const lead = piece.search(/[\p{L}\p{N}]/u)
      if (lead < 0) continue
      const trimmed = piece.replace(/[^\p{L}\p{N}]+$/u, '')
      // A state or a country left between the typed pieces is not PHI ("Portland, OR 97209").
      const word = trimmed.slice(lead)
      if (isCountryOrState(word) && (word.length > 2 || word === word.toUpperCase())) continue
      // "77 Oak Hollow Ln in Boise": a function word between typed pieces stays.
      if (/^(?:in|at|on|of|and|the|to|y|en|de|del|la|el)$/i.test(word)) continue
      push(spans, a + lead, a + trimmed.length, 'STREET', 'address-context')
    }
  }
  return spans
}
