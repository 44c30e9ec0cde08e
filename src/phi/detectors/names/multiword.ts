/**
 * Multiword names, built from the single words the other passes found: surnames and a first name around a found
 * name ("Grace Nakamura", "h. nguyen"), particles and credentials joined in ("Willemine ten Pas", "… Rodrigues MD"),
 * and the surname predicates cues and the backstop borrow. Lists of people are in coordination.ts.
 */
import {
  AUX_NAMES,
  CALENDAR_NAMES,
  CUES,
  type CueKind,
  FILLERS,
  NOT_AFTER_WEAK_INTRO,
  PARTICLES,
  ROLE_NOUNS,
} from '../../lexicon/name-cues'
import { dominantLanguagesOf, isWordOfLanguages, languages } from '../../languages'
import { isEnglishWord, isSpanishWord } from '../../lexicon/index'
import { CUE_GAP, type Ctx, SPACE_ONLY, type Tok, endsInApostropheS, gap, isAux, isCap, isFunctionWord } from './tokens'
import { NOT_INITIALS } from './shapes'
import { SENTENCE_ADVERBS, VERB_FORMS, isClosingSurname } from './name-closers'
import { isFunctionWordOfAnyLanguage } from '../../remembered'

const MAX_NAME_WORDS = 4

/** Credentials after a name belong to its span ("Giovanna Rodrigues MD", "Kathrine Filemonsen DDS"). */
// biome-ignore format: packed list
const CREDENTIALS = new Set([
  'md', 'do', 'dds', 'dmd', 'phd', 'rn', 'np', 'pa', 'pa-c', 'lpn', 'cnm', 'dnp', 'facs', 'facp', 'mph', 'msn', 'bsn',
  'lcsw', 'psyd', 'od', 'dpm', 'pharmd', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'aprn', 'fnp', 'crna', 'lmft', 'mba',
])
/** The words Spanish and Portuguese say after a whole name for Sr. and Jr. */
const GENERATION_WORDS = new Set(['padre', 'hijo', 'filho', 'neto'])
const OF_AFTER = /^[ \t]+(?:de|del|do|da|dos|das)(?![\p{L}])/u
/** Generational suffixes, in any casing ("marcus junior", "Ray Hernandez Sr"). */
const SUFFIXES = new Set(['jr', 'sr', 'junior', 'senior', 'ii', 'iii', 'iv'])
/**
 * Words of respect or affection said after a name in the languages of South and Central Asia ("Bibi jan", "Farid
 * sahib", "Harjit ji"): part of how the person is called.
 */
const SUFFIX_TITLES = new Set([
  'jan',
  'jaan',
  'joon',
  'jon',
  'khanum',
  'khanom',
  'sahib',
  'saheb',
  'ji',
  'jee',
  'bhai',
  'bhaiya',
  'didi',
  'sahab',
  'saab',
  'behen',
  'baji',
])
// The titles after a name the tables write in the scripts of South Asia ("प्रिया जी", "عمران صاحب", "રમેશ ભાઈ").
const SOUTH_ASIAN_TITLE = /^[\u0600-\u06ff\u0900-\u097f\u0a80-\u0aff]/u

// biome-ignore format: packed list
const JOINING_PARTICLES = new Set([
  'de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'bin', 'ibn', 'ben', 'dos',
  'das', 'ter', 'ten', 'mac', 'mc',
])

/** Particles between two found name words ("Willemine ten Pas") and credentials after a name ("… Rodrigues MD"). */
export function joinPass(ctx: Ctx): void {
  const { toks, name } = ctx
  for (let i = 1; i < toks.length; i++) {
    if (name[i] || !name[i - 1] || !SPACE_ONLY.test(gap(ctx, i))) continue
    let k = i
    while (
      k < toks.length &&
      k - i < 2 &&
      JOINING_PARTICLES.has(toks[k]!.lower) &&
      SPACE_ONLY.test(gap(ctx, k + 1 < toks.length ? k + 1 : k))
    )
      k++
    // Two unknown words around "del" are more likely Spanish vocabulary ("serie del glucómetro") than one name.
    if (k > i && k < toks.length && name[k] && SPACE_ONLY.test(gap(ctx, k)) && !(name[k] === 3 && name[i - 1] === 3)) {
      for (let m = i; m < k; m++) name[m] = name[k] === 3 ? 3 : 2
      continue
    }
    const t = toks[i]!
    if (SUFFIXES.has(t.lower) && name[i - 1] !== 3 && (t.lower.length > 3 || t.upper || t.cap || !ctx.informative)) {
      name[i] = 2
      continue
    }
    // "Reinaldo Fumero padre", "João Silva filho": after a whole name, the Spanish and Portuguese Sr. and Jr. (not
    // "padre de", father of).
    if (
      GENERATION_WORDS.has(t.lower) &&
      name[i - 1] === 2 &&
      i >= 2 &&
      name[i - 2] === 2 &&
      SPACE_ONLY.test(gap(ctx, i - 1)) &&
      !OF_AFTER.test(ctx.text.slice(t.end, t.end + 5))
    ) {
      name[i] = 2
      continue
    }
    // "Bibi jan", not a month's day ("Maria Jan 5").
    const suffixTitle =
      SUFFIX_TITLES.has(t.lower) || (SOUTH_ASIAN_TITLE.test(t.lower) && languages().titlesAfter.phrases.has(t.lower))
    if (suffixTitle && !/^[ \t]*\p{N}/u.test(ctx.text.slice(t.end, t.end + 3))) {
      name[i] = name[i - 1] === 3 ? 3 : 2
      continue
    }
    // Written as a credential ("MD", "PhD", "PharmD"), not the word ("tanner do another").
    if (
      CREDENTIALS.has(t.lower) &&
      name[i - 1] !== 3 &&
      (t.upper || /^[A-Z][a-z]*[A-Z]/.test(ctx.text.slice(t.start, t.end)))
    )
      name[i] = 2
  }
}

/** Extends a name over the surname-like words after it and a first name before it. */
export function extend(ctx: Ctx, i: number): void {
  const { toks, name } = ctx
  name[i] = 2
  let j = i + 1
  let words = 1
  while (j < toks.length && words < MAX_NAME_WORDS && (SPACE_ONLY.test(gap(ctx, j)) || isInitialGap(ctx, j))) {
    let k = j
    while (
      k < toks.length &&
      PARTICLES.has(toks[k]!.lower) &&
      k - j < 2 &&
      k + 1 < toks.length &&
      SPACE_ONLY.test(gap(ctx, k + 1))
    )
      k++
    // "sunny le calling": a particle that is a short family name ends the name itself when no surname follows it.
    if (k !== j && !isSurnamePart(ctx, k) && isClosingSurname(ctx, j)) k = j
    if (!isSurnamePart(ctx, k)) {
      // Fail closed after a cue: "this is wendell crisp from …", "it's pearl washington um": a name token that is
      // also an everyday word, right after a cued first word and closed by a boundary, is the surname.
      const first = toks[i]!
      if (
        words > 2 ||
        k !== j ||
        !toks.slice(i, k).every((t) => t.cls.first || (ctx.spanish && (t.cls.strong || t.cls.oov))) ||
        endsInApostropheS(first.lower) ||
        !isClosingSurname(ctx, k) ||
        !(
          personCueBefore(ctx, i, SELF_OR_RELATIVE) ||
          // After a title, a surname the word-surname list holds ("ms. addie best she's"; not "Nurse Keisha note:"),
          // unless Spanish: "la enfermera iris vino" (came).
          (toks[k]!.cls.wordSurname && !toks[k]!.cls.spanish && personCueBefore(ctx, i, TITLES))
        )
      ) {
        if (!(k === j && words <= 2 && closesIntroducedName(ctx, i, k)) && !middleNameAfterCue(ctx, i, k)) break
      }
    }
    // "Tuan Tran's house": what a possessive owns is not the next surname.
    if (/['’]s$/.test(toks[j - 1]!.lower) && !toks[k]!.cls.strong && !toks[k]!.cls.oov) break
    for (let m = j; m <= k; m++) name[m] = 2
    words++
    j = k + 1
  }
  const prev = toks[i - 1]
  if (prev && !name[i - 1] && isInitialBefore(ctx, i)) name[i - 1] = 2
  if ((toks[i]!.cls.strong || toks[i]!.cls.oov) && isIntroducedAcrossFiller(ctx, i)) name[i - 2] = 2
  if (prev && !name[i - 1] && SPACE_ONLY.test(gap(ctx, i))) {
    const p = prev.cls
    const cur = toks[i]!.cls
    const capitalised =
      isCap(ctx, prev) && (!prev.sentStart || p.first) && (p.first || p.surname) && !isFunctionWord(prev.lower)
    const firstBeforeSurname = (cur.strong || cur.oov) && isFirstBefore(prev, toks[i]!)
    // Initials as a first name: "PJ Tucker", "DJ Khaled", "Tj Smith".
    // In a transcript without capitals, after a person cue ("one of my players kj robinson").
    const initialsFirst =
      /^(?:[^aeiou\d][^aeiou\d]|[a-z]j)$/.test(prev.lower) &&
      !NOT_INITIALS.has(prev.lower) &&
      !isFunctionWord(prev.lower) &&
      (((prev.upper || prev.cap) && toks[i]!.cap) ||
        (!ctx.informative && !p.clinical && !isEnglishWord(prev.lower) && personCueBefore(ctx, i - 1)))
    const introducedBeforeSurname = (cur.strong || cur.oov) && isIntroducedFirst(ctx, i - 1)
    if (
      (capitalised ||
        firstBeforeSurname ||
        initialsFirst ||
        introducedBeforeSurname ||
        ((cur.strong || cur.oov) && isCuedFirst(ctx, i - 1))) &&
      !isAux(ctx, prev.lower) &&
      !p.clinical &&
      !prev.glued &&
      !endsPersonCue(toks, i - 1)
    )
      name[i - 1] = 2
    // "Will Okafor here", "May Lindqvist": a capitalised first name that is also a verb, opening a sentence, before a
    // capitalised surname found as a name.
    else if (
      prev.sentStart &&
      prev.cap &&
      toks[i]!.cap &&
      ctx.informative &&
      AUX_FIRST_NAMES.has(prev.lower) &&
      (cur.strong || cur.oov || cur.wordSurname)
    )
      name[i - 1] = 2
    // "Bill Carpenter here": a capitalised first name opening the sentence before a capitalised word-surname found as a name.
    else if (
      prev.sentStart &&
      prev.cap &&
      toks[i]!.cap &&
      ctx.informative &&
      p.first &&
      cur.wordSurname &&
      !isAux(ctx, prev.lower) &&
      !p.clinical &&
      !isFunctionWord(prev.lower)
    )
      name[i - 1] = 2
  }
}

/** Verbs that are also common first names: a name before a capitalised unknown surname at the start of a sentence. */
const AUX_FIRST_NAMES = new Set(['will', 'may', 'guy'])

/** An initial before the name at i: "h. nguyen", "M. Rodriguez" (not "a." or "i.", not a sentence's last letter). */
export function isInitialBefore(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const prev = toks[i - 1]
  if (
    !prev ||
    prev.end - prev.start !== 1 ||
    prev.glued ||
    !/^\.[ \t]+$/.test(gap(ctx, i)) ||
    !/\p{L}/u.test(prev.lower)
  )
    return false
  if (prev.lower === 'a' || prev.lower === 'i') return false
  return toks[i - 2] === undefined || /^[ \t:]+$/.test(gap(ctx, i - 1))
}

/** "H. Snider": the gap after an initial's full stop. */
function isInitialGap(ctx: Ctx, j: number): boolean {
  const prev = ctx.toks[j - 1]
  return prev !== undefined && prev.end - prev.start === 1 && /^\.[ \t]+$/.test(gap(ctx, j))
}

/**
 * Whether the word at k ends a self or relation cue of two or more words of the tables ("haadha koo", my mother, in
 * Oromo): a name found right after the cue does not take in its last word, even one the name lists hold ("koo").
 */
function endsPersonCue(toks: readonly Tok[], k: number): boolean {
  const { relationCues, selfCues } = languages()
  let phrase = toks[k]!.lower
  for (let j = k - 1; j >= 0 && k - j < Math.max(relationCues.maxWords, selfCues.maxWords); j--) {
    phrase = `${toks[j]!.lower} ${phrase}`
    if (relationCues.phrases.has(phrase) || selfCues.phrases.has(phrase)) return true
  }
  return false
}

/** A first name right before a surname-like word, in the same casing: "Grace Nakamura", "bill haskins". */
export function isFirstBefore(prev: Tok, cur: Tok): boolean {
  const p = prev.cls
  if (
    !p.first ||
    p.clinical ||
    p.spanish ||
    AUX_NAMES.has(prev.lower) ||
    isFunctionWord(prev.lower) ||
    PARTICLES.has(prev.lower)
  )
    return false
  if (!p.basic && !(cur.cls.first && !cur.cls.strong && !cur.cls.oov)) return true
  return prev.cap === cur.cap && prev.upper === cur.upper
}

/** What a caller says right after the name they give: their own next clause. */
const INTRODUCTION_CLOSERS = new Set(['calling', 'speaking', 'here'])
// A caller's next clause opened by "i": only a surname of the lists or a word no everyday word is closes a name before
// it ("par i call"; not "pat sorry i forgot").
const FIRST_PERSON_CLOSERS = new Set(['i', "i'm", 'im'])
const DEPARTMENT_OR_ROLE = /(?:ology|ist|ing|ics|ian)$/
// Words a caller names a place or a team with in an introduction ("this is dr lee office calling").
// biome-ignore format: packed list
const INTRODUCED_NOT_NAMES = new Set([
  'office', 'pharmacy', 'clinic', 'team', 'department', 'dept', 'desk', 'line', 'center', 'centre', 'group', 'practice',
  'agency', 'services', 'service', 'health', 'care', 'home', 'hospital', 'school', 'church', 'family', 'nurse', 'doctor',
  'dr', 'billing', 'front', 'staff', 'lab', 'labs', 'dental', 'rehab', 'hospice', 'company', 'insurance', 'again',
  'too', 'also', 'just', 'back', 'over', 'myself', 'personally', 'mom', 'dad', 'wife', 'husband', 'daughter', 'son',
  'upstairs', 'downstairs', 'outside', 'inside', 'nearby', 'next', 'door', 'down', 'there', 'now', 'today',
])

/**
 * "this is pastor james toe calling", "my name is cing sian par i call": after a self-introduction (a title allowed),
 * the word closing a name of one or two words right before the caller's next clause is its last part, whatever
 * else it is: nothing but the name stands there (fail closed; never a function, calendar or Spanish word).
 */
function closesIntroducedName(ctx: Ctx, i: number, k: number): boolean {
  const t = ctx.toks[k]!
  const next = ctx.toks[k + 1]
  if (!next || !SPACE_ONLY.test(gap(ctx, k + 1))) return false
  const c = t.cls
  // Only a surname of the lists or a word no everyday word is ("par", not "triage", "oncology", "caregiver").
  if (!INTRODUCTION_CLOSERS.has(next.lower) && !FIRST_PERSON_CLOSERS.has(next.lower)) return false
  if (!(c.surname || c.wordSurname || !c.common) || DEPARTMENT_OR_ROLE.test(t.lower)) return false
  if (t.glued || t.lower.length < 2 || /\d/.test(t.lower) || c.spanish || isSpanishWord(t.lower)) return false
  if (isFunctionWord(t.lower) || isAux(ctx, t.lower) || CALENDAR_NAMES.has(t.lower) || FILLERS.has(t.lower))
    return false
  if (SENTENCE_ADVERBS.has(t.lower) || VERB_FORMS.has(t.lower) || INTRODUCED_NOT_NAMES.has(t.lower)) return false
  if (FIRST_PERSON_CLOSERS.has(t.lower) || isFunctionWordOfAnyLanguage(t.lower)) return false
  const titled = i > 0 && (CUES.get(ctx.toks[i - 1]!.lower) ?? []).some((cue) => cue.kind === 'title')
  return personCueBefore(ctx, i, INTRODUCING) || (titled && personCueBefore(ctx, i - 1, INTRODUCING))
}
const INTRODUCING: ReadonlySet<CueKind> = new Set(['label', 'intro'])

/** Weak cues that still put a person after them when a surname follows: "calling for dolores baca". */
const PERSON_WEAK = new Set(['for', 'para'])

/**
 * A first name that is also an everyday or Spanish word ("dolores", "hope", "rose"), right after a person cue
 * ("this is", "habla", "calling for", "my mom", "pt") and before a surname: "habla dolores rangel". The caller
 * checks the surname; the cue and the surname together rule out the word's other reading.
 */
export function isCuedFirst(ctx: Ctx, k: number): boolean {
  const { toks } = ctx
  const t = toks[k]
  const next = toks[k + 1]
  if (
    !t ||
    !next ||
    !t.cls.first ||
    t.cls.clinical ||
    t.glued ||
    t.lower.length < 2 ||
    isAux(ctx, t.lower) ||
    isFunctionWord(t.lower) ||
    PARTICLES.has(t.lower) ||
    CALENDAR_NAMES.has(t.lower) ||
    t.cap !== next.cap ||
    !SPACE_ONLY.test(gap(ctx, k + 1))
  )
    return false
  return personCueBefore(ctx, k)
}

/**
 * "this is deja williams", "soy lucha hernández": the word at k, between a self-introduction and a surname the caller
 * checks, is the first name whatever it means (not a cue word itself, "a caller named …", nor a state, "i'm fine").
 */
export function isIntroducedFirst(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]
  if (!t || t.glued || t.lower.length < 3 || t.cls.clinical || isAux(ctx, t.lower)) return false
  const w = t.lower
  if (isFunctionWord(w) || FILLERS.has(w) || CALENDAR_NAMES.has(w) || CUES.has(w) || NOT_AFTER_WEAK_INTRO.has(w))
    return false
  if (personCueBefore(ctx, k, SELF_INTRODUCTIONS)) return true
  // Said twice around a filler or a pause: "it's cricket uh cricket dawson", "hi it's joy... joy baker".
  let j = k - 1
  while (j >= 0 && FILLERS.has(ctx.toks[j]!.lower)) j--
  const paused = j === k - 1 && /^[ \t]*(?:\.{2,}|…|,)[ \t]*$/.test(gap(ctx, k))
  return (j < k - 1 || paused) && ctx.toks[j]?.lower === w && personCueBefore(ctx, j, SELF_INTRODUCTIONS)
}

/** "soy lucha eh hernández": the word two before the surname at i, across a filler, is an introduced first name. */
export function isIntroducedAcrossFiller(ctx: Ctx, i: number): boolean {
  const filler = ctx.toks[i - 1]
  return (
    filler !== undefined &&
    !ctx.name[i - 1] &&
    FILLERS.has(filler.lower) &&
    i >= 2 &&
    !ctx.name[i - 2] &&
    isIntroducedFirst(ctx, i - 2)
  )
}

/** Cues after which speakers give their own name. */
const SELF_INTRODUCTIONS: ReadonlySet<CueKind> = new Set(['label', 'intro', 'intro-weak'])

/** Labels of a person that the cue table files as verbs ("pt", "patient", "caller"): a full name follows them. */
export const PERSON_NOUNS = new Set([
  'pt',
  'patient',
  'paciente',
  'resident',
  'member',
  'client',
  'caller',
  ...ROLE_NOUNS,
])

/** Cues after which the speaker names themself or a relative in full (and the labels above). */
const SELF_OR_RELATIVE: ReadonlySet<CueKind> = new Set(['label', 'intro', 'intro-weak', 'relation'])
const TITLES: ReadonlySet<CueKind> = new Set(['title'])

/** A person cue ("this is", "my son", "dr", "calling for") ends right before the word at k (of the given kinds). */
export function personCueBefore(ctx: Ctx, k: number, kinds?: ReadonlySet<CueKind>): boolean {
  const { toks } = ctx
  for (let s = Math.max(0, k - 3); s < k; s++) {
    for (const cue of CUES.get(toks[s]!.lower) ?? []) {
      if (
        s + cue.words.length !== k ||
        cue.kind === 'greeting' ||
        (kinds !== undefined && !kinds.has(cue.kind) && !(cue.kind === 'verb' && PERSON_NOUNS.has(cue.words[0]!))) ||
        (cue.kind === 'weak' && !PERSON_WEAK.has(cue.words[0]!))
      )
        continue
      let ok = CUE_GAP.test(gap(ctx, k))
      for (let m = 1; m < cue.words.length && ok; m++)
        ok = toks[s + m]!.lower === cue.words[m] && SPACE_ONLY.test(gap(ctx, s + m))
      if (ok) return true
    }
  }
  return false
}

/**
 * "a client here april dawn fields who…", "miss april dawn fields": after a cued first name, a first name that is
 * also a word is a middle name when a surname closing the name follows it (fail closed: nothing but a name stands
 * between a given name and its surname).
 */
function middleNameAfterCue(ctx: Ctx, i: number, k: number): boolean {
  const t = ctx.toks[k]!
  if (k !== i + 1 || !t.cls.first || t.cls.clinical || isAux(ctx, t.lower) || CALENDAR_NAMES.has(t.lower)) return false
  if (isFunctionWord(t.lower) || k + 1 >= ctx.toks.length || !SPACE_ONLY.test(gap(ctx, k + 1))) return false
  const last = ctx.toks[k + 1]!.cls
  return (last.surname || last.wordSurname) && isClosingSurname(ctx, k + 1) && personCueBefore(ctx, i)
}

/** The two-letter codes of the US states, DC and Puerto Rico (lower case). */
// biome-ignore format: packed list
export const STATE_CODES: ReadonlySet<string> = new Set([
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md',
  'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc',
  'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'dc', 'pr',
])

/** The languages other than English the text is plainly written in (dominantLanguagesOf), read once per text. */
export function dominantOf(ctx: Ctx): ReadonlySet<string> {
  ctx.dominant ??= dominantLanguagesOf(ctx.toks.map((t) => t.lower))
  return ctx.dominant
}

/** A subject pronoun of the language the text is plainly written in ("elle", "ela", "ella", "li"), lower case. */
export function isSubjectPronounOfText(ctx: Ctx, word: string): boolean {
  const code = languages().subjectPronouns.get(word)
  return code !== undefined && dominantOf(ctx).has(code)
}

/** The word at k can continue a name as its surname (or a middle initial before one). */
export function isSurnamePart(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]
  if (!t || t.glued) return false
  // "Hereford TX 79045": a state code before a ZIP code ends a place, not a name.
  if (t.upper && STATE_CODES.has(t.lower) && /^[ \t,]*\d/.test(ctx.text.slice(t.end, t.end + 4))) return false
  // A middle initial ("Ella H. Snider", "brad l key") counts when a surname-like word follows it.
  if (t.lower.length === 1) {
    return (
      /\p{L}/u.test(t.lower) &&
      (t.upper || t.cap || !ctx.informative) &&
      t.lower !== 'i' &&
      t.lower !== 'a' &&
      /^\.?[ \t]+$/.test(ctx.text.slice(t.end, ctx.toks[k + 1]?.start ?? t.end)) &&
      isSurnamePart(ctx, k + 1)
    )
  }
  const c = t.cls
  // "my name's Mark Best": a surname that is also a function word counts where its capital says so, mid-sentence.
  const capitalSurname = c.wordSurname && isCap(ctx, t) && !t.sentStart
  if (c.clinical || isAux(ctx, t.lower) || (isFunctionWord(t.lower) && !capitalSurname)) return false
  // A subject pronoun of the text's language opens the next clause ("… jeanne mukendi elle a mal").
  if (!isCap(ctx, t) && isSubjectPronounOfText(ctx, t.lower)) return false
  if (c.strong || c.oov || c.wordSurname) return true
  // An everyday word of the language the text is plainly written in ("li" is "she" in Haitian Creole) that is no
  // first name does not carry a name on, unless written with a capital where case tells.
  if (c.foreign && c.common && !c.first && !isCap(ctx, t) && isWordOfLanguages(t.lower, dominantOf(ctx))) return false
  if (c.surname && !c.basic) return true
  return isCap(ctx, t) && !t.sentStart && (c.surname || c.first || c.rare || !c.basic)
}
