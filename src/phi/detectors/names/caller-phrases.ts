/**
 * The phrases around a caller's own name that cue.ts reads: what a caller says right after it ("… from the office",
 * "… im calling", "… um from"), a nickname after "call me", and a role after an article ("the chaplain came"), which
 * is no title. Split out of cues.ts.
 */
import { CALL_PLACES, FILLERS } from '../../lexicon/name-cues'
import { isFunctionWordOfAnyLanguage } from '../../remembered'
import { type Ctx, SPACE_ONLY, gap } from './tokens'

/** Subject pronouns and "that"/"to": after a name they start the next clause ("tell rob i said…"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'im', "i'm", 'ill', "i'll", 'that', 'to'])
/** What a caller says right after their name ("… from the office", "… calling about"). */
export const CALLER_NEXT = new Set(['from', 'calling', 'speaking', 'with', 'at', 'llamando', 'de'])

/** The words after j open the caller's own clause ("… frank im calling", "… i'm the daughter"). */
export function callerClauseAfter(ctx: Ctx, j: number): boolean {
  const next = ctx.toks[j + 1]
  // "its ray just letting you know…", "it's dana just calling to…": the caller's errand after "just".
  if (
    next?.lower === 'just' &&
    !ctx.toks[j]!.cls.proper &&
    SPACE_ONLY.test(gap(ctx, j + 1)) &&
    ERRANDS.has(ctx.toks[j + 2]?.lower ?? '')
  )
    return true
  return (
    next !== undefined &&
    CALLER_CLAUSE_OPENERS.has(next.lower) &&
    SPACE_ONLY.test(gap(ctx, j + 1)) &&
    // "it's grace i think": a hedge is no clause of the caller's.
    !HEDGES.has(ctx.toks[j + 2]?.lower ?? '')
  )
}
/** What a role does right after it ("the chaplain came", "the pastor rose to speak"): a verb in the past, no name. */
export function isRoleVerb(w: string): boolean {
  return ROLE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed'))
}
// biome-ignore format: packed list
const ROLE_VERBS = new Set([
  'came', 'went', 'rose', 'said', 'left', 'saw', 'gave', 'took', 'brought', 'told', 'sat', 'stood', 'spoke', 'made',
  'got', 'did', 'was', 'is', 'will', 'would', 'can', 'could', 'has', 'had', 'says', 'comes', 'goes', 'knows', 'thinks',
])
/** Articles and possessives before a title that make it a role ("the chaplain", "our pastor"). */
// English only: Spanish, French and Portuguese put the article before a title and a name ("la enfermera Iris").
export const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'his', 'her'])
const NICKNAME_VERBS = new Set(['call', 'calls', 'called'])
/** Words after "call me" that are no nickname ("call me back", "call me tomorrow"). */
export const NOT_NICKNAMES = new Set([
  'back',
  'again',
  'later',
  'anytime',
  'soon',
  'first',
  'now',
  'right',
  'today',
  'tonight',
  'every',
  'all',
  'once',
  'twice',
  'over',
  'up',
  'out',
  'because',
  'regarding',
  'whenever',
  'about',
  'daily',
  'often',
  'sometimes',
  'asap',
  'real',
  'quick',
  'instead',
  'sometime',
  'crazy',
  ...CALL_PLACES,
])

/** "folks call me bear", "we call him will": after "call me/him/her" a nickname, whatever else the word is. */
export function nicknamed(ctx: Ctx, j: number): boolean {
  const object = ctx.toks[j - 1]?.lower ?? ''
  if (!['me', 'him', 'her'].includes(object) || !NICKNAME_VERBS.has(ctx.toks[j - 2]?.lower ?? '')) return false
  const w = ctx.toks[j]!.lower
  const closes = /^[ \t]*[,.!?;:]/.test(ctx.text.slice(ctx.toks[j]!.end, ctx.toks[j]!.end + 3))
  // "call me will you", "call me may i ask": a pronoun after it makes the word a verb (not after a comma).
  const pronounNext = SUBJECT_PRONOUNS.has(ctx.toks[j + 1]?.lower ?? '') || ctx.toks[j + 1]?.lower === 'you'
  if (pronounNext && !closes) return false
  if (NOT_NICKNAMES.has(w) || ctx.toks[j]!.cls.clinical || !SPACE_ONLY.test(gap(ctx, j - 1))) return false
  // "they call me directly": an adverb of manner is how they call, unless it is also a first name ("kelly").
  if (/ly$/.test(w) && ctx.toks[j]!.cls.basic && !ctx.toks[j]!.cls.first) return false
  // A function word is the nickname only when the phrase ends on it ("everybody calls me will, i'm …").
  if (isFunctionWordOfAnyLanguage(w)) return closes
  return SPACE_ONLY.test(gap(ctx, j))
}

/** "hey it's ray um from the crew", "it's ray uh calling": a hesitation, then the caller's own phrase. */
export function callerAfterFiller(ctx: Ctx, j: number): boolean {
  const filler = ctx.toks[j + 1]
  if (filler === undefined || !FILLERS.has(filler.lower) || !SPACE_ONLY.test(gap(ctx, j + 1))) return false
  const next = ctx.toks[j + 2]?.lower ?? ''
  return (CALLER_NEXT.has(next) || ERRANDS.has(next)) && SPACE_ONLY.test(gap(ctx, j + 2))
}
/** "I'm", "I", "I'll": the caller's own clause opening after a name. */
export const CALLER_CLAUSE_OPENERS = new Set(['im', "i'm", 'i’m', 'i', 'ill', "i'll", 'i’ll', 'ive', "i've", 'i’ve'])
const HEDGES = new Set(['think', 'guess', 'mean', 'suppose', 'believe'])
// biome-ignore format: packed list
const ERRANDS = new Set([
  'letting', 'calling', 'checking', 'wanted', 'wanting', 'confirming', 'following', 'reminding', 'texting', 'saying',
  'writing', 'messaging', 'returning',
])
/** "it's", "its", "is": the self cue "it's" as callers write it. */
export const ITS = new Set(['its', "it's", 'is'])

/** "this is will returning your call", "it's hope checking on…": the caller's errand right after the name. */
export function errandAfter(ctx: Ctx, j: number): boolean {
  return ERRANDS.has(ctx.toks[j + 1]?.lower ?? '') && SPACE_ONLY.test(gap(ctx, j + 1))
}

// Verbs of going before "to" or "from" a country ("went to india", "flew back from jordan").
// biome-ignore format: packed list
const TRAVEL_VERBS = new Set([
  'went', 'go', 'goes', 'going', 'gone', 'came', 'come', 'comes', 'coming', 'flew', 'fly', 'flies', 'flying', 'moved',
  'move', 'moving', 'travel', 'traveled', 'travelled', 'traveling', 'travelling', 'returned', 'trip', 'visit', 'drove',
  'arrived', 'deported',
])

/** "is in india now", "went to india", "flew back from jordan": the word at j is where someone is or goes. */
export function travelledTo(ctx: Ctx, j: number): boolean {
  const prep = ctx.toks[j - 1]?.lower ?? ''
  if (!SPACE_ONLY.test(gap(ctx, j))) return false
  if (prep === 'in' || prep === 'en') return true
  return (prep === 'to' || prep === 'from') && TRAVEL_VERBS.has(ctx.toks[j - 2]?.lower ?? '')
}

/** Whether a caller's word ("from", "calling", "here") follows token `j` after a space. */
export function callerWordAfter(ctx: Ctx, j: number): boolean {
  const after = ctx.toks[j + 1]?.lower ?? ''
  return (CALLER_NEXT.has(after) || after === 'here') && SPACE_ONLY.test(gap(ctx, j + 1))
}
