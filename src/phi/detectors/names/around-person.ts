/**
 * Who stands next to a cue, read from the words around the person: a title used in address ("doctor hung said"), an
 * appositive ("Sandy my daughter"), a person a call is for or from ("calling for summer, she's…"), an abbreviated
 * honorific ("Ms. Will"), the person after a role noun ("your patient grace lee has"). Split from cues.ts, which reads
 * the cue phrases and their acceptance rules (moved as is).
 */
import { isBasicWord, isFirstName } from '../../lexicon'
import { CALENDAR_NAMES, CUES, ADDRESS_TITLES, AFTER_TITLE } from '../../lexicon/name-cues'
import {
  type Ctx,
  POSSESSIVES,
  holdsLower,
  SPACE_ONLY,
  TITLE_GAP,
  boundaryAfter,
  gap,
  isAux,
  isCap,
  isFunctionWord,
  mark,
} from './tokens'
import { fold } from '../../languages'
import { isFunctionWordOfAnyLanguage } from '../../remembered'

const ARTICLES_BEFORE_TITLE = new Set(['al', 'del', 'ng', 'sa', 'le', 'les', 'du', 'au', 'des', 'o', 'ao', 'do', 'da'])

/**
 * "doctor hung please tell her", "sister comfort asked me": after a title of address that opens a phrase, a word
 * that is not what a title does or owns (AFTER_TITLE) is the name when something says a person stands there: a
 * capital in mixed-case text, or what a person does next ("said", "asked", "please"). An everyday word with no such
 * evidence stays ("doctor agrees with the plan", "doctora tengo una pregunta").
 */
export function addressedAfterTitle(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j]!
  const title = ctx.toks[j - 1]
  if (!title || !ADDRESS_TITLES.has(title.lower)) return false
  const g = gap(ctx, j)
  if (!SPACE_ONLY.test(g) && !TITLE_GAP.test(g)) return false
  // Where a title opens a phrase: at a boundary, after a function word or a verb that reaches a person ("ask doctor
  // hung"); never after an article, an owner or a describing word ("the visiting nurse", "my regular doctor").
  const before = ctx.toks[j - 2]
  if (
    before &&
    SPACE_ONLY.test(gap(ctx, j - 1)) &&
    (POSSESSIVES.has(before.lower) ||
      ARTICLES_BEFORE_TITLE.has(before.lower) ||
      !(isFunctionWordOfAnyLanguage(before.lower) || CUES.get(before.lower)?.some((c) => c.kind === 'verb')))
  )
    return false
  const w = t.lower
  const c = t.cls
  if (w.length < 3 || /\d/.test(w) || AFTER_TITLE.has(w) || c.clinical || CALENDAR_NAMES.has(w)) return false
  if (isFunctionWordOfAnyLanguage(w) || isFunctionWordOfAnyLanguage(fold(w))) return false
  // "Doctora buenas noches": a greeting said to the title.
  if (CUES.get(w)?.some((k) => k.kind === 'greeting')) return false
  const cap = isCap(ctx, t)
  if ((c.spanish || (c.common && /(?:ed|ing|ly|s)$/.test(w))) && !cap) return false
  if (cap) return true
  // "tell nurse baby has a rash", "doctor fee was": a relation or an everyday noun before an auxiliary is no name.
  if (CUES.get(w)?.some((k) => k.kind === 'relation')) return false
  const next = ctx.toks[j + 1]
  if (!next) return !c.common
  if (c.basic && AUXILIARY_NEXT.has(next.lower)) return false
  return PERSON_NEXT.has(next.lower) && SPACE_ONLY.test(gap(ctx, j + 1))
}

const AUXILIARY_NEXT = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should'])

// What a person named after a title does next: "doctor hung said", "sister comfort asked", "nurse bao please call".
// biome-ignore format: packed list
const PERSON_NEXT = new Set([
  'said', 'says', 'told', 'tells', 'asked', 'asks', 'called', 'calls', 'wants', 'wanted', 'please', 'pls', 'wrote',
  'sent', 'prescribed', 'mentioned', 'recommended', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could',
  'should', 'thinks', 'thought', 'knows', 'gave', 'dijo', 'llamó', 'quiere',
])

const OWNERS = new Set(['my', 'our', 'his', 'her', 'their'])
// First names that open a sentence as verbs: "hope my son feels better", "bill my insurance".
// biome-ignore format: packed list
const VERB_NAMES = new Set([
  'hope', 'sue', 'pat', 'bill', 'mark', 'rob', 'grant', 'chase', 'wade', 'cash', 'drew', 'will', 'may', 'page', 'carry',
])

/**
 * "Sandy my daughter says sorry", "grace, my wife, called": a first name right before the relation that explains it
 * (an appositive) is that relative's name, when written with a capital or followed by a comma; never an auxiliary or
 * a virtue that is also a verb ("Will my daughter need…", "hope my son feels better").
 */
export function appositivePass(ctx: Ctx): void {
  const { toks } = ctx
  // An owner word comes before every relation read here: a text without one is not read word by word.
  if (!holdsLower(ctx, OWNERS)) return
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!
    const owner = toks[i + 1]!
    const relation = toks[i + 2]!
    if (
      !OWNERS.has(owner.lower) ||
      !CUES.get(relation.lower)?.some((c) => c.kind === 'relation' && c.words.length === 1)
    )
      continue
    const g = gap(ctx, i + 1)
    const comma = /^[ \t]*,[ \t]*$/.test(g)
    if (!(SPACE_ONLY.test(g) || comma) || !SPACE_ONLY.test(gap(ctx, i + 2))) continue
    const c = t.cls
    if (!c.first || c.clinical || isAux(ctx, t.lower) || isFunctionWord(t.lower) || VERB_NAMES.has(t.lower)) continue
    if (!(t.cap || comma) || CALENDAR_NAMES.has(t.lower)) continue
    mark(ctx, i)
  }
}

const CALLING = new Set(['calling', 'call', 'calls', 'called', 'back'])
const CALL_NOUNS = new Set(['call', 'message', 'voicemail', 'text', 'letter', 'note', 'msg', 'vm'])
const HE_OR_SHE = new Set(["she's", 'she’s', 'shes', "he's", 'he’s', 'hes', 'she', 'he'])

/**
 * A first name after "calling (back) for" before she/he, after "the call/message from" before "about", or between
 * "from" and "at" (where the caller works).
 */
export function calledPerson(ctx: Ctx, j: number): boolean {
  const cue = ctx.toks[j - 1]?.lower
  const before = ctx.toks[j - 2]?.lower ?? ''
  const next = ctx.toks[j + 1]
  if (!SPACE_ONLY.test(gap(ctx, j))) return false
  // "an appointment with joy i think", "this is for joy at the front desk", "my appt with mark.": only a person is
  // met at an appointment or addressed by a message, when the phrase ends there ("a session with art therapy",
  // "this is for bill pay" name a service).
  const slot =
    (cue === 'with' && MEETINGS.has(before)) ||
    (cue === 'for' && (CALL_NOUNS.has(before) || (before === 'is' && ctx.toks[j - 3]?.lower === 'this')))
  const timeNext = next !== undefined && /^[ \t]+\d/.test(ctx.text.slice(ctx.toks[j]!.end, next.start + 1))
  if (slot && (boundaryAfter(ctx, j) || timeNext || (next !== undefined && SLOT_CLOSERS.has(next.lower)))) return true
  if (!next) return false
  // "calling for summer, she's…": a comma or a full stop may close the name before she or he.
  // "calling for dakota just reminding you": a first name, then "just" opening what the call is for.
  if (cue === 'for' && CALLING.has(before)) {
    const w = ctx.toks[j]!.lower
    // "calling for art this is shelby": the caller naming themself after the person called for.
    const selfNext = next.lower === 'this' && ctx.toks[j + 2]?.lower === 'is'
    const opens =
      HE_OR_SHE.has(next.lower) || ((next.lower === 'just' || selfNext) && isFirstName(w) && !isFunctionWord(w))
    return opens && /^[ \t]*[,.]?[ \t]*$/.test(gap(ctx, j + 1))
  }
  if (!SPACE_ONLY.test(gap(ctx, j + 1))) return false
  // "a message from ken at hunts point recovery": a first name no basic word is, between "from" and where the caller
  // works ("switching from brand over to", "paid from chase at the bank" stay).
  const w = ctx.toks[j]!.lower
  if (cue === 'from' && next.lower === 'at' && isFirstName(w) && !isBasicWord(w)) return true
  if (cue === 'from' && CALL_NOUNS.has(before)) return next.lower === 'about' || next.lower === 'regarding'
  return false
}
// What follows the person of such a slot: the caller's next clause, a place or a time, never a service's noun.
// biome-ignore format: packed list
const SLOT_CLOSERS = new Set([
  'i', "i'm", 'im', 'she', 'he', "she's", "he's", 'we', 'at', 'from', 'in', 'about', 'on', 'today', 'tomorrow',
  'tonight', 'yesterday', 'next', 'last', 'this', 'that', 'and', 'but', 'so', 'was', 'is', 'said', 'says', 'again',
  'regarding', 'please', 'thanks', 'thank', 'who', 'because', 'for', 'to', 're', 'tmrw', 'tmr', 'tomorow', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri',
  'sat', 'sun', 'morning', 'afternoon',
])

/**
 * Mr., Mrs., Ms. written as a title (a capital, then lower case, then the full stop), never "MS." the diagnosis, nor
 * "Dr." ("saw the Dr. The nurse…"), which is also a noun of its own.
 */
export function honorificAbbreviation(ctx: Ctx, i: number): boolean {
  const title = ctx.toks[i]
  if (title === undefined || !HONORIFICS.has(title.lower)) return false
  const raw = ctx.text.slice(title.start, title.end)
  const next = ctx.toks[i + 1]
  if (!/^\p{Lu}\p{Ll}+$/u.test(raw) || next === undefined || SENTENCE_OPENERS.has(next.lower)) return false
  // "the pharmacy on Baker Dr. Any questions": after a capitalised word "Dr" is the street's Drive.
  const prev = ctx.toks[i - 1]
  if (
    title.lower === 'dr' &&
    prev !== undefined &&
    /^\p{Lu}/u.test(ctx.text.slice(prev.start, prev.end)) &&
    !prev.sentStart
  )
    return false
  // Without its full stop ("Dr Best", "Mr Young") the abbreviation still names: only what a visit or the office is
  // called ("Dr Appt", "Dr Office") follows it as a word.
  return ctx.text[title.end] === '.' || !(MEETINGS.has(next.lower) || NOT_SURNAME_AFTER_TITLE.has(next.lower))
}
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr'])
const NOT_SURNAME_AFTER_TITLE = new Set(['office', 'offices', 'note', 'notes', 'order', 'orders', 'visits', 'appts'])
// A sentence after "Thank you Ms." opens with these, never a surname ("Her", "Do", "So", "An" stay: surnames).
// biome-ignore format: packed list
const SENTENCE_OPENERS = new Set([
  'i', 'we', 'you', 'he', 'she', 'they', 'it', 'the', 'a', 'this', 'that', 'please', 'thanks', 'thank', 'can',
  'could', 'will', 'would', 'is', 'are', 'was', 'did', 'does', 'have', 'has', 'my', 'your', 'our', 'if', 'when',
  'what', 'how', 'why', 'ok', 'okay', 'yes', 'no', 'hi', 'hello', 'and', 'but', 'any', 'so', 'just', 'great', 'sorry',
  'sure', 'also', 'quick', 'one', 'thx',
])
// biome-ignore format: packed list
const MEETINGS = new Set([
  'appointment', 'appt', 'appointments', 'visit', 'session', 'meeting', 'consult', 'consultation',
])

// What follows a first name after a role noun when it is the person: a surname or what the person does.
// biome-ignore format: packed list
const AFTER_ROLE_NAME = new Set([
  'has', 'had', 'is', 'was', 'needs', 'needed', 'said', 'says', 'called', 'fell', 'got', 'refused', 'wants', 'took',
  'missed', 'came', 'left', 'reports', 'reported', 'complains', 'states', 'denies',
])

/** "your patient grace lee has…", "resident hope fell": a first name after a role noun, then a surname or a verb. */
export function roleNounNamed(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j]!
  const w = t.lower
  if (!SPACE_ONLY.test(gap(ctx, j)) || CALENDAR_NAMES.has(w) || isFunctionWordOfAnyLanguage(fold(w))) return false
  if (t.cls.spanish && !isCap(ctx, t)) return false
  const next = ctx.toks[j + 1]
  if (!next || !SPACE_ONLY.test(gap(ctx, j + 1))) return false
  return surnameNext(ctx, j) || AFTER_ROLE_NAME.has(next.lower)
}

/** The word after j is a surname or an unknown word, no everyday or clinical word ("inmate julio ramos"). */
export function surnameNext(ctx: Ctx, j: number): boolean {
  const next = ctx.toks[j + 1]?.cls
  return next !== undefined && (next.surname || next.oov) && !next.basic && !next.clinical
}
