/**
 * Person slots: predicates asking whether the word at i stands where only a person can ("Grace fell asleep", "tell
 * me, Summer?", "did april get her shots", "georgia has a fever", "rose is my daughter"). Each is tried on every word
 * no cue marked; the word sets next to each predicate are the verbs, states and openers that make the slot.
 */
import {
  CALENDAR_NAMES,
  CUES,
  NOUN_NAMES,
  PARTICLES,
  ORG_WORDS,
  PERSON_VERBS,
  PROPER_PHRASES,
  SICK_FILLERS,
  SICK_WORDS,
  SPANISH_AUX_NAMES,
  SUBJECT_VERBS,
  TITLE_RELATIONS,
  VOCATIVE_NEXT,
  VOCATIVE_STOP,
} from '../../lexicon/name-cues'
import { isClinicalWordOf } from '../../languages/words'
import { afterPersonCue } from './backstop'
import { type Ctx, POSSESSIVES, SPACE_ONLY, type Tok, gap, isAux, isCap, isFunctionWord } from './tokens'

// biome-ignore format: packed list
const DATE_PREPOSITIONS = new Set([
  'in', 'on', 'of', 'since', 'until', 'till', 'by', 'before', 'after', 'early', 'late', 'mid', 'next', 'last', 'this',
  'every', 'en', 'de',
])

/** Seasons and holidays, some also first names ("summer", "autumn"): a time rather than a person. */
export const SEASONS = new Set(['summer', 'autumn', 'fall', 'winter', 'spring', 'christmas', 'easter', 'holiday'])

/** A name from the gazetteer that is not a common word, anywhere. */
export function isGazetteerName(t: Tok, informative: boolean, spanish: boolean): boolean {
  if (!t.cls.strong || t.glued) return false
  // "me arden los ojos", "tomas la medicina?": in Spanish text a verb form is a name only with a cue or a capital.
  if (spanish && t.cls.spanishVerb && !t.cap && !t.upper) return false
  if (t.lower.length < 3) return false
  // An ALL-CAPS short word in mixed-case text is an acronym (ANA, LEE?), not a name.
  if (informative && t.upper && t.lower.length <= 3) return false
  return true
}

const INTERPRETER = /^(?:interpreters?|translators?|int[eé]rpretes?|traductora?)$/

/** "an interpreter for Dari", "she speaks Dari": a language the lists know (also a first name) where a language is asked for. */
export function isLanguageAsked(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  if (!t.cls.proper) return false
  const p1 = ctx.toks[i - 1]?.lower ?? ''
  const p2 = ctx.toks[i - 2]?.lower ?? ''
  return (
    ((p1 === 'for' || p1 === 'in' || p1 === 'de' || p1 === 'en') && INTERPRETER.test(p2)) ||
    /^(?:speaks?|spoke|speaking|hablo|only)$/.test(p1)
  )
}

/** The lower-case words up to i, with the four before it (all afterPersonCue reads): the index of i in them. */
function wordsBefore(ctx: Ctx, i: number): [string[], number] {
  const from = Math.max(0, i - 4)
  return [ctx.toks.slice(from, i + 1).map((x) => x.lower), i - from]
}

/** A first name or surname capitalised mid-sentence in mixed-case text ("then Will said", "ask Hope", "Graves"). */
export function isCapitalisedName(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const c = t.cls
  if (!ctx.informative || !t.cap || t.sentStart || t.glued || c.clinical) return false
  if (isFunctionWord(t.lower) || (c.proper && !c.first) || isLanguageAsked(ctx, i)) return false
  // A drug or condition of the leading language's clinical list, capitalised as brands are ("du Doliprane", "la
  // Metformina", "Эликвис"): those lists hold no name, so the capital alone makes none. Right after a self or
  // relation cue the capital word is what the cue says ("soy Gota").
  const dominant = ctx.dominant
  if (dominant && isClinicalWordOf(t.lower, dominant) && !afterPersonCue(...wordsBefore(ctx, i))) return false
  if ((ORG_WORDS.has(t.lower) || ADDRESS_WORDS.has(t.lower)) && !c.strong) return false
  // "My Daughter has a fever", "Mother called": a relation word is not a name (the name after it is).
  // Title-like relations still count: "my Tío Chuy", "Grandma Lou".
  if (
    !c.strong &&
    !c.first &&
    !TITLE_RELATIONS.has(t.lower) &&
    CUES.get(t.lower)?.some((cue) => cue.kind === 'relation' && cue.words.length === 1)
  )
    return false
  // "Urgent Care", "Blue Cross", "my Part B": a known capitalised phrase.
  const prev = ctx.toks[i - 1]
  const next = ctx.toks[i + 1]
  if (prev && SPACE_ONLY.test(gap(ctx, i)) && PROPER_PHRASES.has(`${prev.lower} ${t.lower}`)) return false
  if (next && SPACE_ONLY.test(gap(ctx, i + 1)) && PROPER_PHRASES.has(`${t.lower} ${next.lower}`)) return false
  // Any other capitalised word mid-sentence too: patients rarely capitalise words that are not names.
  if (CALENDAR_NAMES.has(t.lower)) {
    const prev = ctx.toks[i - 1]
    if (prev && DATE_PREPOSITIONS.has(prev.lower)) return false
    if (
      /^[\s,]*\d/.test(ctx.text.slice(t.end, t.end + 4)) ||
      /\d[\s,]*$/.test(ctx.text.slice(Math.max(0, t.start - 4), t.start))
    )
      return false
  }
  return true
}

/** A first name opening a sentence as the subject of a verb ("Grace fell asleep", "Will is sick"). */
export function isSubjectName(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const next = ctx.toks[i + 1]
  // "and grace called back", "so hope texted": a conjunction opening the clause counts as a sentence start.
  const before = ctx.toks[i - 1]
  const opens =
    t.sentStart ||
    (before !== undefined &&
      CLAUSE_OPENERS.has(before.lower) &&
      SPACE_ONLY.test(gap(ctx, i)) &&
      PERSON_ACTIONS.has(next?.lower ?? ''))
  if (!opens || t.cls.clinical || t.glued || !next || !SPACE_ONLY.test(gap(ctx, i + 1))) return false
  // "Rich came home": a verb of coming and going after a listed first name only ("Urine came back clean").
  const moves = PERSON_MOVES.has(next.lower) && t.cls.first && (t.cap || t.upper)
  if (
    !(SUBJECT_VERBS.has(next.lower) || PERSON_ACTIONS.has(next.lower) || moves) ||
    (ctx.spanish && SPANISH_AUX_NAMES.has(t.lower))
  )
    return false
  if (!t.cls.first) return t.cap && ctx.informative && !t.cls.basic && !isFunctionWord(t.lower)
  if (t.cap || t.upper) return true
  // "rose is finally asleep", "mark was still napping": a state only a person (or a pet) is in.
  if (
    (next.lower === 'is' || next.lower === 'was') &&
    !isAux(ctx, t.lower) &&
    !CALENDAR_NAMES.has(t.lower) &&
    personState(ctx, i + 2)
  )
    return true
  // Lower-case text: only names that are not everyday words, and not before is/has ("mark is red"); everyday-word
  // names before a verb only a person does ("grace picked up the rx", "faith threw up"), unless mostly nouns.
  if (isAux(ctx, t.lower)) return false
  if (!t.cls.basic) return !['is', 'was', 'has', 'had'].includes(next.lower)
  if (CALENDAR_NAMES.has(t.lower) || SEASONS.has(t.lower)) return false
  // "dawn is picking it up", "grace was coughing all night".
  const after = ctx.toks[i + 2]
  if (
    (next.lower === 'is' || next.lower === 'was') &&
    after &&
    SPACE_ONLY.test(gap(ctx, i + 2)) &&
    PERSON_DOING.has(after.lower)
  ) {
    return !NOUN_NAMES.has(t.lower) || ABSTRACT_NAMES.has(t.lower)
  }
  if (!PERSON_ACTIONS.has(next.lower)) return false
  return !NOUN_NAMES.has(t.lower) || ABSTRACT_NAMES.has(t.lower) || SPEECH_VERBS.has(next.lower)
}

/** Adverbs between is/was and a person's state ("is finally asleep", "was still crying"). */
const STATE_ADVERBS = new Set([
  'finally',
  'still',
  'now',
  'already',
  'just',
  'fast',
  'sound',
  'wide',
  'not',
  'barely',
  'half',
])
const PERSON_STATES = new Set([
  'asleep',
  'awake',
  'napping',
  'sleeping',
  'crying',
  'fussy',
  'cranky',
  'teething',
  'potty',
])

/** The word at k (after up to two adverbs) is a state only a person is in. */
function personState(ctx: Ctx, k: number): boolean {
  const { toks } = ctx
  while (k < toks.length && k - 1 >= 0 && STATE_ADVERBS.has(toks[k]!.lower) && SPACE_ONLY.test(gap(ctx, k))) k++
  return toks[k] !== undefined && SPACE_ONLY.test(gap(ctx, k)) && PERSON_STATES.has(toks[k]!.lower)
}

const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'so',
  'then',
  'also',
  'because',
  'cuz',
  'until',
  'when',
  'after',
  'before',
  'since',
])

// biome-ignore format: packed list
const PERSON_DOING = new Set([
  'picking', 'coming', 'bringing', 'driving', 'calling', 'feeling', 'getting', 'taking', 'running', 'staying',
  'sleeping', 'eating', 'crying', 'coughing', 'vomiting', 'throwing', 'asking', 'waiting', 'working', 'texting',
  'wheezing', 'complaining', 'refusing', 'teething', 'acting', 'walking', 'talking', 'breathing', 'sneezing',
])

/** Only a person says or asks: "mark said to call" (but "chase called me" may be the bank). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'asked', 'texted', 'wants', 'wanted'])

/** Noun-like names whose noun cannot pick up, fall or text ("grace picked up the rx", not "chase called me"). */
export const ABSTRACT_NAMES = new Set(['hope', 'faith', 'grace', 'joy', 'dawn', 'sue'])

const PERSON_MOVES = new Set(['came', 'went', 'left', 'returned'])
// biome-ignore format: packed list
const PERSON_ACTIONS = new Set([
  'necesita', 'quiere', 'vino', 'llamó', 'dijo', 'amaneció', 'vomitó', 'despertó', 'durmió', 'comió',
  'picked', 'dropped', 'brought', 'drove', 'said', 'says', 'told', 'asked', 'called', 'texted', 'wants', 'wanted',
  'needs', 'needed', 'fell', 'threw', 'woke', 'ate', 'slept', 'cried', 'fainted', 'vomited', 'coughed', 'tested',
  'complains', 'complained', 'refuses', 'refused', 'missed', 'forgot', 'lost', 'broke', 'cut', 'bumped', 'hurt',
  'feels', 'felt', 'keeps', 'kept', "can't", 'cant', "won't", 'wont', "didn't", 'didnt', "doesn't", 'doesnt',
  'cries', 'screams', 'sleeps', 'wakes', 'fusses', 'coughs', 'eats', 'throws', 'vomits', 'naps',
])

/** A first name as the subject of a symptom, any casing: "georgia has a 101 fever", "and tom is vomiting". */
export function isPatientSubject(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const c = t.cls
  if (!c.first || c.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower))
    return false
  // "the bill has…", "my mark is…": a determiner before it makes it a common noun.
  const prev = toks[i - 1]
  if (
    prev &&
    SPACE_ONLY.test(gap(ctx, i)) &&
    (POSSESSIVES.has(prev.lower) || !(t.sentStart || SUBJECT_OPENERS.has(prev.lower)))
  )
    return false
  const verb = toks[i + 1]
  if (!verb || !SPACE_ONLY.test(gap(ctx, i + 1)) || !PATIENT_VERBS.has(verb.lower)) return false
  // A Spanish verb makes it Spanish however short the text: "esta tiene fiebre" is "this one has a fever".
  if (verb.cls.spanish && SPANISH_AUX_NAMES.has(t.lower)) return false
  for (let k = i + 2; k < toks.length && k <= i + 6; k++) {
    if (!/^[\s\d.,°]*$/.test(gap(ctx, k))) return false
    const w = toks[k]!
    if (SICK_WORDS.has(w.lower) || (w.cls.clinical && !w.cls.first && !SICK_FILLERS.has(w.lower))) return true
    // "ivy is doing better" (not "june is better": a month can be better for an appointment).
    if ((w.lower === 'better' || w.lower === 'worse') && toks[k - 1]!.lower === 'doing' && !CALENDAR_NAMES.has(t.lower))
      return true
    if (w.lower === 'doing') continue
    if (!SICK_FILLERS.has(w.lower)) return false
  }
  return false
}

/** "grace from billing called", "spoke with hope from the front desk": a first name, then where the person works. */
export function isStaffFrom(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  if (
    !t.cls.first ||
    t.cls.clinical ||
    t.glued ||
    isAux(ctx, t.lower) ||
    isFunctionWord(t.lower) ||
    CALENDAR_NAMES.has(t.lower)
  )
    return false
  if (toks[i + 1]?.lower !== 'from' || !SPACE_ONLY.test(gap(ctx, i + 1))) return false
  let k = i + 2
  if (toks[k] && ['the', 'your', 'ur', 'dr', 'dr.', 'doctor'].includes(toks[k]!.lower)) k++
  return toks[k] !== undefined && STAFF_PLACES.has(toks[k]!.lower)
}

// biome-ignore format: packed list
const STAFF_PLACES = new Set([
  'billing', 'scheduling', 'front', 'desk', 'office', 'clinic', 'pharmacy', 'lab', 'labs', 'radiology', 'insurance',
  'hospital', 'nursing', 'reception', 'urgent', 'records', 'imaging', 'pediatrics', 'cardiology', 'dermatology',
])

/** "Honey is what the kids call grandma", "bubba is what we call him": a nickname explained. */
export function isNickname(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  if (
    !t.sentStart ||
    t.glued ||
    t.cls.clinical ||
    isFunctionWord(t.lower) ||
    toks[i + 1]?.lower !== 'is' ||
    toks[i + 2]?.lower !== 'what'
  )
    return false
  for (let k = i + 3; k < toks.length && k <= i + 6; k++) if (/^call(?:s|ed)?$/.test(toks[k]!.lower)) return true
  return false
}

/** "pls have jay call me", "did april get her shots", "can rosie come in too": a person between an auxiliary and a verb. */
export function isAskedAbout(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const c = t.cls
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (!c.first || c.clinical || t.glued || !prev || !next || isAux(ctx, t.lower) || isFunctionWord(t.lower))
    return false
  if (!SPACE_ONLY.test(gap(ctx, i)) || !SPACE_ONLY.test(gap(ctx, i + 1)) || !PERSON_VERBS.has(next.lower)) return false
  if (!ASKING.has(prev.lower)) return false
  // "can grace pick up", "did hope call back": an abstract noun cannot pick up or call ("have faith" is an idiom).
  if (ABSTRACT_NAMES.has(t.lower) && !['have', 'had', 'has'].includes(prev.lower)) return true
  return !NOUN_NAMES.has(t.lower) || isCap(ctx, t)
}

/** "was mason playing outside", "is tyler feeling any better": a first name between is/was and an -ing verb. */
export function isAskedDoing(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (!t.cls.first || t.cls.clinical || t.glued || !prev || !next || isAux(ctx, t.lower) || isFunctionWord(t.lower))
    return false
  if (
    !['is', 'was', 'isnt', "isn't", 'wasnt', "wasn't"].includes(prev.lower) ||
    !(prev.sentStart || isCap(ctx, prev) || prev.cap)
  )
    return false
  // "is faith ok to come in", "was grace awake": a question about how a person is.
  if (
    ASKED_STATES.has(next.lower) &&
    SPACE_ONLY.test(gap(ctx, i)) &&
    SPACE_ONLY.test(gap(ctx, i + 1)) &&
    !CALENDAR_NAMES.has(t.lower) &&
    (!NOUN_NAMES.has(t.lower) || ABSTRACT_NAMES.has(t.lower))
  )
    return true
  return (
    SPACE_ONLY.test(gap(ctx, i)) &&
    SPACE_ONLY.test(gap(ctx, i + 1)) &&
    /^[a-z]{2,}ing$/.test(next.lower) &&
    next.cls.common &&
    (!NOUN_NAMES.has(t.lower) || (ABSTRACT_NAMES.has(t.lower) && PERSON_DOING.has(next.lower)))
  )
}

const OWNERS = new Set([
  'my',
  'our',
  'her',
  'his',
  'their',
  'your',
  'mi',
  'su',
  'tu',
  'mis',
  'sus',
  'nuestra',
  'nuestro',
])

/** "rose is my daughter", "ivy and rose are my twins", "june es mi hija": a first name said to be someone's relative. */
export function isNamedRelative(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  if (
    !t.cls.first ||
    t.cls.clinical ||
    t.glued ||
    t.lower.length < 2 ||
    isFunctionWord(t.lower) ||
    PARTICLES.has(t.lower)
  )
    return false
  // "with destiny and her kids", "grace and his wife": a first name joined to someone's relative.
  const and = toks[i + 1]
  const whose = toks[i + 2]
  const kin = toks[i + 3]
  if (
    and?.lower === 'and' &&
    whose &&
    kin &&
    ['his', 'her', 'their'].includes(whose.lower) &&
    SPACE_ONLY.test(gap(ctx, i + 1)) &&
    SPACE_ONLY.test(gap(ctx, i + 2)) &&
    SPACE_ONLY.test(gap(ctx, i + 3)) &&
    !CALENDAR_NAMES.has(t.lower) &&
    !isAux(ctx, t.lower) &&
    (CUES.get(kin.lower)?.some((c) => c.kind === 'relation' && c.words.length === 1) ?? false)
  )
    return true
  const be = toks[i + 1]
  const own = toks[i + 2]
  const rel = toks[i + 3]
  if (!be || !own || !rel || !['is', 'are', 'was', 'es', 'son', 'era'].includes(be.lower) || !OWNERS.has(own.lower))
    return false
  if (!SPACE_ONLY.test(gap(ctx, i + 1)) || !SPACE_ONLY.test(gap(ctx, i + 2)) || !SPACE_ONLY.test(gap(ctx, i + 3)))
    return false
  return CUES.get(rel.lower)?.some((c) => c.kind === 'relation' && c.words.length === 1) ?? false
}

/** How a person is asked about: "is faith ok", "was hope awake". */
const ASKED_STATES = new Set([
  'ok',
  'okay',
  'alright',
  'allowed',
  'awake',
  'asleep',
  'available',
  'eating',
  'breathing',
])

// biome-ignore format: packed list
const ASKING = new Set([
  'have', 'had', 'let', 'make', 'did', 'does', 'do', 'can', 'could', 'would', 'should', 'will', 'has', 'might', 'may',
  'cant', "can't", 'didnt', "didn't", 'doesnt', "doesn't",
])

const PATIENT_VERBS = new Set([
  'has',
  'had',
  'is',
  'was',
  'got',
  'gets',
  'tiene',
  'tenía',
  'está',
  'esta',
  'anda',
  'sigue',
])
// Words after which a new clause may open without a stop in a transcript ("i cant come today junior is sick").
// biome-ignore format: packed list
const SUBJECT_OPENERS = new Set([
  'and', 'but', 'so', 'then', 'also', 'because', 'cuz', 'cause', 'now', 'y', 'pero', 'that', 'if', 'since', 'think',
  'ahora', 'today', 'tonight', 'tomorrow', 'yesterday', 'anymore', 'hoy', 'mañana', 'ayer',
])

// biome-ignore format: packed list
const DISCOURSE = new Set([
  'yea', 'yeah', 'yes', 'ok', 'okay', 'so', 'lol', 'omg', 'well', 'um', 'uh', 'oh', 'and', 'but', 'also', 'btw',
  'sorry', 'pues', 'oye', 'bueno',
])

// biome-ignore format: packed list
const CLOSINGS = new Set([
  'thanks', 'thank', 'thx', 'ty', 'soon', 'later', 'bye', 'ok', 'okay', 'good', 'great', 'again', 'tomorrow', 'today',
  'you', 'u', 'much', 'lot', 'it', 'help', 'day', 'night', 'weekend', 'care', 'then', 'gracias',
])

// A request put to someone by name: "Sunny can u…", "grace could you…".
const REQUEST_MODALS = new Set(['can', 'could', 'would', 'will', 'cant', "can't"])
const SECOND_PERSON = new Set(['u', 'you', 'ya', 'yall', "y'all"])

/** A first name called out: "tanner why do you…" at the start, "…, Summer?" at the end of a sentence. */

export function isVocative(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const c = t.cls
  if (!c.first || c.clinical || t.glued || isFunctionWord(t.lower)) return false
  // A capitalised first name opening the message, then a comma: "Bill, the results are in", "Will, call me".
  if (t.sentStart && (t.cap || t.upper) && ctx.toks.length > 2 && /^ ?,/.test(ctx.text.slice(t.end, t.end + 2)))
    return !CALENDAR_NAMES.has(t.lower)
  const next = ctx.toks[i + 1]
  // "yea tanner do another", "ok so marcus can you…": a discourse marker before the name still opens the sentence.
  const prev = ctx.toks[i - 1]
  const opening =
    t.sentStart ||
    (prev !== undefined && prev.sentStart && DISCOURSE.has(prev.lower) && /^[ \t]*,?[ \t]*$/.test(gap(ctx, i)))
  const opensQuestion =
    opening && next !== undefined && SPACE_ONLY.test(gap(ctx, i + 1)) && VOCATIVE_NEXT.has(next.lower)
  // "Grant what if…": a capitalised everyday first name opening the message, unless it opens a phrase ("Hope you…").
  if (opensQuestion && t.cap && !isAux(ctx, t.lower) && !VOCATIVE_STOP.has(t.lower)) return true
  // "Sunny can u call me back", "Grace could you…": a modal and "you" after it make a capitalised first name the one
  // asked, unless the word comes back in the message as a word ("Rose can you call, the rash rose up"): a name found is
  // redacted wherever it stands.
  const after = ctx.toks[i + 2]
  if (
    opening &&
    (t.cap || t.upper) &&
    ctx.toks.every((o, k) => k === i || o.lower !== t.lower) &&
    next !== undefined &&
    after !== undefined &&
    REQUEST_MODALS.has(next.lower) &&
    SECOND_PERSON.has(after.lower) &&
    SPACE_ONLY.test(gap(ctx, i + 1)) &&
    SPACE_ONLY.test(gap(ctx, i + 2))
  )
    return true
  // "ok talk soon, mark": a first name closing the whole message after a comma addresses the reader.
  // Without the comma ("ok sounds good brandy") only names that are not mostly nouns or months.
  const lastWord =
    i === ctx.toks.length - 1 && /^[\s.!?)]*$/.test(ctx.text.slice(t.end)) && CLOSINGS.has(ctx.toks[i - 1]?.lower ?? '')
  if (
    !isAux(ctx, t.lower) &&
    lastWord &&
    (/,[ \t]*$/.test(gap(ctx, i)) || (!NOUN_NAMES.has(t.lower) && !CALENDAR_NAMES.has(t.lower)))
  )
    return true
  if ((isAux(ctx, t.lower) || c.basic) && !isCap(ctx, t)) return false
  if (opensQuestion) return true
  return /,[ \t]*$/.test(gap(ctx, i)) && /^[ \t]*(?:[?!.]|$)/.test(ctx.text.slice(t.end, t.end + 3))
}

/** Address words capitalised mid-sentence ("PO Box", "Rural Route", "Unit B"): the location detectors own them. */
// biome-ignore format: packed list
const ADDRESS_WORDS = new Set([
  'box', 'route', 'rural', 'unit', 'suite', 'apt', 'apartment', 'street', 'avenue', 'road', 'drive', 'court', 'boulevard',
  'highway', 'hwy', 'blvd', 'ave', 'rd', 'ct', 'po', 'floor', 'building', 'bldg', 'north', 'south', 'east', 'west',
])
