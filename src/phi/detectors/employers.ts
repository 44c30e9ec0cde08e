/**
 * Where someone works, by the employer's name: Safe Harbor removes the names of a patient's employers with the
 * patient's own ("I work nights at the Costco", "i drive for j b hunt out of lowell"). In cased text a capitalised
 * name after "work at/for"; in English text of any casing, after a work verb (or "job at", "shift at") and its
 * preposition, failing closed: whatever words stand before the next boundary (a function word, a time, a number, a
 * kind of workplace) are the employer ("amazon", "taco time", "the [honda] plant"). Only the kinds of place end or make
 * up the run and name none ("the feedlot", "the paper mill", "the e r"); other languages name the workplace by its
 * kind ("en la fábrica", "à l'usine").
 */
import { isClinicalTerm } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { HEADED_EMPLOYER } from '../resolve-spans'
import { isNumberWord, type Word, words } from '../spoken'
import { valueRange } from './cues'
import { matchesOf } from './matches'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

const EMPLOYER =
  /\b(?:[Ii]|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Mm]y \w+)\s+(?:work|works|worked|working)(?:\s+(?:nights|days|weekends|mornings|evenings|part[- ]time|full[- ]time|there|now))?\s+(?:at|for)\s+(?:the\s+)?(?<v>(?!(?:The|My|A|An|Home|Night|Nights|Work|Noon|School|Church|Walmart|Target)\b)[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,2})/dgu

// A work verb, then the prepositions that put an employer after it. "drive" only for a company ("i drive for j b
// hunt"), never "drive to".
// biome-ignore format: packed list
const WORK_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['work', 'works', 'worked', 'working'].map((v) => [v, new Set(['at', 'for'])] as const),
  ...['drive', 'drives', 'drove', 'driving'].map((v) => [v, new Set(['for'])] as const),
  ['employed', new Set(['by', 'at'])],
  ...['job', 'jobs', 'shift', 'shifts'].map((v) => [v, new Set(['at'])] as const),
])
// What may stand between the verb and its preposition ("i work nights at …").
// biome-ignore format: packed list
const SHIFTS = new Set([
  'nights', 'days', 'weekends', 'mornings', 'evenings', 'overnights', 'there', 'now', 'still', 'also', 'full', 'part',
  'time', 'up', 'down', 'over', 'out',
])
const ARTICLES = new Set(['the', 'a', 'an'])
/** Kinds of workplace, shift and trade that name no employer ("at the plant", "en construcción", "for the county"). */
// biome-ignore format: packed list
export const WORKPLACE_KINDS: ReadonlySet<string> = new Set([
  'plant', 'factory', 'warehouse', 'school', 'schools', 'hospital', 'county', 'city', 'state', 'farm', 'farms',
  'restaurant', 'store', 'shop', 'home', 'house', 'church', 'clinic', 'office', 'company', 'job', 'place', 'night',
  'nights', 'day', 'days', 'shift', 'construction', 'mall', 'base', 'port', 'dock', 'docks', 'yard', 'field', 'fields',
  'airport', 'prison', 'jail', 'dairy', 'daycare', 'nursing', 'bank', 'hotel', 'motel', 'kitchen', 'laundry',
  'cafeteria', 'gas', 'station', 'fast', 'food', 'chicken', 'poultry', 'meat', 'packing', 'processing', 'line',
  'floor', 'lab', 'pharmacy', 'post', 'government', 'military', 'army', 'navy', 'same', 'other', 'myself', 'himself',
  'herself', 'cash', 'hire', 'agency', 'temp', 'boat', 'boats', 'truck', 'trucks', 'trucking', 'landscaping', 'roofing',
  'cleaning', 'care', 'nurse', 'site', 'sites', 'mine', 'mines', 'orchard', 'orchards', 'vineyard', 'ranch', 'family',
  'friend', 'friends', 'uncle', 'cousin', 'brother', 'dad', 'father', 'mom', 'people', 'someone', 'somebody',
  'everyone', 'group', 'authority', 'housing', 'ems', 'fab', 'shed', 'mill', 'feedlot', 'cannery', 'salon', 'nail',
  'nails', 'casino', 'turkey', 'beef', 'pork', 'seafood', 'fish', 'potato', 'grain', 'elevator', 'work', 'distribution',
  'center', 'centre', 'nursery', 'greenhouse', 'market', 'supermarket', 'grocery', 'distillery', 'winery', 'brewery',
  'shipyard', 'va', 'deli', 'bakery', 'garage', 'dealership', 'hospice', 'school', 'college', 'university', 'library',
  'front', 'desk', 'register', 'counter', 'kitchen', 'bar', 'club', 'gym', 'pool', 'golf', 'course', 'car', 'wash',
  'paper', 'steel', 'glass', 'auto', 'parts', 'lettuce', 'produce', 'fruit', 'vegetable', 'apple', 'berry', 'dairy',
  'egg', 'cheese', 'bread', 'candy', 'furniture', 'lumber', 'saw', 'textile', 'garment', 'sewing', 'print', 'printing',
  'plastic', 'plastics', 'rubber', 'tire', 'battery', 'power', 'water', 'gas', 'oil', 'coal', 'recycling', 'waste',
  'trash', 'landfill', 'packaging', 'shipping', 'receiving', 'loading', 'cold', 'storage', 'freezer', 'cooler',
  'services', 'service', 'associates', 'solutions', 'logistics', 'staffing',
])
const MAX_WORDS = 3
// Words of a public body after a kind of workplace ("school district", "police department").
const PUBLIC_AFTER = new Set(['district', 'department', 'dept', 'board', 'office', 'county', 'authority', 'division'])
// Units and offices said letter by letter ("the e r", "the v a").
const SPELLED_UNITS = new Set(['er', 'ed', 'icu', 'nicu', 'picu', 'ccu', 'or', 'ob', 'va', 'dmv'])

/** Whether `w` ends an employer's name: a function word, a number, a time, a clinical word, a workplace kind. */
function endsName(w: string): boolean {
  return (
    isFunctionWordOfAnyLanguage(w) ||
    isNumberWord(w) ||
    isClinicalTerm(w) ||
    SHIFTS.has(w) ||
    STOPS.has(w) ||
    WORKPLACE_KINDS.has(w)
  )
}
// Words that go on with the sentence after an employer ("… out of lowell", "… since may", "… as a driver").
// biome-ignore format: packed list
const STOPS = new Set([
  'out', 'in', 'on', 'off', 'since', 'as', 'and', 'but', 'so', 'until', 'till', 'now', 'today', 'yesterday', 'tonight',
  'every', 'all', 'because', 'cause', 'um', 'uh', 'like', 'over', 'up', 'down', 'near', 'by', 'with', 'from', 'til',
  'calling',
  // Amounts, times and ways of working that follow "work for", "work at" ("for a living", "at the moment", "for free").
  'living', 'few', 'hours', 'hour', 'moment', 'least', 'most', 'dawn', 'dusk', 'less', 'more', 'free', 'different',
  'several', 'various', 'many', 'much', 'whoever', 'whatever', 'anyone', 'anybody', 'someone', 'peanuts', 'minimum',
  'tips', 'pay', 'money', 'months', 'years', 'weeks', 'long', 'while', 'lot', 'bit', 'little', 'times', 'once', 'twice',
  'both', 'all', 'either', 'neither', 'each', 'everybody', 'them', 'us', 'him', 'her', 'me', 'you',
])

/** Finds employers' names after work verbs, as OTHER spans. */
export const detectEmployers: Detector = ({ text, lower }) => {
  if (!/work|drive|drove|employed|job|shift/.test(lower)) return []
  const out: Span[] = []
  for (const m of lower.includes('work') ? matchesOf(EMPLOYER, text) : []) {
    const [start, end] = valueRange(m)
    out.push({ start, end, type: 'OTHER', source: 'employer' })
  }
  const list = words(lower)
  for (let i = 0; i + 2 < list.length; i++) {
    const prepositions = WORK_VERBS.get(list[i]!.w)
    if (prepositions === undefined) continue
    let k = i + 1
    while (k < list.length && k - i <= 2 && SHIFTS.has(list[k]!.w) && !prepositions.has(list[k]!.w)) k++
    if (k >= list.length || !prepositions.has(list[k]!.w)) continue
    k++
    if (k < list.length && ARTICLES.has(list[k]!.w)) k++
    const name = employerAt(list, k, text)
    if (name <= k) continue
    // Ending on a kind of workplace, the words are an organisation's, no person's ("the willowbrook trucks plant"): the
    // span outranks a name read in it, so they are never remembered as the sender's.
    const headed = name - k > 1 && WORKPLACE_KINDS.has(list[name - 1]!.w)
    out.push({
      start: list[k]!.start,
      end: list[name - 1]!.end,
      type: 'OTHER',
      source: headed ? HEADED_EMPLOYER : 'employer',
    })
  }
  return out
}

/** The end (exclusive) of the employer's words from k, or k when none name one. */
function employerAt(list: readonly Word[], k: number, text: string): number {
  // "the e r", "the v a hospital": a unit spelled out letter by letter is a kind of workplace.
  let letters = k
  while (letters < list.length && list[letters]!.w.length === 1) letters++
  if (letters - k >= 2 && SPELLED_UNITS.has(namedLetters(list, k, letters))) return k
  let end = k
  // Words of kind after the name go on past the limit of its own words ("caribbean home care services").
  const room = (): boolean => end - k < MAX_WORDS || (end - k < MAX_WORDS + 2 && WORKPLACE_KINDS.has(list[end]!.w))
  while (end < list.length && room() && (end === k || spacedGap(text, list[end - 1]!, list[end]!))) {
    const w = list[end]!.w
    // After a word of the name, a kind of workplace is its head ("the [kroger distribution center]", "the [honda
    // plant]"); before any, it names none ("the distribution center").
    const head = end > k && WORKPLACE_KINDS.has(w) && !SHIFTS.has(w)
    // A chain the clinical vocabulary holds ("walmart") ends the run here: detectors/chains.ts names it.
    if (!head && endsName(w)) break
    end++
  }
  // "the [boise] school district", "the [town] police department": a public body's words after the name stay its own.
  while (end > k + 1 && WORKPLACE_KINDS.has(list[end - 1]!.w) && PUBLIC_AFTER.has(list[end]?.w ?? '')) end--
  const named = list.slice(k, end).map((w) => w.w)
  // A letter alone names nothing ("i work for u of m").
  if (named.length === 0 || (named.length === 1 && named[0]!.length === 1)) return k
  if (['home', 'night', 'noon'].includes(named[0]!)) return k
  // Failing closed: whatever words stand before the next boundary name the employer ("amazon", "taco time", "the
  // honda plant"); only the kinds of workplace that end the run ("the feedlot", "the paper mill") name none.
  return end
}

function namedLetters(list: readonly Word[], from: number, to: number): string {
  return list
    .slice(from, to)
    .map((w) => w.w)
    .join('')
}
