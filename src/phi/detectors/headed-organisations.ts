/**
 * Organisations named before their head, failing closed ("regions hospital", "safe ride transportation", "interim
 * hospice", "southwest kidney associates", "church of pentecost"): before a head of lexicon/service-words.ts, where a
 * place is named (after a preposition, an article or a possessive, or capitalised opening a line), the words back to a
 * boundary (a function word, a number, a verb, punctuation) name the place unless every one of them only says what
 * kind ("the home health services", "a mail order pharmacy", "my son's school"), and after a head that takes "of", the
 * words that follow it do the same. The kinds are data: the clinical vocabulary, the kinds of organisation-words.ts and
 * those of service-words.ts. A place named so is one identifier with its head: a kind word left beside a redacted name
 * still says which hospital or church. Parishes after a Romance head and Vietnamese shops after theirs are read too.
 */
import { languages } from '../languages'
import { isClinicalTerm, isEnglishWord, isFirstName, isForeignWord, isSpanishWord } from '../lexicon'
import { KIND_WORDS, LEVEL_HEADS, ORGANISATION_HEADS } from '../lexicon/organisation-words'
import {
  CHURCH_HEADS_BEFORE_NAME,
  CHURCH_KINDS,
  DEFINING_KINDS,
  PARISH_WORDS,
  HEADS_BEFORE_OF,
  NAMED_HEADS,
  SERVICE_KINDS,
  VERBS_BEFORE_PLACES,
  VIETNAMESE_OPENING_HEADS,
  VIETNAMESE_SHOP_KINDS,
} from '../lexicon/service-words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { HEADED_ORGANISATION } from '../resolve-spans'
import { isNumberWord, type Word, words } from '../spoken'
import { COMPOUND_AFTER, VERB_FORM } from './organisations'
import { STATE_WORD } from './place-names'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

const MAX_BEFORE = 4
const MAX_AFTER_OF = 3
// Words that open a saint's or a mount's name before the words found ("st. luke's vietnamese catholic church").
const NAME_OPENERS = new Set(['st', 'saint', 'san', 'santa', 'mt', 'mount', 'ft', 'fort'])
// Contractions of a preposition and an article that are also English words ("estamos indo pro hospital").
const FOREIGN_LINKS = new Set(['pro', 'pra', 'pros', 'pras', 'con', 'sur'])
// Words whose "'s" is "is" ("it's eunice church calling"): no owner.
// biome-ignore format: packed list
const CONTRACTIONS = new Set([
  'it', 'that', 'what', 'he', 'she', 'there', 'here', 'who', 'let', 'where', 'how', 'this', 'everything', 'nothing',
])
// Heads that are family names too ("Drew Church", "Shirley Temple").
const SURNAME_HEADS = new Set(['church', 'chapel', 'school', 'college'])
// Street types after a head word make it a street's name: the unambiguous ones of street-patterns.ts's SUFFIX (its
// "close", "run", "pass", "point" follow a head as everyday words: "regions hospital close to my house").
// biome-ignore format: packed list
const STREET_TYPES = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way', 'place', 'pl',
  'court', 'ct', 'circle', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'hill', 'square',
])
// Times that end a run: "yesterday hospital", "today pharmacy" say when, not which.
// biome-ignore format: packed list
const TIMES = new Set([
  'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'later', 'soon', 'again', 'already', 'still', 'ago', 'week',
  'weeks', 'month', 'months', 'year', 'years', 'time', 'times',
])

/**
 * A word that only says what kind of place or service, or whose it is ("my son's school", "maria's pharmacy": the
 * person's own place, read by the name passes): no part of a name. A state says where, as a kind does.
 */
function isKind(w: string): boolean {
  const base = w.replace(/['’]s$/u, '')
  if ((base !== w && !CONTRACTIONS.has(base)) || STATE_WORD.test(w)) return true
  return (
    SERVICE_KINDS.has(w) ||
    KIND_WORDS.has(w) ||
    KIND_WORDS.has(base) ||
    NAMED_HEADS.has(w) ||
    ORGANISATION_HEADS.has(w) ||
    LEVEL_HEADS.has(w) ||
    isClinicalTerm(w) ||
    isClinicalTerm(base)
  )
}

/** A word no name of a place runs across: a function word, a number, a time, a month, a verb. */
function isBoundary(w: string): boolean {
  if (isFunctionWordOfAnyLanguage(w) || isNumberWord(w) || TIMES.has(w) || VERBS_BEFORE_PLACES.has(w)) return true
  if (/['’]s$/u.test(w) && CONTRACTIONS.has(w.slice(0, -2))) return true
  if (FOREIGN_LINKS.has(w)) return true
  // A word of another language's table ("sa", "pro", "đang") is that language's sentence, around an English head.
  const { months, weekdays, words: everyday } = languages()
  if (months.has(w) || weekdays.has(w) || (everyday.has(w) && !isEnglishWord(w))) return true
  // "i'm", "we're", "they'll": a pronoun and its verb.
  if (PRONOUN_CONTRACTION.test(w)) return true
  return /(?:ing|ed)$/u.test(w) && isEnglishWord(w) && !isKind(w) && !NAME_PARTICIPLES.has(w)
}

const PRONOUN_CONTRACTION = /^(?:i|you|we|they|he|she|it|there|who)['’](?:m|re|ll|ve|d|s)$/u
// Participles organisations are named with ("advanced wound care"): no verb there. Not "united", which opens plans'
// names ("united healthcare community plan"), kept as a plan's name is.
const NAME_PARTICIPLES = new Set(['advanced', 'integrated', 'associated', 'allied', 'consolidated'])

/**
 * The index of the first word of the name before head h (h itself when none), back to a boundary. An owner's
 * possessive is one ("my son's school", "maria's pharmacy": the person's own place), but for a saint's ("st. luke's").
 */
function nameStart(text: string, list: readonly Word[], h: number): number {
  let first = h
  while (
    first > 0 &&
    h - first < MAX_BEFORE &&
    spacedGap(text, list[first - 1]!, list[first]!) &&
    (!isBoundary(list[first - 1]!.w) || capitalisedLink(text, list, first - 1)) &&
    !(POSSESSIVE.test(list[first - 1]!.w) && !saintBefore(text, list, first - 1))
  )
    first--
  return first
}

const NAME_LINKS = new Set(['and', '&', 'of', 'for'])

/**
 * "Community Refugee and Immigration Services": a link between two capitalised words of a text written in both cases
 * is inside the name.
 */
function capitalisedLink(text: string, list: readonly Word[], k: number): boolean {
  const before = list[k - 1]
  const after = list[k + 1]
  if (!NAME_LINKS.has(list[k]!.w) || !before || !after || !spacedGap(text, before, list[k]!)) return false
  const capital = (w: Word): boolean => /^\p{Lu}/u.test(text.slice(w.start, w.end))
  return capital(before) && capital(after) && !capital(list[k]!) && text !== text.toUpperCase()
}

const POSSESSIVE = /['’]s$/u

/** Whether a saint's title stands right before word k ("st. luke's"). */
function saintBefore(text: string, list: readonly Word[], k: number): boolean {
  return k > 0 && NAME_OPENERS.has(list[k - 1]!.w) && spacedGap(text, list[k - 1]!, list[k]!, true)
}

/**
 * The end (exclusive) of the name after "of" following head h (h + 1 when none): words that name, or, after a head
 * whose own name came before it ("[international] institute of minnesota"), any words up to a boundary.
 */
function nameAfterOf(text: string, list: readonly Word[], h: number, named: boolean): number {
  const of = list[h + 1]
  if (of?.w !== 'of' || !spacedGap(text, list[h]!, of)) return h + 1
  let k = h + 2
  while (
    k < list.length &&
    k - h - 2 < MAX_AFTER_OF &&
    spacedGap(text, list[k - 1]!, list[k]!) &&
    !isBoundary(list[k]!.w)
  )
    k++
  const tail = list.slice(h + 2, k)
  // After a named head a state or a capitalised word goes too ("[international] institute of minnesota").
  // So does a state after a university or a college ("the university of utah"): it says which one.
  const stateNames = named || STATE_NAMED_HEADS.has(list[h]!.w)
  const namesAfter = (m: Word): boolean =>
    !isKind(m.w) || (stateNames && STATE_WORD.test(m.w)) || (named && /^\p{Lu}/u.test(text.slice(m.start, m.end)))
  let end = h + 2
  while (end < k && namesAfter(list[end]!)) end++
  return end > h + 2 && tail.some((m) => namesAfter(m)) ? end : h + 1
}

const STATE_NAMED_HEADS = new Set(['university', 'college', 'institute'])

const VIETNAMESE_HEADS = VIETNAMESE_OPENING_HEADS.map((h) => h.split(' '))

/** The number of words of a Vietnamese opening head at word i (the longest), 0 when none. */
function vietnameseHeadAt(text: string, list: readonly Word[], i: number): number {
  let best = 0
  for (const head of VIETNAMESE_HEADS) {
    if (head.length <= best || i + head.length > list.length) continue
    if (head.every((w, k) => list[i + k]!.w === w && (k === 0 || spacedGap(text, list[i + k - 1]!, list[i + k]!))))
      best = head.length
  }
  return best
}

/**
 * "tiệm nail [kim's]", "nhà hàng phở [hòa]", "chùa [phổ đà]": after a Vietnamese head and its kinds, the words no
 * table of the engine holds as an everyday word are the name, up to three; the span runs from the head.
 */
function vietnameseNameAfter(text: string, list: readonly Word[], i: number, headLength: number): Span | undefined {
  const everyday = languages().words
  let k = i + headLength
  while (k < list.length && VIETNAMESE_SHOP_KINDS.has(list[k]!.w) && spacedGap(text, list[k - 1]!, list[k]!)) k++
  const from = k
  // A Vietnamese word after the head may be the sentence's verb or adjective ("tiệm đóng cửa", "bánh mì ngon lắm"):
  // only a word written capitalised, an English word ("lucky nails") or an owner's ("kim's") names the shop.
  const names = (w: Word): boolean =>
    isEnglishWord(w.w) || /['’]s$/u.test(w.w) || /^\p{Lu}/u.test(text.slice(w.start, w.end))
  while (
    k < list.length &&
    k - from < 3 &&
    spacedGap(text, list[k - 1]!, list[k]!) &&
    !everyday.has(list[k]!.w) &&
    !isBoundary(list[k]!.w) &&
    names(list[k]!)
  )
    k++
  if (k === from) return undefined
  return { start: list[i]!.start, end: list[k - 1]!.end, type: 'OTHER', source: HEADED_ORGANISATION }
}

// Articles and "de" between a church's head and its name, and inside the name before more of it.
const CHURCH_LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'dos', 'das', 'des', 'du', 'le'])
// "Our" of "Our Lady" in the languages that name parishes so ("nuestra señora de guadalupe", "nossa senhora").
const OUR_LADY = new Set(['nuestra', 'nossa', 'notre'])
// The saints' titles and "lady" of a parish's name.
// biome-ignore format: packed list
const SAINTS = new Set(['señora', 'senora', 'senhora', 'dame', 'san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte'])

/**
 * A word a parish's name stops before: a function word (but "our" and the saints' titles), a number, a time, a
 * Spanish or Portuguese verb ("… guadalupe queríamos", "… corazón tenemos").
 */
function endsChurchName(w: string): boolean {
  if (OUR_LADY.has(w) || SAINTS.has(w)) return false
  return isFunctionWordOfAnyLanguage(w) || isNumberWord(w) || TIMES.has(w) || VERB_FORM.test(w) || FOREIGN_LINKS.has(w)
}

/**
 * "la iglesia nuestra señora de guadalupe", "la parroquia sagrado corazón", "église saint-pierre": after a church's
 * head (and its articles and kinds), the words up to a boundary name the parish, four at most, failing closed.
 */
function churchNameAfter(text: string, list: readonly Word[], h: number): Span | undefined {
  let k = h + 1
  while (
    k < list.length &&
    spacedGap(text, list[k - 1]!, list[k]!) &&
    (CHURCH_LINKS.has(list[k]!.w) || CHURCH_KINDS.has(list[k]!.w))
  )
    k++
  const from = k
  // A parish is named by a saint, "our lady", its dedication's words, a word no list knows or capitals: any other
  // word after the head is the sentence's ("en la iglesia me ayudaron", "na igreja e isso").
  const naming = (m: Word): boolean =>
    OUR_LADY.has(m.w) ||
    SAINTS.has(m.w) ||
    PARISH_WORDS.has(m.w) ||
    (!isEnglishWord(m.w) && !isSpanishWord(m.w) && !isForeignWord(m.w) && !languages().words.has(m.w)) ||
    /^\p{Lu}/u.test(text.slice(m.start, m.end))
  while (k < list.length && k - from < 4 && spacedGap(text, list[k - 1]!, list[k]!)) {
    const w = list[k]!.w
    const linked = CHURCH_LINKS.has(w) && k > from && k + 1 < list.length && naming(list[k + 1]!)
    if (!linked && (endsChurchName(w) || !naming(list[k]!))) break
    k++
  }
  if (k === from) return undefined
  return { start: list[h]!.start, end: list[k - 1]!.end, type: 'OTHER', source: HEADED_ORGANISATION }
}

// Words after which a place is named ("at", "from the", "my", Spanish "en la").
// biome-ignore format: packed list
const PLACE_OPENERS = new Set([
  'at', 'from', 'to', 'for', 'with', 'in', 'into', 'on', 'by', 'near', 'of', 'the', 'a', 'an', 'this', 'that', 'his',
  'her', 'my', 'our', 'their', 'your', 'its', 'via', 'per', 'thru', 'through', 'de', 'del', 'la', 'el', 'en', 'al',
  'da', 'do', 'na', 'no', 'em', 'à', 'au', 'chez', 'sa', 'ng', 'ở', 'tại', 'called', 'contacted',
  'visited', 'joined',
])

const GOVERNMENT_HEADS = new Set(['department', 'dept', 'agency', 'council', 'office', 'division', 'bureau'])
// biome-ignore format: packed list
const CAMPUS_COMPASS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'downtown',
])
// Not after an indefinite article or a possessive: "a somali restaurant", "my african hair salon" describe.
// biome-ignore format: packed list
const INDEFINITE = new Set([
  'a', 'an', 'any', 'another', 'some', 'one', 'my', 'our', 'his', 'her', 'their', 'your', 'mi', 'su', 'nuestra',
  'nuestro',
])
const ORDINAL_OPENERS = new Set(['first', 'second', 'third'])
// biome-ignore format: packed list
const FAITHS = new Set([
  'baptist', 'methodist', 'presbyterian', 'lutheran', 'catholic', 'episcopal', 'pentecostal', 'evangelical',
  'adventist', 'congregational', 'christian', 'reformed', 'apostolic',
])
// Heads of an organisation, not of a place: what a community opens before one is a name ("catholic community
// services"), before a center or a school a description ("the korean community center").
// biome-ignore format: packed list
const ORGANISATION_TYPE_HEADS = new Set([
  'services', 'association', 'bank', 'pantry', 'society', 'alliance', 'foundation', 'ministries', 'ministry',
  'league', 'coalition', 'partnership', 'institute', 'charities', 'fellowship', 'federation', 'council',
])

/**
 * The first word of a run of kinds before head h that a state, a faith or a people opens ("utah food bank", "[first]
 * baptist church of ogden", "asian association of utah"): two or more words before the head, or one before a head
 * followed by "of"; where a place is named, not after an indefinite article. h when there is none.
 */
function definedRunStart(text: string, list: readonly Word[], h: number): number {
  let run = nameStart(text, list, h)
  // "first baptist church": an ordinal before a faith opens a congregation's name (a number word, it ends the run
  // read back); "the first food bank we tried" is no name.
  const before = list[run - 1]
  const ordinalFaith =
    before !== undefined &&
    ORDINAL_OPENERS.has(before.w) &&
    FAITHS.has(list[run]!.w) &&
    spacedGap(text, before, list[run]!)
  if (ordinalFaith) run--
  // A state, a faith or a people with another word ("catholic community services", "utah food bank"), or with the
  // head's "of" ("asian association of utah"); not a government's department, which a state's name leaves as general
  // as the state ("the california department of health"). Before a place's head (a center, a school, a store) a
  // people or a faith with kind words is a description ("the korean community center"): only with "of" or a state.
  if (GOVERNMENT_HEADS.has(list[h]!.w)) return h
  const ofAfter = list[h + 1]?.w === 'of' && HEADS_BEFORE_OF.has(list[h]!.w)
  let state = false
  let community = false
  for (let k = run; k < h; k++) {
    if (STATE_WORD.test(list[k]!.w)) state = true
    else if (DEFINING_KINDS.has(list[k]!.w)) community = true
  }
  if (!(state || community) || h - run < (ofAfter ? 1 : 2)) return h
  if (!state && !ofAfter && !ordinalFaith && !ORGANISATION_TYPE_HEADS.has(list[h]!.w)) return h
  if (!placeOpensAt(text, list, run) || INDEFINITE.has(list[run - 1]?.w ?? '')) return h
  return run
}

/** Whether the name starting at word k stands where a place is named (see the caller). */
function placeOpensAt(text: string, list: readonly Word[], k: number): boolean {
  const before = list[k - 1]
  if (!before || !spacedGap(text, before, list[k]!, true))
    return (
      /^\p{Lu}/u.test(text.slice(list[k]!.start, list[k]!.end)) || /[,;:(]\s*$/u.test(text.slice(0, list[k]!.start))
    )
  return PLACE_OPENERS.has(before.w)
}

/** Finds organisations named before (or, with "of", after) their head words, as OTHER spans. */
export const detectHeadedOrganisations: Detector = ({ text, lower }) => {
  const list = words(lower)
  const out: Span[] = []
  // Vietnamese heads are written with their marks ("tiệm", "chùa") or as "quán": a text without one asks no word.
  if (/tiệm|quán|chùa|nhà/u.test(lower)) {
    for (let i = 0; i < list.length; i++) {
      const length = vietnameseHeadAt(text, list, i)
      const span = length > 0 ? vietnameseNameAfter(text, list, i, length) : undefined
      if (span) out.push(span)
    }
  }
  for (let h = 0; h < list.length; h++) {
    if (CHURCH_HEADS_BEFORE_NAME.has(list[h]!.w)) {
      const church = churchNameAfter(text, list, h)
      if (church) out.push(church)
      continue
    }
    if (!NAMED_HEADS.has(list[h]!.w)) continue
    // "church avenue", "hospital road": the head names a street here; "the nampa school nurse", "the lincoln school
    // district": it opens another noun, whose own words (a town, a person) the other passes read.
    const next = list[h + 1]
    if (next && (STREET_TYPES.has(next.w) || COMPOUND_AFTER.has(next.w)) && spacedGap(text, list[h]!, next)) continue
    let first = nameStart(text, list, h)
    // The run must stand where a place is named: after a preposition, an article or a possessive, or capitalised at the
    // start of a line; after a subject or a verb the words are the sentence's ("i avoid seafood", "she mops hospital
    // floors", "manman m te ale hospital").
    // A saint's title before the name is the name's ("from st. hyacinth parish"): the place is named before it.
    const opensAt = first > 0 && NAME_OPENERS.has(list[first - 1]!.w) ? first - 1 : first
    if (first < h && !placeOpensAt(text, list, opensAt)) first = h
    // A run of kinds only names no place ("st. luke's catholic church": a possessive after a saint's title is the
    // church's name, not its owner).
    while (first < h && isKind(list[first]!.w) && !saintBefore(text, list, first)) first++
    const defined = first === h ? definedRunStart(text, list, h) : h
    if (defined < h) first = defined
    // "Drew Church", "eunice church calling": a given name before a head that is a surname too is a person's name.
    const personal = first === h - 1 && SURNAME_HEADS.has(list[h]!.w) && isFirstName(list[first]!.w)
    const named = first < h && !personal
    // Named, the kinds before the first naming word go with it: they are part of the name as written ("the
    // [vietnamese martyrs] church").
    if (named && defined === h) first = nameStart(text, list, h)
    let end = HEADS_BEFORE_OF.has(list[h]!.w) ? nameAfterOf(text, list, h, named) : h + 1
    // "park center high", "[regions] hospital pharmacy": heads after the head are the same place's.
    while (
      named &&
      end < list.length &&
      end - h <= 2 &&
      (LEVEL_HEADS.has(list[end]!.w) || ORGANISATION_HEADS.has(list[end]!.w) || NAMED_HEADS.has(list[end]!.w)) &&
      spacedGap(text, list[end - 1]!, list[end]!)
    )
      end++
    if (!named && end === h + 1) continue
    // "doctors hospital west", "mercy hospital northwest": a campus's compass word is the name's ("… west of town" is no
    // part of it).
    const compass = list[end]
    if (
      compass &&
      CAMPUS_COMPASS.has(compass.w) &&
      spacedGap(text, list[end - 1]!, compass) &&
      list[end + 1]?.w !== 'of'
    )
      end++
    let from = named ? first : h
    // Named by what follows "of", the kind words before the head are the same name's ("the [community pharmacy] of
    // biddeford"): left beside it they would say which pharmacy with the town.
    if (!named) {
      const kinds = nameStart(text, list, h)
      if (kinds < h && placeOpensAt(text, list, kinds)) from = kinds
    }
    const opener = list[from - 1]
    if (opener && NAME_OPENERS.has(opener.w) && spacedGap(text, opener, list[from]!, true)) from--
    out.push({ start: list[from]!.start, end: list[end - 1]!.end, type: 'OTHER', source: HEADED_ORGANISATION })
  }
  return out
}
