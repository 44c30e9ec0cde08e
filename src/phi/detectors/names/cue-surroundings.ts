/**
 * What stands around a word after a name cue, read by cues.ts to accept it: initials used as a name, particles before
 * a surname, an adverb before the subject's verb, a capitalised kinship title, a surname or a filler closing a name.
 * Split out of cues.ts.
 */
import { FILLERS, PARTICLES, TITLE_RELATIONS } from '../../lexicon/name-cues'
import { FINITE_VERBS } from './cue-words'
import { isSurnamePart } from './multiword'
import { NOT_INITIALS, SPELLING_CUES, isSpelledTerm, isTextingShorthand } from './shapes'
import { type Ctx, POSSESSIVES, SPACE_ONLY, boundaryAfter, endsInApostropheS, gap } from './tokens'

/** Two or three initials used as a name right after a cue: "my son t j", "this is A J", "dr k l". Their count. */
export function initialsAfterCue(ctx: Ctx, j: number): number {
  const { toks } = ctx
  let k = j
  while (
    k < toks.length &&
    k - j < 3 &&
    toks[k]!.end - toks[k]!.start === 1 &&
    /\p{L}/u.test(toks[k]!.lower) &&
    (k === j || /^\.?[ \t]$|^\.$/.test(gap(ctx, k)))
  )
    k++
  const n = k - j
  if (n < 2) return 0
  const letters = toks
    .slice(j, k)
    .map((t) => t.lower)
    .join('')
  // "i" and "a" are words; spelled acronyms ("e r", "m r i") are not names.
  if (/^[ia]/.test(letters) && !toks[j]!.upper) return 0
  if (
    NOT_INITIALS.has(letters) ||
    isSpelledTerm(letters) ||
    (!toks[j]!.upper && isTextingShorthand(letters) && !SPELLING_CUES.has(toks[j - 1]?.lower ?? ''))
  )
    return 0
  return n
}

/** One to three particles after the word at j, then a surname ("Mrs. Van der Berg", "doctor de la cruz"). */
export function surnameAfterParticles(ctx: Ctx, j: number): boolean {
  let k = j
  while (k < ctx.toks.length && k - j < 3 && PARTICLES.has(ctx.toks[k]!.lower)) k++
  return k < ctx.toks.length && SPACE_ONLY.test(gap(ctx, k)) && isSurnamePart(ctx, k)
}

/**
 * "my grandson will usually reminds me": an adverb, then a verb in the third person or the past after the word at j.
 * No modal takes either, so the word is the subject.
 */
export function verbAfterAdverb(ctx: Ctx, j: number): boolean {
  const adverb = ctx.toks[j + 1]
  const verb = ctx.toks[j + 2]
  if (!adverb || !verb || !SUBJECT_ADVERBS.has(adverb.lower)) return false
  if (!SPACE_ONLY.test(gap(ctx, j + 1)) || !SPACE_ONLY.test(gap(ctx, j + 2))) return false
  return FINITE_VERBS.has(verb.lower) || (verb.lower.length >= 4 && /(?:[^s]s|ed)$/.test(verb.lower))
}
const SUBJECT_ADVERBS = new Set(['usually', 'always', 'still', 'never', 'sometimes', 'also', 'just', 'really', 'often'])

/** The word at i is a kinship title written with its capital ("Tita", "Auntie") and owned by no one before it. */
export function capitalisedTitle(ctx: Ctx, i: number): boolean {
  const title = ctx.toks[i]
  if (!title || !TITLE_RELATIONS.has(title.lower) || !/^\p{Lu}\p{Ll}/u.test(ctx.text.slice(title.start, title.end)))
    return false
  const owner = ctx.toks[i - 1]
  return !(owner && (POSSESSIVES.has(owner.lower) || endsInApostropheS(owner.lower)))
}
// Words a capitalised kinship word is followed by in Title Case that say when or where, not who ("Mom Today",
// "Grandma Sunday").
// biome-ignore format: packed list
export const NOT_AFTER_KIN: ReadonlySet<string> = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'back', 'home', 'again', 'now', 'later', 'said', 'says', 'called', 'too',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
])

/** A surname after the name at j, then the end of the clause or a filler ("will judge um", "will judge."). */
export function surnameThenPause(ctx: Ctx, j: number): boolean {
  const after = ctx.toks[j + 2]
  return (
    ctx.toks[j + 1] !== undefined &&
    SPACE_ONLY.test(gap(ctx, j + 1)) &&
    isSurnamePart(ctx, j + 1) &&
    (boundaryAfter(ctx, j + 1) || after === undefined || fillerAfter(ctx, j + 1))
  )
}

/** A filler right after the word at j ("will um"). */
export function fillerAfter(ctx: Ctx, j: number): boolean {
  const after = ctx.toks[j + 1]
  return after !== undefined && FILLERS.has(after.lower) && SPACE_ONLY.test(gap(ctx, j + 1))
}
