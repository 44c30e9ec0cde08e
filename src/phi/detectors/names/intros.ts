/**
 * What a speaker says around a name of their own or another's, after it or repeated: a possessive ("jake's mom"),
 * "here" and "calling" ("Maria here", "Will B. here"), "again", "the vu residence", and a self-introduction restarted
 * ("bill um bill carpenter", "it's uh kemi"). Split from cues.ts, which reads the cue phrases before a name.
 */
import {
  CALENDAR_NAMES,
  CUES,
  type CueKind,
  FILLERS,
  NOT_AFTER_WEAK_INTRO,
  PARTICLES,
  POSSESSED,
} from '../../lexicon/name-cues'
import {
  CUE_GAP,
  type Ctx,
  POSSESSIVES,
  SPACE_ONLY,
  type Tok,
  endsInApostropheS,
  gap,
  isAux,
  isCap,
  holdsLower,
  isFunctionWord,
  mark,
  MODAL_NAMES,
} from './tokens'
import { PERSON_NOUNS, isSurnamePart, personCueBefore } from './multiword'
import { fold, languages } from '../../languages'
import { isFunctionWordOfAnyLanguage } from '../../remembered'
import { isSpaceUnit } from '../chars'

/** "jake's mom", "Ana's daughter", "Autumn's address", "hope's inhaler". */
export function possessivePass(ctx: Ctx): void {
  const { toks } = ctx
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (!endsInApostropheS(t.lower) || !SPACE_ONLY.test(gap(ctx, i + 1))) continue
    const next = toks[i + 1]!.lower
    const relation = CUES.get(next)?.some((c) => c.kind === 'relation' && c.words.length === 1) ?? false
    // "Joy's back at work", "Hope's still asleep": a capitalised first name with "'s" (is) before where a person is.
    const stem = t.lower.slice(0, -2)
    const isState = IS_STATE_AFTER.has(next) && t.cap && t.cls.first && !SEASONS.has(stem) && !isFunctionWord(stem)
    if (!relation && !POSSESSED.has(next) && !isState) continue
    const c = t.cls
    if (t.glued || c.clinical) continue
    // "the boy's fever", "Monday's appt": a determiner or a weekday makes it a common noun.
    const prev = toks[i - 1]
    if (
      !relation &&
      ((prev && SPACE_ONLY.test(gap(ctx, i)) && POSSESSIVES.has(prev.lower)) || CALENDAR_NAMES.has(stem) || c.proper)
    )
      continue
    // A modal takes no "'s": "Will's inhaler" is Will's ("else's" stays a word).
    if (c.strong || c.oov || (c.first && (!isAux(ctx, stem) || MODAL_NAMES.has(stem))) || isCap(ctx, t)) mark(ctx, i)
  }
}

// "Summer's here": the season's.
const SEASONS = new Set(['summer', 'winter', 'autumn', 'spring', 'fall'])
// What a person "is" right after a name and "'s" ("Joy's back", "Faith's home", "Will's still sick").
// biome-ignore format: packed list
const IS_STATE_AFTER = new Set([
  'back', 'home', 'here', 'still', 'asleep', 'awake', 'sick', 'better', 'worse', 'doing', 'feeling', 'getting', 'going',
  'been', 'coming', 'staying', 'sleeping', 'crying', 'vomiting', 'throwing', 'running', 'at', 'out',
])

const HOME_WORDS = new Set(['family', 'residence', 'household', 'familia', 'residencia'])
/** Words said to whoever listens, not names ("well buddy again", "yeah uh sunshine again", "hey honey it's Mom"). */
// biome-ignore format: packed list
export const VOCATIVES: ReadonlySet<string> = new Set([
  'buddy', 'sunshine', 'honey', 'hon', 'hun', 'dear', 'sweetie', 'sweetheart', 'babe', 'baby', 'folks', 'guys', 'man',
  'bro', 'sis', 'friend', 'darling', 'love', 'doc', 'boo', 'cariño', 'mija', 'mijo', 'reina', 'chérie', 'cheri',
])
// What a caller says before giving a name at the very start of a call.
const OPENING_WORDS = new Set(['yeah', 'yes', 'yep', 'ok', 'okay', 'so', 'oh', 'well', 'hi', 'hey', 'hello'])
const HERE_WORDS = new Set(['here', 'calling', 'speaking', 'llamando', 'aquí', 'aqui'])
// What a caller who opened on a name says next, after any fillers ("frank bush um calling", "sunny king again").
const CALLER_AFTER_NAME = new Set(['again', 'calling', 'here', 'speaking'])

/** "Maria here", "hi, dre here", "summer calling from dr lee's office". */
export function herePass(ctx: Ctx): void {
  const { toks } = ctx
  // The first two readings need "here" (or its like) after the name: without one in the text, no word is read for them.
  const here = holdsLower(ctx, HERE_WORDS)
  for (let i = 0; here && i + 1 < toks.length; i++) {
    if (!HERE_WORDS.has(toks[i + 1]!.lower) || !SPACE_ONLY.test(gap(ctx, i + 1))) continue
    const t = toks[i]!
    const prev = toks[i - 1]
    const opens =
      t.sentStart ||
      /[,;:\-–—]\s*$/.test(gap(ctx, i)) ||
      (prev !== undefined && CUES.get(prev.lower)?.some((c) => c.kind === 'greeting'))
    // "will here. my mom…": a first name that is also a verb opens the message and "here" ends the sentence (with a
    // comma it may go on: "will here, I will bring…" needs the roster).
    const signsIn =
      i === 0 && t.cls.first && /^[ \t]*(?:[.!:\-–—]|$)/.test(ctx.text.slice(toks[i + 1]!.end, toks[i + 1]!.end + 3))
    if (!opens || t.glued || t.cls.clinical || (isAux(ctx, t.lower) && !signsIn)) continue
    // "Hung here, need appt": the message opens on a word a surname or given-name list holds, then "here" and a pause.
    const signsInAsListedName =
      i === 0 &&
      (languages().givenNames.has(t.lower) || (t.cls.surname && !t.cls.common)) &&
      !isFunctionWord(t.lower) &&
      /^[ \t]*[,.!:\-–—]/.test(ctx.text.slice(toks[i + 1]!.end, toks[i + 1]!.end + 3))
    if (t.cls.strong || t.cls.oov || t.cls.first || signsInAsListedName) mark(ctx, i)
  }
  // "Will B. here", "Mark T here": a first name and the initial of a surname opening a sentence before "here".
  for (let i = 1; here && i + 1 < toks.length; i++) {
    const initial = toks[i]!
    const first = toks[i - 1]!
    if (
      !HERE_WORDS.has(toks[i + 1]!.lower) ||
      !/^\.?[ \t]+$/.test(gap(ctx, i + 1)) ||
      !SPACE_ONLY.test(gap(ctx, i)) ||
      !/^\p{Lu}$/u.test(ctx.text.slice(initial.start, initial.end)) ||
      !(first.sentStart || /[,;:\-–—]\s*$/.test(gap(ctx, i - 1))) ||
      !first.cap ||
      first.glued ||
      first.cls.clinical ||
      !(first.cls.first || first.cls.strong || first.cls.oov)
    )
      continue
    mark(ctx, i - 1)
    mark(ctx, i)
  }
  // "Waters again, still no callback": a capitalised name opening the message, then "again" and a pause.
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (
      toks[i + 1]!.lower !== 'again' ||
      !SPACE_ONLY.test(gap(ctx, i + 1)) ||
      !/^[ \t]*[,.!:;\-–—]/.test(ctx.text.slice(toks[i + 1]!.end, toks[i + 1]!.end + 3))
    )
      continue
    if (i > 0 && !endsSentenceBefore(ctx.text, t.start)) continue
    const c = t.cls
    if (
      !ctx.informative ||
      !t.cap ||
      t.upper ||
      t.glued ||
      c.clinical ||
      c.proper ||
      isAux(ctx, t.lower) ||
      isFunctionWord(t.lower)
    )
      continue
    if (c.strong || c.oov || c.wordSurname || c.first) mark(ctx, i)
  }
  // "yeah uh sunny king again sorry i called", "yeah uh frank bush um uh calling about…": a caller opening with nothing
  // but fillers or a greeting before a first name (and a surname), then, after fillers, "again" or a caller's word.
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (!OPENING_WORDS.has(t.lower) && !FILLERS.has(t.lower) && !CUES.get(t.lower)?.some((c) => c.kind === 'greeting'))
      break
    const name = toks[i + 1]!
    const c = name.cls
    if (!c.first || c.clinical || name.glued || isAux(ctx, name.lower) || isFunctionWord(name.lower)) continue
    if (VOCATIVES.has(name.lower)) break
    const surname = toks[i + 2] !== undefined && !CALLER_AFTER_NAME.has(toks[i + 2]!.lower) && isSurnamePart(ctx, i + 2)
    let k = i + (surname ? 3 : 2)
    while (toks[k] !== undefined && FILLERS.has(toks[k]!.lower) && SPACE_ONLY.test(gap(ctx, k))) k++
    if (!CALLER_AFTER_NAME.has(toks[k]?.lower ?? '') || !SPACE_ONLY.test(gap(ctx, k))) continue
    mark(ctx, i + 1)
    if (surname) mark(ctx, i + 2)
    break
  }
  // "call the vu residence", "the Smith household": a name between "the" and a home word.
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (
      toks[i - 1]!.lower !== 'the' ||
      !HOME_WORDS.has(toks[i + 1]!.lower) ||
      !SPACE_ONLY.test(gap(ctx, i)) ||
      !SPACE_ONLY.test(gap(ctx, i + 1))
    )
      continue
    const c = t.cls
    if (t.glued || c.clinical || c.proper || isFunctionWord(t.lower) || t.lower.length < 2) continue
    if (c.strong || c.oov || ((c.wordSurname || c.surname || c.first) && isCap(ctx, t))) mark(ctx, i)
  }
  // "Carpenter family here", "the hope family calling": a surname before "family" and a caller's word.
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!
    if (toks[i + 1]!.lower !== 'family' || !SPACE_ONLY.test(gap(ctx, i + 1)) || !SPACE_ONLY.test(gap(ctx, i + 2)))
      continue
    if (!HERE_WORDS.has(toks[i + 2]!.lower) || t.glued || t.cls.clinical || t.cls.proper || isFunctionWord(t.lower))
      continue
    if (t.cls.strong || t.cls.oov || t.cls.wordSurname || (t.cls.surname && (t.cap || t.upper))) mark(ctx, i)
  }
}

const INTRO_STARTS = new Set(["it's", 'its', 'this', "i'm", 'im', 'soy', 'am'])
/** Between a name and its restart: "bill um bill carpenter", "will again will hartley". */
const RESTART_WORDS = new Set(['again', 'sorry', 'yes', 'yeah', 'oh'])

/**
 * Self-introductions in calls: a first name said again with its surname ("it's bill um bill carpenter", "will again
 * will hartley"), and a first name right after "it's"/"this is"/"i'm" (fillers allowed) before a surname-like word
 * ("it's will hartley", "this is uh grace pemberton"): the everyday-word reading of the first name is gone.
 */
export function selfIntroPass(ctx: Ctx): void {
  const { toks } = ctx
  const isFirst = (t: Tok) =>
    t.cls.first &&
    !t.cls.clinical &&
    !t.glued &&
    !isFunctionWord(t.lower) &&
    !PARTICLES.has(t.lower) &&
    t.lower.length > 1
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (!isFirst(t)) continue
    // The restart: the same word again within two fillers, then a surname.
    let k = i + 1
    while (
      k < toks.length &&
      k - i <= 2 &&
      (FILLERS.has(toks[k]!.lower) || RESTART_WORDS.has(toks[k]!.lower)) &&
      CUE_GAP.test(gap(ctx, k))
    )
      k++
    if (
      k < toks.length &&
      k + 1 < toks.length &&
      toks[k]!.lower === t.lower &&
      CUE_GAP.test(gap(ctx, k)) &&
      SPACE_ONLY.test(gap(ctx, k + 1)) &&
      isSurnamePart(ctx, k + 1) &&
      toks[k + 1]!.lower.length > 1
    ) {
      mark(ctx, i)
      mark(ctx, k)
      mark(ctx, k + 1)
      continue
    }
    // An introduction before it: "it's", "this is", "i'm", then up to two fillers.
    let p = i - 1
    while (p >= 0 && i - p <= 2 && FILLERS.has(toks[p]!.lower) && CUE_GAP.test(gap(ctx, p + 1))) p--
    if (p < 0 || !CUE_GAP.test(gap(ctx, p + 1))) continue
    const w = toks[p]!.lower
    const intro =
      INTRO_STARTS.has(w) && (w !== 'this' || toks[p + 1]?.lower === 'is') && (w !== 'am' || toks[p - 1]?.lower === 'i')
    const introAt = w === 'is' && toks[p - 1]?.lower === 'this'
    if (!(intro && w !== 'this') && !introAt) continue
    if (
      SPACE_ONLY.test(gap(ctx, i + 1)) &&
      toks[i + 1]!.lower.length > 1 &&
      ((isSurnamePart(ctx, i + 1) && !(toks[i + 1]!.cls.first && toks[i + 1]!.cls.basic)) ||
        openingSurname(ctx, introAt ? p - 1 : p, i + 1))
    ) {
      mark(ctx, i)
      mark(ctx, i + 1)
    }
  }
}

/**
 * "uh yeah this is will carrier i think": when the introduction opens the message (only greetings and fillers before
 * it), a surname of the lists that is an everyday word too ("carrier", "hunter") after the first name, closed by a
 * function word, a filler, punctuation or the end, is the surname: a caller names themself there.
 */
// biome-ignore format: packed list
const CALLER_VERBS = new Set([
  'call', 'calling', 'called', 'need', 'needs', 'want', 'wanted', 'have', 'had', 'got', 'get', 'just', 'left', 'leave',
  'told', 'said', 'returning', 'checking', 'wondering', 'again', 'here', 'speaking', 'back',
])

function openingSurname(ctx: Ctx, introStart: number, k: number): boolean {
  const { toks } = ctx
  const t = toks[k]!
  if (!t.cls.surname || t.cls.clinical || t.glued || isFunctionWord(t.lower) || isAux(ctx, t.lower)) return false
  // "this is deb wife": a relation or a person's role after the first name says whose, it is no surname.
  if (PERSON_NOUNS.has(t.lower) || languages().relationCues.phrases.has(t.lower)) return false
  // "this is pedro call me back", "this is mary fine thank you": what a caller says next or says of themself.
  if (CALLER_VERBS.has(t.lower) || PREDICATES.has(t.lower) || /(?:ing|ed)$/u.test(t.lower)) return false
  for (let q = 0; q < introStart; q++)
    if (!OPENING_WORDS.has(toks[q]!.lower) && !FILLERS.has(toks[q]!.lower)) return false
  // Closed by the end, punctuation, the caller going on ("i think", "and", "from") or a filler; "to", "on", "for" go
  // on with a predicate ("this is bill due on the 5th").
  const after = toks[k + 1]
  return (
    after === undefined ||
    !SPACE_ONLY.test(gap(ctx, k + 1)) ||
    SURNAME_CLOSERS.has(after.lower) ||
    FILLERS.has(after.lower) ||
    CALLER_AFTER_NAME.has(after.lower)
  )
}

// biome-ignore format: packed list
const SURNAME_CLOSERS = new Set([
  'i', "i'm", 'im', 'we', "we're", 'my', 'and', 'from', 'with', 'at', 'calling', 'here', 'again', 'speaking',
])
// What a caller says of themself after "this is" and a first name ("this is mary fine", "this is joe driver").
// biome-ignore format: packed list
const PREDICATES = new Set([
  'fine', 'ready', 'due', 'able', 'late', 'soon', 'only', 'okay', 'ok', 'good', 'well', 'sick', 'home', 'back', 'done',
  'free', 'busy', 'sorry', 'glad', 'happy', 'sure', 'driver', 'nurse', 'worker', 'aide', 'caregiver', 'neighbor',
])

/**
 * "soy iris martinez", "this is hope delgado": between a self-introduction and a name found after it, the word is the
 * given name whatever else it is (a clinical word, a verb), as nothing but a name stands there.
 */
export function introducedBeforeNamePass(ctx: Ctx): void {
  const { toks, name } = ctx
  for (let i = 2; i < toks.length; i++) {
    if (!name[i] || name[i - 1] || toks[i]!.glued || toks[i - 2]!.glued || !SPACE_ONLY.test(gap(ctx, i))) continue
    const t = toks[i - 1]!
    const w = t.lower
    if (t.glued || w.length < 2 || isFunctionWordOfAnyLanguage(fold(w)) || FILLERS.has(w) || CALENDAR_NAMES.has(w))
      continue
    // A word that can be a given name ("iris", "hope", an unknown word); not "it's practically Dawn", nor "it's
    // amoxicillin 875", a clinical word that is no first name.
    if (!(t.cls.first || t.cls.strong || (t.cls.oov && !t.cls.clinical) || languages().givenNames.has(w))) continue
    // "la paciente es", "member id": a label's word, not an introduction.
    if (CUES.has(w) || PERSON_NOUNS.has(toks[i - 2]!.lower)) continue
    if (NOT_AFTER_WEAK_INTRO.has(w) || PARTICLES.has(w)) continue
    // The word must stand between the cue and the name, not end a longer cue ("mi nombre es", "member id").
    if (personCueBefore(ctx, i, CUE_ENDS)) continue
    if (personCueBefore(ctx, i - 1, INTRODUCTIONS)) name[i - 1] = name[i]!
  }
}
const INTRODUCTIONS: ReadonlySet<CueKind> = new Set(['intro', 'intro-weak'])
const CUE_ENDS: ReadonlySet<CueKind> = new Set(['label', 'intro', 'intro-weak', 'relation', 'title', 'verb'])

/**
 * /[.!?\n]\s*$/.test(text.slice(0, end)), read back from `end` (the pattern, anchored only at its end, was tried at
 * every position of the text before the word): a line break in the trailing white space, or a full stop, "!" or "?"
 * right before it.
 */
function endsSentenceBefore(text: string, end: number): boolean {
  let k = end
  while (k > 0 && isSpaceUnit(text.charCodeAt(k - 1))) {
    if (text.charCodeAt(k - 1) === 10) return true
    k--
  }
  const c = k > 0 ? text.charCodeAt(k - 1) : -1
  return c === 46 || c === 33 || c === 63
}

// Relatives a caller says they are of someone ("hija de", "daughter of"): the word before names the caller.
// biome-ignore format: packed list
const RELATIVE_OF = new Set([
  'hija', 'hijo', 'esposa', 'esposo', 'mamá', 'mama', 'papá', 'papa', 'nieta', 'nieto', 'hermana', 'hermano', 'sobrina',
  'sobrino', 'tía', 'tia', 'tío', 'tio', 'nuera', 'yerno', 'filha', 'filho', 'neta', 'neto', 'irmã', 'irmão', 'fille',
  'fils', 'daughter', 'son', 'wife', 'husband', 'granddaughter', 'grandson', 'sister', 'brother', 'niece', 'nephew',
])
const OF_WORDS = new Set(['de', 'del', 'da', 'do', 'of', 'du'])

/**
 * "buenas tardes es iris hija de …", "this is rose daughter of …": between an introduction and the caller's relation
 * to someone, the word is the caller's name whatever else it is (an eye's iris, a flower).
 */
export function introducedRelativePass(ctx: Ctx): void {
  const { toks, name } = ctx
  for (let i = 1; i + 2 < toks.length; i++) {
    if (name[i] || !RELATIVE_OF.has(toks[i + 1]!.lower) || !OF_WORDS.has(toks[i + 2]!.lower)) continue
    const t = toks[i]!
    if (t.glued || t.lower.length < 3 || isFunctionWordOfAnyLanguage(fold(t.lower)) || FILLERS.has(t.lower)) continue
    if (!SPACE_ONLY.test(gap(ctx, i + 1)) || !SPACE_ONLY.test(gap(ctx, i + 2)) || RELATIVE_OF.has(t.lower)) continue
    // A given name or a word no list holds; not a word of the sentence ("es urgente hija de", "es otra hija de").
    if (!(t.cls.first || t.cls.oov || languages().givenNames.has(t.lower)) || (t.cls.spanish && !t.cls.first)) continue
    // Spanish and Portuguese say "it's" with "es", "é" after a greeting or opening the message ("buenas tardes es iris").
    const said = ['es', 'é'].includes(toks[i - 1]!.lower) && (i === 1 || greetingEndsAt(ctx, i - 2))
    if (said || personCueBefore(ctx, i, INTRODUCTIONS)) name[i] = 1
  }
}

/** A greeting ends on the word at k ("buenas tardes", "hola"). */
function greetingEndsAt(ctx: Ctx, k: number): boolean {
  const w = ctx.toks[k]?.lower ?? ''
  return ['tardes', 'días', 'dias', 'noches', 'hola', 'dia', 'oi', 'olá', 'ola'].includes(w)
}
