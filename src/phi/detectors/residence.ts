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
import { isBasicWord, isBigCity, isCity, isClinicalTerm, isCommonWord, isEnglishWord, isSpanishWord } from '../lexicon'
import { FILLERS } from '../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { type Word, words } from '../spoken'
import { ROLE_TITLES } from './breakers'
import { isCountryOrState } from './place-names'
import { phraseFrom, spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import { SCRIPT, hasHan, holdsScript, lowerCased, writesNamesCapitalised } from './chars'
import type { Detector, Span } from './types'

/** The most words a place phrase takes after its cue ("east palo alto"). */
const MAX_PLACE_WORDS = 3
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
// How the name of a town or a district ends in Han script ("珍珠城", "大学城", "政府山", "皇后区"): "在…这边" counts only
// for such a run, as "在急诊室这边" says where in the hospital someone waits.
const HAN_PLACE_ENDING = /[城镇鎮村山区區湾灣岛島港街市县縣州谷园園庄莊堡湖河林顿頓]$/u
// A floor ("二楼", "3楼"): where in a building, not which town.
const HAN_FLOOR = /^[一二三四五六七八九十两兩\d]+[楼樓层層]/u
const HAN_PRONOUN = /^(?:我|你|您|他|她|它|咱|这|這|那)/u

const ELIDED = /^[ldcjmnst]['’]/u
const CONTRACTION =
  /^(?:\p{L}+['’](?:re|m|ll|d|ve)|\p{L}+n['’]t|(?:she|he|it|that|what|there|who|where|here|how|let)['’]s)$/u

/** Whether `w` cannot be part of a place's name: it ends the phrase. */
function endsPlace(w: string): boolean {
  const lang = languages()
  return (
    isFunctionWordOfAnyLanguage(w) ||
    FILLERS.has(w) ||
    lang.placeEnds.has(w) ||
    /\d/.test(w) ||
    lang.numbers.has(w) ||
    lang.weekdayPhrases.phrases.has(w) ||
    lang.monthPhrases.phrases.has(w) ||
    lang.titlesBefore.phrases.has(w) ||
    ROLE_TITLES.has(w) ||
    isClinicalTerm(w) ||
    lang.ordinals.has(w) ||
    // A contraction opens the next clause ("we live in midtown she's …", "moved to grants we're …"); a possessive
    // stays in the place ("government hill's east side").
    CONTRACTION.test(w)
  )
}

/** Indexes of the words from..to (exclusive) that a generic place of the tables covers. */
function genericWords(list: readonly Word[], from: number, to: number, text: string): Set<number> {
  const generic = languages().genericPlaces
  const out = new Set<number>()
  for (let k = from; k < to; k++) {
    const end = phraseFrom(list, k, text, generic, true)
    for (let j = k; j < Math.min(end, to); j++) out.add(j)
    // "à l'hôpital", "d'accueil": the elided article of French is no part of the word.
    if (ELIDED.test(list[k]!.w) && generic.phrases.has(list[k]!.w.replace(ELIDED, ''))) out.add(k)
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

/** A town of the gazetteer of two or three words opening the words at `from` ("federal way", "white center"), or null. */
function townOpeningOrganisation(
  list: readonly Word[],
  from: number,
  text: string,
): { from: number; to: number } | null {
  for (let to = Math.min(list.length, from + 3); to >= from + 2; to--) {
    if (!list.slice(from + 1, to).every((w, i) => spacedGap(text, list[from + i]!, w))) continue
    const phrase = phraseOf(list, from, to)
    if (isCity(phrase) && !isCountryOrState(phrase)) return { from, to }
  }
  return null
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
  if (k >= list.length || !spacedGap(text, list[k - 1]!, list[k]!)) return null
  while (k < list.length && FILLERS.has(list[k]!.w) && k + 1 < list.length) k++
  if (languages().placeArticles.has(list[k]!.w)) {
    // "calling from the pharmacy", "i'm from the county": who calls, not where they live; but an organisation named
    // after a town of two words or more names the town ("calling from the federal way school district").
    if (k + 1 >= list.length || !spacedGap(text, list[k]!, list[k + 1]!)) return null
    if (origin) return townOpeningOrganisation(list, k + 1, text)
    k++
  }
  const from = k
  // Another language's cue ("vivo en", "sống ở") names a town of the US in English words: an everyday word of its
  // own language after the first word goes on with the sentence ("sống ở alief lâu rồi").
  const own = new Set(cueLanguages.filter((c) => c !== 'en'))
  // "south of great bend", "live in great falls": a town of the gazetteer of two or three words, whatever its first
  // word is ("great" ends a place phrase elsewhere).
  const town = townOpeningOrganisation(list, from, text)
  if (town && !languages().genericPlaces.phrases.has(phraseOf(list, town.from, town.to))) return town
  while (k < list.length && k - from < MAX_PLACE_WORDS) {
    if (k > from && !spacedGap(text, list[k - 1]!, list[k]!)) break
    const w = list[k]!.w
    if (endsPlace(w)) break
    if (k > from && own.size > 0 && isWordOfLanguages(w, own)) break
    // "calling from boise idaho": the state after the town stays.
    if (k > from && isCountryOrState(w)) break
    k++
  }
  if (k === from) return null
  // "calling from blue horizon medical supply": an organisation, up to the word after the phrase read so far.
  if (origin) {
    for (let j = from; j < Math.min(list.length, k + 1); j++) {
      if (j > from && !spacedGap(text, list[j - 1]!, list[j]!)) break
      if (languages().serviceWords.has(list[j]!.w)) return null
    }
  }
  return { from, to: k }
}

// The first code units of the verbs of living, for the verb list read (undefined when a verb is empty: any word
// starts with it).
let verbFirsts: { verbs: readonly string[]; units: ReadonlySet<number> | undefined } | undefined

function verbFirstUnits(verbs: readonly string[]): ReadonlySet<number> | undefined {
  if (verbFirsts?.verbs !== verbs)
    verbFirsts = { verbs, units: verbs.includes('') ? undefined : new Set(verbs.map((v) => v.charCodeAt(0))) }
  return verbFirsts.units
}

/** Places said before a Korean verb of living: "멀둔 쪽에 사는데", "플러싱에 살아요". */
function koreanPlaces(list: readonly Word[], text: string, out: Span[]): void {
  const verbs = languages().residenceVerbsAfter
  if (verbs.length === 0) return
  const generic = languages().genericPlaces.phrases
  const firsts = verbFirstUnits(verbs)
  for (let i = 1; i < list.length; i++) {
    const w = list[i]!.w
    // A verb's first letter first: most words of a Korean text open on none, and ask neither test below.
    if (firsts !== undefined && !firsts.has(w.charCodeAt(0))) continue
    if (!HANGUL.test(w) || !verbs.some((v) => w.startsWith(v))) continue
    let k = i - 1
    let stem = withoutParticle(list[k]!.w)
    if (stem === null || !spacedGap(text, list[k]!, list[i]!)) continue
    // "멀둔 쪽에", "시내 근처에": a word for "side" or "near" points at the place named before it.
    if (
      (stem === '쪽' || stem === '근처' || stem === '동네' || stem === '부근') &&
      k > 0 &&
      spacedGap(text, list[k - 1]!, list[k]!)
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
  const lang = languages()
  // A word of the table is no town ("加利福尼亚", a state; "医院"), nor a pronoun's place ("我女儿家") or a floor.
  if (lang.genericPlaces.phrases.has(run) || lang.words.has(run) || HAN_PRONOUN.test(run) || HAN_FLOOR.test(run))
    return true
  // "政府山公寓", "珍珠城医院": a generic place named after what comes before it; that is what is read.
  const ending = hanGenericEnding(run)
  return ending !== undefined && (run.length === ending.length || isHanGeneric(run, ending))
}

/** Whether what comes before the generic `ending` of `run` names no town either. */
function isHanGeneric(run: string, ending: string): boolean {
  const head = run.slice(0, -ending.length)
  return head.length < 2 || hanNamesNoTown(head)
}

// Up to three Latin words right after a Han cue, ending where the Han sentence goes on.
const LATIN_AFTER_HAN_CUE = /^[ \t]?([A-Za-z][A-Za-z'’.-]*(?:[ \t]+[A-Za-z][A-Za-z'’.-]*){0,2})/u

// "在Coeur d'Alene出生", "在Hillyard附近": Latin words between "在" (at, in) and where one was born or grew up, or
// "near" and "this side": a Han text writes a US town's name in Latin letters. (Before a clinic word the name may be
// the clinic's own, "在Hope诊所": script-places.ts weighs those.)
const LATIN_BETWEEN_AT_AND_PLACE =
  /在[ \t]?([A-Za-z][A-Za-z'’.-]*(?:[ \t]+[A-Za-z][A-Za-z'’.-]*){0,2})[ \t]?(?=出生|出世|长大|長大|附近|这边|這邊|那边|那邊|一带|一帶)/gu

// Latin words between 在 and a Han character that does not open a place word of LATIN_BETWEEN_AT_AND_PLACE.
const LATIN_BETWEEN_AT_AND_HAN =
  /在[ \t]?([A-Za-z][A-Za-z'’.-]*(?:[ \t]+[A-Za-z][A-Za-z'’.-]*){0,2})[ \t]?(?=\p{Script=Han})(?!出生|出世|长大|長大|附近|这边|這邊|那边|那邊|一带|一帶|诊所|診所|医院|醫院|药房|藥房)/gu

/**
 * Whether Latin words name a department, a test or a landmark rather than a town: English or clinical words only
 * ("我在X-ray那边", "在urgent care这边", "在parking lot这边", "在downtown附近"), unless the gazetteer holds them.
 */
function latinNamesPlaceInside(run: string): boolean {
  const lower = run.toLowerCase()
  if (isCity(lower)) return false
  return lower
    .split(/[ \t-]+/u)
    .every((w) => w.length <= 3 || isEnglishWord(w) || isClinicalTerm(w) || isFunctionWordOfAnyLanguage(w))
}

/** Whether Latin words after a Han cue name no town: each a generic place of the tables, or a state or country. */
function latinNamesNoTown(run: string): boolean {
  const lower = run.toLowerCase()
  if (isCountryOrState(lower)) return true
  const lang = languages()
  return lower.split(/[ \t]+/).every((w) => lang.genericPlaces.phrases.has(w) || isFunctionWordOfAnyLanguage(w))
}

let hanGeneric: { places: ReadonlySet<string>; lengths: readonly number[] } | undefined

/**
 * The longest generic place of the tables written in Han script that `run` ends with: one set look-up per length
 * instead of an `endsWith` per place (hundreds, asked of every run read as a place).
 */
function hanGenericEnding(run: string): string | undefined {
  if (hanGeneric === undefined) {
    const places = new Set([...languages().genericPlaces.phrases].filter((g) => HAN.test(g)))
    hanGeneric = { places, lengths: [...new Set([...places].map((g) => g.length))].sort((a, b) => b - a) }
  }
  for (const n of hanGeneric.lengths) {
    if (n > run.length) continue
    const tail = run.slice(run.length - n)
    if (hanGeneric.places.has(tail)) return tail
  }
  return undefined
}

/** Places said in Han script after a residence cue, or between "在" and "这边 / 附近". */
function hanPlaces(text: string, out: Span[]): void {
  if (!hasHan(text)) return
  for (const cue of languages().residenceCues.unspaced) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const start = at + cue.length
      // "我住在government hill": a place in Latin letters right after the cue, read as after a Latin cue.
      const latin = LATIN_AFTER_HAN_CUE.exec(text.slice(start, start + 60))
      if (latin && !latinNamesNoTown(latin[1]!)) {
        const from = start + latin[0].length - latin[1]!.length
        out.push({ start: from, end: from + latin[1]!.length, type: 'CITY', source: 'city:residence' })
        continue
      }
      const rest = text.slice(start, start + 10)
      // The place opens right after the cue, whatever its first character reads as alone ("住在都柏林": 都 is also
      // "all"); a stop, a pronoun or a particle ends it only after that.
      const stop = HAN_PLACE_END.exec(rest.slice(1))
      const run = stop ? rest.slice(0, stop.index + 1) : rest
      // Only Han characters (a stop or a Latin letter right after the cue is no place here).
      if (run.length < 2 || !/^\p{Script=Han}+$/u.test(run) || hanNamesNoTown(run)) continue
      out.push({ start, end: start + run.length, type: 'CITY', source: 'city:residence' })
    }
  }
  for (const m of text.matchAll(LATIN_BETWEEN_AT_AND_PLACE)) {
    if (latinNamesNoTown(m[1]!) || latinNamesPlaceInside(m[1]!)) continue
    const start = m.index + m[0].indexOf(m[1]!)
    out.push({ start, end: start + m[1]!.length, type: 'CITY', source: 'city:residence' })
  }
  // "上个星期在lowell做了手术": between 在 and whatever the sentence says happened there, a town the gazetteer knows
  // whose words are no English word ("在walmart买的", "在urgent care看的" stay).
  for (const m of text.matchAll(LATIN_BETWEEN_AT_AND_HAN)) {
    const lower = m[1]!.toLowerCase()
    if (!isCity(lower) || lower.split(/[ \t]+/u).some((w) => isEnglishWord(w)) || latinNamesNoTown(m[1]!)) continue
    const start = m.index + m[0].indexOf(m[1]!)
    out.push({ start, end: start + m[1]!.length, type: 'CITY', source: 'city:residence' })
  }
  for (const m of text.matchAll(HAN_AT_SIDE)) {
    const run = m[1]!
    if (!HAN_PLACE_ENDING.test(run) || hanNamesNoTown(run)) continue
    const start = m.index + 1
    out.push({ start, end: start + run.length, type: 'CITY', source: 'city:residence' })
  }
}

/**
 * How many words of the place after a town-only cue name a town: the longest start of it the gazetteer knows, or a
 * capitalised word no word list knows ("la planta de Noel"; not "la planta de manzanas", "the plant in the morning");
 * 0 when none. The words after the town are the sentence's ("out in [mercedes] till noon"). `plain`: a town of
 * everyday words only when written as a name ("they live far", "out in the peach orchard").
 */
function townWordsAfterTownOnlyCue(
  list: readonly Word[],
  from: number,
  to: number,
  text: string,
  plain: boolean,
): number {
  const first = list[from]!
  // A script that writes no capitals says it by the word alone ("на заводе в тейлоре"); a text in capitals says nothing.
  const capitalised =
    (/^\p{Lu}/u.test(text.slice(first.start, first.end)) && writesNamesCapitalised(text)) ||
    !/\p{Script=Latin}/u.test(first.w)
  for (let end = to; end > from; end--) {
    if (!isCity(phraseOf(list, from, end))) continue
    // "nou rete warren": a big town of a word no one uses every day is a town even when a list knows the word.
    const everyday = list.slice(from, end).every((w) => isCommonWord(w.w)) && !bigTownOfRareWord(list, from, end)
    return !plain || capitalised || !everyday ? end - from : 0
  }
  return capitalised && !isEnglishWord(first.w) && !isSpanishWord(first.w) && !languages().words.has(first.w) ? 1 : 0
}

/** One word that names a big town and is no everyday word of the basic list ("warren", not "union" or "mobile"). */
function bigTownOfRareWord(list: readonly Word[], from: number, end: number): boolean {
  return end === from + 1 && isBigCity(list[from]!.w) && !isBasicWord(list[from]!.w)
}

/** The words of list[from..to) joined by single spaces, as the tables write a phrase. */
function phraseOf(list: readonly Word[], from: number, to: number): string {
  return list
    .slice(from, to)
    .map((w) => w.w)
    .join(' ')
}

/** Finds the place after every residence cue as a CITY span, unless it names no town. */
export const detectResidence: Detector = ({ text, lower }) => {
  const lang = languages()
  const out: Span[] = []
  hanPlaces(text, out)
  // A curly apostrophe (the phones' default) reads as the straight one the cue tables are written with.
  const list = words(lower.includes('’') ? lower.replace(/’/g, "'") : lower)
  if (holdsScript(text, SCRIPT.hangul)) koreanPlaces(list, text, out)
  // Every place here follows a cue of the table: a text without a word that opens one is not read word by word.
  if (!holdsAnyWord(list, lang.residenceCues.forward.next)) return out
  for (let i = 0; i < list.length; i++) {
    const cueEnd = phraseFrom(list, i, text, lang.residenceCues)
    if (cueEnd === 0) continue
    const cue = phraseOf(list, i, cueEnd)
    const cueLanguages = lang.residenceCueLanguages.get(cue) ?? []
    const place = placeAfterCue(list, cueEnd, text, cueLanguages, lang.originCues.has(cue))
    if (!place || namesNoTown(list, place.from, place.to, text)) continue
    // "la planta de pollo", "la empacadora de manzanas", "planta en el turno": after a workplace what the place makes
    // or where in it may follow; a town is one of the gazetteer or a word of no table ("la planta de Edinburg").
    const townWords = lang.townOnlyCues.has(cue)
      ? townWordsAfterTownOnlyCue(list, place.from, place.to, text, lang.plainTownCues.has(cue))
      : place.to - place.from
    if (townWords === 0) continue
    const end = place.from + townWords
    out.push({ start: list[place.from]!.start, end: list[end - 1]!.end, type: 'CITY', source: 'city:residence' })
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
    // The pattern below opens on a blank: a name followed by anything else is refused before the slice and the pattern.
    const blank = text.charCodeAt(s.end)
    if (blank !== 32 && blank !== 9) continue
    const after = /^[ \t]+([\p{L}]+)[ \t]+/u.exec(text.slice(s.end, s.end + 12))
    const codes = after ? lang.originAfterName.get(lowerCased(after[1]!)) : undefined
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
