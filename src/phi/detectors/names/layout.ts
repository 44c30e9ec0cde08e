/**
 * Names found by where they sit in the message's layout rather than by the words around them: a speaker label
 * ("Ella: …"), a line holding only a name (a signature or address block), and a sign-off closing the message.
 */
import { isWordOfLanguages, languages, phraseLengthAtEnd } from '../../languages'
import { isCommonWord, isEnglishWord, isForeignWord, isSlang } from '../../lexicon'
import { CALENDAR_NAMES, CUES, PARTICLES, ORG_WORDS } from '../../lexicon/name-cues'
import { type Ctx, SPACE_ONLY, type Tok, gap, isAux, isCap, isFunctionWord, mark } from './tokens'
import { CONJUNCTIONS } from './coordination'
import { hasLowerCase, hasUpperCase } from '../chars'
import { NOT_INITIALS, isSpelledTerm } from './shapes'
import { STATE_CODES } from './multiword'

const SIGN_OFF_GAP = /(?:[-–—~]|\n)[ \t]*$/
/** What may follow a sign-off: punctuation, a closing bracket, emoji ("… - Rick 🙏"). */
const CLOSING_TAIL = /^(?:[\s.!)\p{Extended_Pictographic}]|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])*$/u

/** "Ella: What a wife.", "Heather:\"I'm…\"": a capitalised first name opening a line, then a colon (a speaker). */
export function speakerPass(ctx: Ctx): void {
  const { toks, text } = ctx
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (
      !t.cap ||
      t.glued ||
      text[t.end] !== ':' ||
      !/(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, t.start - 4), t.start))
    )
      continue
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
export function lineNamePass(ctx: Ctx): void {
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
    if (opens && closes && n >= 2 && n <= 4 && lineLooksLikeName(ctx, i, j))
      for (let k = i; k < j; k++) if (!ctx.name[k]) ctx.name[k] = 2
    i = j
  }
}

function lineLooksLikeName(ctx: Ctx, i: number, j: number): boolean {
  const { toks } = ctx
  const head = toks[i]!
  const c = head.cls
  if (
    !c.first ||
    c.clinical ||
    isAux(ctx, head.lower) ||
    isFunctionWord(head.lower) ||
    c.proper ||
    CUES.has(head.lower)
  )
    return false
  for (let k = i; k < j; k++) {
    const t = toks[k]!
    if (!(t.cap || t.upper) || t.glued || t.inLink) return false
    if (
      k > i &&
      !PARTICLES.has(t.lower) &&
      (isFunctionWord(t.lower) || t.cls.clinical || t.cls.proper || ORG_WORDS.has(t.lower))
    )
      return false
    if (k > i && k < j && !/^[ \t]+$|^\.[ \t]+$/.test(gap(ctx, k))) return false
  }
  return true
}

/** Word i follows a thanks phrase of any language and a pause: "… Cảm ơn. Tuấn", "Gracias, Lupe". */
function afterThanks(ctx: Ctx, i: number): boolean {
  if (!/^[ \t]*[.,!][ \t]*$/.test(gap(ctx, i)) || i === 0) return false
  const before = ctx.text.slice(Math.max(0, ctx.toks[i - 1]!.start - 24), ctx.toks[i - 1]!.end).toLowerCase()
  return phraseLengthAtEnd(`${before} `, languages().signOffs) > 0
}

/** Word i is a first name written alone as the message's last sentence: "… sitter cancelled. Summer". */
function isClosingSentenceName(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!
  if (i < 3 || t.cls.clinical || !/[.!?؟][ \t]+$/.test(gap(ctx, i))) return false
  // A script without capitals signs with a given name of the tables alone ("… لو سمحتم. محمد"), not a reply that is
  // also a name ("امين", amen; "تمام", fine).
  if (UNCASED.test(t.lower))
    return (languages().givenNames.has(t.lower) || isHangulGivenNameShape(t.lower)) && !UNCASED_REPLIES.has(t.lower)
  return ctx.informative && t.cap && (t.cls.first || t.cls.strong)
}

const UNCASED = /^[\p{Script=Arabic}\p{Script=Hangul}]+$/u
const TWO_HANGUL = /^\p{Script=Hangul}{2}$/u
const KOREAN: ReadonlySet<string> = new Set(['ko'])
let hangulNameSyllables: { first: ReadonlySet<string>; second: ReadonlySet<string> } | undefined

/**
 * Korean given names are two syllables from a small set, more than any table lists ("민수", "태식"): a word built
 * like the given names of the tables (a first syllable that opens one, a second that ends one) and no Korean word.
 */
function isHangulGivenNameShape(w: string): boolean {
  if (!TWO_HANGUL.test(w)) return false
  if (!hangulNameSyllables) {
    const names = [...languages().givenNames].filter((name) => TWO_HANGUL.test(name))
    hangulNameSyllables = { first: new Set(names.map((n) => n[0]!)), second: new Set(names.map((n) => n[1]!)) }
  }
  const { first, second } = hangulNameSyllables
  return first.has(w[0]!) && second.has(w[1]!) && !isWordOfLanguages(w, KOREAN)
}
// biome-ignore format: packed list
const UNCASED_REPLIES: ReadonlySet<string> = new Set(['امين', 'أمين', 'آمين', 'جميل', 'سعيد', 'حسن', 'تمام', 'كريم', 'صالح', 'عادل', '미안'])

/** A closing note in brackets ("(for Mia)"): the index of its first word and where it opens, or undefined. */
function closingBracketAt(ctx: Ctx): [number, number] | undefined {
  const { toks, text } = ctx
  const open = text.lastIndexOf('(')
  if (open < 0 || !/^[^()]*\)[\s.!]*$/.test(text.slice(open + 1))) return undefined
  let k = toks.length
  while (k > 0 && toks[k - 1]!.start > open) k--
  return k > 0 && k < toks.length && /^[ \t]*$/.test(text.slice(toks[k - 1]!.end, open)) ? [k, open] : undefined
}

/** A credential written after a name ("RN", "MD", "PA-C"). */
function isCredential(word: string): boolean {
  return languages().titlesAfter.phrases.has(word) && !isFunctionWord(word)
}

/** A clinician's credential a note writes after the name ("MD", "DPT", "APRN"), lower case. */
export function isWrittenCredential(lower: string): boolean {
  return CREDENTIALS.has(lower) || isCredential(lower)
}

// Initials signing a note after a dash at its very end: "… RTC 3 mo. -mb", "… -L.M.", "— C.D.".
// Dotted initials sign after a full stop or a comma too ("Merci, à mardi. C.N.", "Merci, A.D."); capitals without
// dots after a full stop close a staff note the same way ("f/u 6 wks. RL").
const INITIALS_SIGN_OFF =
  /(?:(?:^|\s)[-–—~][ \t]*((?:\p{L}\.[ \t]?){2,3}|\p{L}{2,3})(,?[ \t]+(?:RN|LPN|NP|FNP|MD|DO|PA|PA-C|MA|CMA|CNA|LCSW|MSW|PharmD|DNP|APRN)\.?)?|[.!?,][ \t]+((?:\p{Lu}\.[ \t]?){2,3})|[.!?][ \t]+(\p{Lu}{2,3}|\p{Ll}{2,3})\.?)[ \t\n"”’)\]]*$/u
// The same, read from a position: the pattern ends the text, so it is tried only near its end.
const INITIALS_SIGN_OFF_FROM = new RegExp(INITIALS_SIGN_OFF.source, 'gu')

/**
 * INITIALS_SIGN_OFF.exec(text), tried only from where a match can start (it was tried at every position of the text):
 * after the closing characters the text ends on, the initials and a credential hold 28 code units at most; before them come spaces or
 * tabs and the dash or stop (with a white space before a dash).
 */
function signOffAtEnd(text: string): RegExpExecArray | null {
  let end = text.length
  while (end > 0 && closesSignOff(text.charCodeAt(end - 1))) end--
  let from = Math.max(0, end - 30)
  while (from > 0 && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from--
  INITIALS_SIGN_OFF_FROM.lastIndex = Math.max(0, from - 2)
  return INITIALS_SIGN_OFF_FROM.exec(text)
}

/** [ \t\n"”’)\]] of INITIALS_SIGN_OFF: what may follow the initials to the end. */
function closesSignOff(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93
}

// Dotted pairs a note ends on that are no one's initials.
// biome-ignore format: packed list
const DOTTED_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'ps', 'pps', 'us', 'nb', 'ie', 'eg', 'md', 'rn', 'do', 'dr', 'ok', 'po', 'eu'])
// Places and suffixes written dotted at the end of a sentence ("Moving to Washington, D.C."): after a dash they are
// initials all the same ("- L.A.").
const DOTTED_PLACES: ReadonlySet<string> = new Set(['dc', 'ny', 'la', 'uk', 'jr', 'sr', 'st'])
// Acronyms of two or three letters a note or a text may end on that are no one's initials, whatever else the letters
// are (some are given names too: "Uri", "Ros", "Loc"): results, care, insurance and office shorthand, credentials,
// Spanish clinical acronyms, time zones, files and texting. State codes are read from STATE_CODES.
// biome-ignore format: packed list
const CLOSING_ACRONYMS: ReadonlySet<string> = new Set([
  'neg', 'pos', 'nml', 'abn', 'wnl', 'uri', 'osa', 'aki', 'cva', 'dka', 'npo', 'lft', 'ppi', 'asa', 'abx', 'arb', 'ntg',
  'hcv', 'hbv', 'hiv', 'ppd', 'ros', 'rom', 'loc', 'sob', 'cp', 'ha', 'nv', 'ams', 'bph', 'ckd', 'lvm', 'vm', 'poa',
  'iep', 'hsa', 'fsa', 'cpt', 'eob', 'pa', 'pcp', 'ref', 'cma', 'rt', 'od', 'dpm', 'sw', 'chw', 'msw', 'ivu', 'hta',
  'irc', 'erc', 'dm', 'cst', 'cdt', 'est', 'edt', 'pst', 'pdt', 'mst', 'mdt', 'pdf', 'jpg', 'png', 'doc', 'dtb', 'gn',
  'gm', 'hbd', 'nvm', 'idk', 'omg', 'brb', 'fyi', 'eta', 'tba', 'tbd', 'na', 'ada', 'wic', 'ssi',
])
// Units and departments a note may end on with a credential ("… -ER RN", "… -ICU RN"): where, not who.
// biome-ignore format: packed list
const CARE_UNITS: ReadonlySet<string> = new Set([
  'er', 'ed', 'icu', 'pt', 'ot', 'ob', 'iv', 'hr', 'bp', 'or', 'pacu', 'nicu', 'picu', 'ccu', 'ld', 'gi', 'ent', 'ir', 'rt', 'st',
])
// Kisses and hugs signing off a text.
const AFFECTION: ReadonlySet<string> = new Set(['xo', 'xx', 'xxx', 'ox', 'oxo'])

/**
 * Initials a note is signed with at its end, after a dash (or, dotted, after a full stop or comma): letters nothing
 * reads as a word, credential, place abbreviation or kiss. Returns where they start.
 */
function signedInitials(ctx: Ctx, text = ctx.text): number | undefined {
  const m = signOffAtEnd(text)
  if (!m) return undefined
  const initials = m[1] ?? m[3] ?? m[4]!
  const credentialAfter = m[2] !== undefined
  const letters = initials.replace(/[.\s]/g, '').toLowerCase()
  const dotted = initials.includes('.')
  const afterDash = m[1] !== undefined
  if (dotted && (DOTTED_WORDS.has(letters) || (!afterDash && DOTTED_PLACES.has(letters)))) return undefined
  // "… Pt verbalized understanding. -JK RN": capitals and a credential after a dash sign a note written in mixed case,
  // whatever the letters spell in a text message; acronyms of care and states still do not.
  const signedWithCredential =
    credentialAfter && !dotted && initials === initials.toUpperCase() && hasLowerCase(ctx.text)
  if (signedWithCredential && (CLOSING_ACRONYMS.has(letters) || STATE_CODES.has(letters) || CARE_UNITS.has(letters)))
    return undefined
  // Two letters without a vowel after a dash are initials even where a clinical list holds them ("… BMP today. -tb");
  // a word, texting shorthand or acronym of care is not, nor are three ("-BMP").
  const consonants = afterDash && letters.length === 2 && !/[aeiouy]/.test(letters)
  const word = consonants
    ? isEnglishWord(letters) || isSlang(letters) || CLOSING_ACRONYMS.has(letters)
    : isCommonWord(letters) || languages().words.has(letters)
  if (!dotted && !signedWithCredential && word) return undefined
  if (m[4] !== undefined && !closesNoteAsInitials(ctx.text, m[4], letters)) return undefined
  if (AFFECTION.has(letters) || isCredential(letters) || isFunctionWord(letters)) return undefined
  return m.index + m[0].indexOf(initials)
}

/**
 * Whether letters written without dots after a full stop at a note's end (`written`, `letters` lower-cased) sign it:
 * only in a note written in mixed case, never an acronym of care ("… Dx: CHF. HTN"), a state or place ("… back in the
 * US. NY"); in lower case only in a note that capitalises elsewhere ("… Pt aware. jt"), never chat's own short words
 * ("ok", "ty", "lol").
 */
function closesNoteAsInitials(text: string, written: string, letters: string): boolean {
  if (!hasLowerCase(text) || !hasUpperCase(text)) return false
  if (written === letters && (isSlang(letters) || isForeignWord(letters))) return false
  return !(
    CLOSING_ACRONYMS.has(letters) ||
    STATE_CODES.has(letters) ||
    isSpelledTerm(letters) ||
    NOT_INITIALS.has(letters) ||
    DOTTED_PLACES.has(letters) ||
    DOTTED_WORDS.has(letters)
  )
}

/**
 * Dotted letters that are an abbreviation, never a person's initials: a word, place or credential written with dots
 * ("M.D.", "U.S.", "O.K.", "D.C."). Letters only, lower case.
 */
export function isDottedAbbreviation(letters: string): boolean {
  return DOTTED_WORDS.has(letters) || DOTTED_PLACES.has(letters) || isCredential(letters)
}

// How a turn signed with initials can end: a dash or a stop, two or three letters (dotted or not), closing marks.
const TURN_INITIALS = /[-–—~.!?,][ \t]*(?:\p{L}\.?[ \t]?){2,3}[ \t"”’)\]]*$/u

// The start of a message that holds only a signature ("-Faith").
const ONLY_DASH = /^[ \t]*[-–—~][ \t]*$/

/** A name closing the message: "… - Rick", "…\nAna Ruiz", "… Cảm ơn. Tuấn". */
export function signOffPass(ctx: Ctx): void {
  const { toks, text } = ctx
  // 'Agent: "… RTC 1 month. -MH" | Visitor: thanks': a chat's turns are joined by " | ", and initials closing a turn
  // sign it as they would the message.
  // Only turns whose last characters can be initials are read whole, and at most a few: a text of many turns stays
  // linear.
  let turns = 0
  for (let bar = text.indexOf(' | '); bar > 0 && turns < 16; bar = text.indexOf(' | ', bar + 3)) {
    if (!TURN_INITIALS.test(text.slice(Math.max(0, bar - 16), bar))) continue
    turns++
    const at = signedInitials(ctx, text.slice(0, bar))
    if (at === undefined) continue
    for (let k = 0; k < toks.length && toks[k]!.start < bar; k++) if (toks[k]!.start >= at) mark(ctx, k)
  }
  const initialsAt = signedInitials(ctx)
  if (initialsAt !== undefined) {
    for (let k = toks.length - 1; k >= 0 && toks[k]!.start >= initialsAt; k--)
      if (!(k > 0 && toks[k - 1]!.start >= initialsAt && isCredential(toks[k]!.lower))) mark(ctx, k)
    return
  }
  // "… cancelled. Summer (for Mia)": a note in brackets after the sign-off leaves it the message's last word.
  const bracket = closingBracketAt(ctx)
  let n = bracket?.[0] ?? toks.length
  let tail = bracket?.[1] ?? text.length
  // "… -JM, RN", "- Dana Cole MD": a credential after the name leaves the name the last words.
  if (!bracket && n > 2 && isCredential(toks[n - 1]!.lower) && /^,?[ \t]*$/.test(gap(ctx, n - 1))) {
    n--
    tail = toks[n - 1]!.end
  }
  // "-Faith" sent on its own: a dash before the only words signs a message that says nothing else.
  const signedAlone = n > 0 && n <= 3 && ONLY_DASH.test(text.slice(0, toks[0]!.start))
  for (let size = 1; size <= 3 && (size < n || (size === n && signedAlone)); size++) {
    const i = n - size
    const last = toks[n - 1]!
    if (!CLOSING_TAIL.test(text.slice(last.end, tail))) return
    // A first name written alone as the last sentence is no verb or season ("… we will be there. Will").
    const closingName = size === 1 && isClosingSentenceName(ctx, i)
    if (!SIGN_OFF_GAP.test(gap(ctx, i)) && !afterThanks(ctx, i) && !closingName) continue
    for (let k = i + 1; k < n; k++) if (!SPACE_ONLY.test(gap(ctx, k))) return
    const head = toks[i]!
    const c = head.cls
    // A capitalised given name alone after a dash signs the message even when it is also a clinical word ("… - Iris").
    const signedGivenName = size === 1 && c.first && isCap(ctx, head) && SIGN_OFF_GAP.test(gap(ctx, i))
    if (head.glued || (c.clinical && !signedGivenName) || (isAux(ctx, head.lower) && !closingName)) return
    // A given name of the tables signs in a script without capitals too ("- سارة الخطيب").
    if (c.strong || c.first || c.oov || isCap(ctx, head) || languages().givenNames.has(head.lower)) {
      for (let k = i; k < n; k++) {
        const ck = toks[k]!.cls
        if (k > i && (isFunctionWord(toks[k]!.lower) || CONJUNCTIONS.has(toks[k]!.lower))) continue
        if (k === i || ck.strong || ck.oov || ck.surname || isCap(ctx, toks[k]!)) mark(ctx, k)
      }
    }
    return
  }
}

// What follows a patient's name in a chart header: an age and sex ("71F", "45 M"), a record or birth-date cue.
const AGE_SEX_AFTER = /^[ \t]*,?[ \t]*\d{1,3}[ \t]?[MF](?![\p{L}\p{N}])/u
const HEADER_FIELD_AFTER =
  /^[ \t]*,?[ \t]*(?:\d{1,3}[ \t-]?(?:[MFmf]|y\/o|yo)(?![\p{L}\p{N}])|(?:MRN|DOB|DOS|D\.O\.B\.?|MR#|Acct|ID)(?![\p{L}]))/u

/**
 * "WASHINGTON, GRACE, 71F", "TRAN, BAO  MRN 4471", "SUMMER YOUNG 26F": two words in capitals before an age and sex
 * (or, with a comma between them, a record cue), as charts print a patient header, in a text with lower case
 * elsewhere. Both are names whatever else they are (a state, a virtue), failing closed; clinical abbreviations ("BP,
 * HR 72") and verb forms ("SMOKING, DRINKING") are not.
 */
export function chartHeaderPass(ctx: Ctx): void {
  const { toks, text } = ctx
  if (!hasLowerCase(text)) return
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!
    const b = toks[i + 1]!
    if (!a.upper || !b.upper || a.end - a.start < 2 || b.end - b.start < 2) continue
    // "WASHINGTON, GRACE, 71F" (surname first) or "SUMMER YOUNG 26F" (given name first, only before an age and sex).
    const comma = /^,[ \t]*$/.test(gap(ctx, i + 1))
    if (!comma && !/^[ \t]+$/.test(gap(ctx, i + 1))) continue
    const after = text.slice(b.end, b.end + 12)
    if (!(comma ? HEADER_FIELD_AFTER : AGE_SEX_AFTER).test(after)) continue
    if (a.cls.clinical || b.cls.clinical || isFunctionWord(a.lower) || isFunctionWord(b.lower)) continue
    // "SMOKING, DRINKING": verb forms are no names.
    if ([a, b].some((x) => x.cls.common && /(?:ing|ed)$/.test(x.lower))) continue
    mark(ctx, i)
    mark(ctx, i + 1)
  }
}

/**
 * "Recordatorio: LUZ MARINA tiene cita", "CARLOS OYELARAN called": two or three words in capitals, each a given name or
 * a surname of the lists and one a given name, in a text written in lower case elsewhere, as reminders and forms print
 * a patient's name. Not when every word is a basic English word ("WILL CALL", "GRACE PERIOD"), nor clinical
 * abbreviations, function words, auxiliaries, months and weekdays, or state codes.
 */
export function capitalsNamePass(ctx: Ctx): void {
  const { toks, text } = ctx
  if (!ctx.informative || !hasLowerCase(text)) return
  for (let i = 0; i + 1 < toks.length; i++) {
    let j = i
    while (
      j < toks.length &&
      j - i < 3 &&
      isCapitalNameWord(ctx, toks[j]!) &&
      (j === i || /^[ \t]+$/.test(gap(ctx, j)))
    )
      j++
    const run = j - i >= 2 ? toks.slice(i, j) : undefined
    if (run?.some((t) => t.cls.first) && !run.every((t) => t.cls.basic)) for (let k = i; k < j; k++) mark(ctx, k)
    if (j > i) i = j - 1
  }
}

function isCapitalNameWord(ctx: Ctx, t: Tok): boolean {
  return (
    t.upper &&
    t.end - t.start >= 2 &&
    !t.glued &&
    (t.cls.first || t.cls.surname || t.cls.strong) &&
    !t.cls.clinical &&
    !isFunctionWord(t.lower) &&
    !isAux(ctx, t.lower) &&
    !CALENDAR_NAMES.has(t.lower) &&
    !STATE_CODES.has(t.lower)
  )
}

// Credentials written after a clinician's name ("- J. WELLS DPM", "Okafor MD").
// biome-ignore format: packed list
const CREDENTIALS = new Set([
  'md', 'do', 'dpm', 'dds', 'dmd', 'np', 'fnp', 'aprn', 'pa', 'rn', 'lpn', 'cna', 'pharmd', 'rph', 'pt', 'dpt', 'ot',
  'lcsw', 'msw', 'phd', 'psyd', 'cnm', 'crnp', 'od', 'mph', 'facp', 'facs',
])

// Words followed by a letter that is no initial ("Plan B", "vitamin D", "Hep B", "type A", "Apt C").
// biome-ignore format: packed list
const LETTER_TAKERS = new Set([
  'plan', 'vitamin', 'vit', 'hep', 'hepatitis', 'type', 'stage', 'grade', 'class', 'group', 'section', 'part', 'apt',
  'apartment', 'unit', 'suite', 'room', 'rm', 'ward', 'wing', 'building', 'bldg', 'option', 'point', 'strep', 'flu',
])

// Credentials that are also words or common abbreviations ("I WILL DO", "NEED PT"): only after an initial or a comma.
const SHORT_CREDENTIALS = new Set(['do', 'pa', 'pt', 'ot', 'od'])

/**
 * "Gentry NP wanted my weight", "ask Lopez MD about it": a capitalised surname, or a word no list knows as everyday
 * (never one of the basic band), right before a credential in capitals names the clinician wherever the phrase goes
 * on, in a text with lower case elsewhere. Not a credential that is also a word ("DO", "PT"), not after an article or a
 * possessive ("the Primary NP").
 */
function surnameBeforeCredential(ctx: Ctx, i: number, lowerElsewhere: boolean): boolean {
  const t = ctx.toks[i]!
  const cred = ctx.toks[i + 1]!
  const prev = ctx.toks[i - 1]
  return (
    lowerElsewhere &&
    t.cap &&
    !t.upper &&
    (t.cls.surname || !t.cls.common) &&
    // "Call MD today", "Thanks Team RN", "Night RN said": an everyday word of the basic band is the order or the role.
    !t.cls.basic &&
    !t.cls.clinical &&
    !CLINICIAN_ROLE.test(t.lower) &&
    !isFunctionWord(t.lower) &&
    /^[ \t]+$/.test(gap(ctx, i + 1)) &&
    /^[A-Z]{2,}/.test(ctx.text.slice(cred.start, cred.end)) &&
    !SHORT_CREDENTIALS.has(cred.lower) &&
    !(prev && NOT_BEFORE_CLINICIAN.has(prev.lower))
  )
}

// Roles said before a credential that no list holds ("Hospitalist MD", "Nocturnist NP").
const CLINICIAN_ROLE = /(?:olog|iatr|hospital|intensiv|noctur|therap|pharmac|dent|special)ists?$/
// Words before a role, not before a clinician's surname ("the Primary NP", "your Cardiology MD").
const NOT_BEFORE_CLINICIAN = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'on', 'call'])

/**
 * "- J. WELLS DPM", "Reviewed by OKAFOR, MD", "-J. Frost RN": a word in capitals right before a clinician's credential
 * is the clinician's surname, whatever else it means, when an initial or a comma says so or no list knows it as a
 * word; a capitalised one when an initial or a comma says so.
 */
export function credentialPass(ctx: Ctx): void {
  const { toks, text } = ctx
  // Read once: a text in capitals throughout gives no evidence that a capitalised word is a surname.
  const lowerElsewhere = hasLowerCase(text)
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!
    const cred = toks[i + 1]!
    if (!(t.upper || t.cap) || t.end - t.start < 2 || !CREDENTIALS.has(cred.lower)) continue
    if (!/^[ \t,]+$/.test(gap(ctx, i + 1))) continue
    // The credential in capitals and closing its phrase ("WELLS DPM.", "WELLS, MD -"), or anywhere after an initial
    // and a capitalised surname ("per A. Brown MD start metformin").
    const prev = toks[i - 1]
    // An initial, not the letter of "Plan B.", "vitamin D.", "Hep B.", "type 2. …".
    const letterOf = toks[i - 2] !== undefined && LETTER_TAKERS.has(toks[i - 2]!.lower)
    const initial = prev !== undefined && prev.end - prev.start === 1 && /^\.[ \t]*$/.test(gap(ctx, i)) && !letterOf
    if (surnameBeforeCredential(ctx, i, lowerElsewhere)) {
      mark(ctx, i)
      continue
    }
    if (
      !/^[A-Z]/.test(text.slice(cred.start, cred.end)) ||
      (!/^[ \t]*(?:[.,;)\n]|$)/.test(text.slice(cred.end, cred.end + 2)) && !(initial && (t.cap || t.upper)))
    )
      continue
    if (t.cls.clinical || isFunctionWord(t.lower) || CREDENTIALS.has(t.lower)) continue
    // Evidence that a surname stands there: an initial or a comma between ("J. WELLS DPM", "WELLS, MD"), or a word
    // no list knows as everyday, in a text with lower case elsewhere; never after an article ("THE PRIMARY MD"; "A."
    // with its full stop is an initial).
    const comma = /^[ \t]*,[ \t]*$/.test(gap(ctx, i + 1))
    if (!initial && prev && ['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'on', 'call'].includes(prev.lower))
      continue
    if (!initial && !comma && (t.cls.common || !lowerElsewhere || SHORT_CREDENTIALS.has(cred.lower))) continue
    // A capitalised word ("J. Frost RN", "Frost, RN") needs that initial or comma ("Thanks Team RN" is no name), and
    // must be a surname or no everyday word: "Plan B. Call MD", "vitamin D. Notify MD" are orders.
    if (!t.upper && ((!initial && !comma) || (t.cls.common && !t.cls.surname))) continue
    mark(ctx, i)
  }
}
