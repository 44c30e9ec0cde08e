/**
 * Towns inside the names of facilities, in the languages the tables read: a known town right before a facility word
 * ("riverside general", "fresno community hospital") or after one and "de"/"of" ("hospital de las cruces", "clínica de
 * Santa Ana"). The clinic is named for the town, and the town says where the patient is. Also a town after a place
 * near home ("the er in Lebanon"), even when a country shares its name.
 */
import { isCity } from '../lexicon'
import { classify } from '../lexicon/word-class'
import type { Word } from '../spoken'
import { STATE_WORD, isCountryOrState } from './place-names'
import { spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import type { Span } from './types'

// Words after a town that make it part of a facility's name: "riverside general", "fresno community hospital".
// biome-ignore format: packed list
const FACILITY_AFTER = new Set([
  'general', 'memorial', 'medical', 'hospital', 'regional', 'community', 'county', 'clinic', 'health', 'urgent',
  'children', "children's", 'university', 'methodist', 'presbyterian', 'baptist', 'hospice', 'rehab', 'dialysis',
  'va', 'vamc', 'cboc', 'er',
])
// "va" is also French "goes" ("notre fils Austin va …"), "er" a pause ("this is austin er"): a VA or an ER only
// written in capitals, or after "the" ("the temple va").
const AMBIGUOUS_FACILITY = new Set(['va', 'er'])
// Words that name a kind of clinic, a facility's name only after "the" ("the de queen dental clinic", "the hope family
// clinic"; not "i hope family can come").
// biome-ignore format: packed list
const KIND_OF_FACILITY = new Set([
  'dental', 'family', 'pediatric', 'pediatrics', 'primary', 'behavioral', 'mental', 'eye', 'women', "women's",
  'veterans', 'internal', 'rural', 'indian',
])

// A facility word after the kind of clinic, which makes the phrase a facility's name without "the" ("thank you for
// calling highland park family health", "mount vernon pediatric clinic").
// biome-ignore format: packed list
const KIND_CLOSERS = new Set([
  'health', 'clinic', 'clinics', 'medical', 'medicine', 'practice', 'care', 'center', 'centre', 'dentistry',
])

/** A known town right before a facility word is a place inside a facility's name ("riverside general"). */
export function facilityPlaces(list: readonly Word[], text: string, out: Span[]): void {
  // Every town here comes before one of these words: a text without them is not read word by word.
  if (!holdsAnyWord(list, FACILITY_AFTER) && !holdsAnyWord(list, KIND_OF_FACILITY)) return
  for (let i = 1; i < list.length; i++) {
    const kind = KIND_OF_FACILITY.has(list[i]!.w)
    if (!FACILITY_AFTER.has(list[i]!.w) && !kind) continue
    const written = text.slice(list[i]!.start, list[i]!.end)
    for (let k = Math.min(3, i); k >= 1; k--) {
      const from = i - k
      if (!list.slice(from, i).every((w, n) => n === 0 || spacedGap(text, list[from + n - 1]!, w))) continue
      if (!spacedGap(text, list[i - 1]!, list[i]!)) break
      const phrase = list
        .slice(from, i)
        .map((w) => w.w)
        .join(' ')
      if (!isCity(phrase)) continue
      const c = classify(phrase)
      const afterThe = list[from - 1]?.w === 'the'
      const saidSo =
        (!AMBIGUOUS_FACILITY.has(list[i]!.w) || afterThe || (written === written.toUpperCase() && !c.basic)) &&
        (!kind || ((afterThe || KIND_CLOSERS.has(list[i + 1]?.w ?? '')) && !c.basic))
      if (!c.clinical && saidSo) {
        out.push({ start: list[from]!.start, end: list[i - 1]!.end, type: 'CITY', source: 'city:facility' })
        break
      }
    }
  }
}

// Facility words written before the town that names them: "hospital de las cruces", "hôpital de Bordeaux".
const FACILITY_BEFORE = new Set([
  'hospital',
  'clínica',
  'clinica',
  'hôpital',
  'hopital',
  'clinique',
  'centro',
  'centre',
  'sanatorio',
  'policlínica',
  'policlinica',
])
const FACILITY_JOINERS = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'of', "d'", 'du'])
const PLACE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les', 'o', 'a', 'os', 'as'])

/** A known town after a facility word and "de"/"of": "hospital de las cruces", "clínica de Santa Ana". */
export function facilityTowns(list: readonly Word[], text: string, out: Span[]): void {
  if (!holdsAnyWord(list, FACILITY_BEFORE)) return
  for (let i = 0; i + 2 < list.length; i++) {
    if (!FACILITY_BEFORE.has(list[i]!.w) || !FACILITY_JOINERS.has(list[i + 1]!.w)) continue
    const from = i + 2
    for (let k = Math.min(4, list.length - from); k >= 1; k--) {
      const run = list.slice(from, from + k)
      if (!run.every((w, n) => n === 0 || spacedGap(text, run[n - 1]!, w))) continue
      const phrase = run.map((w) => w.w).join(' ')
      const bare = PLACE_ARTICLES.has(run[0]!.w)
        ? run
            .slice(1)
            .map((w) => w.w)
            .join(' ')
        : phrase
      if ((isCity(phrase) || (bare !== phrase && bare.length > 0 && isCity(bare))) && !classify(phrase).clinical) {
        out.push({ start: run[0]!.start, end: run[k - 1]!.end, type: 'CITY', source: 'city:facility' })
        break
      }
    }
  }
}

// Places a patient goes to near home ("the er in Lebanon", "my drugstore in Jordan", "the jail in Lebanon"): the town
// after them is where the patient lives, even when a country shares its name.
// biome-ignore format: packed list
const LOCAL_PLACES = new Set([
  'hospital', 'er', 'clinic', 'pharmacy', 'drugstore', 'jail', 'prison', 'school', 'plant', 'church', 'walmart',
  'kroger', 'cvs', 'walgreens', 'office', 'store', 'shelter', 'farmacia', 'clínica', 'clinica', 'escuela', 'iglesia',
  'planta', 'cárcel', 'carcel', 'tienda',
])
const LOCAL_JOINERS = new Set(['in', 'at', 'en'])

/** A town after a place near home and "in"/"at"/"en": "the er in Lebanon", "la farmacia en Peru". */
export function localPlaceTowns(list: readonly Word[], text: string, out: Span[]): void {
  if (!holdsAnyWord(list, LOCAL_PLACES)) return
  for (let i = 0; i + 2 < list.length; i++) {
    if (!LOCAL_PLACES.has(list[i]!.w) || !LOCAL_JOINERS.has(list[i + 1]!.w)) continue
    if (!spacedGap(text, list[i]!, list[i + 1]!) || !spacedGap(text, list[i + 1]!, list[i + 2]!)) continue
    for (let k = Math.min(3, list.length - i - 2); k >= 1; k--) {
      const run = list.slice(i + 2, i + 2 + k)
      if (!run.every((w, n) => n === 0 || spacedGap(text, run[n - 1]!, w))) continue
      const phrase = run.map((w) => w.w).join(' ')
      // A state is no town ("the hospital in Tennessee").
      if (STATE_WORD.test(phrase)) break
      const c = classify(phrase)
      // Everyday words stay, unless a country shares its name with the town ("Lebanon", "Jordan").
      if (isCity(phrase) && !c.clinical && (!c.common || isCountryOrState(phrase))) {
        out.push({ start: run[0]!.start, end: run[k - 1]!.end, type: 'CITY', source: 'city:local-place' })
        break
      }
    }
  }
}

// A district named by its compass side ("the east side clinic", "our North City location", "Cheektowaga's West End").
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'])
const DISTRICT_NOUNS = new Set(['side', 'end', 'city'])
const CAPITAL_DISTRICT_NOUNS = new Set(['side', 'end', 'city', 'hills', 'village', 'heights'])
// What a clinic calls one of its sites: after a district it names the site, and the district where the patient goes.
// biome-ignore format: packed list
const SITE_WORDS = new Set([
  'clinic', 'clinics', 'office', 'location', 'site', 'campus', 'branch', 'center', 'centre', 'health', 'pharmacy',
])

/**
 * A district named by a compass word and a place noun: before a clinic's site word in any case ("the east side
 * clinic", "our west end office"), or written with both capitals ("North City", "South Side"). Lower case and alone,
 * "the east side" is a side of anything ("i live on the east side" stays).
 */
export function compassDistricts(list: readonly Word[], text: string, out: Span[]): void {
  if (!holdsAnyWord(list, COMPASS)) return
  for (let i = 0; i + 1 < list.length; i++) {
    if (!COMPASS.has(list[i]!.w) || !spacedGap(text, list[i]!, list[i + 1]!)) continue
    const noun = list[i + 1]!
    // Capitals say a name only in a text that writes lower case too, and not before "of" ("The North Side Of My
    // Knee", "THE NORTH SIDE OF THE LOT").
    const capitals =
      isCapitalised(text, list[i]!) &&
      isCapitalised(text, noun) &&
      list[i + 2]?.w !== 'of' &&
      list[i + 2]?.w !== 'de' &&
      /\p{Ll}/u.test(text)
    const site = list[i + 2] !== undefined && SITE_WORDS.has(list[i + 2]!.w) && spacedGap(text, noun, list[i + 2]!)
    if ((DISTRICT_NOUNS.has(noun.w) && site) || (capitals && CAPITAL_DISTRICT_NOUNS.has(noun.w)))
      out.push({ start: list[i]!.start, end: noun.end, type: 'CITY', source: 'city:compass-district' })
  }
}

function isCapitalised(text: string, w: Word): boolean {
  const c = text[w.start]!
  return c !== c.toLowerCase()
}

// Words that say a town is where someone is or goes: "out past llano", "the killeen area".
const TOWN_AFTER = new Set(['past', 'outside', 'beyond', 'toward', 'towards'])
// Not "side": "the palm side", "the llano side" read alike.
const TOWN_BEFORE = new Set(['area'])

/**
 * A town of the gazetteer that is no basic English word, after "past"/"outside" or between "the" and "area": where the
 * patient lives or goes ("the ranch past llano", "the killeen area"). Basic words ("the temple area") and states stay.
 */
export function townsBesidePlaceWords(list: readonly Word[], text: string, out: Span[]): void {
  // A town here has one of these words beside it.
  if (!holdsAnyWord(list, TOWN_AFTER) && !holdsAnyWord(list, TOWN_BEFORE)) return
  for (let i = 1; i < list.length; i++) {
    const w = list[i]!
    const after = TOWN_AFTER.has(list[i - 1]!.w)
    const before =
      list[i - 1]!.w === 'the' &&
      list[i + 1] !== undefined &&
      TOWN_BEFORE.has(list[i + 1]!.w) &&
      spacedGap(text, w, list[i + 1]!)
    if ((!after && !before) || !spacedGap(text, list[i - 1]!, w)) continue
    if (!isCity(w.w) || isCountryOrState(w.w) || STATE_WORD.test(w.w)) continue
    const c = classify(w.w)
    if (c.basic || c.clinical) continue
    out.push({ start: w.start, end: w.end, type: 'CITY', source: 'city:beside-place-word' })
  }
}
