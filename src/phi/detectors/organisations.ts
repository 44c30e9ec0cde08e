/**
 * Names of schools, churches, workplaces and shops, whole ("perrine elementary", "the double k feedlot", "escuela
 * wetherbee"): the name's own word alone was often found as a name or a town, and the head word left beside it still
 * said which school. Read failing closed: before a head word, the words back to a boundary are the name when one of
 * them is no everyday word ("bickel", "lowell") or, after a preposition of place ("at lucky nails", "from the double k
 * feedlot"), when one is no word of kind ("the new school", "the chicken plant", "the blue nails" stay). Tables in
 * lexicon/organisation-words.ts.
 */
import { languages, mainLatinLanguagesOfWords } from '../languages'
import {
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
  HEAD_LINKS,
  HEADS_BEFORE_NAME,
  KIND_WORDS,
  LEVEL_HEADS,
  ORGANISATION_HEADS,
  ORGANISATION_OPENERS,
  PLURAL_HEADS,
  WORD_NAME_HEADS,
  WORDS_BEFORE_HEADS,
} from '../lexicon/organisation-words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isNumberWord, type Word, words } from '../spoken'
import { PLACE_ENDINGS } from './facility-names'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

const MAX_NAME_WORDS = 4
// Heads that are mass nouns, said without an article as often as a company's name, and the prepositions of a workplace.
const MASS_HEADS = new Set(['construction', 'storage', 'poultry', 'electric', 'foods'])
const AT_WORK = new Set(['at', 'for'])
// "jaja", "hahaha", "jejeje", "kkkk": laughter, not a name.
const LAUGHTER = /^(?:(?:ja|je|ha|he|hi|ka|kk)+|k+)$/
// Heads that end towns' names as often as mills' and ranches' ("bevo mill", "sugar mills"), and the words before a town.
const TOWN_HEADS = new Set(['mill', 'mills', 'ranch'])
const IN_TOWN = new Set(['in', 'near', 'outside', 'around'])
/** Nouns a head word opens: the name before it is a town's or a person's, not an organisation's. */
// biome-ignore format: packed list
export const COMPOUND_AFTER: ReadonlySet<string> = new Set([
  'district', 'districts', 'board', 'bus', 'nurse', 'nurses', 'office', 'counselor', 'system', 'zone', 'year', 'supplies',
  'clinic', 'physical', 'form', 'forms', 'shift', 'parking', 'lot', 'based', 'checkup', 'check', 'visit', 'appointment',
  'shots', 'teacher', 'principal', 'registration', 'enrollment', 'records', 'paperwork', 'pickup', 'lunch',
])

/** A word that can be no part of an organisation's name: a function word, a number, a clinical or calendar word. */
function isBoundary(w: string): boolean {
  return (
    isFunctionWordOfAnyLanguage(w) ||
    (languages().words.has(w) && !isEnglishWord(w)) ||
    isNumberWord(w) ||
    (isClinicalTerm(w) && !KIND_WORDS.has(w) && !ORGANISATION_HEADS.has(w) && !LEVEL_HEADS.has(w)) ||
    isProperWord(w)
  )
}

/** A word that is in itself a name: no English, Spanish or clinical word ("bickel", "lowell", "nwa", "brown's" no). */
function isNameShaped(w: string): boolean {
  const base = w.replace(/['’]s$/, '')
  return (
    base.length >= 2 &&
    /^\p{Script=Latin}+$/u.test(base) &&
    !LAUGHTER.test(base) &&
    !isEnglishWord(base) &&
    !isSpanishWord(base) &&
    !isClinicalTerm(base) &&
    !isFunctionWordOfAnyLanguage(base) &&
    !isForeignWord(base) &&
    !languages().words.has(base) &&
    !KIND_WORDS.has(base)
  )
}

/** A town or a name of the lists ("malden", "edgewood", "benito"), read where a plain word may stand instead. */
function isPlaceOrPerson(w: string): boolean {
  return isCity(w) || isFirstName(w) || isSurname(w)
}

/** A word that goes inside a name made of name words: a word of kind, a head, a town's ending, an initial. */
function isNamePart(w: string): boolean {
  return KIND_WORDS.has(w) || ORGANISATION_HEADS.has(w) || LEVEL_HEADS.has(w) || PLACE_ENDINGS.has(w) || w.length === 1
}

/**
 * Whether the words before index `first` tie them to a place: a preposition of place, or one and "the" ("at lucky
 * nails", "from the double k feedlot"); before a plural head ("nails", "farms") only the preposition, as a shop's
 * name stands without an article ("from the acrylic nails" is a kind of nails).
 */
function openedAt(text: string, list: readonly Word[], first: number, plural: boolean): Opening {
  const k = first - 1
  if (k < 0 || !spacedGap(text, list[k]!, list[k + 1]!, true)) return 'none'
  if (list[k]!.w === 'the') {
    if (plural || k === 0 || !spacedGap(text, list[k - 1]!, list[k]!)) return 'none'
    return ORGANISATION_OPENERS.has(list[k - 1]!.w) ? 'article' : 'none'
  }
  return ORGANISATION_OPENERS.has(list[k]!.w) ? 'bare' : 'none'
}

/** How a name stands after its preposition: straight after it ("at sunrise dairy"), after "the", or after neither. */
type Opening = 'bare' | 'article' | 'none'

/**
 * Whether capitals mark names in this text: it has lower case and most of its longer words open in lower case ("My
 * Son Goes To Middle School" capitalises every word, and a capital says nothing there).
 */
function casedProse(text: string, list: readonly Word[]): boolean {
  let lowerOpen = 0
  let upperOpen = 0
  for (const w of list) {
    if (w.end - w.start < 4) continue
    const c = text[w.start]!
    if (c !== c.toLowerCase()) upperOpen++
    else if (c !== c.toUpperCase()) lowerOpen++
  }
  return lowerOpen > upperOpen
}

/** Whether the word was written capitalised in a text that has lower case, away from a sentence's start. */
function capitalisedInside(text: string, word: Word): boolean {
  const c = text[word.start] ?? ''
  if (c === c.toLowerCase()) return false
  let k = word.start - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
  return k >= 0 && !/[.!?:\n|]/.test(text[k]!)
}

/** Finds organisations' names around head words (see the module comment), as OTHER spans. */
export const detectOrganisations: Detector = ({ text, lower }) => {
  const list = words(lower)
  const out: Span[] = []
  // Whether capitals mark names, read once and only in a text that holds a head word.
  let cased: boolean | undefined
  for (let h = 0; h < list.length; h++) {
    const head = list[h]!.w
    if (SHOP_HEADS.has(head) && atWork(list, h)) {
      const named = nameAfterArticle(text, list, h)
      if (named) {
        out.push(named)
        continue
      }
    }
    const before = ORGANISATION_HEADS.has(head) || LEVEL_HEADS.has(head)
    if (HEADS_BEFORE_NAME.has(head) || WORKPLACES_BEFORE_NAME.has(head)) {
      const english = englishNameAfter(text, list, h)
      if (english) {
        out.push(english)
        continue
      }
    }
    if (!before && !HEADS_BEFORE_NAME.has(head)) continue
    cased ??= casedProse(text, list)
    const span = before ? nameBeforeHead(text, list, h, cased) : nameAfterHead(text, list, h, cased)
    if (span) out.push(span)
  }
  return out
}

/** "perrine elementary", "at lucky nails", "Lakeside Junior High": the words before head word h, when they name. */
function nameBeforeHead(text: string, list: readonly Word[], h: number, cased: boolean): Span | undefined {
  const head = list[h]!.w
  const level = LEVEL_HEADS.has(head)
  const next = list[h + 1]
  const joined = next !== undefined && spacedGap(text, list[h]!, next)
  // "high" or "middle" before "school" is a word of kind; before another word it describes ("high blood pressure").
  // After a word no list knows or a town, it ends the school's name before a verb ("at burncoat middle called").
  const prior = list[h - 1]
  const namedLevel =
    prior !== undefined &&
    (isNameShaped(prior.w) || isCity(prior.w)) &&
    /^(?:\p{L}+ed|said|says|sent|is|has)$/u.test(next?.w ?? '')
  if (
    level &&
    joined &&
    (ORGANISATION_HEADS.has(next.w) || isClinicalTerm(next.w) || (!isFunctionWordOfAnyLanguage(next.w) && !namedLevel))
  )
    return undefined
  // "the spring valley school district", "the lincoln school nurse": the head opens another noun, whose own words
  // (a town, a person) the other passes read.
  if (joined && COMPOUND_AFTER.has(next.w)) return undefined
  const needed = WORDS_BEFORE_HEADS.get(head)
  let first = h
  while (
    first > 0 &&
    h - first < MAX_NAME_WORDS &&
    spacedGap(text, list[first - 1]!, list[first]!) &&
    !isBoundary(list[first - 1]!.w)
  )
    first--
  if (first === h) return undefined
  if (needed !== undefined && !needed.has(list[h - 1]!.w)) return undefined
  // "we are in bevo mill": after "in" or "near" a mill or a ranch is the town's name, read by the place passes.
  if (TOWN_HEADS.has(head) && IN_TOWN.has(list[first - 1]?.w ?? '')) return undefined
  const modifiers = list.slice(first, h)
  const opening = openedAt(text, list, first, PLURAL_HEADS.has(head))
  const opened = opening !== 'none'
  const isNamed = (m: Word): boolean => isNameShaped(m.w) || (cased && !isNamePart(m.w) && capitalisedInside(text, m))
  const named = modifiers.some(isNamed)
  if (named || !opened) {
    // Around a name, only the name's own words before the head: name-shaped, capitalised or of kind ("my daughter
    // maria's school", "good evening it's eunice church", "i need to move maria kindergarten checkup"); a word-made
    // name ("at lucky nails") only after a word that ties it to a place.
    let from = h
    while (from > first && (isNamed(list[from - 1]!) || isNamePart(list[from - 1]!.w))) from--
    first = from
    if (first === h || (named && !list.slice(first, h).some(isNamed))) return undefined
  }
  // "savannah high", "Lakeside Junior High": a level head after a town or a capitalised name, not "maria high".
  // A word no list knows names the school as a town does ("the nurse at burncoat middle").
  if (
    level &&
    !list
      .slice(first, h)
      .some((m) => isCity(m.w) || (namedLevel && isNameShaped(m.w)) || (cased && capitalisedInside(text, m)))
  )
    return undefined
  if (!named) {
    // A word-made name ("lucky nails", "the double k feedlot") only after a preposition of place, never for a level
    // head, which describes as often as it names: before the heads of WORD_NAME_HEADS, a bare "school" after its level
    // ("canyon ridge high school"), or a singular head straight after the preposition, as English writes a company
    // without an article ("at southern coast roofing"); a mass noun only after "at" or "for", where a workplace
    // stands ("mold from leaky plumbing" stays); never with a gerund or a participle ("for missing school").
    if (level || !opened) return undefined
    const levelled = LEVEL_HEADS.has(list[h - 1]!.w) && h - 1 > first
    const mass = head.endsWith('ing') || MASS_HEADS.has(head)
    // Opened, the name has a word before it: the preposition, or "the" after one.
    const atWork = AT_WORK.has(list[first - 1]!.w)
    const headNames =
      (WORD_NAME_HEADS.has(head) && (!mass || atWork || opening === 'article')) ||
      levelled ||
      (opening === 'bare' && !head.endsWith('s') && (!mass || atWork))
    if (!headNames) return undefined
    if (list.slice(first, h).some((m) => /(?:ing|ed)$/.test(m.w) && !isNamePart(m.w))) return undefined
    if (!modifiers.some((m) => !KIND_WORDS.has(m.w) && !ORGANISATION_HEADS.has(m.w) && !LEVEL_HEADS.has(m.w)))
      return undefined
  }
  return { start: list[first]!.start, end: list[h]!.end, type: 'OTHER', source: 'organisation' }
}

/** "escuela wetherbee", "fábrica de malden mills", "trường Needwood Middle": the name after head word h. */
function nameAfterHead(text: string, list: readonly Word[], h: number, cased: boolean): Span | undefined {
  let k = h + 1
  while (k < list.length && k - h <= 3 && HEAD_LINKS.has(list[k]!.w) && spacedGap(text, list[k - 1]!, list[k]!)) k++
  const from = k
  // After "de" the words may say what kind ("granja de caballos"): a town or a person's name there, or capitals.
  const linked = from > h + 1
  while (
    k < list.length &&
    k - from < MAX_NAME_WORDS &&
    spacedGap(text, list[k - 1]!, list[k]!) &&
    ((isNameShaped(list[k]!.w) &&
      list[k]!.w.length > 2 &&
      !isSlang(list[k]!.w) &&
      (!linked || k > from || isPlaceOrPerson(list[k]!.w))) ||
      (cased && capitalisedInside(text, list[k]!) && !isProperWord(list[k]!.w)) ||
      (k > from &&
        (ORGANISATION_HEADS.has(list[k]!.w) || LEVEL_HEADS.has(list[k]!.w) || PLACE_ENDINGS.has(list[k]!.w))))
  )
    k++
  if (k === from) return undefined
  return { start: list[h]!.start, end: list[k - 1]!.end, type: 'OTHER', source: 'organisation' }
}

const ROMANCE = new Set(['es', 'pt', 'fr'])
// Workplaces Spanish and Portuguese name before the company's own name ("la construcción granite state builders").
// biome-ignore format: packed list
const WORKPLACES_BEFORE_NAME = new Set([
  'lavandería', 'lavanderia', 'compañía', 'compania', 'construcción', 'construccion', 'empresa', 'companhia', 'firma',
])
// English heads that end a business's own name ("… state builders", "… coast seafood", "… superior linen").
// biome-ignore format: packed list
const ENGLISH_BUSINESS_HEADS = new Set([
  ...ORGANISATION_HEADS, 'builders', 'contractors', 'linen', 'linens', 'laundry', 'seafood', 'seafoods', 'fisheries',
  'framing', 'cleaning', 'services', 'company', 'group', 'solutions', 'staffing', 'logistics', 'pros', 'masonry',
  'drywall', 'painting', 'concrete', 'remodeling', 'homes', 'packing', 'packaging',
])

/**
 * An English name of two words or more, ending on a business's head, after a workplace's head in a Spanish, Portuguese
 * or French text ("la construcción granite state builders", "la lavandería superior linen"): the name the business
 * gave itself. "la construcción part time", "una compañía de cleaning" stay.
 */
function englishNameAfter(text: string, list: readonly Word[], h: number): Span | undefined {
  let k = h + 1
  if (ARTICLES_AFTER_HEAD.has(list[k]?.w ?? '') && spacedGap(text, list[h]!, list[k]!)) k++
  const from = k
  // The text's languages, read at the first English word only (most heads have none after them).
  let main: ReadonlySet<string> | undefined
  while (k < list.length && k - from < MAX_NAME_WORDS && spacedGap(text, list[k - 1]!, list[k]!)) {
    const w = list[k]!.w
    if (w.length < 3 || !isEnglishWord(w) || isFunctionWordOfAnyLanguage(w) || isSpanishWord(w)) break
    if (main === undefined) {
      main = mainLatinLanguagesOfWords(list)
      if (![...main].some((code) => ROMANCE.has(code))) return undefined
    }
    if ((languages().languagesOfWord.get(w) ?? []).some((code) => main!.has(code))) break
    k++
  }
  if (k - from < 2 || !ENGLISH_BUSINESS_HEADS.has(list[k - 1]!.w)) return undefined
  return { start: list[from]!.start, end: list[k - 1]!.end, type: 'OTHER', source: 'organisation' }
}

// After a head and its article, words of time that say when, not which ("la escuela la semana pasada").
// biome-ignore format: packed list
const NOT_AFTER_ARTICLE = new Set([
  'semana', 'mañana', 'manana', 'tarde', 'noche', 'vez', 'próxima', 'proxima', 'pasada', 'pasado', 'misma', 'mismo',
  'otra', 'otro', 'primera', 'primero', 'última', 'ultima', 'cita', 'receta', 'medicina', 'medicinas', 'semaine', 'fois',
  // People and what they do there ("en la farmacia la doctora dice …").
  'doctora', 'doctor', 'enfermera', 'señora', 'señor', 'maestra', 'maestro', 'niña', 'niño', 'mamá', 'papá', 'gente',
  'muchacha', 'muchacho', 'dueña', 'dueño', 'encargada', 'encargado', 'dice', 'dijo', 'tiene', 'tenía', 'hay', 'va',
  'fue', 'puede', 'quiere', 'necesita', 'manda', 'mandó', 'da', 'dio', 'llama', 'llamó', 'sale', 'salió', 'número',
  'estoy', 'está', 'estamos', 'tengo', 'tenemos', 'llamo', 'quiero', 'queremos', 'necesito', 'necesitamos', 'hablo',
])
/** Spanish and Portuguese verb endings: "la farmacia la cerraron", "la panadería la estaban arreglando". */
export const VERB_FORM = /(?:aron|ieron|eron|amos|emos|imos|ando|iendo|aba|aban|ía|ían|aste|iste|ou|ram)$/
// Spanish articles only: "le" is a pronoun there ("la farmacia le salió"), and Portuguese names its shops without one.
const ARTICLES_AFTER_HEAD = new Set(['el', 'la', 'los', 'las'])
// Shops named "kind, article, name"; not "escuela", "iglesia", "tienda", which a new clause's subject follows as often
// ("en la escuela el niño se cayó").
// biome-ignore format: packed list
const SHOP_HEADS = new Set([
  'farmacia', 'pupusería', 'pupuseria', 'lavandería', 'lavanderia', 'panadería', 'panaderia', 'carnicería',
  'carniceria', 'taquería', 'taqueria', 'restaurante', 'lechería', 'lecheria', 'empacadora', 'distribuidora',
  'tortillería', 'tortilleria', 'paletería', 'paleteria', 'zapatería', 'zapateria', 'mueblería', 'muebleria',
  'farmácia', 'padaria', 'pharmacie', 'boulangerie',
])
// Words of Spanish, Portuguese and French that end a shop's name: articles, prepositions, pronouns, conjunctions.
// biome-ignore format: packed list
const ROMANCE_BOUNDARIES = new Set([
  'de', 'del', 'desde', 'en', 'con', 'para', 'por', 'que', 'y', 'o', 'a', 'al', 'la', 'las', 'los', 'el', 'le', 'les',
  'se', 'me', 'te', 'nos', 'lo', 'su', 'sus', 'mi', 'mis', 'tu', 'hasta', 'cuando', 'porque', 'pero', 'como', 'donde',
  'sin', 'sobre', 'entre', 'muy', 'más', 'mas', 'ya', 'no', 'sí', 'si', 'es', 'está', 'esta', 'son', 'do', 'da', 'em',
  'na', 'ao', 'com', 'pra', 'et', 'du', 'des', 'au', 'aux', 'dans', 'avec', 'pour', 'sur', 'chez', 'qui', 'il', 'elle',
])

// Words of work or of the pharmacy a few words before the shop's kind ("trabajo en la pupusería …", "the pharmacy is
// farmacia la económica"): without one, the article after a shop's kind opens the next clause as often ("en la
// taquería los tacos me cayeron mal").
// biome-ignore format: packed list
const WORK_WORDS = new Set([
  'trabajo', 'trabaja', 'trabajaba', 'trabajamos', 'trabajan', 'trabajar', 'trabajando', 'jefe', 'jefa', 'patrón',
  'patron', 'patrona', 'empleo', 'empleado', 'empleada', 'works', 'work', 'worked', 'job', 'employer', 'pharmacy',
  'farmacia',
])

/** Whether a word of work stands up to four words before word h. */
function atWork(list: readonly Word[], h: number): boolean {
  // "… de farmacia el buen samaritano", "del restaurante el charro": where a caller calls from.
  const before = list[h - 1]?.w
  if (before === 'de' || before === 'del' || (before === 'la' && list[h - 2]?.w === 'de')) return true
  for (let j = Math.max(0, h - 4); j < h; j++) if (WORK_WORDS.has(list[j]!.w)) return true
  return false
}

/**
 * "pupusería el comalito", "lavandería la moderna", "lechería los tres hermanos": a shop's kind, its article, then its
 * name, whatever its words mean (they are everyday words as often as not), up to a boundary.
 */
function nameAfterArticle(text: string, list: readonly Word[], h: number): Span | undefined {
  const article = list[h + 1]
  if (!article || !ARTICLES_AFTER_HEAD.has(article.w) || !spacedGap(text, list[h]!, article)) return undefined
  const from = h + 2
  let k = from
  while (k < list.length && k - from < 3 && spacedGap(text, list[k - 1]!, list[k]!)) {
    const w = list[k]!.w
    const { numbers, weekdays, months } = languages()
    // "la farmacia los domingos": a weekday said in the plural is when, not which.
    const day = weekdays.has(w) || weekdays.has(w.replace(/s$/, ''))
    if (NOT_AFTER_ARTICLE.has(w) || isClinicalTerm(w) || day || months.has(w) || VERB_FORM.test(w)) break
    // A number opens a name ("los tres hermanos"); any other function word ends it.
    if (k === from && numbers.has(w) && !ROMANCE_BOUNDARIES.has(w)) {
      k++
      continue
    }
    if (isFunctionWordOfAnyLanguage(w) || ROMANCE_BOUNDARIES.has(w) || numbers.has(w)) break
    k++
  }
  if (k === from) return undefined
  return { start: list[h]!.start, end: list[k - 1]!.end, type: 'OTHER', source: 'organisation' }
}
