/**
 * Places inside the names of facilities a caller is with or from: "this is dana with bay ridge pulmonary", "calling
 * from redwood imaging", "the hospital in linden". Most such names are a town or a neighbourhood the gazetteer does
 * not hold, so the words are read failing closed: between an affiliation word and a facility word, whatever is not
 * a function word, a clinical term or a number is the place; after "hospital in", the words up to a boundary are.
 */
import { CASED_IN_CONTEXT, lowerCaseOf } from '../blanking'
import { languages } from '../languages'
import { isBasicWord, isCity, isClinicalTerm, isFirstName, isPopulousCity } from '../lexicon'
import { FUNCTION_WORDS, NOT_AFTER_LABEL } from '../lexicon/name-cues'
import { hasLowerCase, hasUpperCase, isSpaceUnit, letterOrNumberLength, nextCodePoint, wordPartLength } from './chars'
import { plainWordRuns } from './word-runs'
import type { DetectInput, Span } from './types'
import { sortedByStart } from './span-order'

// Words that end a facility's name ("mesa verde medical supply", "redwood imaging").
// biome-ignore format: packed list
const FACILITY_WORDS = new Set([
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
const PLACE_ENDINGS = new Set([
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
    const sets = [AFFILIATION, PLACE_BEFORE, lang.streetWords.phrases, OFFICE_OWNERS, FACILITY_NOUNS, PHARMACY_CHAINS]
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
      // A public service after a town of the list with many people only ("with warren police"; "at duke er" is a
      // hospital's).
      const service =
        SERVICE_WORDS.has(words[k]?.w ?? '') &&
        isPopulousCity(
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
        // "the house fire", "the campus police": before a public service, a town of everyday words is the service's
        // kind ("the warren police department" is a town's).
        const generic =
          parts.every((x) => DIRECTIONS.has(x) || OFFICE_PARTS.has(x)) ||
          (k === i + 1 && OFFICE_KINDS.has(town)) ||
          (SERVICE_WORDS.has(office.w) && parts.every((x) => isBasicWord(x)))
        if (joined && !generic && isCity(town)) {
          out.push({ start: words[i + 1]!.start, end: words[k]!.end, type: 'CITY', source: 'city:office' })
          break
        }
      }
    }
    // "pharmacy is kroger warren", "the cvs dearborn heights one": a pharmacy chain's store named by its town; one word
    // of the town is no everyday word ("the cvs village" is no town's).
    if (PHARMACY_CHAINS.has(w)) {
      for (let k = Math.min(i + 2, words.length - 1); k > i; k--) {
        const town = words.slice(i + 1, k + 1)
        let joined = true
        for (let m = i; m < k && joined; m++) joined = spaced(m, m + 1)
        if (joined && town.some((x) => !isBasicWord(x.w)) && isCity(town.map((x) => x.w).join(' '))) {
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
  'hospital', 'pharmacy', 'lab', 'gym', 'practice', 'team', 'senior', ...SERVICE_WORDS,
])

// Words that continue a facility's name after the place in it ("Northfield Urgent Care", "Bayside Orthopedics").
// biome-ignore format: packed list
const FACILITY_TAIL = new Set([
  ...FACILITY_WORDS, 'care', 'center', 'centre', 'institute', 'group', 'partners', 'practice', 'medicine', 'hospitals',
  'clinics', 'skin', 'eye', 'eyes', 'vision', 'heart', 'cancer', 'kidney', 'spine', 'sleep', 'foot', 'ankle', 'hand',
  'pediatric', 'ent', 'lab', 'urology', 'neurology',
  'gastroenterology', 'orthopaedics', 'ortho', 'podiatry', 'physical', 'behavioral', 'mental', 'hearing', 'audiology',
  'optometry', 'endocrinology', 'nephrology', 'rheumatology', 'psychiatry', 'infusion', 'birth', 'senior', 'living',
  'manor', 'gardens', 'assisted', 'university', 'va', 'ymca',
  'clínica', 'clinica', 'centro', 'salud', 'hôpital', 'hopital', 'clinique', 'médico', 'medico', 'hospitalar',
])
// Joiners inside a facility's name ("Center for Memory Care", "Hospital of the Good Samaritan").
const FACILITY_JOINERS = new Set(['for', 'of', '&', 'and'])
// Chains and systems whose name, with the place after it, is one facility ("Kaiser Oakland", "the CVS on Main St").
// biome-ignore format: packed list
const FACILITY_BRANDS = new Set([
  'kaiser', 'cvs', 'walgreens', 'walgreen', 'rite', 'walmart', 'costco', 'target', 'kroger', 'safeway', 'publix',
  'sutter', 'quest', 'labcorp', 'minuteclinic', 'concentra', 'citymd', 'medexpress', 'hca', 'ascension', 'banner',
  'atrium', 'advocate', 'providence', 'intermountain', 'geisinger', 'ochsner', 'dignity', 'adventist', 'baptist',
  'methodist', 'presbyterian', 'mercy', 'trinity', 'kindred', 'davita', 'fresenius', 'planned', 'duane', 'heb',
])
// Chains with a pharmacy in most towns, whose stores people tell apart by the town.
// biome-ignore format: packed list
const PHARMACY_CHAINS = new Set([
  'cvs', 'walgreens', 'walgreen', 'walmart', 'costco', 'kroger', 'safeway', 'publix', 'heb', 'meijer', 'albertsons',
  'vons', 'ralphs', 'riteaid', 'wegmans', 'hyvee',
])
const PLACE_TYPES = new Set(['CITY', 'NAME', 'STREET'])
// Words that name an institution, not a body part or a kind of care: after a person's name only these make a facility.
// biome-ignore format: packed list
const INSTITUTION_WORDS = new Set([
  'hospital', 'hospitals', 'clinic', 'clinics', 'medical', 'center', 'centre', 'institute', 'pharmacy', 'hospice',
  'associates', 'group', 'partners', 'practice', 'university', 'labs', 'laboratory', 'imaging', 'radiology',
  'diagnostics', 'healthcare', 'health', 'memorial', 'general', 'regional', 'nursing', 'rehabilitation', 'dialysis',
  'urgent', 'orthopedics', 'pediatrics', 'cardiology', 'dermatology', 'oncology', 'manor', 'gardens', 'community',
])
// Words before a facility's name that are not part of it.
// biome-ignore format: packed list
const NOT_NAME_OPENERS = new Set([
  'the', 'a', 'an', 'at', 'in', 'on', 'from', 'to', 'with', 'for', 'of', 'my', 'our', 'your', 'his', 'her', 'their',
  'el', 'la', 'los', 'las', 'en', 'de', 'del', 'al', 'le', 'les', 'du', 'des', 'o', 'os', 'no', 'na', 'do', 'da',
])
// A person named after the facility ("… Urgent Care Dr. Amos saw me"), not part of its name.
const TITLED = /(?:^|[^\p{L}])(?:dr|doctor|nurse|mr|mrs|ms|miss|np|pa|rn)(?![\p{L}])/iu
const LINK_BEFORE_PLACE = new Set(['in', 'on', 'at', 'of'])
// A facility starts only from one of these words: a facility or institution word after the place, or a brand
// before it (as a word of the text, or the last part of a place's own text). Lower-case letters only, so the tests
// read the lower-cased text without escaping; the second reads them as whole words (no letter, number or & before,
// no letter, mark, number or apostrophe after, as the word pattern below ends them).
const FACILITY_STARTS = [...new Set([...FACILITY_TAIL, ...INSTITUTION_WORDS, ...FACILITY_BRANDS])]
  .sort((a, b) => b.length - a.length)
  .join('|')
const FACILITY_HINT = new RegExp(FACILITY_STARTS)
const FACILITY_WORD = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${FACILITY_STARTS})(?![\\p{L}\\p{M}\\p{N}'’])`, 'u')

/** The place's last white-space separated part, lower case: a facility word there makes it a facility. */
function lastPart(text: string, place: Span): string {
  return text.slice(place.start, place.end).toLowerCase().split(/\s+/).pop() ?? ''
}

/** Whether a facility can start anywhere: a necessary condition read before every word and place is. */
function mayHoldFacility(text: string, places: readonly Span[]): boolean {
  const lower = lowerCaseOf(text)
  if (!FACILITY_HINT.test(lower)) return false
  return FACILITY_WORD.test(lower) || places.some((p) => FACILITY_TAIL.has(lastPart(text, p)))
}

/**
 * A word that goes on a place's facility name to its right: an institution word after a person's name (capitalised
 * where the text has capitals), any facility word after a town. A module function: a closure made per place was
 * named as it was made where names are kept (esbuild's keepNames), which cost a fifth of this pass.
 */
function isTail(w: { w: string; raw: string }, person: boolean, cased: boolean): boolean {
  return person ? (!cased || /^\p{Lu}/u.test(w.raw)) && INSTITUTION_WORDS.has(w.w) : FACILITY_TAIL.has(w.w)
}

/**
 * One word of {@link facilityWords}: its offsets, with its spelling and lower case cut from the text only when read
 * (the pass reads the few words around each place; cutting both for every word of the text was most of its cost).
 */
class FacilityWord {
  readonly start: number
  readonly end: number
  private readonly text: string
  private readonly lower: string | undefined
  private written: string | undefined
  private lowered: string | undefined

  constructor(text: string, lower: string | undefined, start: number, end: number) {
    this.text = text
    this.lower = lower
    this.start = start
    this.end = end
  }

  /** The word as written. */
  get raw(): string {
    this.written ??= this.text.slice(this.start, this.end)
    return this.written
  }

  /** The word lower-cased: cut from the text's lower case where a word alone lower-cases the same way. */
  get w(): string {
    this.lowered ??= this.lower !== undefined ? this.lower.slice(this.start, this.end) : this.raw.toLowerCase()
    return this.lowered
  }
}

/** An ASCII letter or digit (the ASCII part of the word classes below). */
function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * The words of /[\p{L}\p{N}&][\p{L}\p{M}\p{N}'’]*\/gu in `text`, lower-cased and as written, found by the code
 * unit tables (ASCII read in place): matchAll made a match array per word of every text that names a place near a
 * facility word.
 */
function facilityWords(text: string): FacilityWord[] {
  const out: FacilityWord[] = []
  // Each word's lower case cut from the text's (lower-cased once already, by mayHoldFacility): lower-casing every
  // word apart was 3 % of the typical-SMS family's profile. Not where a letter's lower case reads its neighbours (Σ) or is longer (İ),
  // or where surrogates stand: there a word alone can lower-case otherwise than inside the text.
  const lower = CASED_IN_CONTEXT.test(text) ? undefined : lowerCaseOf(text)
  let p = 0
  while (p < text.length) {
    const c = text.charCodeAt(p)
    const n = c === 38 ? 1 : c < 128 ? (isAsciiLetterOrDigit(c) ? 1 : 0) : letterOrNumberLength(text, p)
    if (n === 0) {
      p = c < 128 ? p + 1 : nextCodePoint(text, p)
      continue
    }
    let e = p + n
    for (;;) {
      const d = text.charCodeAt(e)
      // Past the end, d is NaN: the table scanner answers 0 there.
      const k = d < 128 ? (isAsciiLetterOrDigit(d) || d === 39 ? 1 : 0) : wordPartLength(text, e)
      if (k === 0) break
      e += k
    }
    out.push(new FacilityWord(text, lower, p, e))
    p = e
  }
  return out
}

/**
 * A facility whose name holds a place is one identifier: the place with the facility words around it ("Northfield
 * Urgent Care", "St. Brendan's Hospital Fall River", "Cambridge Center for Memory Care"), a chain before a place
 * ("Kaiser Oakland", "the CVS on Whitney Avenue in Hamden") and a capitalised word before the place that opens the
 * name ("Good Shepherd Hospice"). Run on resolved spans; returns the widened spans.
 */
export function facilityExtents(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  const places = sortedByStart(spans.filter((s) => PLACE_TYPES.has(s.type)))
  // Cheap refusal: reading every word and place costs more than the whole text's one regex scan.
  if (places.length === 0 || !mayHoldFacility(text, places)) return out
  const words = facilityWords(text)
  const cased = hasLowerCase(text) && hasUpperCase(text)
  const byStart = new Map(places.map((p) => [p.start, p]))
  for (const place of places) {
    if (TITLED.test(text.slice(place.start, place.end))) continue
    // A person's name is a place only before an institution word, capitalised where the text has capitals ("Rosa
    // Alvarez care plan", "Maria eye exam" are a person and a clinical word); after a town, any facility word.
    const person = place.type === 'NAME'
    let end = place.end
    let facility = FACILITY_TAIL.has(lastPart(text, place))
    let start = place.start
    // Left: a chain right before the place or before a link word and the place.
    // The words before the place: those left of the first word at or after its start.
    const first = wordAt(words, start)
    const count = first < 0 ? words.length : first
    const prev = words[count - 1]
    const prev2 = words[count - 2]
    if (prev && FACILITY_BRANDS.has(prev.w) && blanksOnly(text, prev.end, start)) {
      start = prev.start
      facility = true
    } else if (
      prev &&
      prev2 &&
      LINK_BEFORE_PLACE.has(prev.w) &&
      FACILITY_BRANDS.has(prev2.w) &&
      blanksOnly(text, prev.end, start) &&
      blanksOnly(text, prev2.end, prev.start)
    ) {
      start = prev2.start
      facility = true
    }
    // "Hospital General de Tijuana", "Clínica San Rafael": capitalised facility words before the place.
    // Not before a person's name ("Samaritan Hospital Ana Lopez is the nurse").
    // The place's first word is read only where it decides (a person's name without a facility word yet).
    if (
      cased &&
      !facility &&
      !(person && isFirstName(text.slice(place.start, place.end).split(/\s+/)[0]!.toLowerCase()))
    ) {
      let k = count - 1
      let from = start
      while (
        k >= 0 &&
        /^\p{Lu}/u.test(words[k]!.raw) &&
        FACILITY_TAIL.has(words[k]!.w) &&
        blanksOnly(text, words[k]!.end, from)
      ) {
        from = words[k]!.start
        k--
      }
      if (from < start) {
        start = from
        facility = true
      }
    }
    // Right: facility words, a joiner between them, another place after a joiner or a link word.
    for (let k = wordAt(words, end), steps = 0; k >= 0 && k < words.length && steps < 6; steps++) {
      const w = words[k]!
      if (!blanksOnly(text, end, w.start)) break
      const next = byStart.get(words[k + 1]?.start ?? -1)
      if (isTail(w, person, cased)) {
        end = w.end
        facility = true
        k++
        continue
      }
      // "Hospital Fall River": the place right after the facility words.
      const here = byStart.get(w.start)
      // Only a town or a street: a person named after a facility keeps their name span (and is remembered).
      if (facility && here && here.type !== 'NAME') {
        end = here.end
        k = wordAt(words, end)
        continue
      }
      // "Pharmacy in Quincy", "Center for Memory Care": a place after a link word, a facility after a joiner.
      const joins =
        next !== undefined &&
        !TITLED.test(text.slice(next.start, next.end)) &&
        ((LINK_BEFORE_PLACE.has(w.w) && w.w !== 'of') ||
          (FACILITY_JOINERS.has(w.w) &&
            (next.type === 'CITY' ||
              FACILITY_TAIL.has(text.slice(next.start, next.end).toLowerCase().split(/\s+/).pop() ?? ''))))
      if (facility && joins && next && blanksOnly(text, w.end, next.start)) {
        end = next.end
        k = wordAt(words, end)
        continue
      }
      if (facility && FACILITY_JOINERS.has(w.w) && FACILITY_TAIL.has(words[k + 1]?.w ?? '')) {
        end = words[k + 1]!.end
        k += 2
        continue
      }
      break
    }
    if (
      facility &&
      start === place.start &&
      cased &&
      prev &&
      blanksOnly(text, prev.end, start) &&
      /^\p{Lu}\p{Ll}/u.test(prev.raw)
    ) {
      // "Good Shepherd Hospice": a capitalised word opening the facility's name (not one opening the sentence).
      const sentenceStart = opensSentence(text, prev.start)
      if (!sentenceStart && !NOT_NAME_OPENERS.has(prev.w)) start = prev.start
    }
    if (facility && (start < place.start || end > place.end))
      out.push({ start, end, type: 'CITY', source: 'city:facility' })
  }
  return out
}

/**
 * The first of `words` starting at or after pos, or -1 (binary search: a long text holds many places). A module
 * function, as blanksOnly and isTail: where names are kept (keepNames) a closure is named each time it is made.
 */
function wordAt(words: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]!.start < pos) lo = mid + 1
    else hi = mid
  }
  return lo < words.length ? lo : -1
}

/** /^[ \t]+$/.test(text.slice(from, to)), read in place (asked between every word and place around a facility). */
function blanksOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9) return false
  }
  return true
}

/**
 * /(?:^|[.!?]\s*)$/.test(text.slice(0, end)), read back from `end`: the pattern, anchored only at its end, was tried
 * at every position of the text before each facility's first word.
 */
function opensSentence(text: string, end: number): boolean {
  if (end === 0) return true
  let k = end
  while (k > 0 && isSpaceUnit(text.charCodeAt(k - 1))) k--
  if (k === 0) return false
  const c = text.charCodeAt(k - 1)
  return c === 46 || c === 33 || c === 63
}
