/**
 * An organisation named after a person or a place is one identifier: the name or town the engine found, with the
 * words after it up to the organisation's head ("[kissena] family pharmacy", "[mack] trucks plant", "[granger] high",
 * "[hana] korean senior services") and a head before it in the languages that put it first ("escuela primaria
 * [sutton]"). Left beside a redacted name, the rest of the name still says which shop, school or agency, so it fails
 * closed with the name. Run on resolved spans; words between the span and the head must be words an organisation's
 * name is made of (kinds, heads, words that are no everyday word), so a verb or a clinical word ends the reading
 * ("[maria] needs home care", "[kevin] high fever"); after a given name only a word of the organisation's own opens it.
 */
import { lowerCaseOf } from '../blanking'
import { languages } from '../languages'
import {
  isBasicWord,
  isCity,
  isClinicalTerm,
  isEnglishWord,
  isFirstName,
  isForeignWord,
  isSpanishWord,
} from '../lexicon'
import { AFFILIATION_ENDS } from '../lexicon/affiliation-words'
import { HEADS_BEFORE_NAME, KIND_WORDS, ORGANISATION_HEADS } from '../lexicon/organisation-words'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { firstWordFrom, isNumberWord, type Word, words } from '../spoken'
import { ORGANISATION_EXTENT } from '../resolve-spans'
import { blanksOnly } from './chars'
import { FACILITY_WORDS } from './facility-names'
import type { Span } from './types'

const MAX_INNER = 3
const SPAN_TYPES = new Set(['NAME', 'CITY', 'OTHER'])

/** Words that end an organisation's name after the name or town it carries. */
// biome-ignore format: packed list
const HEADS: ReadonlySet<string> = new Set([
  ...ORGANISATION_HEADS, ...AFFILIATION_ENDS, 'associates', 'supply', 'supplies', 'markets', 'apartments', 'academy',
  'elementary', 'hospice', 'warehouse', 'trucks', 'distributors', 'cleaners', 'motors', 'store', 'stores',
  'seafood', 'seafoods', 'fisheries', 'fishery', 'builders', 'linen', 'linens', 'mall',
])

/**
 * Heads that follow a person's name as everyday nouns as often ("take [maria] home", "[kevin] school", "[rosa] care
 * plan"): after a name they end an organisation only with a word of its name before them.
 */
// biome-ignore format: packed list
const WEAK_AFTER_PERSON: ReadonlySet<string> = new Set([
  'home', 'homes', 'health', 'care', 'medical', 'clinic', 'hospital', 'lab', 'labs', 'field', 'yard', 'station',
  'court', 'security', 'express', 'union', 'club', 'group', 'office', 'department', 'board', 'district', 'service',
  'services', 'residence', 'mission', 'project', 'center', 'centre', 'program', 'line', 'lines', 'parts', 'repair',
  'bank', 'market', 'shop', 'living', 'farm', 'farms', 'plant', 'school', 'schools', 'college', 'church', 'dental',
  'pharmacy', 'drugs', 'garage', 'inn', 'op', 'coop', 'grill', 'deli', 'storage', 'lodge', 'tower', 'towers', 'villa',
  'plaza', 'depot', 'terminal', 'hub', 'library', 'protection', 'assistance', 'relief', 'outreach', 'resources',
  'partners', 'solutions', 'network', 'council', 'league', 'society', 'association', 'foundation', 'company',
  'ministry', 'brothers', 'bros', 'supply', 'supplies', 'markets', 'apartments', 'store', 'stores',
])

const SCHOOL_WORDS: ReadonlySet<string> = new Set(['school', 'schools'])
/** "high", "middle": a school's level ends its name only where nothing it describes follows ("[granger] high."). */
const LEVELS: ReadonlySet<string> = new Set(['high', 'middle'])
/** Prepositions of place before a name: what follows it is where someone is, works or goes. */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['at', 'from', 'to', 'with', 'en', 'de', 'para', 'em', 'na', 'no'])
/** Articles between such a preposition and the name ("working at the [mack] trucks plant"). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'la', 'el', 'o'])
/** Words after a level that keep it a school's ("[harding] high football", "[east] middle school"). */
// biome-ignore format: packed list
const AFTER_LEVEL: ReadonlySet<string> = new Set([
  'school', 'football', 'soccer', 'basketball', 'baseball', 'volleyball', 'softball', 'wrestling', 'track', 'team',
  'nurse', 'counselor', 'coach', 'band', 'students', 'student',
])

/** Words inside an organisation's name besides kinds and heads ("[hana] korean senior services"). */
// biome-ignore format: packed list
const INNER_WORDS: ReadonlySet<string> = new Set([
  'senior', 'adult', 'day', 'family', 'community', 'home', 'health', 'medical', 'heart',
  'general', 'memorial', 'regional', 'united', 'american', 'national', 'international', 'christian', 'baptist',
  'care', 'prime', 'star', 'view', 'touch', 'attendant', 'nursing', 'learning', 'child', 'development', 'human',
  'cultural', 'islamic', 'catholic', 'lutheran', 'methodist', 'presbyterian', 'pentecostal', 'evangelical',
  'grading', 'pipe', 'steel', 'metal', 'cold', 'chain', 'freight', 'valley', 'gold', 'golden',
])
const LINKS: ReadonlySet<string> = new Set(['and', 'of'])

/**
 * Heads that open an organisation's name before it, in the languages that put them first ("escuela [wetherbee]",
 * "legliz [ebenezer]", "l'église [évangélique]", "xưởng [igloo]", "مطعم [الزيتونة]"), besides organisations.ts's.
 */
// biome-ignore format: packed list
const HEADS_BEFORE: ReadonlySet<string> = new Set([
  ...HEADS_BEFORE_NAME, 'legliz', 'lekòl', 'lekol', "l'église", "l'eglise", "l'école", "l'ecole", 'xưởng', 'chùa',
  'hãng', 'مطعم', 'صيدلية', 'مدرسة', 'مسجد', 'كنيسة', 'شركة', 'مصنع', 'محل', 'escuelita', 'empresa', 'compañía',
  'compania', 'companhia', 'agencia', 'agência', 'parroquia', 'paróquia', 'paroisse', 'mercado', 'supermercado',
])
/**
 * Words between such a head and the name ("escuela primaria [sutton]", "legliz batis [ebenezer]"); no article or "de":
 * "lekòl la [marie] rele" is the school's nurse named, "la agencia de [town]" the town's office.
 */
// biome-ignore format: packed list
const BETWEEN_HEAD_AND_NAME: ReadonlySet<string> = new Set([
  'primaria', 'secundaria', 'preparatoria', 'elemental', 'cristiana', 'cristiano', 'bautista', 'católica', 'catolica',
  'evangélica', 'evangelica', 'pentecostal', 'adventista', 'batis', 'katolik', 'evangélique', 'evangelique',
  'baptiste', 'batista',
])
/**
 * Words of public bodies and of a clinic's own sites ("[boise] police department", "our [eagle] office", "[nampa]
 * school district", "the [downtown] clinic"): the place in them is the identifier, the rest says which kind of office,
 * so the reading stops at them.
 */
// biome-ignore format: packed list
const PUBLIC_WORDS: ReadonlySet<string> = new Set([
  'office', 'offices', 'department', 'dept', 'district', 'board', 'agency', 'court', 'station', 'clinic', 'clinics',
  'hospital', 'police', 'sheriff', "sheriff's", 'fire', 'library', 'public', 'county',
])
/** The forces a town names ("[kent] police"), and the units that follow them ("department", "precinct"). */
const FORCES: ReadonlySet<string> = new Set(['police', 'sheriff', "sheriff's", 'pd'])
const FORCE_UNITS: ReadonlySet<string> = new Set(['department', 'dept', 'station', 'precinct', 'office', 'officer'])
/** Words before a town that make it the force's ("with [kent] police", "the [dearborn] police"). */
const FORCE_BEFORE: ReadonlySet<string> = new Set(['with', 'from', 'of', 'for', 'the', 'called', 'call'])
/** Words a level describes as a finding ("[orlando] high blood pressure"), besides the clinical vocabulary. */
// biome-ignore format: packed list
const FINDINGS: ReadonlySet<string> = new Set([
  'blood', 'pressure', 'sugar', 'sugars', 'cholesterol', 'risk', 'fever', 'temperature', 'temp', 'dose', 'bp',
  'glucose', 'heart', 'rate', 'levels', 'level', 'count', 'reading', 'readings',
])

/** Whether the word after a level is what the level describes as a finding. */
function describesFinding(next: string | undefined): boolean {
  return next !== undefined && (FINDINGS.has(next) || isClinicalTerm(next))
}

/**
 * Heads of care after a town ("[nampa] family health", "[eagle] home care"): a clinic named for its town is the town,
 * as detectors/facility-extents.ts and affiliations read it; after a person's name it is that person's business.
 */
const CARE_HEADS: ReadonlySet<string> = new Set([...FACILITY_WORDS, 'care', 'home', 'homes'])

/** A word that goes inside an organisation's name: a kind, a head, a word of the table, or no everyday word. */
function isInner(w: string): boolean {
  if (HEADS.has(w) || INNER_WORDS.has(w)) return true
  // The kinds' table holds determiners too ("your", "which"): "[mr lee] your labs" is no organisation.
  if (isFunctionWordOfAnyLanguage(w) || isNumberWord(w)) return false
  if (KIND_WORDS.has(w)) return true
  if (isClinicalTerm(w) || isBasicWord(w)) return false
  return !isEnglishWord(w) && !isSpanishWord(w) && !isForeignWord(w) && !languages().words.has(w)
}

/** Words of time and talk that carry the sentence on after a place ("at [lincoln] park today school called"). */
// biome-ignore format: packed list
const TIME_AND_TALK: ReadonlySet<string> = new Set([
  'today', 'tomorrow', 'yesterday', 'tonight', 'now', 'again', 'still', 'also', 'too', 'just', 'really', 'here', 'there',
  'then', 'later', 'soon', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'um', 'uh',
  'please', 'thanks', 'okay', 'ok', 'yes', 'yeah', 'hoy', 'mañana', 'ayer', 'ahora',
])

/**
 * A word that may stand in an organisation's name after a place: no function, number, clinical, -ed or -ing word, no
 * word of time or talk.
 */
function mayNameAfterPlace(w: string): boolean {
  const { weekdays, months } = languages()
  return (
    !isFunctionWordOfAnyLanguage(w) &&
    !isNumberWord(w) &&
    !isClinicalTerm(w) &&
    !TIME_AND_TALK.has(w) &&
    !weekdays.has(w) &&
    !months.has(w) &&
    !/(?:ed|ing|ando|iendo|ado|ido)$/.test(w)
  )
}

/** Whether the word at `at` is capitalised in a text that writes lower case too. */
function capitalisedInCasedText(text: string, at: number): boolean {
  const c = text[at] ?? ''
  return c !== c.toLowerCase() && text !== text.toUpperCase()
}

/** Nouns a head opens as a compound ("school nurse", "school district", "shelter bed", "care plan"). */
// biome-ignore format: packed list
const COMPOUND_AFTER: ReadonlySet<string> = new Set([
  'district', 'districts', 'board', 'bus', 'nurse', 'nurses', 'office', 'counselor', 'system', 'zone', 'year',
  'physical', 'form', 'forms', 'shift', 'lot', 'checkup', 'visit', 'appointment', 'shots', 'teacher', 'principal',
  'registration', 'enrollment', 'records', 'paperwork', 'pickup', 'lunch', 'bed', 'beds', 'unit', 'aide', 'aides',
  'plan', 'proxy', 'history', 'leave', 'staff', 'worker', 'manager', 'coordinator', 'case', 'team', 'teachers',
])

/** Whether the head at index `k` opens a compound noun with the word after it. */
function opensCompound(text: string, list: readonly Word[], k: number): boolean {
  const next = list[k + 1]
  return next !== undefined && blanksOnly(text, list[k]!.end, next.start) && COMPOUND_AFTER.has(next.w)
}

/**
 * Whether the clinical word at index `k` names what an institution treats, right before its head ("[lifespan] cancer
 * institute", "[ridgeview] heart associates"); before care or a home it is the care given ("[maria] wound care").
 */
function clinicalBeforeHead(text: string, list: readonly Word[], k: number): boolean {
  const next = list[k + 1]
  if (!next || !isClinicalTerm(list[k]!.w) || !blanksOnly(text, list[k]!.end, next.start)) return false
  return HEADS.has(next.w) && !CARE_HEADS.has(next.w) && !WEAK_AFTER_PERSON.has(next.w)
}

/** Whether a level word at index `k` ends a school's name: nothing it could describe follows. */
function levelEnds(text: string, list: readonly Word[], k: number): boolean {
  const next = list[k + 1]
  if (!next || !blanksOnly(text, list[k]!.end, next.start)) return true
  return AFTER_LEVEL.has(next.w) || isFunctionWordOfAnyLanguage(next.w)
}

/** The start of a head that opens the organisation whose name starts at `start`, or `start` itself. */
function headBefore(text: string, list: readonly Word[], start: number, given: boolean): number {
  let k = firstWordFrom(list, start) - 1
  let to = start
  for (let steps = 0; k >= 0 && steps < 3; steps++, k--) {
    const w = list[k]!
    if (!blanksOnly(text, w.end, to)) return start
    // "fuimos al supermercado rosa se mareó": a given name right after the head is as often the next clause's subject;
    // after a level or a denomination it is the school's or church's ("escuela primaria rosa parks").
    if (HEADS_BEFORE.has(w.w)) return given && steps === 0 ? start : w.start
    if (!BETWEEN_HEAD_AND_NAME.has(w.w)) return start
    to = w.start
  }
  return start
}

/**
 * The organisations named after a name or a town found already: each span widened over the words after it through
 * the organisation's head. Returns only the widened spans (type OTHER; the resolver lets them outrank the name in
 * them, so its words are neither remembered nor propagated as a person's).
 */
export function organisationExtents(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  let list: readonly Word[] | undefined
  let lower: string | undefined
  for (const span of spans) {
    if (!SPAN_TYPES.has(span.type)) continue
    lower ??= lowerCaseOf(text)
    list ??= words(lower)
    const value = lower.slice(span.start, span.end)
    const parts = value.split(/\s+/)
    // A given name before these words is as often a person whose possessive the transcript dropped ("maria home care
    // is coming", "pedro transportation", "jose high again"): only a word of the organisation's own opens it then,
    // unless a preposition of place puts the name at a place ("works at the mack trucks plant").
    const at = firstWordFrom(list, span.start)
    const before = list[at - 1]?.w ?? ''
    const placed = PLACE_BEFORE.has(before) || (ARTICLES.has(before) && PLACE_BEFORE.has(list[at - 2]?.w ?? ''))
    const given = span.type !== 'CITY' && !placed && isFirstName(parts[parts.length - 1]!)
    // A name found by no town rule is a town's only when no given name ("drew", "tyler") reads it first. Looked up only
    // when a word follows the name (most names are followed by none this reads).
    let town: boolean | undefined
    let k = firstWordFrom(list, span.end)
    let from = span.end
    let end = -1
    // A name glued to what follows ("[maria]'s", "[boise],") opens no organisation's words after it.
    const c = text.charCodeAt(span.end)
    if (c !== 32 && c !== 9) k = list.length
    let inner = 0
    let own = 0
    for (let steps = 0; k < list.length && steps <= MAX_INNER; steps++, k++) {
      const w = list[k]!
      if (!blanksOnly(text, from, w.start)) break
      // "[kent] police", "[dearborn] police department": a town's force is named by the town, and "police" left
      // beside it still names the force; an office of the town's ("the [eagle] office") says only which site.
      // Not "in flint police took my son": the force after a preposition of its own or before its unit.
      const unitAfter = FORCE_UNITS.has(list[k + 1]?.w ?? '') && blanksOnly(text, w.end, list[k + 1]!.start)
      if (FORCES.has(w.w) && inner === 0 && !given && (FORCE_BEFORE.has(before) || unitAfter)) {
        end = w.end
        const after = list[k + 1]
        if (after && FORCE_UNITS.has(after.w) && blanksOnly(text, w.end, after.start)) end = after.end
        break
      }
      if (PUBLIC_WORDS.has(w.w)) break
      if (LEVELS.has(w.w)) {
        // After a given name a level ends a school's name only before what the school has ("the granger high
        // volleyball team") or capitalised as a name ("the Lawrence High soccer team"); "jose high again" is his sugar.
        const next = list[k + 1]?.w ?? ''
        const school = (AFTER_LEVEL.has(next) && !SCHOOL_WORDS.has(next)) || capitalisedInCasedText(text, w.start)
        // After a place preposition a town's level is its school whatever follows ("his teacher at [kernersville]
        // middle saying").
        if (
          (!given || school) &&
          (levelEnds(text, list, k) ||
            ((town ??= span.type === 'CITY' || (!given && isCity(value))) &&
              placed &&
              !describesFinding(list[k + 1]?.w)))
        )
          end = w.end
        // "[hope] high school": the school's own word goes with its level.
        const after = list[k + 1]
        if (end === w.end && after && SCHOOL_WORDS.has(after.w) && blanksOnly(text, w.end, after.start)) end = after.end
        break
      }
      // "[bishop] parking the car": a head in -ing right after a name is as often the verb.
      const weak = WEAK_AFTER_PERSON.has(w.w) || w.w.endsWith('ing')
      town ??= span.type === 'CITY' || (!given && isCity(value))
      const head = town ? !CARE_HEADS.has(w.w) : given ? own > 0 : !(inner === 0 && weak)
      // "the [nampa] school nurse", "[kevin] school bus": a head that opens a compound names no one's organisation.
      // "[tate's] auto body": body ends a name only after auto ("[dallas] body aches" stays).
      const autoBody = w.w === 'body' && list[k - 1]?.w === 'auto'
      // After an organisation found already a head needs a word of the name first ("[walgreens] associates were rude").
      // Nor is a care head there the organisation's: "[little haiti] community health" is the clinic named for its
      // place, as after a town.
      const afterOrganisation = span.type !== 'OTHER' || (inner > 0 && !CARE_HEADS.has(w.w))
      if ((HEADS.has(w.w) || autoBody) && head && afterOrganisation && !opensCompound(text, list, k)) end = w.end
      if (LINKS.has(w.w) && inner > 0) {
        from = w.end
        continue
      }
      // After a preposition of place the words up to a head are the organisation's, whatever they mean ("from
      // [atlantic] coast seafood", "at [granite] state builders"): no head, no reading.
      // Only after a town or an organisation: after a person's name a kinship word or a dropped possessive follows
      // as often ("sent the form to [jose] insurance company", "at [maria] daughter school").
      const overAny = placed && span.type !== 'NAME' && mayNameAfterPlace(w.w)
      if (!isInner(w.w) && !clinicalBeforeHead(text, list, k) && !overAny) break
      inner++
      if (!HEADS.has(w.w) && !INNER_WORDS.has(w.w) && !KIND_WORDS.has(w.w)) own++
      from = w.end
    }
    const start = headBefore(text, list, span.start, span.type !== 'CITY' && isFirstName(parts[0]!))
    if (end > span.end || start < span.start)
      out.push({ start, end: Math.max(end, span.end), type: 'OTHER', source: ORGANISATION_EXTENT })
  }
  return out
}
