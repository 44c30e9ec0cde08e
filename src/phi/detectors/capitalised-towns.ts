/**
 * Towns of two or three capitalised words in cased text ("del centro de salud de Union City", "the Long Beach
 * office"): the capitals say a proper name stands there, and a phrase of the gazetteer of that length is rarely
 * anything but the town, whatever cue is around it (a one-word town is left to the cue rules: "Mission", "Hope").
 */
import { isCity, isFirstName, startsCityOfWords } from '../lexicon'
import { hasLowerCase, hasUpperCase } from './chars'
import { matchesOf } from './matches'
import { isCountryOrState } from './place-names'
import type { Detector, Span } from './types'

// Two or three capitalised words in a row, each with lower-case letters after its capital.
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}(?![\p{L}\p{N}'’-])/gu

/**
 * The length of the town a capitalised run opens with (its first three or two words), or 0: a function of the run's
 * words alone.
 */
function townLength(run: string): number {
  // The words' ends: the run is words of letters joined by spaces and tabs (what /\S+/ splits it into).
  const ends: number[] = []
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k)
    if ((c === 32 || c === 9) && k > 0 && run.charCodeAt(k - 1) !== 32 && run.charCodeAt(k - 1) !== 9) ends.push(k)
  }
  ends.push(run.length)
  // A run opening on a first name is a person as often ("Summer Lake", "Princess Anne Garcia"): the name rules
  // read it, and memory keeps what they find.
  const firstEnd = ends[0]!
  const first = run.slice(0, firstEnd).toLowerCase()
  if (isFirstName(first)) return 0
  // Every phrase tried is of two words or more: none is a town unless the first word opens one.
  for (let k = startsCityOfWords(first) ? ends.length : 1; k >= 2; k--) {
    const lower = run.slice(0, ends[k - 1]).toLowerCase()
    if (isCity(lower) && !isCountryOrState(lower)) return ends[k - 1]!
  }
  // "International District", "Washington Heights": a capitalised name before a word for a part of a town is that
  // neighbourhood, unless it names an office ("School District") or is a determiner ("The District").
  if (NOT_A_NEIGHBOURHOOD.has(run.slice(0, firstEnd).toLowerCase())) return 0
  for (let k = ends.length; k >= 2; k--) {
    const last = run
      .slice(ends[k - 2]!, ends[k - 1])
      .trim()
      .toLowerCase()
    if (NEIGHBOURHOOD_WORDS.has(last)) return ends[k - 1]!
  }
  return 0
}

// Words for a part of a town that end its name when capitalised.
const NEIGHBOURHOOD_WORDS = new Set([
  'district',
  'heights',
  'hills',
  'village',
  'valley',
  'gardens',
  'estates',
  'terrace',
  'corner',
  'corners',
  'square',
])
// First words of a capitalised phrase before such a word that name an office, a kind or no place at all.
// biome-ignore format: packed list
const NOT_A_NEIGHBOURHOOD = new Set([
  'the', 'this', 'that', 'our', 'my', 'your', 'his', 'her', 'their', 'school', 'business', 'fire', 'water', 'sewer',
  'congressional', 'judicial', 'health', 'hospital', 'special', 'tax', 'park', 'court', 'federal', 'state', 'county',
])

/** Finds capitalised runs whose first two or three words make a town of the gazetteer, as CITY spans. */
export const detectCapitalisedTowns: Detector = ({ text }) => {
  if (!hasUpperCase(text) || !hasLowerCase(text)) return []
  const out: Span[] = []
  // Runs repeat in a text (a name said in every line): each distinct run is looked up once.
  const lengths = new Map<string, number>()
  for (const m of matchesOf(CAPITALISED_RUN, text)) {
    let length = lengths.get(m[0])
    if (length === undefined) lengths.set(m[0], (length = townLength(m[0])))
    if (length > 0) out.push({ start: m.index, end: m.index + length, type: 'CITY', source: 'city:capitalised' })
  }
  return out
}
