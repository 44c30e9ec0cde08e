/**
 * Places inside the names of facilities a caller is with or from: "this is dana with bay ridge pulmonary", "calling
 * from redwood imaging", "the hospital in linden". Most such names are a town or a neighbourhood the gazetteer does
 * not hold, so the words are read failing closed: between an affiliation word and a facility word, whatever is not
 * a function word, a clinical term or a number is the place; after "hospital in", the words up to a boundary are.
 */
import { languages } from '../languages'
import { isBasicWord, isBigCity, isCity, isClinicalTerm, isPopulousCity } from '../lexicon'
import { FUNCTION_WORDS, NOT_AFTER_LABEL } from '../lexicon/name-cues'
import { plainWordRuns } from './word-runs'
import type { DetectInput, Span } from './types'

/** Words that end a facility's name ("mesa verde medical supply", "redwood imaging"). */
// biome-ignore format: packed list
export const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'hospital', 'clinic', 'medical', 'imaging', 'radiology', 'pulmonary', 'cardiology', 'orthopedics', 'pediatrics',
  'dental', 'pharmacy', 'supply', 'supplies', 'labs', 'laboratory', 'diagnostics', 'surgical', 'surgery', 'wellness',
  'associates', 'physicians', 'specialists', 'oncology', 'dermatology', 'rehabilitation', 'rehab', 'therapy',
  'nursing', 'hospice', 'dialysis', 'urgent', 'health', 'healthcare', 'memorial', 'general', 'regional', 'community',
])
// Words before a facility's name that tie the speaker or the patient to it.
const AFFILIATION = new Set(['with', 'from', 'at'])
// Facility nouns after which "in <place>" names the town.
const FACILITY_NOUNS = new Set(['hospital', 'clinic', 'er', 'emergency', 'urgent', 'pharmacy', 'office', 'center'])
// Words before a town ("from pine ridge", "the cedar falls location", "in new bedford").
const NEW_TOWN_BEFORE = new Set([
  'in',
  'from',
  'to',
  'near',
  'st',
  'street',
  'ave',
  'avenue',
  'rd',
  'road',
  'dr',
  'drive',
])
const PLACE_BEFORE = new Set(['with', 'from', 'at', 'in', 'the', 'of', 'near', 'to', 'past', 'outside', 'around'])
// The last words of US town names made of everyday words ("bay ridge", "cedar falls", "harbor point", "daly city").
// biome-ignore format: packed list
export const PLACE_ENDINGS: ReadonlySet<string> = new Set([
  'ridge', 'falls', 'point', 'city', 'heights', 'springs', 'valley', 'hills', 'beach', 'harbor', 'harbour', 'creek',
  'lake', 'grove', 'woods', 'village', 'township', 'rapids', 'junction', 'mills', 'haven', 'bluffs', 'glen', 'meadows',
  'hollow', 'fork', 'forks', 'crossing', 'landing', 'bend', 'corners', 'ford', 'cove', 'shores', 'plains', 'prairie',
])
// Words that are no place although nothing else marks them.
// biome-ignore format: packed list
const NOT_PLACES = new Set([
  'town', 'city', 'downtown', 'home', 'family', 'primary', 'your', 'our', 'their', 'same', 'other', 'new', 'old',
  'local', 'main', 'big', 'little', 'nearby', 'area', 'front', 'back', 'person', 'general', 'private', 'public',
])

// English number words: "the two falls" is no town, though a Vietnamese number ("bay", seven) may start one.
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/

/** A word that may open a town's name: no function word, clinical term, calendar word, English number or facility word. */
function townWord(w: string): boolean {
  const lang = languages()
  return (
    w.length >= 3 &&
    !FUNCTION_WORDS.has(w) &&
    !NOT_AFTER_LABEL.has(w) &&
    !NOT_PLACES.has(w) &&
    !FACILITY_WORDS.has(w) &&
    !NUMBER_WORDS.test(w) &&
    !lang.months.has(w) &&
    !lang.weekdays.has(w) &&
    !isClinicalTerm(w)
  )
}

/** A word inside a facility's name: a town word that is no number word of any language either. */
function placeWord(w: string): boolean {
  return townWord(w) && !languages().numbers.has(w)
}

// The words the loop below can open on, for the compiled tables they were read from.
let openers: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/**
 * Every word a facility place can open on (an affiliation, a word before a place or a street word, an office's owner,
 * a facility noun): any other word opens nothing, so it is asked one set instead of five.
 */
function facilityOpeners(lang: ReturnType<typeof languages>): ReadonlySet<string> {
  if (openers?.lang !== lang) {
    const sets = [
      AFFILIATION,
      PLACE_BEFORE,
      lang.streetWords.phrases,
      OFFICE_OWNERS,
      FACILITY_NOUNS,
      PHARMACY_CHAINS,
      ['aid'],
    ]
    openers = { lang, words: new Set(sets.flatMap((set) => [...set])) }
  }
  return openers.words
}

/** CITY spans for places inside facility names. */
export function detectFacilityNames(input: DetectInput): Span[] {
  const { text } = input
  const out: Span[] = []
  // The words: /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu (cut from the hyphenated words corrections.ts reads).
  const words = plainWordRuns(input)
  const spaced = (a: number, b: number): boolean => /^[ \t]+$/.test(text.slice(words[a]!.end, words[b]!.start))
  const opens = facilityOpeners(languages())
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w
    if (!opens.has(w)) continue
    // "with bay ridge pulmonary": one to three place words between the affiliation and the facility word.
    if (AFFILIATION.has(w)) {
      let k = i + 1
      while (k < words.length && k - i <= 3 && placeWord(words[k]!.w) && spaced(k - 1, k)) k++
      // Everyday adjectives ("with severe pulmonary hypertension") are no place: one word at least must be rarer.
      const rare = words.slice(i + 1, k).some((x) => !isBasicWord(x.w))
      // A public service after a town of 50,000 people or more only ("with warren police"; "at duke er" is a
      // hospital's, "at hometown er" a word).
      const service =
        SERVICE_WORDS.has(words[k]?.w ?? '') &&
        isBigCity(
          words
            .slice(i + 1, k)
            .map((x) => x.w)
            .join(' '),
        )
      const facility = k < words.length && (FACILITY_WORDS.has(words[k]!.w) || service)
      if (k > i + 1 && rare && facility && spaced(k - 1, k))
        out.push({ start: words[i + 1]!.start, end: words[k - 1]!.end, type: 'CITY', source: 'city:facility-name' })
    }
    // "the cedar falls location", "from pine ridge", "at harbor point": a word and a place-name ending after a
    // preposition or article are a town, whatever the words mean; so is "new" and a word ("in new bedford").
    const next = words[i + 1]
    const after = words[i + 2]
    const placeOpens = PLACE_BEFORE.has(w) || languages().streetWords.phrases.has(w)
    if (placeOpens && next && after && spaced(i, i + 1) && spaced(i + 1, i + 2)) {
      const townEnding = PLACE_ENDINGS.has(after.w) && townWord(next.w)
      // "new" + a word is a town only after a street or a word of motion or place, never after "the" ("the new med").
      const newTown = next.w === 'new' && NEW_TOWN_BEFORE.has(w) && townWord(after.w) && !isBasicWord(after.w)
      // One more ending goes with it ("salt lake city").
      const more = words[i + 3]
      const last = more && PLACE_ENDINGS.has(more.w) && spaced(i + 2, i + 3) ? more : after
      if (townEnding || newTown)
        out.push({ start: next.start, end: last.end, type: 'CITY', source: 'city:place-ending' })
    }
    // "the winter park office", "our new port richey location", "the chandler office": a town of the list in one to
    // three words between an article or possessive and an office word names the office's town, whatever its words
    // mean; one word alone only when it is no word an office is commonly named by ("the post office").
    if (OFFICE_OWNERS.has(w)) {
      for (let k = Math.min(i + 3, words.length - 2); k >= i + 1; k--) {
        const office = words[k + 1]
        if (!office || !OFFICE_WORDS.has(office.w) || !spaced(k, k + 1)) continue
        let joined = true
        for (let m = i; m < k && joined; m++) joined = spaced(m, m + 1)
        const town = words
          .slice(i + 1, k + 1)
          .map((x) => x.w)
          .join(' ')
        // "the west branch office", "the north star team": directions and words of an office's parts, no town.
        const parts = town.split(' ')
        // "the house fire", "the hurricane emergency": before a public service only a town of 50,000 or more, not of
        // everyday words, is the service's town ("the warren police department").
        const generic =
          parts.every((x) => DIRECTIONS.has(x) || OFFICE_PARTS.has(x)) ||
          (k === i + 1 && OFFICE_KINDS.has(town)) ||
          (SERVICE_WORDS.has(office.w) && (parts.every((x) => isBasicWord(x)) || !isBigCity(town))) ||
          // "the eagle pass school district", "the laredo port of entry" (a town of 3,000 or more); "the summer
          // school" is a kind of school, "the ford school" a person's.
          (TOWN_INSTITUTIONS.has(office.w) && ((parts.length === 1 && isBasicWord(town)) || !isPopulousCity(town)))
        if (joined && !generic && isCity(town)) {
          out.push({ start: words[i + 1]!.start, end: words[k]!.end, type: 'CITY', source: 'city:office' })
          break
        }
      }
    }
    // "pharmacy is kroger warren", "rite aid warren", "the cvs dearborn heights one": a pharmacy chain's store named by
    // its town; one word of the town is no everyday word ("the cvs village" is no town's).
    if (PHARMACY_CHAINS.has(w) || (w === 'aid' && words[i - 1]?.w === 'rite')) {
      for (let k = Math.min(i + 2, words.length - 1); k > i; k--) {
        const town = words.slice(i + 1, k + 1)
        let joined = true
        for (let m = i; m < k && joined; m++) joined = spaced(m, m + 1)
        // A town of 3,000 people or more: "cvs coupon", "costco gratis" are no stores' towns.
        if (joined && town.some((x) => !isBasicWord(x.w)) && isPopulousCity(town.map((x) => x.w).join(' '))) {
          out.push({ start: words[i + 1]!.start, end: words[k]!.end, type: 'CITY', source: 'city:facility-name' })
          break
        }
      }
    }
    // "the hospital in linden": the place after a facility noun and "in".
    if (FACILITY_NOUNS.has(w) && words[i + 1]?.w === 'in' && spaced(i, i + 1)) {
      let k = i + 2
      while (k < words.length && k - (i + 2) < 2 && placeWord(words[k]!.w) && spaced(k - 1, k)) k++
      if (k > i + 2 && words.slice(i + 2, k).some((x) => !isBasicWord(x.w)))
        out.push({ start: words[i + 2]!.start, end: words[k - 1]!.end, type: 'CITY', source: 'city:facility-name' })
    }
  }
  return out
}

// A town's institutions named by the town, after it ("the eagle pass school district", "the laredo port of entry").
const TOWN_INSTITUTIONS = new Set(['school', 'schools', 'district', 'port', 'jail', 'library', 'airport'])
// A town's public services, named by the town ("the warren police department", "from dearborn fire").
const SERVICE_WORDS = new Set(['police', 'fire', 'emergency', 'er', 'sheriff', 'sheriffs', "sheriff's"])
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'new', 'central', 'upper', 'lower', 'mid', 'old'])
const OFFICE_PARTS = new Set(['branch', 'site', 'side', 'end', 'star', 'main', 'point', 'wing', 'annex', 'center'])
const OFFICE_OWNERS = new Set(['the', 'our', 'your', 'their', 'la', 'el', 'nuestra', 'nuestro'])
// Towns of the list that are words an office or a center is named by ("the post office", "the home office", "the
// park center"): alone before an office word, no town.
// biome-ignore format: packed list
const OFFICE_KINDS = new Set([
  'post', 'home', 'central', 'union', 'lake', 'park', 'head', 'field', 'state', 'county', 'district', 'corporate',
  'regional', 'satellite', 'downtown', 'uptown', 'midtown', 'university', 'mission', 'medical', 'community', 'village',
  'harbor', 'valley', 'plaza', 'mall', 'city', 'town', 'beach', 'airport', 'ocean', 'garden', 'gardens',
  'liberty', 'independence', 'victory', 'hope', 'faith', 'unity', 'grace', 'trinity', 'providence', 'mercy', 'bethany',
  'bethel', 'eden', 'zion', 'salem', 'golden', 'sunrise', 'sunset', 'summit', 'pleasant', 'fairview', 'riverside',
  'lakeside', 'hillside', 'parkside', 'bayside', 'westside', 'eastside', 'northside', 'southside', 'front', 'back',
  'mobile', 'lead', 'indian', 'orchard', 'spring', 'parish', 'white', 'cedar', 'southwest', 'northwest', 'northeast',
  'southeast', 'walk', 'express', 'day', 'night', 'weekend', 'evening', 'family', 'rural', 'tribal', 'veterans',
])
// biome-ignore format: packed list
const OFFICE_WORDS = new Set([
  'office', 'offices', 'location', 'branch', 'campus', 'clinic', 'site', 'unit', 'center', 'centre', 'facility',
  'hospital', 'pharmacy', 'lab', 'gym', 'practice', 'team', 'senior', ...SERVICE_WORDS, ...TOWN_INSTITUTIONS,
])

// Chains with a pharmacy in most towns, whose stores people tell apart by the town.
// biome-ignore format: packed list
const PHARMACY_CHAINS = new Set([
  'cvs', 'walgreens', 'walgreen', 'walmart', 'costco', 'kroger', 'safeway', 'publix', 'heb', 'meijer', 'albertsons',
  'vons', 'ralphs', 'riteaid', 'wegmans', 'hyvee',
])
