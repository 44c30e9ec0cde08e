/**
 * A facility whose name holds a place is one identifier: the place with the facility words around it ("Northfield
 * Urgent Care", "Kaiser Oakland", "Good Shepherd Hospice"). Run on resolved spans; split out of facility-names.ts,
 * which finds the places inside facility names.
 */
import { CASED_IN_CONTEXT, lowerCaseOf } from '../blanking'
import { isFirstName } from '../lexicon'
import { firstWordFrom } from '../spoken'
import {
  blanksOnly,
  hasLowerCase,
  hasUpperCase,
  isSpaceUnit,
  letterOrNumberLength,
  nextCodePoint,
  wordPartLength,
} from './chars'
import { FACILITY_WORDS } from './facility-names'
import { sortedByStart } from './span-order'
import type { Span } from './types'

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
 * function, as isTail: where names are kept (keepNames) a closure is named each time it is made.
 */
function wordAt(words: ReadonlyArray<{ start: number }>, pos: number): number {
  const k = firstWordFrom(words, pos)
  return k < words.length ? k : -1
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
