/**
 * Person names (patients, relatives, staff) in free text, English and Spanish, any casing.
 * Layers, most to least certain: cue phrases ("this is", "my son", "dr", "hi", "text"), a gazetteer of names that
 * are not common words, capitalised first names mid-sentence, sign-offs, then a Philter-style backstop that flags
 * any remaining word no dictionary knows. Names found here are propagated to their other occurrences by detect.ts.
 */
import {
  AUX_NAMES, CALENDAR_NAMES, CUES, FILLERS, FUNCTION_WORDS, NOT_AFTER_LABEL, NOT_AFTER_WEAK_INTRO, NOUN_NAMES, PARTICLES,
  ORG_WORDS, PERSON_VERBS, POSSESSED, PROPER_PHRASES, SICK_FILLERS, SICK_WORDS, SPANISH_AUX_NAMES, SUBJECT_VERBS,
  TITLE_RELATIONS, VOCATIVE_NEXT,
  VOCATIVE_STOP, type CueKind,
} from '../lexicon/name-cues'
import { latinLanguagesOf } from '../languages'
import { isClinicalTerm } from '../lexicon/index'
import { classify, type WordClass } from '../lexicon/word-class'
import { letterOrMarkLength } from './chars'
import type { DetectInput, Detector, Span } from './types'

/** Options for tests and the eval: the backstop is on in production. */
export interface NameOptions {
  /** Flag every remaining out-of-vocabulary word (recall backstop). Default true. */
  backstop?: boolean
}

interface Tok {
  start: number
  end: number
  lower: string
  cls: WordClass
  /** Capitalised (first letter upper, not all upper). */
  cap: boolean
  upper: boolean
  /** First word of a sentence (or of the text). */
  sentStart: boolean
  /** Letters or digits touch the word on either side ("M00938271", "500mg"). */
  glued: boolean
  /** Part of an e-mail address, URL or handle. */
  inLink: boolean
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu
const SENTENCE_END = /[.!?\n…]["')\]”’]*\s*["'(\[“‘¿¡]*$/
// /^[ \t]+$/ and /['’]s$/ as character checks: they run for nearly every token, twice per text.
const SPACE_ONLY = {
  test(s: string): boolean {
    if (s.length === 0) return false
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c !== 32 && c !== 9) return false
    }
    return true
  },
}
/** /['’]s$/.test(word) */
function endsInApostropheS(word: string): boolean {
  const n = word.length
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false
  const c = word.charCodeAt(n - 2)
  return c === 39 || c === 0x2019
}
const CUE_GAP = /^[ \t]*[,:;\-–—]?[ \t]*$/
const TITLE_GAP = /^[ \t]?\.?[ \t]*$/
const SIGN_OFF_GAP = /(?:[-–—~]|\n)[ \t]*$/
const BOUNDARY_AFTER = /^[ \t]*(?:[,.!?;:)\]\n\-–—~]|$)/
const BOUNDARY_WORDS = new Set(['and', 'from', 'calling', 'here', 'speaking', 'again', 'y', 'de', 'llamando'])
const POSSESSIVES = new Set([
  'my', 'our', 'her', 'his', 'their', 'your', 'mi', 'su', 'tu', 'mis', 'sus', 'nuestra', 'nuestro', 'the', 'a', 'la',
  'el', 'los', 'las', 'una', 'un', 'this', 'that', 'esta', 'este',
])
const DATE_PREPOSITIONS = new Set([
  'in', 'on', 'of', 'since', 'until', 'till', 'by', 'before', 'after', 'early', 'late', 'mid', 'next', 'last', 'this',
  'every', 'en', 'de',
])
const LINK_CHUNK = /[@/]|www\.|\.(?:com|org|net|edu|gov|io|co|us|ly|me)\b/i
const DIGIT = /\p{Nd}/u
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{Nd}_]/u
const MAX_NAME_WORDS = 4
const ABBREVIATED_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'dra', 'sr', 'sra', 'srta', 'prof', 'rev', 'sgt', 'capt', 'lt', 'st', 'mx', 'lic', 'ing',
])
/** Credentials after a name belong to its span ("Giovanna Rodrigues MD", "Kathrine Filemonsen DDS"). */
const CREDENTIALS = new Set([
  'md', 'do', 'dds', 'dmd', 'phd', 'rn', 'np', 'pa', 'pa-c', 'lpn', 'cnm', 'dnp', 'facs', 'facp', 'mph', 'msn', 'bsn',
  'lcsw', 'psyd', 'od', 'dpm', 'pharmd', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'aprn', 'fnp', 'crna', 'lmft', 'mba',
])
/** Generational suffixes, in any casing ("marcus junior", "Ray Hernandez Sr"). */
const SUFFIXES = new Set(['jr', 'sr', 'junior', 'senior', 'ii', 'iii', 'iv'])

/** Finds names of patients, relatives and staff. */
export const detectNames: Detector = (input) => findNames(input)

/** detectNames with options (the eval measures the backstop on and off). */
export function findNames(input: DetectInput, options: NameOptions = {}): Span[] {
  const { text, lower } = input
  if (typeof text !== 'string' || text.length === 0) return []
  const toks = tokenize(text, lower)
  if (toks.length === 0) return []
  const informative = caseInformative(toks)
  const name = new Uint8Array(toks.length)
  /** Cue words kept inside the span ("Dr", "Nurse", "Grandma" used as a title). */
  const keep = new Uint8Array(toks.length)
  const spanish = looksSpanish(toks)
  // A text in another Latin-script language (French, Portuguese, Vietnamese...): its everyday words are words.
  const foreignText = [...latinLanguagesOf(toks.map((t) => t.lower))].some((code) => code !== 'es')
  if (foreignText) for (const t of toks) if (t.cls.foreign) t.cls = asEverydayWord(t.cls)
  const firm = new Uint8Array(toks.length)
  const ctx: Ctx = { toks, text, informative, name, keep, spanish, firm, gaps: new Array<string>(toks.length) }

  speakerPass(ctx)
  lineNamePass(ctx)
  cuePass(ctx)
  possessivePass(ctx)
  herePass(ctx)
  signOffPass(ctx)
  spelledPass(ctx)
  phoneticPass(ctx)
  initialsPass(ctx)
  selfIntroPass(ctx)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (name[i]) continue
    if (
      isGazetteerName(t, informative, spanish) || isCapitalisedName(ctx, i) || isSubjectName(ctx, i) || isVocative(ctx, i) ||
      isPatientSubject(ctx, i) || isAskedAbout(ctx, i) || isAskedDoing(ctx, i) || isNickname(ctx, i) || isStaffFrom(ctx, i) ||
      isNamedRelative(ctx, i)
    ) mark(ctx, i)
  }
  // Multiword names: extend every found name over the surname-like words next to it.
  initialNamePass(ctx)
  for (let i = 0; i < toks.length; i++) if (name[i] === 1) extend(ctx, i)
  coordinationPass(ctx)
  if (options.backstop !== false) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!
      if (!name[i] && isUnknownWord(t, informative, spanish)) name[i] = 3
    }
    // An unknown word next to a surname or first name makes a name of both ("xochitl brown").
    for (let i = 0; i < toks.length; i++) {
      if (name[i] !== 3) continue
      const next = toks[i + 1]
      if (next && !name[i + 1] && SPACE_ONLY.test(gap(ctx, i + 1)) && !next.glued && (next.cls.wordSurname || next.cls.strong)) name[i + 1] = 3
      const prev = toks[i - 1]
      if (prev && !name[i - 1] && SPACE_ONLY.test(gap(ctx, i)) && !prev.glued && (isFirstBefore(prev, toks[i]!) || isCuedFirst(ctx, i - 1))) name[i - 1] = 3
      if (prev && !name[i - 1] && isInitialBefore(ctx, i)) name[i - 1] = 3
    }
  }
  joinPass(ctx)
  return toSpans(ctx)
}

/** "Ella: What a wife.", "Heather:\"I'm…\"": a capitalised first name opening a line, then a colon (a speaker). */
function speakerPass(ctx: Ctx): void {
  const { toks, text } = ctx
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (!t.cap || t.glued || text[t.end] !== ':' || !/(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue
    const c = t.cls
    if (c.clinical || c.proper || isAux(ctx, t.lower) || isFunctionWord(t.lower) || CUES.has(t.lower)) continue
    if (!(c.first || c.strong)) continue
    mark(ctx, i)
    // What the speaker says opens a sentence ("Destiny: Remember me").
    const next = toks[i + 1]
    if (next && /^:[ \t"“]*$/.test(gap(ctx, i + 1))) next.sentStart = true
  }
}

/** A line that is only a capitalised name, as in a signature or an address block ("Rebecca Hides\n07960 …"). */
function lineNamePass(ctx: Ctx): void {
  const { toks, text } = ctx
  // Linear: each token is visited once as part of exactly one line.
  let i = 0
  while (i < toks.length) {
    let j = i + 1
    while (j < toks.length && !gap(ctx, j).includes('\n')) j++
    // toks[i..j) is one line; it must start the line (only bullets or quote marks before it) and end it.
    const before = i === 0 ? text.slice(0, toks[0]!.start) : gap(ctx, i)
    const opens = i === 0 ? /^[ \t>*\-–—~]*$/.test(before) : /\n[ \t>*\-–—~]*$/.test(before)
    const after = j < toks.length ? gap(ctx, j) : text.slice(toks[j - 1]!.end)
    const closes = /^[ \t.,]*(?:\n|$)/.test(after)
    const n = j - i
    if (opens && closes && n >= 2 && n <= 4 && lineLooksLikeName(ctx, i, j)) for (let k = i; k < j; k++) if (!ctx.name[k]) ctx.name[k] = 2
    i = j
  }
}

function lineLooksLikeName(ctx: Ctx, i: number, j: number): boolean {
  const { toks } = ctx
  const head = toks[i]!
  const c = head.cls
  if (!c.first || c.clinical || isAux(ctx, head.lower) || isFunctionWord(head.lower) || c.proper || CUES.has(head.lower)) return false
  for (let k = i; k < j; k++) {
    const t = toks[k]!
    if (!(t.cap || t.upper) || t.glued || t.inLink) return false
    if (k > i && !PARTICLES.has(t.lower) && (isFunctionWord(t.lower) || t.cls.clinical || t.cls.proper || ORG_WORDS.has(t.lower))) return false
    if (k > i && k < j && !/^[ \t]+$|^\.[ \t]+$/.test(gap(ctx, k))) return false
  }
  return true
}

/** "Ella H. Snider", "Sari J. Paavolainen", "ken n. fukuda": first name, initial with a full stop, a word. */
function initialNamePass(ctx: Ctx): void {
  const { toks, text } = ctx
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!
    const initial = toks[i + 1]!
    const last = toks[i + 2]!
    const c = t.cls
    if (!c.first || c.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower)) continue
    if (initial.end - initial.start !== 1 || !/\p{L}/u.test(initial.lower) || text[initial.end] !== '.') continue
    if (!SPACE_ONLY.test(gap(ctx, i + 1))) continue
    if (!/^\.[ \t]+$/.test(gap(ctx, i + 2)) || last.glued || last.cls.clinical || isFunctionWord(last.lower)) continue
    // Same casing on all three, the initial capitalised in capitalised text ("Ella H. Snider", "ella h. snider").
    if (t.cap !== last.cap || (t.cap && text[initial.start] !== text[initial.start]!.toUpperCase())) continue
    for (let k = i; k <= i + 2; k++) if (!ctx.name[k] || ctx.name[k] === 3) ctx.name[k] = 2
  }
}

const JOINING_PARTICLES = new Set([
  'de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'bin', 'ibn', 'ben', 'dos',
  'das', 'ter', 'ten', 'mac', 'mc',
])

/** Particles between two found name words ("Willemine ten Pas") and credentials after a name ("… Rodrigues MD"). */
function joinPass(ctx: Ctx): void {
  const { toks, name } = ctx
  for (let i = 1; i < toks.length; i++) {
    if (name[i] || !name[i - 1] || !SPACE_ONLY.test(gap(ctx, i))) continue
    let k = i
    while (k < toks.length && k - i < 2 && JOINING_PARTICLES.has(toks[k]!.lower) && SPACE_ONLY.test(gap(ctx, k + 1 < toks.length ? k + 1 : k))) k++
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
    // Written as a credential ("MD", "PhD", "PharmD"), not the word ("tanner do another").
    if (CREDENTIALS.has(t.lower) && name[i - 1] !== 3 && (t.upper || /^[A-Z][a-z]*[A-Z]/.test(ctx.text.slice(t.start, t.end)))) name[i] = 2
  }
}

interface Ctx {
  toks: Tok[]
  text: string
  informative: boolean
  /** 0 none, 1 name (to extend), 2 name (extended already), 3 backstop. */
  name: Uint8Array
  keep: Uint8Array
  /** Found after a relation, intro or label cue: names coordinated with it are people too ("my kids hunter and chase"). */
  firm: Uint8Array
  /** Two or more Spanish function words: Spanish verbs and function words are not names. */
  spanish: boolean
  /** Cache for gap(). */
  gaps: Array<string | undefined>
}

// Words are found by hand, exactly as WORD would find them (WORD stays the reference), without a match array per word.
const TITLE_STOP = /^\.[ \t]+$/

/** SENTENCE_END.test(text.slice(from, to)) without the slice when no sentence-ending character is there. */
function endsSentenceGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    // . ! ? \n … : the characters SENTENCE_END requires.
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return SENTENCE_END.test(text.slice(from, to))
  }
  return false
}

/** LETTER_OR_DIGIT.test(ch) for the code unit at `at`, ASCII answered without the regex. */
function isWordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
  return LETTER_OR_DIGIT.test(text[at]!)
}

/** DIGIT.test(ch) || ch === '_' for the code unit at `at`, ASCII answered without the regex. */
function isDigitOrUnderscoreAt(text: string, at: number): boolean {
  if (at >= text.length) return false
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 48 && c <= 57) || c === 95
  return DIGIT.test(text[at]!)
}

/** End of the WORD match ([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*) that starts with the letter at `start`. */
function wordEnd(text: string, start: number): number {
  let e = start
  for (let l = letterOrMarkLength(text, e); l > 0; l = letterOrMarkLength(text, e)) e += l
  for (;;) {
    const c = text.charCodeAt(e)
    if (c !== 39 && c !== 0x2019 && c !== 45) return e
    const l = letterOrMarkLength(text, e + 1)
    if (l === 0) return e
    e += 1 + l
    for (let k = letterOrMarkLength(text, e); k > 0; k = letterOrMarkLength(text, e)) e += k
  }
}

/** JavaScript white space or line terminator (what \s matches), by code unit. */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
}

function tokenize(text: string, lower: string): Tok[] {
  const toks: Tok[] = []
  const sameLength = lower.length === text.length
  let prevEnd = 0
  let chunkStart = 0
  let chunkEnd = 0
  let chunkIsLink = false
  for (let start = 0; start < text.length; ) {
    const first = letterOrMarkLength(text, start)
    if (first === 0) {
      start += 1
      continue
    }
    const end = wordEnd(text, start)
    const word = text.slice(start, end)
    // The whitespace-delimited chunk holding the word (chunks only move forward: linear overall).
    if (chunkEnd <= start) {
      chunkStart = start
      while (chunkStart > 0 && !isSpaceUnit(text.charCodeAt(chunkStart - 1))) chunkStart -= 1
      chunkEnd = end
      while (chunkEnd < text.length && !isSpaceUnit(text.charCodeAt(chunkEnd))) chunkEnd += 1
      chunkIsLink = LINK_CHUNK.test(text.slice(chunkStart, chunkEnd))
    }
    const wordLower = word.toLowerCase()
    const c0 = word.charCodeAt(0)
    // ASCII lower-case first letter: neither capitalised nor all upper case.
    const asciiLowerStart = c0 >= 97 && c0 <= 122
    const isUpperStart = asciiLowerStart ? false : c0 >= 65 && c0 <= 90 ? true : word[0]! !== word[0]!.toLowerCase()
    const allUpper = asciiLowerStart ? false : word === word.toUpperCase() && word !== wordLower
    const previous = toks.length > 0 ? toks[toks.length - 1]! : undefined
    toks.push({
      start,
      end,
      lower: sameLength ? lower.slice(start, end) : wordLower,
      cls: classify(wordLower),
      cap: isUpperStart && !allUpper,
      upper: allUpper && word.length > 1,
      // "Mr. Manning": the full stop of a title abbreviation does not end a sentence.
      sentStart: previous === undefined || (endsSentenceGap(text, prevEnd, start) && !(ABBREVIATED_TITLES.has(previous.lower) && TITLE_STOP.test(text.slice(prevEnd, start)))),
      glued: isWordCharAt(text, start - 1) || isDigitOrUnderscoreAt(text, end),
      inLink: chunkIsLink,
    })
    prevEnd = end
    start = end
  }
  return toks
}

/** Mixed-case text where a capital letter means something (not all lower, not ALL CAPS, not Title Case). */
function caseInformative(toks: Tok[]): boolean {
  let cap = 0
  let upper = 0
  let lowerCount = 0
  for (const t of toks) {
    if (t.upper) upper++
    else if (t.cap) cap++
    else lowerCount++
  }
  const n = toks.length
  return lowerCount > 0 && (cap > 0 || upper > 0) && upper / n < 0.5 && cap / n < 0.8
}

/** The text between token i-1 (or the start) and token i; computed once per token. */
function gap(ctx: Ctx, i: number): string {
  const cached = ctx.gaps[i]
  if (cached !== undefined) return cached
  const prev = ctx.toks[i - 1]
  const g = ctx.text.slice(prev ? prev.end : 0, ctx.toks[i]!.start)
  ctx.gaps[i] = g
  return g
}

/** Capitalised (or ALL CAPS for emphasis) in text where case carries meaning. */
function isCap(ctx: Ctx, t: Tok): boolean {
  return ctx.informative && ((t.cap && !t.sentStart) || t.upper)
}

function boundaryAfter(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  if (BOUNDARY_AFTER.test(ctx.text.slice(t.end, t.end + 3))) return true
  const next = ctx.toks[i + 1]
  return next !== undefined && SPACE_ONLY.test(gap(ctx, i + 1)) && BOUNDARY_WORDS.has(next.lower)
}

const CONTRACTION = /['’](?:s|ve|ll|re|d|t|m)$/

/** A function word, contracted ones included ("I'm", "I've", "he's"). */
function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || (CONTRACTION.test(word) && FUNCTION_WORDS.has(word.replace(CONTRACTION, '')))
}

/** A verb or function word that is also a first name ("will", "may"; "está", "van" in Spanish text). */
function isAux(ctx: Ctx, word: string): boolean {
  return AUX_NAMES.has(word) || (ctx.spanish && SPANISH_AUX_NAMES.has(word))
}

function mark(ctx: Ctx, i: number): void {
  if (!ctx.name[i] || ctx.name[i] === 3) ctx.name[i] = 1
}

// --- Cue phrases ---------------------------------------------------------------------------------------------

function cuePass(ctx: Ctx): void {
  const { toks } = ctx
  for (let i = 0; i < toks.length; i++) {
    const cues = CUES.get(toks[i]!.lower)
    if (!cues) continue
    for (const cue of cues) {
      const n = cue.words.length
      if (i + n > toks.length) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = toks[i + k]!.lower === cue.words[k] && SPACE_ONLY.test(gap(ctx, i + k))
      if (!ok) continue
      let j = i + n
      // Hesitations ("this is uh tanisha") and a copula after a relation ("my wife is grace") are skipped.
      let kind = cue.kind
      while (j < toks.length && FILLERS.has(toks[j]!.lower) && SPACE_ONLY.test(gap(ctx, j)) && j - (i + n) < 2) j++
      if (kind === 'relation' && j + 1 < toks.length && ['is', 'es', 'was', 'are', 'were', 'son'].includes(toks[j]!.lower) && SPACE_ONLY.test(gap(ctx, j + 1))) {
        j++
        kind = 'intro-weak'
      }
      if (j >= toks.length) break
      const g = gap(ctx, j)
      // "From: grace", "to: hope", "re: will": a header field names whoever follows.
      if ((kind === 'weak' || kind === 'verb') && cue.words.length === 1 && /^:[ \t]*$/.test(g) && HEADER_FIELDS.has(cue.words[0]!)) kind = 'label'
      const gapOk = kind === 'title' ? TITLE_GAP.test(g) || CUE_GAP.test(g) : CUE_GAP.test(g)
      const initials = gapOk && kind !== 'weak' && kind !== 'verb' ? initialsAfterCue(ctx, j) : 0
      // "Spoke w/ Mrs. O about the bill", "Per Dr. Y, hold": a courtesy title and one capital letter stand for a name.
      const tj = toks[j]!
      const titleInitial = initials === 0 && kind === 'title' && gapOk && ctx.informative && tj.end - tj.start === 1 && /^\p{Lu}$/u.test(ctx.text.slice(tj.start, tj.end)) &&
        !isSurnamePart(ctx, j + 1) && /^\.?(?:[ \t]*[,;:)!?\n]|[ \t]+\p{Ll}|[ \t]*$)/u.test(ctx.text.slice(tj.end, tj.end + 3)) &&
        COURTESY.has(toks[i]!.lower)
      if (titleInitial) {
        ctx.name[j] = 1
        for (let k = i; k < j; k++) ctx.keep[k] = 1
      } else if (initials > 0) {
        for (let k = j; k < j + initials; k++) ctx.name[k] = 1
        if (keepsCue(ctx, cue.kind, i)) for (let k = i; k < j; k++) ctx.keep[k] = 1
      } else if (gapOk && acceptAfterCue(ctx, kind, j)) {
        mark(ctx, j)
        if (kind === 'relation' || kind === 'intro' || kind === 'label') ctx.firm[j] = 1
        if (keepsCue(ctx, cue.kind, i) && (TITLE_GAP.test(g) || SPACE_ONLY.test(g))) for (let k = i; k < j; k++) ctx.keep[k] = 1
      }
      break
    }
  }
}

/** Two or three initials used as a name right after a cue: "my son t j", "this is A J", "dr k l". Their count. */
function initialsAfterCue(ctx: Ctx, j: number): number {
  const { toks } = ctx
  let k = j
  while (k < toks.length && k - j < 3 && toks[k]!.end - toks[k]!.start === 1 && /\p{L}/u.test(toks[k]!.lower) && (k === j || /^\.?[ \t]$|^\.$/.test(gap(ctx, k)))) k++
  const n = k - j
  if (n < 2) return 0
  const letters = toks.slice(j, k).map((t) => t.lower).join('')
  // "i" and "a" are words; spelled acronyms ("e r", "m r i") are not names.
  if (/^[ia]/.test(letters) && !toks[j]!.upper) return 0
  if (NOT_INITIALS.has(letters) || isSpelledTerm(letters)) return 0
  return n
}

/** Titles stay in the span ("Dr. Kaplan"); relations only when used as a title ("Grandma Lou", not "my son Noah"). */
function keepsCue(ctx: Ctx, kind: CueKind, i: number): boolean {
  const prev = ctx.toks[i - 1]
  const owned = prev !== undefined && SPACE_ONLY.test(gap(ctx, i)) && (POSSESSIVES.has(prev.lower) || endsInApostropheS(prev.lower))
  // "my father Tadeusz", "my sister June": a relation, not the priest's or the nun's title.
  if (kind === 'title') return !(owned && TITLE_RELATIONS.has(ctx.toks[i]!.lower))
  if (kind !== 'relation' || !TITLE_RELATIONS.has(ctx.toks[i]!.lower)) return false
  return !owned
}

function surnameAfterParticles(ctx: Ctx, j: number): boolean {
  let k = j
  while (k < ctx.toks.length && k - j < 3 && PARTICLES.has(ctx.toks[k]!.lower)) k++
  return k < ctx.toks.length && SPACE_ONLY.test(gap(ctx, k)) && isSurnamePart(ctx, k)
}

/** Titles that stand before a bare initial in notes ("Mrs. O", "Dr. Y"). */
const COURTESY = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'sr', 'sra', 'srta', 'nurse'])

const HEADER_FIELDS = new Set(['from', 'to', 'for', 'cc', 'attn', 'patient', 'pt', 'caller', 'contact'])

const FINITE_VERBS = new Set([
  'has', 'is', 'was', 'had', 'needs', 'wants', 'got', 'gets', 'feels', 'fell', 'took', 'said', 'says', 'called',
  'texted', 'threw', 'woke', 'keeps', 'tiene', 'está', 'tuvo', 'dice', 'dijo',
])

const TELL_VERBS = new Set(['tell', 'told', 'telling', 'remind', 'reminded', 'ask', 'asked', 'thank', 'thanked', 'let'])
/** TELL_VERBS without "thank" ("thank god i…") and "let" ("let rice cool"). */
const PASS_ON_VERBS = new Set(['tell', 'told', 'telling', 'remind', 'reminded', 'ask', 'asked', 'page', 'paged'])
/** What follows the person a message is passed on to ("tell grace thank you", "ask hope if", "remind faith to"). */
const MESSAGE_NEXT = new Set([
  'thank', 'thanks', 'thx', 'ty', 'hi', 'hello', 'hey', 'congrats', 'congratulations', 'sorry', 'happy', 'merry',
  'goodbye', 'bye', 'good', 'to', 'that', 'if', 'whether', 'when', 'about', 'for', 'we', 'you', 'u', 'she', 'he',
  'they', 'i', 'not', 'know',
])
/** Verbs of talking to someone ("spoke to", "texted"), and when it happened ("yesterday", "this morning"). */
const SPOKE_VERBS = new Set(['spoke', 'speak', 'talked', 'talk', 'texted', 'called', 'told', 'asked', 'saw', 'met', 'messaged', 'emailed', 'paged'])
const COLOURS = new Set(['red', 'pink', 'gray', 'grey', 'green', 'blue', 'white', 'black', 'brown', 'purple', 'violet', 'scarlet', 'orange', 'yellow', 'gold', 'silver', 'amber', 'rose', 'ruby'])
const TIME_NEXT = new Set(['yesterday', 'today', 'tonight', 'earlier', 'this', 'last', 'again', 'ayer', 'hoy'])
const TRANSPORT = new Set(['took', 'take', 'taking', 'drove', 'drive', 'driving', 'off', 'up', 'brought', 'bringing'])
const RECIPIENT_NEXT = new Set(['the', 'her', 'his', 'their', 'a', 'an', 'my', 'our', 'your', 'some', 'this', 'that'])
const SEASONS = new Set(['summer', 'autumn', 'fall', 'winter', 'spring', 'christmas', 'easter', 'holiday'])
/** "pray for hope", "full of grace", "jump for joy": the word before the weak cue makes an idiom. */
const IDIOM_BEFORE = new Set([
  'pray', 'praying', 'prayed', 'full', 'jump', 'jumping', 'say', 'said', 'saying', 'tears', 'cry', 'crying', 'hoping',
  'grateful', 'thankful', 'blessed', 'filled', 'hope', 'faith', 'live', 'living', 'hold', 'holding', 'keep', 'lose',
  'losing', 'lost', 'fall', 'fell', 'grow', 'room', 'out',
])

/** The word at j closes its sentence or the message. */
function endsSentence(ctx: Ctx, j: number): boolean {
  return /^[ \t]*(?:[.!?\n]|$)/.test(ctx.text.slice(ctx.toks[j]!.end, ctx.toks[j]!.end + 2))
}

const PLACE_PREPOSITIONS = new Set([
  'at', 'to', 'from', 'after', 'before', 'tomorrow', 'today', 'tonight', 'in', 'up', 'home',
])

const GERUND = /\p{L}{2,}(?:ando|iendo|yendo)$/u

const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'im', "i'm", 'ill', "i'll", 'that', 'to'])
const CALLER_NEXT = new Set(['from', 'calling', 'speaking', 'with', 'at', 'llamando', 'de'])

function acceptAfterCue(ctx: Ctx, kind: CueKind, j: number): boolean {
  const t = ctx.toks[j]!
  const c = t.cls
  const w = t.lower
  if (w.length < 2 || t.glued) return false
  const cap = isCap(ctx, t)
  if (kind === 'label') return !NOT_AFTER_LABEL.has(w) && !(c.clinical && !c.first) && !(c.proper && !c.first)
  // "the baby está tomando", "mi hija esta comiendo": a Spanish word before a gerund is the verb "estar", not a name.
  const after = ctx.toks[j + 1]
  if (c.spanish && after && SPACE_ONLY.test(gap(ctx, j + 1)) && GERUND.test(after.lower) && after.cls.spanish) return false
  const firm = kind === 'intro' || kind === 'relation' || kind === 'title'
  // "my dad al he's…": a particle that is a first name, with no surname after it, is the name.
  const nextTok = ctx.toks[j + 1]
  const particleName = firm && c.first && PARTICLES.has(w) && !cap && !isAux(ctx, w) && !ctx.toks[j - 1]?.cls.spanish &&
    nextTok !== undefined && !PARTICLES.has(nextTok.lower) && !isSurnamePart(ctx, j + 1)
  // "Mrs. Van der Berg", "doctor de la cruz": a title, particles, then a surname.
  if (PARTICLES.has(w) && kind === 'title' && surnameAfterParticles(ctx, j)) return true
  if ((PARTICLES.has(w) && !particleName && !(cap && c.first && firm)) || isFunctionWord(w)) return false
  if (c.clinical && !(c.first && firm)) return false
  if (c.strong) return w.length > 2 || kind !== 'weak'
  if (c.oov) return true
  if (c.rare) return firm || cap
  // "thanks will!", "hi may,": a greeting then a name that is also a verb, at a boundary.
  const greeted = kind === 'greeting' && c.first && /^[ \t]*(?:[,!.?]|$)/.test(ctx.text.slice(t.end, t.end + 2))
  // "MY SON WILL HAS A FEVER": a finite verb right after it makes the auxiliary a name.
  const subjectOfVerb = kind === 'relation' && c.first && FINITE_VERBS.has(ctx.toks[j + 1]?.lower ?? '') && SPACE_ONLY.test(gap(ctx, j + 1))
  if (isAux(ctx, w) && !cap && !subjectOfVerb && !((kind === 'intro' || greeted) && boundaryAfter(ctx, j))) return false
  if (c.first) {
    switch (kind) {
      case 'intro':
      case 'relation':
      case 'title':
        return true
      case 'intro-weak':
        // "it's sunny from dr lee's office": a first name the state list holds, then a caller's phrase.
        // "hey it's hope again": a name-only noun said again by a caller (not a state: "it's sunny again").
        if (NOT_AFTER_WEAK_INTRO.has(w) && !cap) {
          const after = ctx.toks[j + 1]?.lower ?? ''
          return (CALLER_NEXT.has(after) || (after === 'again' && ABSTRACT_NAMES.has(w))) && SPACE_ONLY.test(gap(ctx, j + 1))
        }
        return cap || !c.basic || boundaryAfter(ctx, j)
      case 'greeting':
        return cap || !c.basic || boundaryAfter(ctx, j)
      case 'verb':
        // "tell rob i said thanks", "omw, tell ray": a pronoun or the end of the sentence after the person.
        if (cap || (!c.basic && boundaryAfter(ctx, j))) return true
        if (!SPACE_ONLY.test(gap(ctx, j))) return false
        const after = ctx.toks[j + 1]?.lower ?? ''
        const pronounNext = SUBJECT_PRONOUNS.has(after) && SPACE_ONLY.test(gap(ctx, j + 1))
        if (boundaryAfter(ctx, j) || (pronounNext && !(NOUN_NAMES.has(w) && (after === 'to' || after === 'that')))) return true
        // "tell grace thank you", "remind hope to call", "ask faith if": a message passed on to a person.
        if (TELL_VERBS.has(ctx.toks[j - 1]?.lower ?? '') && !CALENDAR_NAMES.has(w) && MESSAGE_NEXT.has(after) && SPACE_ONLY.test(gap(ctx, j + 1))) return true
        if (CALENDAR_NAMES.has(w) || !SPACE_ONLY.test(gap(ctx, j + 1))) return false
        // "i spoke to sunny yesterday", "talked with faith this morning": someone spoken to, then when.
        if (TIME_NEXT.has(after) && !COLOURS.has(w) && SPOKE_VERBS.has(ctx.toks[j - 1]?.lower === 'to' || ctx.toks[j - 1]?.lower === 'with' ? ctx.toks[j - 2]?.lower ?? '' : ctx.toks[j - 1]?.lower ?? '')) return true
        // "send grace the form", "gave hope her meds": a person receiving something.
        if (NOUN_NAMES.has(w) && !ABSTRACT_NAMES.has(w)) return false
        if (RECIPIENT_NEXT.has(after)) return true
        // "bring ivy at 3", "took faith to urgent care": a person taken somewhere ("bring hope to the world" is not).
        if (!PLACE_PREPOSITIONS.has(after)) return false
        return !ABSTRACT_NAMES.has(w) || !['to', 'in', 'up'].includes(after) || TRANSPORT.has(ctx.toks[j - 1]?.lower ?? '')
      case 'weak':
        if (isLanguageAsked(ctx, j)) return false
        // "i'm here with grace", "the appt is for joy.": a person at the end of the sentence, not a month or season.
        return cap || (!CALENDAR_NAMES.has(w) && !SEASONS.has(w) && !c.basic && SPACE_ONLY.test(gap(ctx, j)) && endsSentence(ctx, j)) ||
          (ABSTRACT_NAMES.has(w) && SPACE_ONLY.test(gap(ctx, j)) && endsSentence(ctx, j) && !IDIOM_BEFORE.has(ctx.toks[j - 2]?.lower ?? ''))
    }
  }
  if (c.wordSurname && kind === 'title') return true
  // "tell baker i got the forms", "ask frost if she can": a word-surname a message is passed to is the person.
  if (c.wordSurname && kind === 'verb' && PASS_ON_VERBS.has(ctx.toks[j - 1]?.lower ?? '') && SPACE_ONLY.test(gap(ctx, j + 1)) &&
    MESSAGE_NEXT.has(ctx.toks[j + 1]?.lower ?? '') && !CALENDAR_NAMES.has(w)) return true
  if (c.surname) return kind === 'title' ? !c.basic || cap || boundaryAfter(ctx, j) : cap && kind !== 'weak'
  return cap && kind === 'title' && !c.basic
}

// --- Other patterns ------------------------------------------------------------------------------------------

/** "jake's mom", "Ana's daughter", "Autumn's address", "hope's inhaler". */
function possessivePass(ctx: Ctx): void {
  const { toks } = ctx
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (!endsInApostropheS(t.lower) || !SPACE_ONLY.test(gap(ctx, i + 1))) continue
    const next = toks[i + 1]!.lower
    const relation = CUES.get(next)?.some((c) => c.kind === 'relation' && c.words.length === 1) ?? false
    if (!relation && !POSSESSED.has(next)) continue
    const c = t.cls
    if (t.glued || c.clinical) continue
    // "the boy's fever", "Monday's appt": a determiner or a weekday makes it a common noun.
    const prev = toks[i - 1]
    const stem = t.lower.slice(0, -2)
    if (!relation && ((prev && SPACE_ONLY.test(gap(ctx, i)) && POSSESSIVES.has(prev.lower)) || CALENDAR_NAMES.has(stem) || c.proper)) continue
    if (c.strong || c.oov || (c.first && !isAux(ctx, t.lower.slice(0, -2))) || isCap(ctx, t)) mark(ctx, i)
  }
}

const HOME_WORDS = new Set(['family', 'residence', 'household', 'familia', 'residencia'])
const HERE_WORDS = new Set(['here', 'calling', 'speaking', 'llamando', 'aquí', 'aqui'])

/** "Maria here", "hi, dre here", "summer calling from dr lee's office". */
function herePass(ctx: Ctx): void {
  const { toks } = ctx
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!HERE_WORDS.has(toks[i + 1]!.lower) || !SPACE_ONLY.test(gap(ctx, i + 1))) continue
    const t = toks[i]!
    const prev = toks[i - 1]
    const opens = t.sentStart || /[,;:\-–—]\s*$/.test(gap(ctx, i)) || (prev !== undefined && CUES.get(prev.lower)?.some((c) => c.kind === 'greeting'))
    if (!opens || t.glued || t.cls.clinical || isAux(ctx, t.lower)) continue
    if (t.cls.strong || t.cls.oov || t.cls.first) mark(ctx, i)
  }
  // "Waters again, still no callback": a capitalised name opening the message, then "again" and a pause.
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (toks[i + 1]!.lower !== 'again' || !SPACE_ONLY.test(gap(ctx, i + 1)) || !/^[ \t]*[,.!:;\-–—]/.test(ctx.text.slice(toks[i + 1]!.end, toks[i + 1]!.end + 3))) continue
    if (i > 0 && !/[.!?\n]\s*$/.test(ctx.text.slice(0, t.start))) continue
    const c = t.cls
    if (!ctx.informative || !t.cap || t.upper || t.glued || c.clinical || c.proper || isAux(ctx, t.lower) || isFunctionWord(t.lower)) continue
    if (c.strong || c.oov || c.wordSurname || c.first) mark(ctx, i)
  }
  // "call the vu residence", "the Smith household": a name between "the" and a home word.
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (toks[i - 1]!.lower !== 'the' || !HOME_WORDS.has(toks[i + 1]!.lower) || !SPACE_ONLY.test(gap(ctx, i)) || !SPACE_ONLY.test(gap(ctx, i + 1))) continue
    const c = t.cls
    if (t.glued || c.clinical || c.proper || isFunctionWord(t.lower) || t.lower.length < 2) continue
    if (c.strong || c.oov || ((c.wordSurname || c.surname || c.first) && isCap(ctx, t))) mark(ctx, i)
  }
  // "Carpenter family here", "the hope family calling": a surname before "family" and a caller's word.
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!
    if (toks[i + 1]!.lower !== 'family' || !SPACE_ONLY.test(gap(ctx, i + 1)) || !SPACE_ONLY.test(gap(ctx, i + 2))) continue
    if (!HERE_WORDS.has(toks[i + 2]!.lower) || t.glued || t.cls.clinical || t.cls.proper || isFunctionWord(t.lower)) continue
    if (t.cls.strong || t.cls.oov || t.cls.wordSurname || (t.cls.surname && (t.cap || t.upper))) mark(ctx, i)
  }
}

/** A name closing the message: "… - Rick", "…\nAna Ruiz". */
function signOffPass(ctx: Ctx): void {
  const { toks, text } = ctx
  const n = toks.length
  for (let size = 1; size <= 3 && size < n; size++) {
    const i = n - size
    const last = toks[n - 1]!
    if (!/^[\s.!)]*$/.test(text.slice(last.end))) return
    if (!SIGN_OFF_GAP.test(gap(ctx, i))) continue
    for (let k = i + 1; k < n; k++) if (!SPACE_ONLY.test(gap(ctx, k))) return
    const head = toks[i]!
    const c = head.cls
    if (head.glued || c.clinical || isAux(ctx, head.lower)) return
    if (c.strong || c.first || c.oov || isCap(ctx, head)) {
      for (let k = i; k < n; k++) {
        const ck = toks[k]!.cls
        if (k > i && (isFunctionWord(toks[k]!.lower) || CONJUNCTIONS.has(toks[k]!.lower))) continue
        if (k === i || ck.strong || ck.oov || ck.surname || isCap(ctx, toks[k]!)) mark(ctx, k)
      }
    }
    return
  }
}

/** A name from the gazetteer that is not a common word, anywhere. */
function isGazetteerName(t: Tok, informative: boolean, spanish: boolean): boolean {
  if (!t.cls.strong || t.glued) return false
  // "me arden los ojos", "tomas la medicina?": in Spanish text a verb form is a name only with a cue or a capital.
  if (spanish && t.cls.spanishVerb && !t.cap && !t.upper) return false
  if (t.lower.length < 3) return false
  // An ALL-CAPS short word in mixed-case text is an acronym (ANA, LEE?), not a name.
  if (informative && t.upper && t.lower.length <= 3) return false
  return true
}

/** A first name or surname capitalised mid-sentence in mixed-case text ("then Will said", "ask Hope", "Graves"). */
const INTERPRETER = /^(?:interpreters?|translators?|int[eé]rpretes?|traductora?)$/

/** "an interpreter for Dari", "she speaks Dari": a language the lists know (also a first name) where a language is asked for. */
function isLanguageAsked(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  if (!t.cls.proper) return false
  const p1 = ctx.toks[i - 1]?.lower ?? ''
  const p2 = ctx.toks[i - 2]?.lower ?? ''
  return ((p1 === 'for' || p1 === 'in' || p1 === 'de' || p1 === 'en') && INTERPRETER.test(p2)) || /^(?:speaks?|spoke|speaking|hablo|only)$/.test(p1)
}

function isCapitalisedName(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const c = t.cls
  if (!ctx.informative || !t.cap || t.sentStart || t.glued || c.clinical) return false
  if (isFunctionWord(t.lower) || (c.proper && !c.first) || isLanguageAsked(ctx, i)) return false
  if ((ORG_WORDS.has(t.lower) || ADDRESS_WORDS.has(t.lower)) && !c.strong) return false
  // "My Daughter has a fever", "Mother called": a relation word is not a name (the name after it is).
  // Title-like relations still count: "my Tío Chuy", "Grandma Lou".
  if (!c.strong && !c.first && !TITLE_RELATIONS.has(t.lower) && CUES.get(t.lower)?.some((cue) => cue.kind === 'relation' && cue.words.length === 1)) return false
  // "Urgent Care", "Blue Cross", "my Part B": a known capitalised phrase.
  const prev = ctx.toks[i - 1]
  const next = ctx.toks[i + 1]
  if (prev && SPACE_ONLY.test(gap(ctx, i)) && PROPER_PHRASES.has(`${prev.lower} ${t.lower}`)) return false
  if (next && SPACE_ONLY.test(gap(ctx, i + 1)) && PROPER_PHRASES.has(`${t.lower} ${next.lower}`)) return false
  // Any other capitalised word mid-sentence too: patients rarely capitalise words that are not names.
  if (CALENDAR_NAMES.has(t.lower)) {
    const prev = ctx.toks[i - 1]
    if (prev && DATE_PREPOSITIONS.has(prev.lower)) return false
    if (/^[\s,]*\d/.test(ctx.text.slice(t.end, t.end + 4)) || /\d[\s,]*$/.test(ctx.text.slice(Math.max(0, t.start - 4), t.start))) return false
  }
  return true
}

/** A first name opening a sentence as the subject of a verb ("Grace fell asleep", "Will is sick"). */
function isSubjectName(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const next = ctx.toks[i + 1]
  // "and grace called back", "so hope texted": a conjunction opening the clause counts as a sentence start.
  const before = ctx.toks[i - 1]
  const opens = t.sentStart || (before !== undefined && CLAUSE_OPENERS.has(before.lower) && SPACE_ONLY.test(gap(ctx, i)) && PERSON_ACTIONS.has(next?.lower ?? ''))
  if (!opens || t.cls.clinical || t.glued || !next || !SPACE_ONLY.test(gap(ctx, i + 1))) return false
  if (!(SUBJECT_VERBS.has(next.lower) || PERSON_ACTIONS.has(next.lower)) || (ctx.spanish && SPANISH_AUX_NAMES.has(t.lower))) return false
  if (!t.cls.first) return t.cap && ctx.informative && !t.cls.basic && !isFunctionWord(t.lower)
  if (t.cap || t.upper) return true
  // "rose is finally asleep", "mark was still napping": a state only a person (or a pet) is in.
  if ((next.lower === 'is' || next.lower === 'was') && !isAux(ctx, t.lower) && !CALENDAR_NAMES.has(t.lower) && personState(ctx, i + 2)) return true
  // Lower-case text: only names that are not everyday words, and not before is/has ("mark is red"); everyday-word
  // names before a verb only a person does ("grace picked up the rx", "faith threw up"), unless mostly nouns.
  if (isAux(ctx, t.lower)) return false
  if (!t.cls.basic) return !['is', 'was', 'has', 'had'].includes(next.lower)
  if (CALENDAR_NAMES.has(t.lower) || SEASONS.has(t.lower)) return false
  // "dawn is picking it up", "grace was coughing all night".
  const after = ctx.toks[i + 2]
  if ((next.lower === 'is' || next.lower === 'was') && after && SPACE_ONLY.test(gap(ctx, i + 2)) && PERSON_DOING.has(after.lower)) {
    return !NOUN_NAMES.has(t.lower) || ABSTRACT_NAMES.has(t.lower)
  }
  if (!PERSON_ACTIONS.has(next.lower)) return false
  return !NOUN_NAMES.has(t.lower) || ABSTRACT_NAMES.has(t.lower) || SPEECH_VERBS.has(next.lower)
}

/** Adverbs between is/was and a person's state ("is finally asleep", "was still crying"). */
const STATE_ADVERBS = new Set(['finally', 'still', 'now', 'already', 'just', 'fast', 'sound', 'wide', 'not', 'barely', 'half'])
const PERSON_STATES = new Set(['asleep', 'awake', 'napping', 'sleeping', 'crying', 'fussy', 'cranky', 'teething', 'potty'])

/** The word at k (after up to two adverbs) is a state only a person is in. */
function personState(ctx: Ctx, k: number): boolean {
  const { toks } = ctx
  while (k < toks.length && k - 1 >= 0 && STATE_ADVERBS.has(toks[k]!.lower) && SPACE_ONLY.test(gap(ctx, k))) k++
  return toks[k] !== undefined && SPACE_ONLY.test(gap(ctx, k)) && PERSON_STATES.has(toks[k]!.lower)
}

const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'then', 'also', 'because', 'cuz', 'until', 'when', 'after', 'before', 'since'])

const PERSON_DOING = new Set([
  'picking', 'coming', 'bringing', 'driving', 'calling', 'feeling', 'getting', 'taking', 'running', 'staying',
  'sleeping', 'eating', 'crying', 'coughing', 'vomiting', 'throwing', 'asking', 'waiting', 'working', 'texting',
  'wheezing', 'complaining', 'refusing', 'teething', 'acting', 'walking', 'talking', 'breathing', 'sneezing',
])

/** Only a person says or asks: "mark said to call" (but "chase called me" may be the bank). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'asked', 'texted', 'wants', 'wanted'])

/** Noun-like names whose noun cannot pick up, fall or text ("grace picked up the rx", not "chase called me"). */
const ABSTRACT_NAMES = new Set(['hope', 'faith', 'grace', 'joy', 'dawn', 'sue'])

const PERSON_ACTIONS = new Set([
  'necesita', 'quiere', 'vino', 'llamó', 'dijo', 'amaneció', 'vomitó', 'despertó', 'durmió', 'comió',
  'picked', 'dropped', 'brought', 'drove', 'said', 'says', 'told', 'asked', 'called', 'texted', 'wants', 'wanted',
  'needs', 'needed', 'fell', 'threw', 'woke', 'ate', 'slept', 'cried', 'fainted', 'vomited', 'coughed', 'tested',
  'complains', 'complained', 'refuses', 'refused', 'missed', 'forgot', 'lost', 'broke', 'cut', 'bumped', 'hurt',
  'feels', 'felt', 'keeps', 'kept', "can't", 'cant', "won't", 'wont', "didn't", 'didnt', "doesn't", 'doesnt',
])

/** A first name as the subject of a symptom, any casing: "georgia has a 101 fever", "and tom is vomiting". */
function isPatientSubject(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const c = t.cls
  if (!c.first || c.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower)) return false
  // "the bill has…", "my mark is…": a determiner before it makes it a common noun.
  const prev = toks[i - 1]
  if (prev && SPACE_ONLY.test(gap(ctx, i)) && (POSSESSIVES.has(prev.lower) || !(t.sentStart || SUBJECT_OPENERS.has(prev.lower)))) return false
  const verb = toks[i + 1]
  if (!verb || !SPACE_ONLY.test(gap(ctx, i + 1)) || !PATIENT_VERBS.has(verb.lower)) return false
  // A Spanish verb makes it Spanish however short the text: "esta tiene fiebre" is "this one has a fever".
  if (verb.cls.spanish && SPANISH_AUX_NAMES.has(t.lower)) return false
  for (let k = i + 2; k < toks.length && k <= i + 6; k++) {
    if (!/^[\s\d.,°]*$/.test(gap(ctx, k))) return false
    const w = toks[k]!
    if (SICK_WORDS.has(w.lower) || (w.cls.clinical && !w.cls.first && !SICK_FILLERS.has(w.lower))) return true
    // "ivy is doing better" (not "june is better": a month can be better for an appointment).
    if ((w.lower === 'better' || w.lower === 'worse') && toks[k - 1]!.lower === 'doing' && !CALENDAR_NAMES.has(t.lower)) return true
    if (w.lower === 'doing') continue
    if (!SICK_FILLERS.has(w.lower)) return false
  }
  return false
}

/** "grace from billing called", "spoke with hope from the front desk": a first name, then where the person works. */
function isStaffFrom(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  if (!t.cls.first || t.cls.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || CALENDAR_NAMES.has(t.lower)) return false
  if (toks[i + 1]?.lower !== 'from' || !SPACE_ONLY.test(gap(ctx, i + 1))) return false
  let k = i + 2
  if (toks[k] && ['the', 'your', 'ur', 'dr', 'dr.', 'doctor'].includes(toks[k]!.lower)) k++
  return toks[k] !== undefined && STAFF_PLACES.has(toks[k]!.lower)
}

const STAFF_PLACES = new Set([
  'billing', 'scheduling', 'front', 'desk', 'office', 'clinic', 'pharmacy', 'lab', 'labs', 'radiology', 'insurance',
  'hospital', 'nursing', 'reception', 'urgent', 'records', 'imaging', 'pediatrics', 'cardiology', 'dermatology',
])

/** "Honey is what the kids call grandma", "bubba is what we call him": a nickname explained. */
function isNickname(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  if (!t.sentStart || t.glued || t.cls.clinical || isFunctionWord(t.lower) || toks[i + 1]?.lower !== 'is' || toks[i + 2]?.lower !== 'what') return false
  for (let k = i + 3; k < toks.length && k <= i + 6; k++) if (/^call(?:s|ed)?$/.test(toks[k]!.lower)) return true
  return false
}

/** "pls have jay call me", "did april get her shots", "can rosie come in too": a person between an auxiliary and a verb. */
function isAskedAbout(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const c = t.cls
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (!c.first || c.clinical || t.glued || !prev || !next || isAux(ctx, t.lower) || isFunctionWord(t.lower)) return false
  if (!SPACE_ONLY.test(gap(ctx, i)) || !SPACE_ONLY.test(gap(ctx, i + 1)) || !PERSON_VERBS.has(next.lower)) return false
  if (!ASKING.has(prev.lower)) return false
  // "can grace pick up", "did hope call back": an abstract noun cannot pick up or call ("have faith" is an idiom).
  if (ABSTRACT_NAMES.has(t.lower) && !['have', 'had', 'has'].includes(prev.lower)) return true
  return !NOUN_NAMES.has(t.lower) || isCap(ctx, t)
}

/** "was mason playing outside", "is tyler feeling any better": a first name between is/was and an -ing verb. */
function isAskedDoing(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (!t.cls.first || t.cls.clinical || t.glued || !prev || !next || isAux(ctx, t.lower) || isFunctionWord(t.lower)) return false
  if (!['is', 'was', 'isnt', "isn't", 'wasnt', "wasn't"].includes(prev.lower) || !(prev.sentStart || isCap(ctx, prev) || prev.cap)) return false
  // "is faith ok to come in", "was grace awake": a question about how a person is.
  if (ASKED_STATES.has(next.lower) && SPACE_ONLY.test(gap(ctx, i)) && SPACE_ONLY.test(gap(ctx, i + 1)) && !CALENDAR_NAMES.has(t.lower) &&
    (!NOUN_NAMES.has(t.lower) || ABSTRACT_NAMES.has(t.lower))) return true
  return SPACE_ONLY.test(gap(ctx, i)) && SPACE_ONLY.test(gap(ctx, i + 1)) && /^[a-z]{2,}ing$/.test(next.lower) && next.cls.common &&
    (!NOUN_NAMES.has(t.lower) || (ABSTRACT_NAMES.has(t.lower) && PERSON_DOING.has(next.lower)))
}

const OWNERS = new Set(['my', 'our', 'her', 'his', 'their', 'your', 'mi', 'su', 'tu', 'mis', 'sus', 'nuestra', 'nuestro'])

/** "rose is my daughter", "ivy and rose are my twins", "june es mi hija": a first name said to be someone's relative. */
function isNamedRelative(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const t = toks[i]!
  if (!t.cls.first || t.cls.clinical || t.glued || t.lower.length < 2 || isFunctionWord(t.lower) || PARTICLES.has(t.lower)) return false
  // "with destiny and her kids", "grace and his wife": a first name joined to someone's relative.
  const and = toks[i + 1]
  const whose = toks[i + 2]
  const kin = toks[i + 3]
  if (and?.lower === 'and' && whose && kin && ['his', 'her', 'their'].includes(whose.lower) && SPACE_ONLY.test(gap(ctx, i + 1)) &&
    SPACE_ONLY.test(gap(ctx, i + 2)) && SPACE_ONLY.test(gap(ctx, i + 3)) && !CALENDAR_NAMES.has(t.lower) && !isAux(ctx, t.lower) &&
    (CUES.get(kin.lower)?.some((c) => c.kind === 'relation' && c.words.length === 1) ?? false)) return true
  const be = toks[i + 1]
  const own = toks[i + 2]
  const rel = toks[i + 3]
  if (!be || !own || !rel || !['is', 'are', 'was', 'es', 'son', 'era'].includes(be.lower) || !OWNERS.has(own.lower)) return false
  if (!SPACE_ONLY.test(gap(ctx, i + 1)) || !SPACE_ONLY.test(gap(ctx, i + 2)) || !SPACE_ONLY.test(gap(ctx, i + 3))) return false
  return CUES.get(rel.lower)?.some((c) => c.kind === 'relation' && c.words.length === 1) ?? false
}

/** How a person is asked about: "is faith ok", "was hope awake". */
const ASKED_STATES = new Set(['ok', 'okay', 'alright', 'allowed', 'awake', 'asleep', 'available', 'eating', 'breathing'])

const ASKING = new Set([
  'have', 'had', 'let', 'make', 'did', 'does', 'do', 'can', 'could', 'would', 'should', 'will', 'has', 'might', 'may',
  'cant', "can't", 'didnt', "didn't", 'doesnt', "doesn't",
])

const PATIENT_VERBS = new Set([
  'has', 'had', 'is', 'was', 'got', 'gets', 'tiene', 'tenía', 'está', 'esta', 'anda', 'sigue',
])
const SUBJECT_OPENERS = new Set([
  'and', 'but', 'so', 'then', 'also', 'because', 'cuz', 'cause', 'now', 'y', 'pero', 'that', 'if', 'since', 'think',
  'ahora',
])

const DISCOURSE = new Set([
  'yea', 'yeah', 'yes', 'ok', 'okay', 'so', 'lol', 'omg', 'well', 'um', 'uh', 'oh', 'and', 'but', 'also', 'btw',
  'sorry', 'pues', 'oye', 'bueno',
])

const CLOSINGS = new Set([
  'thanks', 'thank', 'thx', 'ty', 'soon', 'later', 'bye', 'ok', 'okay', 'good', 'great', 'again', 'tomorrow', 'today',
  'you', 'u', 'much', 'lot', 'it', 'help', 'day', 'night', 'weekend', 'care', 'then', 'gracias',
])

/** A first name called out: "tanner why do you…" at the start, "…, Summer?" at the end of a sentence. */
function isVocative(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const c = t.cls
  if (!c.first || c.clinical || t.glued || isFunctionWord(t.lower)) return false
  // A capitalised first name opening the message, then a comma: "Bill, the results are in", "Will, call me".
  if (t.sentStart && (t.cap || t.upper) && ctx.toks.length > 2 && /^ ?,/.test(ctx.text.slice(t.end, t.end + 2))) return !CALENDAR_NAMES.has(t.lower)
  const next = ctx.toks[i + 1]
  // "yea tanner do another", "ok so marcus can you…": a discourse marker before the name still opens the sentence.
  const prev = ctx.toks[i - 1]
  const opening = t.sentStart || (prev !== undefined && prev.sentStart && DISCOURSE.has(prev.lower) && /^[ \t]*,?[ \t]*$/.test(gap(ctx, i)))
  const opensQuestion = opening && next !== undefined && SPACE_ONLY.test(gap(ctx, i + 1)) && VOCATIVE_NEXT.has(next.lower)
  // "Grant what if…": a capitalised everyday first name opening the message, unless it opens a phrase ("Hope you…").
  if (opensQuestion && t.cap && !isAux(ctx, t.lower) && !VOCATIVE_STOP.has(t.lower)) return true
  // "ok talk soon, mark": a first name closing the whole message after a comma addresses the reader.
  // Without the comma ("ok sounds good brandy") only names that are not mostly nouns or months.
  const lastWord = i === ctx.toks.length - 1 && /^[\s.!?)]*$/.test(ctx.text.slice(t.end)) && CLOSINGS.has(ctx.toks[i - 1]?.lower ?? '')
  if (!isAux(ctx, t.lower) && lastWord && (/,[ \t]*$/.test(gap(ctx, i)) || (!NOUN_NAMES.has(t.lower) && !CALENDAR_NAMES.has(t.lower)))) return true
  if ((isAux(ctx, t.lower) || c.basic) && !isCap(ctx, t)) return false
  if (opensQuestion) return true
  return /,[ \t]*$/.test(gap(ctx, i)) && /^[ \t]*(?:[?!.]|$)/.test(ctx.text.slice(t.end, t.end + 3))
}

const NOT_INITIALS = new Set(['am', 'pm', 'us', 'eg', 'ie', 'dc', 'uk', 'er', 'bp', 'dr', 'st', 'vs', 'po', 'pa', 'ok'])

/** Initials used as a name: "J.R. here", "this is A.J.", "T.J. Smith". */
function initialsPass(ctx: Ctx): void {
  const { toks } = ctx
  for (let i = 0; i < toks.length; i++) {
    let j = i
    while (j < toks.length && toks[j]!.end - toks[j]!.start === 1 && ctx.text[toks[j]!.end] === '.' && (j === i || gap(ctx, j) === '.')) j++
    if (j - i < 2) continue
    const letters = toks.slice(i, j).map((t) => t.lower).join('')
    const next = toks[j]
    const prev = toks[i - 1]
    const cueBefore = prev !== undefined && (CUES.get(prev.lower)?.some((c) => c.kind !== 'weak') ?? false)
    const nameNext = next !== undefined && /^\.?[ \t]+$/.test(gap(ctx, j)) && (next.lower === 'here' || next.cls.strong || next.cls.wordSurname)
    if (!NOT_INITIALS.has(letters) && (cueBefore || nameNext)) for (let k = i; k < j; k++) ctx.name[k] = 1
    i = j - 1
  }
}

const PHONETIC_LINK = /^[ \t]+(?:as[ \t]+in|like|for|de)[ \t]+$/

/**
 * Letters spelled with example words, as callers do: "n as in nancy o as in oscar", "b like boy r like robert",
 * "k de kilo". Two in a row, or one next to a run of spelled letters, make the letters and words part of the name.
 */
function phoneticPass(ctx: Ctx): void {
  const { toks, text } = ctx
  const isLetter = (k: number) => k >= 0 && k < toks.length && toks[k]!.end - toks[k]!.start === 1 && /\p{L}/u.test(toks[k]!.lower)
  // A letter at k spelled with a word: returns the index of the word, or -1.
  const spelledAt = (k: number): number => {
    if (!isLetter(k)) return -1
    let w = k + 1
    while (w < toks.length && w - k <= 2 && ['as', 'in', 'like', 'for', 'de'].includes(toks[w]!.lower)) w++
    if (w === k + 1 || w >= toks.length || toks[w]!.end - toks[w]!.start < 2) return -1
    return PHONETIC_LINK.test(text.slice(toks[k]!.end, toks[w]!.start)) ? w : -1
  }
  let i = 0
  while (i < toks.length) {
    const w = spelledAt(i)
    if (w < 0) {
      i++
      continue
    }
    // Collect the run: spelled pairs and bare letters, each separated by spaces (or commas, dashes).
    const pairs: Array<[number, number]> = [[i, w]]
    let k = w + 1
    let bare = 0
    for (;;) {
      if (k >= toks.length || !/^[ \t,.\-]{1,3}$/.test(gap(ctx, k))) break
      const w2 = spelledAt(k)
      if (w2 >= 0) {
        pairs.push([k, w2])
        k = w2 + 1
      } else if (isLetter(k)) {
        bare++
        pairs.push([k, k])
        k++
      } else break
    }
    const spelledPairs = pairs.filter(([a, b]) => a !== b).length
    if (spelledPairs >= 2 || (spelledPairs === 1 && bare >= 2)) {
      for (const [a, b] of pairs) for (let m = a; m <= b; m++) ctx.name[m] = 2
    }
    i = k
  }
}

/** Letters spelled out one by one in a transcript or message ("w i s n i e w s k i", "K-O-W-A-L"). */
function spelledPass(ctx: Ctx): void {
  const { toks } = ctx
  let i = 0
  while (i < toks.length) {
    let j = i
    while (j < toks.length && toks[j]!.end - toks[j]!.start === 1 && (j === i || /^[ \t.\-]{1,2}$/.test(gap(ctx, j)))) j++
    // Spelled acronyms and cue words are not names ("s s n", "m r n", "d o b", "e k g"); spelled names are.
    if (j - i >= 3 && !isSpelledTerm(toks.slice(i, j).map((t) => t.lower).join(''))) for (let k = i; k < j; k++) ctx.name[k] = 2
    i = Math.max(j, i + 1)
  }
}

/** Letters that spell a clinical or cue acronym ("ssn", "mrn", "dob", "ekg"), not a name. */
function isSpelledTerm(letters: string): boolean {
  const c = classify(letters)
  return c.clinical && !c.first
}

/** Extends a name over the surname-like words after it and a first name before it. */
function extend(ctx: Ctx, i: number): void {
  const { toks, name } = ctx
  name[i] = 2
  let j = i + 1
  let words = 1
  while (j < toks.length && words < MAX_NAME_WORDS && (SPACE_ONLY.test(gap(ctx, j)) || isInitialGap(ctx, j))) {
    let k = j
    while (k < toks.length && PARTICLES.has(toks[k]!.lower) && k - j < 2 && k + 1 < toks.length && SPACE_ONLY.test(gap(ctx, k + 1))) k++
    if (!isSurnamePart(ctx, k)) break
    // "Tuan Tran's house": what a possessive owns is not the next surname.
    if (/['’]s$/.test(toks[j - 1]!.lower) && !toks[k]!.cls.strong && !toks[k]!.cls.oov) break
    for (let m = j; m <= k; m++) name[m] = 2
    words++
    j = k + 1
  }
  const prev = toks[i - 1]
  if (prev && !name[i - 1] && isInitialBefore(ctx, i)) name[i - 1] = 2
  if (prev && !name[i - 1] && SPACE_ONLY.test(gap(ctx, i))) {
    const p = prev.cls
    const cur = toks[i]!.cls
    const capitalised = isCap(ctx, prev) && (!prev.sentStart || p.first) && (p.first || p.surname) && !isFunctionWord(prev.lower)
    const firstBeforeSurname = (cur.strong || cur.oov) && isFirstBefore(prev, toks[i]!)
    // Initials as a first name: "PJ Tucker", "DJ Khaled", "Tj Smith".
    const initialsFirst = (prev.upper || prev.cap) && /^(?:[^aeiou\d][^aeiou\d]|[a-z]j)$/.test(prev.lower) && !NOT_INITIALS.has(prev.lower) &&
      !isFunctionWord(prev.lower) && toks[i]!.cap
    if ((capitalised || firstBeforeSurname || initialsFirst || ((cur.strong || cur.oov) && isCuedFirst(ctx, i - 1))) && !isAux(ctx, prev.lower) && !p.clinical && !prev.glued) name[i - 1] = 2
    // "Will Okafor here", "May Lindqvist": a capitalised first name that is also a verb, opening a sentence, before a
    // capitalised surname found as a name.
    else if (prev.sentStart && prev.cap && toks[i]!.cap && ctx.informative && AUX_FIRST_NAMES.has(prev.lower) && (cur.strong || cur.oov || cur.wordSurname)) name[i - 1] = 2
    // "Bill Carpenter here": a capitalised first name opening the sentence before a capitalised word-surname found as a name.
    else if (prev.sentStart && prev.cap && toks[i]!.cap && ctx.informative && p.first && cur.wordSurname && !isAux(ctx, prev.lower) && !p.clinical && !isFunctionWord(prev.lower)) name[i - 1] = 2
  }
}

/** Verbs that are also common first names: a name before a capitalised unknown surname at the start of a sentence. */
const AUX_FIRST_NAMES = new Set(['will', 'may', 'guy'])

const INTRO_STARTS = new Set(["it's", 'its', 'this', "i'm", 'im', 'soy', 'am'])
/** Between a name and its restart: "bill um bill carpenter", "will again will hartley". */
const RESTART_WORDS = new Set(['again', 'sorry', 'yes', 'yeah', 'oh'])

/**
 * Self-introductions in calls: a first name said again with its surname ("it's bill um bill carpenter", "will again
 * will hartley"), and a first name right after "it's"/"this is"/"i'm" (fillers allowed) before a surname-like word
 * ("it's will hartley", "this is uh grace pemberton"): the everyday-word reading of the first name is gone.
 */
function selfIntroPass(ctx: Ctx): void {
  const { toks } = ctx
  const isFirst = (t: Tok) => t.cls.first && !t.cls.clinical && !t.glued && !isFunctionWord(t.lower) && !PARTICLES.has(t.lower) && t.lower.length > 1
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    if (!isFirst(t)) continue
    // The restart: the same word again within two fillers, then a surname.
    let k = i + 1
    while (k < toks.length && k - i <= 2 && (FILLERS.has(toks[k]!.lower) || RESTART_WORDS.has(toks[k]!.lower)) && CUE_GAP.test(gap(ctx, k))) k++
    if (k < toks.length && k + 1 < toks.length && toks[k]!.lower === t.lower && CUE_GAP.test(gap(ctx, k)) &&
      SPACE_ONLY.test(gap(ctx, k + 1)) && isSurnamePart(ctx, k + 1) && toks[k + 1]!.lower.length > 1) {
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
    const intro = INTRO_STARTS.has(w) && (w !== 'this' || toks[p + 1]?.lower === 'is') && (w !== 'am' || toks[p - 1]?.lower === 'i')
    const introAt = w === 'is' && toks[p - 1]?.lower === 'this'
    if (!(intro && w !== 'this') && !introAt) continue
    if (SPACE_ONLY.test(gap(ctx, i + 1)) && isSurnamePart(ctx, i + 1) && toks[i + 1]!.lower.length > 1 && !(toks[i + 1]!.cls.first && toks[i + 1]!.cls.basic)) {
      mark(ctx, i)
      mark(ctx, i + 1)
    }
  }
}

/** An initial before the name at i: "h. nguyen", "M. Rodriguez" (not "a." or "i.", not a sentence's last letter). */
function isInitialBefore(ctx: Ctx, i: number): boolean {
  const { toks } = ctx
  const prev = toks[i - 1]
  if (!prev || prev.end - prev.start !== 1 || prev.glued || !/^\.[ \t]+$/.test(gap(ctx, i)) || !/\p{L}/u.test(prev.lower)) return false
  if (prev.lower === 'a' || prev.lower === 'i') return false
  return toks[i - 2] === undefined || /^[ \t:]+$/.test(gap(ctx, i - 1))
}

/** "H. Snider": the gap after an initial's full stop. */
function isInitialGap(ctx: Ctx, j: number): boolean {
  const prev = ctx.toks[j - 1]
  return prev !== undefined && prev.end - prev.start === 1 && /^\.[ \t]+$/.test(gap(ctx, j))
}

/** A first name right before a surname-like word, in the same casing: "Grace Nakamura", "bill haskins". */
function isFirstBefore(prev: Tok, cur: Tok): boolean {
  const p = prev.cls
  if (!p.first || p.clinical || p.spanish || AUX_NAMES.has(prev.lower) || isFunctionWord(prev.lower) || PARTICLES.has(prev.lower)) return false
  if (!p.basic && !(cur.cls.first && !cur.cls.strong && !cur.cls.oov)) return true
  return prev.cap === cur.cap && prev.upper === cur.upper
}

/** Weak cues that still put a person after them when a surname follows: "calling for dolores baca". */
const PERSON_WEAK = new Set(['for', 'para'])

/**
 * A first name that is also an everyday or Spanish word ("dolores", "hope", "rose"), right after a person cue
 * ("this is", "habla", "calling for", "my mom", "pt") and before a surname: "habla dolores rangel". The caller
 * checks the surname; the cue and the surname together rule out the word's other reading.
 */
function isCuedFirst(ctx: Ctx, k: number): boolean {
  const { toks } = ctx
  const t = toks[k]
  const next = toks[k + 1]
  if (!t || !next || !t.cls.first || t.cls.clinical || t.glued || t.lower.length < 2 || isAux(ctx, t.lower) || isFunctionWord(t.lower) ||
    PARTICLES.has(t.lower) || CALENDAR_NAMES.has(t.lower) || t.cap !== next.cap || !SPACE_ONLY.test(gap(ctx, k + 1))) return false
  for (let s = Math.max(0, k - 3); s < k; s++) {
    for (const cue of CUES.get(toks[s]!.lower) ?? []) {
      if (s + cue.words.length !== k || cue.kind === 'greeting' || (cue.kind === 'weak' && !PERSON_WEAK.has(cue.words[0]!))) continue
      let ok = CUE_GAP.test(gap(ctx, k))
      for (let m = 1; m < cue.words.length && ok; m++) ok = toks[s + m]!.lower === cue.words[m] && SPACE_ONLY.test(gap(ctx, s + m))
      if (ok) return true
    }
  }
  return false
}

/** Address words capitalised mid-sentence ("PO Box", "Rural Route", "Unit B"): the location detectors own them. */
const ADDRESS_WORDS = new Set([
  'box', 'route', 'rural', 'unit', 'suite', 'apt', 'apartment', 'street', 'avenue', 'road', 'drive', 'court', 'boulevard',
  'highway', 'hwy', 'blvd', 'ave', 'rd', 'ct', 'po', 'floor', 'building', 'bldg', 'north', 'south', 'east', 'west',
])

const STATE_CODES = new Set([
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md',
  'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc',
  'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'dc', 'pr',
])

function isSurnamePart(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]
  if (!t || t.glued) return false
  // "Hereford TX 79045": a state code before a ZIP code ends a place, not a name.
  if (t.upper && STATE_CODES.has(t.lower) && /^[ \t,]*\d/.test(ctx.text.slice(t.end, t.end + 4))) return false
  // A middle initial ("Ella H. Snider", "brad l key") counts when a surname-like word follows it.
  if (t.lower.length === 1) {
    return /\p{L}/u.test(t.lower) && (t.upper || t.cap || !ctx.informative) && t.lower !== 'i' && t.lower !== 'a' &&
      /^\.?[ \t]+$/.test(ctx.text.slice(t.end, ctx.toks[k + 1]?.start ?? t.end)) && isSurnamePart(ctx, k + 1)
  }
  const c = t.cls
  if (c.clinical || isAux(ctx, t.lower) || isFunctionWord(t.lower)) return false
  if (c.strong || c.oov || c.wordSurname) return true
  if (c.surname && !c.basic) return true
  return isCap(ctx, t) && !t.sentStart && (c.surname || c.first || c.rare || !c.basic)
}

const LIST_GAP = /^[ \t]*[,&+/][ \t]*$/
const CONJUNCTIONS = new Set(['and', 'or', 'y', 'e', 'o', 'n', 'an', 'nor'])

/** The token joined to token i by a list separator or conjunction, on one side (-1 left, +1 right). */
function listNeighbour(ctx: Ctx, i: number, dir: -1 | 1): number {
  const { toks } = ctx
  const j = i + dir
  const t = toks[j]
  if (!t) return -1
  const between = (a: number, b: number) => ctx.text.slice(toks[Math.min(a, b)]!.end, toks[Math.max(a, b)]!.start)
  if (LIST_GAP.test(between(i, j))) return j
  if (!CONJUNCTIONS.has(t.lower) || !/^,?[ \t]+$/.test(between(i, j))) return -1
  const k = j + dir
  return toks[k] && /^[ \t]+$/.test(between(j, k)) ? k : -1
}

const SPEAKER = new Set(['me', 'i', 'yo', 'mi'])

/** "me and destiny", "tyler and i", "yo y jimena": a first name joined to the writer is a person. */
function withSpeaker(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  const c = t.cls
  if (!c.first || c.clinical || t.glued || isAux(ctx, t.lower) || isFunctionWord(t.lower) || PARTICLES.has(t.lower)) return false
  for (const dir of [-1, 1] as const) {
    const j = listNeighbour(ctx, i, dir)
    const w = ctx.toks[j]?.lower
    if (w === undefined || !SPEAKER.has(w) || (w === 'mi' && dir === -1)) continue
    // "me and my son", "i and …" read left to right: the conjunction must sit between the two words.
    if (Math.abs(j - i) === 2 || LIST_GAP.test(ctx.text.slice(ctx.toks[Math.min(i, j)]!.end, ctx.toks[Math.max(i, j)]!.start))) return true
  }
  return false
}

/** Lists of people: "Jay & Maria", "maria, rose and june", "butler and ahmed". */
function coordinationPass(ctx: Ctx): void {
  const { toks, name } = ctx
  for (let i = 0; i < toks.length; i++) if (!name[i] && withSpeaker(ctx, i)) name[i] = 2
  let changed = true
  for (let round = 0; changed && round < 4; round++) {
    changed = false
    for (let i = 0; i < toks.length; i++) {
      if (!name[i]) continue
      for (const dir of [-1, 1] as const) {
        const j = listNeighbour(ctx, i, dir)
        const t = toks[j]
        if (!t || name[j] || t.glued) continue
        // The joined word must itself look like a name: "maria and her son" stays.
        const c = t.cls
        if (isAux(ctx, t.lower) || t.lower.length < 2) continue
        // A capitalised word between two names in a list is one too ("Vin , Dwayne , Ty , Luda").
        const k = listNeighbour(ctx, j, dir)
        if (k >= 0 && name[k] && isCap(ctx, t) && !isFunctionWord(t.lower) && !isAux(ctx, t.lower) && !isClinicalTerm(t.lower)) {
          name[j] = 2
          changed = true
          continue
        }
        if (c.clinical) continue
        // "Best, Devon Okafor", "Love, Ana": sign-off words stay words.
        if (!c.strong && CUES.get(t.lower)?.some((cue) => cue.kind === 'greeting' && cue.words.length === 1)) continue
        // A capitalised first name opening the sentence counts when the name it is joined to is capitalised too
        // ("Faith and Sunny (the twins)").
        const capOpening = t.sentStart && t.cap && ctx.informative && toks[i]!.cap
        // Joined to a name a relation or an intro vouched for, any first name is one ("my kids hunter and chase").
        // In a written list ("liam, ella & mason") first names that are also words are names too.
        const separator = ctx.text.slice(toks[Math.min(i, j)]!.end, toks[Math.max(i, j)]!.start)
        const listed = c.first && !isFunctionWord(t.lower) && /^[ \t]*[,&+/][ \t]*$/.test(separator) &&
          name[i] !== 3 && (!NOUN_NAMES.has(t.lower) || isCap(ctx, t))
        const vouched = (ctx.firm[i] === 1 && c.first && !isFunctionWord(t.lower)) || listed
        if (c.strong || c.wordSurname || vouched || (c.first && (!c.basic || isCap(ctx, t) || capOpening)) || (isCap(ctx, t) && c.surname && !t.sentStart)) {
          if (vouched) ctx.firm[j] = 1
          name[j] = 2
          changed = true
        }
      }
    }
  }
}

const everyday = new WeakMap<WordClass, WordClass>()

/** A word of the text's own language (French in a French text): an everyday word to every rule, not an unknown one. */
function asEverydayWord(cls: WordClass): WordClass {
  let view = everyday.get(cls)
  if (!view) {
    view = { ...cls, common: true, oov: false, strong: false }
    everyday.set(cls, view)
  }
  return view
}

/** Backstop: a word of 3+ letters that no dictionary knows (not English, Spanish, clinical, slang or rare English). */
function isUnknownWord(t: Tok, informative: boolean, spanish: boolean): boolean {
  if (!t.cls.oov || t.glued || t.inLink || t.lower.length < 3) return false
  if (informative && t.upper && t.lower.length <= 4) return false
  // Spanish verb and adverb endings no name has ("llamando", "sintiendo", "operación", "rápidamente").
  if (spanish && SPANISH_INFLECTION.test(t.lower)) return false
  return true
}

const SPANISH_INFLECTION = /(?:[aei]ndo|ción|ciones|mente|ábamos|aron|ieron|aste|iste|amos|emos|imos|ría|rían|ndome|ndole|ndola|ndolo)$/u
const SPANISH_MARKERS = new Set([
  'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'por', 'para', 'mi', 'es', 'con', 'una', 'tiene', 'está',
  'estoy', 'tengo', 'necesito', 'soy', 'se', 'me', 'le', 'no', 'su',
])

/** Two or more Spanish function words: Spanish inflections can be told from unknown names. */
function looksSpanish(toks: Tok[]): boolean {
  let n = 0
  for (const t of toks) if (SPANISH_MARKERS.has(t.lower) && ++n >= 2) return true
  return false
}

function toSpans(ctx: Ctx): Span[] {
  const { toks, name, keep, text } = ctx
  const spans: Span[] = []
  let i = 0
  while (i < toks.length) {
    if (!name[i] && !(keep[i] && isNameAhead(ctx, i))) {
      i++
      continue
    }
    const backstop = name[i] === 3
    let start = toks[i]!.start
    let end = toks[i]!.end
    let j = i + 1
    while (j < toks.length && (name[j] || (keep[j] && isNameAhead(ctx, j))) && (name[j] === 3) === backstop) {
      const g = text.slice(toks[j - 1]!.end, toks[j]!.start)
      if (!(SPACE_ONLY.test(g) || TITLE_GAP.test(g))) break
      end = toks[j]!.end
      j++
    }
    // A title's own full stop belongs to it only when the name follows ("Dr. Kaplan").
    if (keep[i] && text[toks[i]!.end] === '.' && j > i + 1) start = toks[i]!.start
    spans.push({ start, end, type: 'NAME', source: backstop ? 'names:backstop' : 'names' })
    i = j
  }
  return spans
}

/** A kept cue word counts only when a name follows it through other kept cue words. */
function isNameAhead(ctx: Ctx, i: number): boolean {
  for (let k = i + 1; k < ctx.toks.length; k++) {
    if (ctx.name[k] && ctx.name[k] !== 3) return true
    if (!ctx.keep[k]) return false
  }
  return false
}
