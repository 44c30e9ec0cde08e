/**
 * Where someone lives, is from or calls from, in every language the tables read. After a residence cue ("we live in",
 * "moved out to", "calling from", "vivo en", "moro em", "j'habite à", "живу в", "sống ở", "nakatira sa", "نسكن في",
 * "住在"; in Korean the verb after the place: "…에 살아요") the place phrase is a town or neighbourhood unless every
 * word of it is shown to name none: a generic place of the tables ("home", "the hospital", "casa", "家", "집"), a
 * function word, a clinical term, a number, a time, a state or a country. Fail closed: a town made of everyday words
 * ("midtown", "government hill", "big lake") is caught without any list naming it.
 */
import { isWordOfLanguages, languages, mainLatinLanguages, phraseLengthAtEnd } from '../languages'
import { lowerSameLength } from '../blanking'
import { isClinicalTerm, isEnglishWord, isSpanishWord } from '../lexicon'
import { FILLERS } from '../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { type Word, words } from '../spoken'
import { ROLE_TITLES } from './breakers'
import { isCountryOrState } from './place-names'
import { phraseFrom } from './phrases'
import type { Detector, Span } from './types'

/** The most words a place phrase takes after its cue ("east palo alto"). */
const MAX_PLACE_WORDS = 3
// The definite articles a place may carry ("the highlands", "el barrio", "o centro"); any other determiner or
// possessive ("my house", "a trailer", "mi casa") says the place is no town.
// biome-ignore format: packed list
const DEFINITE_ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'o', 'os', 'as'])
// Words that say when, not where: they end a place phrase ("we live in midtown now").
// biome-ignore format: packed list
const TIME_WORDS = new Set([
  'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'currently', 'anymore', 'already', 'still', 'lately', 'ago',
  'since', 'ahora', 'hoy', 'ayer', 'mañana', 'agora', 'hoje', 'ontem', 'maintenant', "aujourd'hui", 'kounye', 'jodi a',
  'ngayon', 'bây giờ', 'сейчас', 'теперь', 'الآن',
])
// Words that place something beside the place, not in its name ("midtown near the park", "cerca de", "gần chợ").
// biome-ignore format: packed list
const BESIDE_WORDS = new Set([
  'near', 'close', 'behind', 'next', 'across', 'off', 'past', 'outside', 'by', 'cerca', 'junto', 'frente', 'enfrente',
  'perto', 'près', 'pres', 'proche', 'kote', 'malapit', 'gần', 'около', 'рядом', 'возле', 'قرب', 'بجانب',
])
// Verbs a caller goes on with right after the place ("in mesa calling about", "in midtown asking").
// biome-ignore format: packed list
const GOES_ON = new Set([
  'calling', 'asking', 'wondering', 'hoping', 'trying', 'looking', 'needing', 'speaking', 'here', 'again',
])
// The last word of an organisation's name ("blue horizon medical supply", "sunrise home care", "labcorp"): after an
// origin cue it names who calls, not a town. Place-of-care names that carry a town are read by facility-names.ts.
// biome-ignore format: packed list
const SERVICE_WORDS = new Set([
  'supply', 'supplies', 'care', 'medicine', 'medical', 'insurance', 'health', 'healthcare', 'pharmacy', 'clinic',
  'center', 'centre', 'hospital', 'hospice', 'lab', 'labs', 'laboratory', 'laboratories', 'office', 'agency',
  'services', 'service', 'company', 'school', 'schools', 'district', 'unit', 'department', 'dept', 'living',
  'facility', 'group', 'associates', 'partners', 'practice', 'foundation', 'ministries', 'church', 'bank', 'program',
  'network', 'plan', 'inc', 'llc', 'elementary', 'academy', 'college', 'university', 'rehab', 'dialysis',
])
// The particles a Korean place takes before a verb of living ("플러싱에 살아요", "시내에서 살고").
const KOREAN_PARTICLES = ['에서', '에']
const HANGUL = /\p{Script=Hangul}/u
const HAN = /\p{Script=Han}/u
const ARABIC_ARTICLE = /^(?:[وفب]?ال|لل)\p{Script=Arabic}{2,}/u
// What ends a place said in Han script after its cue: a stop, a pronoun, "this side / near", a particle or a verb
// the speaker goes on with ("住在珍珠城，需要…", "住在华盛顿高地这边").
const HAN_PLACE_END =
  /[，。,.;；！!？?\s、：:（(]|这边|這邊|那边|那邊|附近|一带|一帶|的|了|和|跟|很|我|你|他|她|现在|現在|已经|已經|需要|要|想|可以|能|有|没|沒|是|在|里|裡|就|都|也|还|還|所以|因为|因為|请|請|麻烦|麻煩/u
// "在…这边", "在…附近": a place between "at" and "this side / near", the way speakers say where they are.
const HAN_AT_SIDE = /在([\p{Script=Han}]{2,6}?)(?:这边|這邊|那边|那邊|附近|一带|一帶)/gu
const HAN_PRONOUN = /^(?:我|你|您|他|她|它|咱|这|這|那)/u

/** Whether `w` cannot be part of a place's name: it ends the phrase. */
function endsPlace(w: string): boolean {
  const lang = languages()
  return (
    isFunctionWordOfAnyLanguage(w) ||
    FILLERS.has(w) ||
    TIME_WORDS.has(w) ||
    BESIDE_WORDS.has(w) ||
    GOES_ON.has(w) ||
    /\d/.test(w) ||
    lang.numbers.has(w) ||
    lang.weekdayPhrases.phrases.has(w) ||
    lang.monthPhrases.phrases.has(w) ||
    lang.titlesBefore.phrases.has(w) ||
    ROLE_TITLES.has(w) ||
    isClinicalTerm(w) ||
    // A contraction opens the next clause ("we live in midtown she's …", "moved to grants we're …").
    /['’](?:s|re|m|ll|d|ve|t)$/u.test(w)
  )
}

/** Indexes of the words from..to (exclusive) that a generic place of the tables covers. */
function genericWords(list: readonly Word[], from: number, to: number, text: string): Set<number> {
  const generic = languages().genericPlaces
  const out = new Set<number>()
  for (let k = from; k < to; k++) {
    const end = phraseFrom(list, k, text, generic, true)
    for (let j = k; j < Math.min(end, to); j++) out.add(j)
  }
  return out
}

/** Whether the words of list[from..to) name no town: each is generic, or the whole is a state or country. */
function namesNoTown(list: readonly Word[], from: number, to: number, text: string): boolean {
  const phrase = text.slice(list[from]!.start, list[to - 1]!.end).toLowerCase()
  // "the U.S.", "N.Y.": a state or country written with dots.
  if (isCountryOrState(phrase) || isCountryOrState(phrase.replace(/\./g, ''))) return true
  const generic = genericWords(list, from, to, text)
  for (let k = from; k < to; k++) if (!generic.has(k) && !ARABIC_ARTICLE.test(list[k]!.w)) return false
  return true
}

/** Whether only spaces (or a hyphen) separate two words: a comma or a stop ends the place. */
function joinedBySpace(text: string, a: Word, b: Word): boolean {
  return /^[ \t-]{1,2}$/.test(text.slice(a.end, b.start))
}

/** The place phrase after the cue that ends at word `cueEnd`: [from, to) word indexes, or null. */
function placeAfterCue(
  list: readonly Word[],
  cueEnd: number,
  text: string,
  cueLanguages: readonly string[],
  origin: boolean,
) {
  let k = cueEnd
  if (k >= list.length || !joinedBySpace(text, list[k - 1]!, list[k]!)) return null
  while (k < list.length && FILLERS.has(list[k]!.w) && k + 1 < list.length) k++
  if (DEFINITE_ARTICLES.has(list[k]!.w)) {
    // "calling from the pharmacy", "i'm from the county": who calls, not where they live.
    if (origin || k + 1 >= list.length || !joinedBySpace(text, list[k]!, list[k + 1]!)) return null
    k++
  }
  const from = k
  // Another language's cue ("vivo en", "sống ở") names a town of the US in English words: an everyday word of its
  // own language after the first word goes on with the sentence ("sống ở alief lâu rồi").
  const own = new Set(cueLanguages.filter((c) => c !== 'en'))
  while (k < list.length && k - from < MAX_PLACE_WORDS) {
    if (k > from && !joinedBySpace(text, list[k - 1]!, list[k]!)) break
    const w = list[k]!.w
    if (endsPlace(w)) break
    if (k > from && own.size > 0 && isWordOfLanguages(w, own)) break
    // "calling from boise idaho": the state after the town stays.
    if (k > from && isCountryOrState(w)) break
    k++
  }
  if (k === from) return null
  // "calling from blue horizon medical supply": an organisation, up to two words after the phrase read so far;
  // "moved to oral meds": a treatment.
  if (origin) {
    for (let j = from; j < Math.min(list.length, k + 2); j++) {
      if (j > from && !joinedBySpace(text, list[j - 1]!, list[j]!)) break
      if (SERVICE_WORDS.has(list[j]!.w) || (j >= k && isClinicalTerm(list[j]!.w))) return null
    }
  }
  return { from, to: k }
}

/** Places said before a Korean verb of living: "멀둔 쪽에 사는데", "플러싱에 살아요". */
function koreanPlaces(list: readonly Word[], text: string, out: Span[]): void {
  const verbs = languages().residenceVerbsAfter
  if (verbs.length === 0) return
  const generic = languages().genericPlaces.phrases
  for (let i = 1; i < list.length; i++) {
    const w = list[i]!.w
    if (!HANGUL.test(w) || !verbs.some((v) => w.startsWith(v))) continue
    let k = i - 1
    let stem = withoutParticle(list[k]!.w)
    if (stem === null || !joinedBySpace(text, list[k]!, list[i]!)) continue
    // "멀둔 쪽에", "시내 근처에": a word for "side" or "near" points at the place named before it.
    if (
      (stem === '쪽' || stem === '근처' || stem === '동네' || stem === '부근') &&
      k > 0 &&
      joinedBySpace(text, list[k - 1]!, list[k]!)
    ) {
      k -= 1
      stem = list[k]!.w
    }
    if (stem.length === 0 || generic.has(stem) || isFunctionWordOfAnyLanguage(stem) || endsPlace(stem)) continue
    out.push({ start: list[k]!.start, end: list[k]!.start + stem.length, type: 'CITY', source: 'city:residence' })
  }
}

function withoutParticle(w: string): string | null {
  for (const p of KOREAN_PARTICLES) if (w.endsWith(p) && w.length > p.length) return w.slice(0, -p.length)
  return null
}

/** Whether a run of Han characters names no town: a generic place, or a pronoun's ("我女儿家"). */
function hanNamesNoTown(run: string): boolean {
  const generic = languages().genericPlaces.phrases
  // A word of the table is no town ("加利福尼亚", a state; "医院"), nor a place named after a generic one.
  return (
    generic.has(run) ||
    languages().words.has(run) ||
    HAN_PRONOUN.test(run) ||
    [...generic].some((g) => HAN.test(g) && run.endsWith(g))
  )
}

/** Places said in Han script after a residence cue, or between "在" and "这边 / 附近". */
function hanPlaces(text: string, out: Span[]): void {
  if (!HAN.test(text)) return
  for (const cue of languages().residenceCues.unspaced) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const start = at + cue.length
      const rest = text.slice(start, start + 10)
      const stop = HAN_PLACE_END.exec(rest)
      const run = stop ? rest.slice(0, stop.index) : rest
      // Only Han characters: a town in Latin letters after the cue is read by script-places.ts.
      if (run.length < 2 || !/^\p{Script=Han}+$/u.test(run) || hanNamesNoTown(run)) continue
      out.push({ start, end: start + run.length, type: 'CITY', source: 'city:residence' })
    }
  }
  for (const m of text.matchAll(HAN_AT_SIDE)) {
    const run = m[1]!
    if (hanNamesNoTown(run)) continue
    const start = m.index + 1
    out.push({ start, end: start + run.length, type: 'CITY', source: 'city:residence' })
  }
}

/** Finds the place after every residence cue as a CITY span, unless it names no town. */
export const detectResidence: Detector = ({ text, lower }) => {
  const lang = languages()
  const out: Span[] = []
  hanPlaces(text, out)
  const list = words(lower)
  if (HANGUL.test(text)) koreanPlaces(list, text, out)
  for (let i = 0; i < list.length; i++) {
    const cueEnd = phraseFrom(list, i, text, lang.residenceCues)
    if (cueEnd === 0) continue
    const cue = list
      .slice(i, cueEnd)
      .map((x) => x.w)
      .join(' ')
    const place = placeAfterCue(list, cueEnd, text, lang.residenceCueLanguages.get(cue) ?? [], lang.originCues.has(cue))
    if (!place || namesNoTown(list, place.from, place.to, text)) continue
    out.push({ start: list[place.from]!.start, end: list[place.to - 1]!.end, type: 'CITY', source: 'city:residence' })
    i = place.to - 1
  }
  return out
}

/**
 * "le habla rosa de central falls", "soy ana de grants": where a caller who has just given their name after a self cue
 * says they are from, read like the place after "calling from" (a resolved pass: the name is found first).
 */
export function placesAfterCallers(text: string, spans: readonly Span[]): Span[] {
  const lang = languages()
  const out: Span[] = []
  let list: readonly Word[] | undefined
  let textLanguages: ReadonlySet<string> | undefined
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    const after = /^[ \t]+([\p{L}]+)[ \t]+/u.exec(text.slice(s.end, s.end + 12))
    const codes = after ? lang.originAfterName.get(after[1]!.toLowerCase()) : undefined
    if (!after || !codes) continue
    const before = text.slice(Math.max(0, s.start - 40), s.start).toLowerCase()
    if (phraseLengthAtEnd(before, lang.selfCues) === 0) continue
    const all = (list ??= words(lowerSameLength(text)))
    const at = s.end + after[0].length
    const cueEnd = all.findIndex((w) => w.start === at)
    if (cueEnd < 1) continue
    const place = placeAfterCue(all, cueEnd, text, codes, true)
    if (!place || namesNoTown(all, place.from, place.to, text)) continue
    // "soy ana de recepción", "habla rosa de parte de": in a text of the cue's language its own words name a service,
    // an errand or a time; a town of the US is said in English ("de central falls", "de grants").
    textLanguages ??= mainLatinLanguages(all.map((w) => w.w))
    if (!codes.some((c) => textLanguages!.has(c))) continue
    const phrase = all.slice(place.from, place.to)
    if (!phrase.some((w) => isEnglishWord(w.w) && !isSpanishWord(w.w) && !isWordOfLanguages(w.w, textLanguages!)))
      continue
    // A word of a name already found ("je suis Jean de Dieu") stays the name.
    if (spans.some((o) => o.type === 'NAME' && o.start < all[place.to - 1]!.end && o.end > all[place.from]!.start))
      continue
    out.push({ start: all[place.from]!.start, end: all[place.to - 1]!.end, type: 'CITY', source: 'city:residence' })
  }
  return out
}
