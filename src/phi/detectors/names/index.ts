/**
 * Person names (patients, relatives, staff) in free text, English and Spanish, any casing.
 * Layers, most to least certain: cue phrases ("this is", "my son", "dr", "hi", "text"), a gazetteer of names that
 * are not common words, capitalised first names mid-sentence, sign-offs, then a Philter-style backstop that flags
 * any remaining word no dictionary knows. Names found here are propagated to their other occurrences by detect.ts.
 *
 * This file is the small core: it runs the passes in order (each in its own file by concern) and turns the marks
 * into spans.
 */
import { isChatRoleLabel } from '../chat-roles'
import { copulaLength, wordTimes } from '../../languages'
import type { DetectInput, Detector, Span } from '../types'
import { type Ctx, SPACE_ONLY, TITLE_GAP, type Tok, caseInformative, isCap, mark, tokenize } from './tokens'
import { languages } from '../../languages'
import { backstopPass, foreignTextView, looksSpanish } from './backstop'
import { capitalsNamePass, chartHeaderPass, credentialPass, lineNamePass, signOffPass, speakerPass } from './layout'
import { cuePass } from './cues'
import { appositivePass } from './around-person'
import { herePass, introducedBeforeNamePass, introducedRelativePass, possessivePass, selfIntroPass } from './intros'
import {
  initialNamePass,
  initialsPass,
  isInitialNickname,
  phoneticPass,
  spelledPass,
  surnameInitialPass,
} from './shapes'
import {
  isAskedAbout,
  isAskedDoing,
  isCapitalisedName,
  isGazetteerName,
  isNamedRelative,
  isNickname,
  isPatientSubject,
  isStaffFrom,
  isSubjectName,
  isVocative,
} from './slots'
import { coordinationPass } from './coordination'
import { isNamePair } from './pairs'
import { extend, joinPass } from './multiword'

export { type Tok, type TokenSource, tokenize } from './tokens'

/** Options for tests and the eval: the backstop is on in production. */
export interface NameOptions {
  /** Flag every remaining out-of-vocabulary word (recall backstop). Default true. */
  backstop?: boolean
}

/** Finds names of patients, relatives and staff. */
export const detectNames: Detector = (input) => findNames(input)

/**
 * detectNames with options (the eval measures the backstop on and off), over the words of the text (`tokenize`),
 * which a caller that reads them again (detect.ts) may pass in.
 */
export function findNames(input: DetectInput, options: NameOptions = {}, words?: Tok[]): Span[] {
  const { text, lower } = input
  if (typeof text !== 'string' || text.length === 0) return []
  const toks = words ?? tokenize(text, lower)
  if (toks.length === 0) return []
  const informative = caseInformative(toks, text)
  const name = new Uint8Array(toks.length)
  /** Cue words kept inside the span ("Dr", "Nurse", "Grandma" used as a title). */
  const keep = new Uint8Array(toks.length)
  const spanish = looksSpanish(toks)
  // The leading languages it reads are those of the same words that later passes ask for (counted once). The counts'
  // words are the text's distinct words, which the passes gated on a word read too.
  const lowers = toks.map((t) => t.lower)
  const times = wordTimes(lowers)
  const dominant = foreignTextView(toks, lowers, times)
  const firm = new Uint8Array(toks.length)
  const ctx: Ctx = {
    toks,
    text,
    informative,
    name,
    keep,
    spanish,
    firm,
    gaps: new Array<string>(toks.length),
    dominant,
    distinct: times,
  }

  const neverNames = wordsNeverNames(ctx)
  speakerPass(ctx)
  lineNamePass(ctx)
  chartHeaderPass(ctx)
  capitalsNamePass(ctx)
  credentialPass(ctx)
  cuePass(ctx)
  appositivePass(ctx)
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
      isGazetteerName(t, informative, spanish) ||
      isCapitalisedName(ctx, i) ||
      isSubjectName(ctx, i) ||
      isVocative(ctx, i) ||
      isPatientSubject(ctx, i) ||
      isAskedAbout(ctx, i) ||
      isAskedDoing(ctx, i) ||
      isNickname(ctx, i) ||
      isInitialNickname(ctx, i) ||
      isStaffFrom(ctx, i) ||
      isNamedRelative(ctx, i) ||
      isNamePair(ctx, i)
    )
      mark(ctx, i)
  }
  // Multiword names: extend every found name over the surname-like words next to it.
  initialNamePass(ctx)
  surnameInitialPass(ctx)
  for (let i = 0; i < toks.length; i++) if (name[i] === 1) extend(ctx, i)
  coordinationPass(ctx)
  if (options.backstop !== false) backstopPass(ctx)
  introducedBeforeNamePass(ctx)
  introducedRelativePass(ctx)
  unmarkThanks(ctx)
  for (const i of neverNames) ctx.name[i] = 0
  joinPass(ctx)
  return toSpans(ctx)
}

/**
 * The words no pass may leave marked as a name (their indices): a chat transcript's role labels (a role word right
 * before a colon, which opens a turn; what it says is read as written: "Visitor: Reed" answers with a name), and
 * weekdays or months joined by a hyphen.
 */
function wordsNeverNames(ctx: Ctx): number[] {
  const { toks, text } = ctx
  const calendar = languages()
  const out: number[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    // "Monday-Friday": days or months joined by a hyphen are a span of time, never a name.
    const parts = t.lower.includes('-') ? t.lower.split('-') : undefined
    // Not a name said twice ("Jun-Jun").
    if (
      parts &&
      parts[0] !== parts[1] &&
      parts.every((part) => calendar.weekdays.has(part) || calendar.months.has(part))
    ) {
      out.push(i)
      continue
    }
    if (!isChatRoleLabel(text, t.end, t.lower)) continue
    out.push(i)
    t.sentStart = true
  }
  return out
}

/**
 * A word the tables list as a sign-off ("merci", "mèsi", "obrigada", "salamat") standing as its own phrase ("merci",
 * "Merci, à demain", "parfait merci.") is thanks, not a name: a message of that word alone tells no language for the
 * backstop to read it by. Not when a cue found it, a capital inside a sentence marks it ("…Vin, Dwayne, Ty") or words
 * run on from it ("grata lopez called", "call merci tomorrow").
 */
function unmarkThanks(ctx: Ctx): void {
  const signOffs = languages().signOffs.phrases
  const { toks, text } = ctx
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (!ctx.name[i] || ctx.firm[i] || !signOffs.has(t.lower) || isCap(ctx, t)) continue
    const endsPhrase = THANKS_END.test(text.slice(t.end, t.end + 3)) && !ctx.name[i - 1]
    const opensPhrase = THANKS_START.test(text.slice(Math.max(0, t.start - 3), t.start)) && !ctx.name[i + 1]
    if (endsPhrase || opensPhrase) ctx.name[i] = 0
  }
}

// Where a thank-you word stands as its own phrase: punctuation or the message's end after it, or its start before it.
const THANKS_END =
  /^(?:[ \t]*[,.!?;:)\p{Extended_Pictographic}]|[ \t]*$|[ \t]+(?:beaucoup|bien|po|muito|muchas|mucho|much|so|mil|anpil)(?![\p{L}]))/u
const THANKS_START = /(?:^|[.!?,;:(][ \t]*|(?:^|[^\p{L}])(?:ok|okay|oui|si|sí|sim|wi|bon|ah|oh)[ \t]+)$/u

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
    // "김민수입니다": a Korean copula written onto the last word stays outside the name.
    end -= copulaLength(text.slice(toks[j - 1]!.start, end))
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
