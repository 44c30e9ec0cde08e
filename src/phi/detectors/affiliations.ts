/**
 * The organisation a caller says they are with, failing closed ("this is kendra with golden isles home health",
 * "calling from royal valet parking", "the dispatcher at sunrise ambulette", "habla ramona de la farmacia la
 * guadalupana"). The frame (an introduction and names, a verb of calling, or a role, then from/with/at/of/de) proves
 * that a place of work follows, so its words up to a boundary are read as the name unless every one of them only says
 * what kind of place ("from the front desk", "with the county", "de la oficina"). After an article the name must also
 * show its head ("from the bosnian cultural center"; "from the fall" stays), and one everyday word alone stays ("from
 * rest"). Safe Harbor removes the employers of a patient and of the patient's relatives; a small agency, church or
 * shop also points to the people it serves as a town does. Tables in lexicon/affiliation-words.ts.
 */
import { languages } from '../languages'
import {
  isBasicWord,
  isCity,
  isClinicalTerm,
  isEnglishWord,
  isFirstName,
  isForeignWord,
  isProperWord,
  isSlang,
  isSpanishWord,
  isSurname,
} from '../lexicon'
import {
  AFFILIATION_ENDS,
  CALL_VERBS,
  CHAINS,
  FRAME_ARTICLES,
  FRAME_WORDS,
  GENERIC_PLACE_WORDS,
  HEADS_BEFORE_ARTICLE,
  INNER_LINKS,
  INTRODUCTIONS,
  ROLE_NOUNS,
} from '../lexicon/affiliation-words'
import { KIND_WORDS, LEVEL_HEADS, ORGANISATION_HEADS } from '../lexicon/organisation-words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isNumberWord, type Word, words } from '../spoken'
import { WORKPLACE_KINDS } from './employers'
import { FACILITY_WORDS } from './facility-names'
import { STATE_WORD } from './place-names'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

const MAX_NAME_WORDS = 6
const MAX_INTRO_WORDS = 6
// Words that carry the sentence on after a name ("… on west devon", "… calling about", "… um we have").
// biome-ignore format: packed list
const GOES_ON = new Set([
  'calling', 'regarding', 'about', 'um', 'uh', 'like', 'today', 'tomorrow', 'yesterday', 'tonight', 'morning',
  'afternoon', 'evening', 'earlier', 'later', 'now', 'again', 'back', 'just', 'really', 'real', 'quick', 'still', 'also',
  'too', 'here', 'there', 'right', 'please', 'thanks', 'thank', 'okay', 'ok', 'yes', 'yeah', 'hi', 'hello', 'hey',
  'sorry', 'out', 'over', 'up', 'down', 'off', 'since', 'until', 'till', 'every', 'all', 'because', 'cause',
  'llamando', 'hablando', 'para', 'porque', 'sobre', 'parte', 'dob', 'born', 'birthday', 'mrn', 'yall', "y'all",
  'named', 'somebody', 'someone', 'ur', 'u', 'pls', 'plz', 'thx', 'ty', 'lmk', 'asap', 'fyi', 'btw', 'idk', 'lol', 'rn',
  'omg', 'tbh', 'nvm', 'ext', 'needs', 'needed', 'wants', 'wanted', 'says', 'said', 'sent', 'sends', 'called', 'calls',
  'told', 'tells', 'asked', 'asks', 'gave', 'gives', 'got', 'gets', 'took', 'takes', 'came', 'comes', 'went', 'goes',
  'left', 'made', 'makes', 'saw', 'sees', 'thinks', 'thought', 'knows', 'knew',
])
// Frame words of Spanish, Portuguese and French, after which a word of the language ends the name.
const SPOKEN_LINKS = new Set(['de', 'del', 'da', 'do'])
// "we're", "i'm", "didn't": a subject and its verb go on after the name.
const CONTRACTION = /['’](?:re|ve|ll|d|m|t)$|^(?:she|he|it|that|there|what|who|where|here|let)['’]s$/
// Function words of the tables that open names as adjectives ("new life haitian church", "first baptist").
// biome-ignore format: packed list
const NAME_ADJECTIVES = new Set(['new', 'first', 'good', 'great', 'one', 'grand', 'real', 'true', 'old', 'big', 'little'])
// Function words of a table that are also words of an agency's name ("adult day care").
const INSIDE_NAMES = new Set(['day'])
// Titles before a caller's name ("pastor will", "father tomás").
// biome-ignore format: packed list
const TITLES = new Set([
  'pastor', 'reverend', 'rev', 'father', 'sister', 'brother', 'dr', 'doctor', 'nurse', 'officer', 'deacon', 'imam',
  'rabbi', 'mr', 'mrs', 'ms', 'miss', 'señora', 'señor', 'doña', 'don', 'padre', 'hermana', 'hermano',
])
// Words a speaker puts between the frame word's role and the frame word ("the school nurse over at …").
const LEAD_INS = new Set(['over', 'out', 'up', 'down', 'back', 'here', 'calling'])

/** Finds the names of the organisations callers say they are with or from, as OTHER spans. */
export const detectAffiliations: Detector = ({ text, lower }) => {
  const list = words(lower)
  const out: Span[] = []
  for (let i = 1; i + 1 < list.length; i++) {
    const frame = list[i]!.w
    if (!FRAME_WORDS.has(frame) || !sameClause(text, list[i - 1]!, list[i]!)) continue
    if (!framed(text, list, i)) continue
    let k = i + 1
    const article = FRAME_ARTICLES.has(list[k]!.w) || frame === 'del'
    if (FRAME_ARTICLES.has(list[k]!.w)) k++
    const end = nameEnd(text, list, k, SPOKEN_LINKS.has(frame))
    if (end === k) continue
    if (!names(list, k, end, article)) continue
    i = end - 1
    // "clínica de [town]", "[town] family medicine", "dr garza office": a clinic named for its town is the town
    // (labelled so) and a desk named for a person is the person; the words of kind around them stay. Any other name
    // goes whole, head and all ("rohingya cultural center", "hotel zachary").
    let first = k
    let last = end - 1
    // "farmacia la guadalupana": a head, its article and the name are one, as the writers label them.
    const headFirst = HEADS_BEFORE_ARTICLE.has(list[k]!.w) && FRAME_ARTICLES.has(list[k + 1]?.w ?? '')
    while (!headFirst && first < last && !nameLike(list[first]!)) first++
    while (last > first && !nameLike(list[last]!)) last--
    const outside = (a: number, b: number) => list.slice(k, end).filter((_, j) => j + k < a || j + k > b)
    const town = townAround(lower, list, k, end, first, last)
    // Words of kind and of care around a name that is no organisation's own ("little haiti community health").
    if (town && outside(town[0], town[1]).every((w) => isPlainWord(w.w))) [first, last] = town
    else if (!outside(first, last).every((w) => isPlainWord(w.w))) {
      const desk = outside(first, last).every((w) => GENERIC_PLACE_WORDS.has(w.w))
      if (!(desk && isPerson(list, first, last))) {
        first = k
        last = end - 1
      }
    }
    out.push({ start: list[first]!.start, end: list[last]!.end, type: 'OTHER', source: 'affiliation' })
  }
  return out
}

/**
 * Whether frame word i follows a verb of calling, a role ("nurse at"), or an introduction and the caller's names or
 * role ("this is carol ann spurlock the home health nurse with …").
 */
function framed(text: string, list: readonly Word[], i: number): boolean {
  const frame = list[i]!.w
  if (CALL_VERBS.has(list[i - 1]!.w)) return frame !== 'with' && frame !== 'at' && frame !== 'of'
  // "filha do …", "the daughter of …": a relation, not a workplace, follows these after anything but a role.
  if (frame === 'da' || frame === 'do') return false
  let j = i - 1
  while (j > 0 && LEAD_INS.has(list[j]!.w) && sameClause(text, list[j - 1]!, list[j]!)) j--
  if (ROLE_NOUNS.has(list[j]!.w)) return true
  if (frame === 'of') return false
  // Back over the caller's names and role to an introduction, none of the words a verb or another clause.
  for (let n = 0; n <= MAX_INTRO_WORDS && j >= 0; n++, j--) {
    if (introducedAt(list, j)) return n > 0
    const w = list[j]!.w
    // "pastor will", "officer dale": after a title or a role any word is the name.
    const titled = j > 0 && (TITLES.has(list[j - 1]!.w) || ROLE_NOUNS.has(list[j - 1]!.w))
    if (!(titled || mayIntroduce(w)) || (j > 0 && !sameClause(text, list[j - 1]!, list[j]!))) return false
  }
  return false
}

/** Whether an introduction ends at word j ("this is", "my name is", "soy", "the caseworker is"). */
function introducedAt(list: readonly Word[], j: number): boolean {
  if (j > 0 && list[j]!.w === 'is' && ROLE_NOUNS.has(list[j - 1]!.w)) return true
  for (const cue of INTRODUCTIONS) {
    const from = j - cue.length + 1
    if (from < 0) continue
    let ok = true
    for (let c = 0; c < cue.length && ok; c++) ok = list[from + c]!.w === cue[c]
    if (ok) return true
  }
  return false
}

/** A word a caller says of themselves between the introduction and the frame: a name, an initial, a role, an article. */
function mayIntroduce(w: string): boolean {
  if (FRAME_ARTICLES.has(w) || w === 'your' || w === 'our') return true
  if (isFunctionWordOfAnyLanguage(w) || (/(?:ing|ed)$/.test(w) && isEnglishWord(w))) return false
  return (
    (w.length === 1 && w !== 'i') ||
    ROLE_NOUNS.has(w) ||
    KIND_WORDS.has(w) ||
    FACILITY_WORDS.has(w) ||
    ORGANISATION_HEADS.has(w) ||
    isFirstName(w) ||
    isSurname(w) ||
    isNameShaped(w)
  )
}

/** Whether only spaces and a comma stand between words a and b: no sentence ends there. */
function sameClause(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start)
  return gap.length >= 1 && gap.length <= 3 && /^[ \t]*,?[ \t]*$/.test(gap)
}

/** The end (exclusive) of the name's words from k: up to a boundary, links inside only between two of its words. */
function nameEnd(text: string, list: readonly Word[], k: number, romance: boolean): number {
  let end = k
  while (end < list.length && end - k < MAX_NAME_WORDS && (end === k || spacedGap(text, list[end - 1]!, list[end]!))) {
    const w = list[end]!.w
    // After "de": a word of the language goes on with the sentence ("… de la clínica tengo …") unless it says what
    // kind of place, or it is the name a head and its article open ("farmacia la guadalupana").
    const afterHead = headOpened(list, k, end)
    const place = isCity(w) || (isProperWord(w) && !isCalendarWord(w))
    if (romance && !afterHead && !place && isWordOfLanguages(w) && !isKind(w) && !INNER_LINKS.has(w)) {
      if (!FRAME_ARTICLES.has(w) || !HEADS_BEFORE_ARTICLE.has(list[end - 1]?.w ?? '')) break
    }
    if (end > k) {
      const prev = list[end - 1]!.w
      // A head ends the name ("… family clinic your water pill …") unless more words of kind follow ("home care").
      const more = (isKind(w) || isEnd(w)) && !isFunctionWordOfAnyLanguage(w)
      if (isEnd(prev) && !HEADS_BEFORE_ARTICLE.has(prev) && !more) break
      // "… clinic reviewed", "… center absolutely": a participle or an adverb goes on with the sentence.
      if (/(?:ed|ly)$/.test(w) && !isKind(w) && !isEnd(w)) break
    }
    if (!endsName(w) || (afterHead && !isFunctionWordOfAnyLanguage(w))) {
      end++
      continue
    }
    // "church of god", "fish and bait"; "farmacia la guadalupana": a link or an article between two words of the name.
    const next = list[end + 1]
    const linked =
      end > k &&
      next !== undefined &&
      spacedGap(text, list[end]!, next) &&
      !endsName(next.w) &&
      (INNER_LINKS.has(w) || (FRAME_ARTICLES.has(w) && HEADS_BEFORE_ARTICLE.has(list[end - 1]!.w)))
    if (!linked) break
    end++
  }
  // A link the word limit cut from the words after it ends nothing.
  while (end > k + 1 && (INNER_LINKS.has(list[end - 1]!.w) || FRAME_ARTICLES.has(list[end - 1]!.w))) end--
  return end
}

/** A month or a weekday of any language the tables read, which the proper words hold too. */
function isCalendarWord(w: string): boolean {
  const { months, weekdays } = languages()
  return months.has(w) || weekdays.has(w)
}

/** Whether a head and its article opened the name between k and end ("lechería los tres hermanos"). */
function headOpened(list: readonly Word[], k: number, end: number): boolean {
  for (let j = k; j + 1 < end; j++)
    if (HEADS_BEFORE_ARTICLE.has(list[j]!.w) && FRAME_ARTICLES.has(list[j + 1]!.w)) return end - j <= 4
  return false
}

/** Whether `w` ends a name: a function word, a number, a word that carries the sentence on, a verb in -ing. */
function endsName(w: string): boolean {
  return (
    (isFunctionWordOfAnyLanguage(w) && !NAME_ADJECTIVES.has(w) && !INSIDE_NAMES.has(w)) ||
    isNumberWord(w) ||
    GOES_ON.has(w) ||
    isSlang(w) ||
    CONTRACTION.test(w) ||
    (w.endsWith('ing') && !AFFILIATION_ENDS.has(w) && !ORGANISATION_HEADS.has(w) && !KIND_WORDS.has(w))
  )
}

/** A word that says what kind of care or place and is no organisation's own head ("community", "health", "idaho"). */
function isPlainWord(w: string): boolean {
  return (
    GENERIC_PLACE_WORDS.has(w) ||
    FACILITY_WORDS.has(w) ||
    KIND_WORDS.has(w) ||
    INNER_LINKS.has(w) ||
    FRAME_ARTICLES.has(w) ||
    STATE_WORD.test(w) ||
    isClinicalTerm(w)
  )
}

/** The words of [k, end) around [first, last] that are a town of the gazetteer ("little haiti"), if any. */
function townAround(
  lower: string,
  list: readonly Word[],
  k: number,
  end: number,
  first: number,
  last: number,
): [number, number] | undefined {
  for (let a = k; a <= first; a++)
    for (let b = end - 1; b >= last; b--) if (isCity(lower.slice(list[a]!.start, list[b]!.end))) return [a, b]
  return undefined
}

/** Whether words [first, last] are a person's name: given and family names of the lists, or after a title. */
function isPerson(list: readonly Word[], first: number, last: number): boolean {
  if (first > 0 && TITLES.has(list[first - 1]!.w)) return true
  for (let j = first; j <= last; j++) {
    const w = list[j]!.w.replace(/['’]s$/, '')
    if (!isFirstName(w) && !isSurname(w)) return false
  }
  return true
}

/** A head a hospital's or an agency's department takes ("center", "pharmacy", "services", "care", "office"). */
function isDepartmentHead(w: string): boolean {
  return GENERIC_PLACE_WORDS.has(w) || FACILITY_WORDS.has(w)
}

/** A word that ends an organisation's name ("alliance", "church", "clinic"). */
function isEnd(w: string): boolean {
  return AFFILIATION_ENDS.has(w) || ORGANISATION_HEADS.has(w) || FACILITY_WORDS.has(w)
}

/** A word that says what kind of place, desk or person, not whose. */
function isKind(w: string): boolean {
  const base = w.replace(/['’]s$/, '')
  return (
    GENERIC_PLACE_WORDS.has(base) ||
    HEADS_BEFORE_ARTICLE.has(base) ||
    KIND_WORDS.has(base) ||
    WORKPLACE_KINDS.has(base) ||
    ORGANISATION_HEADS.has(base) ||
    LEVEL_HEADS.has(base) ||
    FACILITY_WORDS.has(base) ||
    ROLE_NOUNS.has(base) ||
    isClinicalTerm(base) ||
    isProperWord(base)
  )
}

/** A word of English, Spanish or another language the tables read. */
function isWordOfLanguages(w: string): boolean {
  const { words, plainWords } = languages()
  return isEnglishWord(w) || isSpanishWord(w) || isForeignWord(w) || words.has(w) || plainWords.has(w)
}

/** A word that is a name in itself: no word of any language the tables read. */
function isNameShaped(w: string): boolean {
  const base = w.replace(/['’]s$/, '')
  return base.length >= 2 && !isWordOfLanguages(base)
}

/**
 * Whether words [k, end) name an organisation: a word that makes a name; after an article, a head ends it or opens it
 * ("the hotel zachary hr office", "la farmacia la guadalupana"); without one, a head ends it or a word is a name in
 * itself ("rohingya cultural center", "from kaiser").
 */
function names(list: readonly Word[], k: number, end: number, article: boolean): boolean {
  const named = list.slice(k, end)
  // "farmacia la guadalupana", "distribuidora los altos": a head, its article, then the name whatever its words.
  if (named.length >= 3 && HEADS_BEFORE_ARTICLE.has(named[0]!.w) && FRAME_ARTICLES.has(named[1]!.w)) return true
  const namelike = named.filter(nameLike)
  if (namelike.length === 0) return !article && ownWordsBeforeHead(named)
  const last = named[named.length - 1]!.w
  const headed = isEnd(last) || (named.length > 1 && HEADS_BEFORE_ARTICLE.has(named[0]!.w))
  if (article) return headed
  if (named.length > 1) return headed || namelike.some((w) => isNameShaped(w.w) && !isProperWord(w.w))
  // One word alone: no everyday word ("from kaiser"), or a town that is also a country's or a word's name ("de lebanon").
  return isNameShaped(last) || (isCity(last) && isProperWord(last))
}

/**
 * Whether everyday words name the organisation because its head ends them ("north star home health", "bright path home
 * care", "heartland alliance"): the frame proves a place of work follows, so words in no table of kind, care or desk
 * before the head make it this one. Only without an article: "from the funeral home", "a law office", "the sleep
 * center" are kinds of place.
 */
function ownWordsBeforeHead(named: readonly Word[]): boolean {
  if (named.length < 2 || !isEnd(named[named.length - 1]!.w)) return false
  // A titled person's desk ("from doctor saad office") is the person's, a chain ("quest diagnostics") no one's.
  if (CHAINS.has(named[0]!.w) || named.some((w) => TITLES.has(w.w))) return false
  // "north hill pediatrics": a place named for its town is the town, which the town's own rules find.
  const before = named.slice(0, -1)
  if (isCity(before.map((w) => w.w).join(' '))) return false
  const own = (w: string) =>
    w.length > 2 && !isKind(w) && !isPlainWord(w) && !isFunctionWordOfAnyLanguage(w) && !CHAINS.has(w)
  // Two such words, or one before a head no department takes: a department is one word of what it does before its
  // head ("specialty pharmacy", "infusion center", "palliative care"), a name of everyday words two ("north star",
  // "bright path") or one before the head of a business ("heartland alliance", "metro mobility", "dart transit").
  const owned = before.filter((w) => own(w.w)).length
  return owned >= 2 || (owned === 1 && !isDepartmentHead(named[named.length - 1]!.w))
}

/**
 * A word that makes a name of the words around it ("zachary", "lowell", "lakeshore"): no word of kind, and no everyday
 * word of the tables unless a people's or brand's proper word or a rarer word the name lists hold ("rupert").
 */
function nameLike(w: Word): boolean {
  // "l'hôpital", "d'urgence": French elides its article onto the word.
  const base = w.w.replace(/['’]s$/, '').replace(/^[ld]['’]/, '')
  if (KIND_WORDS.has(base) || STATE_WORD.test(base)) return false
  // Short words out of every table are a ward's, a desk's or a text's abbreviation ("ob", "nicu", "rads", "idk").
  if (base.length <= 4 && !isFirstName(base) && !isSurname(base) && !isCity(base)) return false
  // "the bosnian cultural center", "new life haitian church": a people's or a brand's name before a head names it.
  if (isProperWord(base) && !isCalendarWord(base) && !GENERIC_PLACE_WORDS.has(base) && !CHAINS.has(base)) return true
  if (isKind(base) || INNER_LINKS.has(base) || FRAME_ARTICLES.has(base)) return false
  // Capitals are no proof here: SMS capitalise "Covid", "Zoom", "Research" as often as a name.
  if (isNameShaped(base)) return true
  return base.length > 2 && (isCity(base) || isFirstName(base) || isSurname(base)) && !isBasicWord(base)
}
