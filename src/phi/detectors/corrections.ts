/**
 * Names a speaker corrects, spells or sets beside a relation (voice transcripts above all): "this is summer i mean
 * summer brown", "it's honey no sorry", "that's park as in parking lot", "my mother blessing she had surgery".
 * A person who corrects what follows their self-introduction, spells a word by a better-known one, or names a
 * relative before a pronoun restarts the clause is telling a name, whatever the words are as words. Driven by the
 * tables (`selfCues`, `corrections`, `spellingAnalogies`, `relationCues`); a word is taken only when nothing marks
 * it as safe (function word, filler, clinical term, number, calendar word, role title).
 */
import {
  fold,
  languages,
  type PhraseSet,
  phraseLengthAfter,
  type TrailingPhraseWords,
  trailingPhraseWords,
} from '../languages'
import { isBasicWord, isClinicalTerm, isCommonWord, isEnglishWord, isFirstName, isSurname } from '../lexicon'
import { CALENDAR_NAMES, CALL_PLACES, FILLERS, NOT_AFTER_LABEL } from '../lexicon/name-cues'
import { boundedMemo } from '../memo'
import { isClosedClassWord, isFunctionWordOfAnyLanguage } from '../remembered'
import { NAME_BREAKERS, ROLE_TITLES } from './breakers'
import { hyphenatedWordRuns } from './word-runs'
import { anyCorrectionTrigger, type CorrectionWords } from './correction-triggers'
import type { DetectInput, Span } from './types'

interface Token {
  start: number
  end: number
  w: string
  /** After the last hyphen, and folded: set by the first cue look-back that reads the word. */
  last?: string
  folded?: string
}

/**
 * The words before the token the loop is at, as phraseLengthAtEnd reads them: read by the first cue look-back at it
 * and kept for the other cue sets, one token at a time. Kept on every token, a long text's readings outlived the
 * young generation (from 16 to 64 KB of short words the collector's share per KB grew fourfold).
 */
interface WordsBefore {
  token: number
  words: TrailingPhraseWords
}

// A clause that restarts on its subject right after a relative's name ("my mother blessing she had").
// biome-ignore format: packed list
const SUBJECT_PRONOUNS = new Set([
  'she', "she's", 'shes', 'he', "he's", 'hes', 'they', "they're", 'ella', 'él', 'ele', 'ela', 'il', 'elle',
  'li', 'siya', 'sya',
])
// Spanish object pronouns written before the verb ("me dijo", "le duele", "nos llamó").
const CLITICS = new Set(['me', 'te', 'le', 'nos', 'les', 'se'])
// The speaker starting a clause on themself after giving a name ("it's autumn um i'm the daughter").
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", "i'll", "i'd"])
// "it's mark um just letting you know": after a filler, words that carry on the call, not a name's next word.
// biome-ignore format: packed list
const GOING_ON = new Set([
  'just', 'calling', 'again', 'returning', 'checking', 'following', 'letting', 'wanting', 'wondering', 'from', 'with',
])
// Seasons, which "it's" says of the time of year as it says a month ("it's summer uh just so i know").
const SEASONS = new Set(['summer', 'winter', 'spring', 'fall', 'autumn'])

/** A month or a season: what "it's" before a filler says of the time, not who calls. */
function isTimeOfYear(w: string): boolean {
  return SEASONS.has(w) || languages().months.has(w)
}

// What "it's" says of the time or the state of things, not who calls ("it's early i can come at nine").
// biome-ignore format: packed list
const NOT_INTRODUCED = new Set([
  'early', 'late', 'fine', 'okay', 'ok', 'good', 'bad', 'ready', 'done', 'over', 'urgent', 'important', 'busy', 'soon',
  'true', 'real', 'sunny', 'rainy', 'cold', 'hot', 'warm', 'better', 'worse', 'same', 'normal', 'weird', 'free',
])
// "it's grace i think": a hedge on what was just said, not a new clause about the speaker.
const HEDGES = new Set(['think', 'guess', 'believe', 'suppose', 'mean', 'hope', 'know', 'bet', 'reckon', 'feel'])
// Possessives before the relation a speaker introduces themself by ("his daughter", "su hija", "sa fille").
const OWNERS = new Set(['his', 'her', 'their', 'su', 'sus', 'sa', 'son', 'seu', 'sua'])
// Prepositions before a person a call is about ("a call regarding hyacinth barrow she was discharged").
const ABOUT = new Set(['for', 'regarding', 'about', 're', 'para', 'sobre'])
// "ito po tawag sa akin", "Ann na lang po ang tawag sa akin": pointing words and particles are no nickname.
// biome-ignore format: packed list
const NOT_BEFORE_NICKNAME_CUE = new Set([
  'ito', 'iyan', 'yan', 'yun', 'iyon', 'this', 'that', 'it', 'which', 'what', 'lang', 'lamang', 'na', 'din', 'rin',
  'naman', 'nga', 'pa', 'ba', 'daw', 'raw', 'po', 'ho', 'yung', 'ano', 'kailan', 'pang', 'kanina', 'call',
])

// Words after a nickname cue that are no name ("you can call me anytime").
// biome-ignore format: packed list
const NOT_NICKNAMES = new Set([
  'anytime', 'instead', 'whenever', 'directly', 'tomorrow', 'today', 'tonight', 'later', 'soon', 'asap', 'maybe',
  'regarding', 'once', 'immediately', 'urgently', 'sometime', 'myself', 'yourself', 'personally', 'every', 'each',
  ...CALL_PLACES,
])
// The lists above a rule reads a word of, for the test of whether a text holds any (correction-triggers.ts).
const CORRECTION_WORDS: CorrectionWords = {
  owners: OWNERS,
  about: ABOUT,
  // The words a caller goes on with after a filler open the reading of an introduced name as "i" does (the gate's
  // first-person role).
  firstPerson: new Set([...FIRST_PERSON, ...GOING_ON]),
  subjectPronouns: SUBJECT_PRONOUNS,
}
// Most words of the name said after a correction ("i mean summer brown").
const MAX_NAME_WORDS = 3

// The word tests below depend on the word alone (the tables are fixed): remembered per word, bounded like the other
// per-word memos, as a correction's words are tested by several cue sets in turn.
const unmarked = boundedMemo(unmarkedWord, 4096)
const nameWord = boundedMemo(isNameWord, 4096)
const correctable = boundedMemo(isCorrectable, 4096)

const KOREAN_PREDICATE = /(?:니다|세요|어요|아요|여요|해요|까요|네요|죠)$/u
const KOREAN_COPULA = /(?:입니다|이에요|예요)$/u

/**
 * A word of Arabic, Cyrillic or Hangul script that the tables list as a word of the language and not as a given name ("أختي
 * مريضة.", "زوج بنتي جاء."): what the relative is or does. Latin words are left to the rule ("my daughter destiny.").
 */
function knownWordOfScript(w: string): boolean {
  // A Korean predicate ("안녕하세요", "계세요", "아파요"): what the relative does or is greeted with; a word and the
  // copula ("이은정입니다") is who the relative is.
  if (/^\p{Script=Hangul}+$/u.test(w) && KOREAN_PREDICATE.test(w) && !KOREAN_COPULA.test(w)) return true
  if (!/[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Hangul}]/u.test(w)) return false
  const lang = languages()
  return lang.words.has(w) && !lang.givenNames.has(w)
}

/** A word nothing marks as safe: no function word, filler, clinical term, number, calendar word or role title. */
function unmarkedWord(w: string): boolean {
  if (w.length < 2 || NOT_AFTER_LABEL.has(w) || FILLERS.has(w) || isFunctionWordOfAnyLanguage(w)) return false
  if (NAME_BREAKERS.has(w) || ROLE_TITLES.has(w) || isClinicalTerm(w)) return false
  const lang = languages()
  // A relation or title word is the cue, not the name ("my husband", "father-in-law", "ma mère").
  const phrase = w.includes('-') ? w.replace(/-/g, ' ') : w
  if (lang.relationCues.phrases.has(phrase) || lang.titlesBefore.phrases.has(phrase)) return false
  return !lang.numbers.has(w) && !lang.ordinals.has(w) && !lang.months.has(w) && !lang.weekdays.has(w)
}

/** An unmarked word a name list holds, or one no word list does. */
function isNameWord(w: string): boolean {
  return unmarked(w) && (isFirstName(w) || isSurname(w) || !isCommonWord(w))
}

/**
 * A word a speaker may correct: a name word, or a first name that is also an auxiliary ("my husband will i mean
 * bill": the correction proves "will" was a name).
 */
function isCorrectable(w: string): boolean {
  return (
    nameWord(w) ||
    ((NAME_BREAKERS.has(w) || CALENDAR_NAMES.has(w)) && isFirstName(w) && !isFunctionWordOfAnyLanguage(w))
  )
}

/** The end of a run of at most `max` correctable words from `from`, stopping where a phrase of `stop` starts. */
function correctableUntil(toks: readonly Token[], from: number, max: number, stop: PhraseSet): number {
  let k = from
  while (k < toks.length && k - from < max && correctable(toks[k]!.w) && phraseAt(toks, k, stop) === 0) k++
  return k
}

/**
 * Words of the longest phrase of `set` starting at token `i` (0 when none does), read along the set's word tree: no
 * phrase string is joined and looked up per length.
 */
function phraseAt(toks: readonly Token[], i: number, set: PhraseSet): number {
  const first = toks[i]
  let node = first ? set.forward.next.get(first.w) : undefined
  if (!node) return 0
  let found = node.phrase ? 1 : 0
  for (let k = i + 1; k < toks.length; k++) {
    node = node.next.get(toks[k]!.w)
    if (!node) break
    if (node.phrase) found = k - i + 1
  }
  return found
}

/** A phrase of `set` ends right before token i (the previous token must be one of the set's last words). */
function cueBefore(lower: string, toks: readonly Token[], i: number, set: PhraseSet, before: WordsBefore): boolean {
  const prev = toks[i - 1]
  if (!prev) return false
  // The word's last part in both spellings, read once per word whatever the cue set.
  const last = (prev.last ??= prev.w.slice(prev.w.lastIndexOf('-') + 1))
  const folded = (prev.folded ??= fold(last))
  if (!set.lastWords.has(last) && !set.lastWords.has(folded)) return false
  // The words before the token, read once whatever the cue set.
  const t = toks[i]!
  if (before.token !== i) {
    before.token = i
    before.words = trailingPhraseWords(lower, Math.max(0, t.start - 40), t.start)
  }
  return phraseLengthAfter(Math.min(40, t.start), before.words, set) > 0
}

function skipFillers(toks: readonly Token[], i: number): number {
  let k = i
  while (k < toks.length && FILLERS.has(toks[k]!.w)) k++
  return k
}

/**
 * Whether the words from `from` to `to` look like a name a speaker corrects; after an outright correction (a marker of
 * two words or more: "i mean") the second may be any word nothing marks as safe ("june bug i mean …").
 */
function correctedWords(toks: readonly Token[], from: number, to: number, marker: number): boolean {
  for (let n = 0; from + n < to; n++) {
    const w = toks[from + n]!.w
    if (!correctable(w) && !(n > 0 && marker >= 2 && unmarked(w))) return false
  }
  return true
}

/**
 * A word of a name introduced before the speaker starts over: unmarked, or a month that is a first name too ("it's
 * uh august i'm calling"; weekdays are days: "back from tuesday i did").
 */
function isGivenWord(w: string): boolean {
  return unmarked(w) || (languages().months.has(w) && isFirstName(w))
}

/** A name word of a name list nothing marks as safe: part of the name a birth date or a restarted clause follows. */
function isListedNamePart(w: string): boolean {
  return unmarked(w) && (isFirstName(w) || isSurname(w))
}

/** After a bare preposition ("a call regarding …"), only a name the lists hold and no everyday word ("for work they"). */
function isListedNameNoWord(w: string): boolean {
  return isListedNamePart(w) && !isBasicWord(w)
}

// The word tests above are module functions, not closures made per word: each closure made in the loop cost a
// function object (and, in bundles that keep names, a call naming it) for every word of the text.

function span(toks: readonly Token[], from: number, to: number, source: string): Span {
  return { start: toks[from]!.start, end: toks[to - 1]!.end, type: 'NAME', source }
}

/** The words the tests of `mayStartAt` look up, for the compiled tables they were read from. */
interface StartWords {
  lang: ReturnType<typeof languages>
  /** The last words of the self, relation and nickname cues together. */
  cueEnds: ReadonlySet<string>
  /** Those and the prepositions before a person: what the word before a plain (ASCII, unhyphenated) word may be. */
  plainBefore: ReadonlySet<string>
  /** The first words of the nickname cues said after a name and of the spelling analogies, and the vocatives. */
  after: ReadonlySet<string>
}

let startWords: StartWords | undefined

function startWordsOf(lang: ReturnType<typeof languages>): StartWords {
  if (startWords?.lang !== lang) {
    const cueEnds = new Set([
      ...lang.selfCues.lastWords,
      ...lang.relationCues.lastWords,
      ...lang.nicknameCues.lastWords,
    ])
    startWords = {
      lang,
      cueEnds,
      plainBefore: new Set([...cueEnds, ...ABOUT]),
      after: new Set([
        ...lang.nicknameCuesAfter.forward.next.keys(),
        ...lang.spellingAnalogies.forward.next.keys(),
        ...lang.vocativesAfter,
      ]),
    }
  }
  return startWords
}

/**
 * Whether a cue may end on `w` (its last part after a hyphen, as written or folded) or it is a preposition before a
 * person: the first test of `cueBefore`, remembered per word for words that are not plain (a slice and a fold each).
 */
const mayPrecedeStart = boundedMemo((w: string): boolean => {
  const { cueEnds } = startWordsOf(languages())
  const last = w.slice(w.lastIndexOf('-') + 1)
  return cueEnds.has(last) || cueEnds.has(fold(last)) || ABOUT.has(w)
}, 4096)

/**
 * Whether anything below can start at token i: a self, relation or nickname cue ending on the word before it (the
 * first test of `cueBefore`), a preposition before it, or a nickname cue or spelling analogy opening on the word after
 * it (the first test of `phraseAt`). Most words of a text have none: their other tests are not asked.
 */
function mayStartAt(toks: readonly Token[], i: number, lang: ReturnType<typeof languages>): boolean {
  const words = startWordsOf(lang)
  const prev = toks[i - 1]
  // A plain word is its own last part and its own fold.
  if (prev !== undefined && (isPlainWord(prev.w) ? words.plainBefore.has(prev.w) : mayPrecedeStart(prev.w))) return true
  const next = toks[i + 1]
  return next !== undefined && words.after.has(next.w)
}

/** /^[ \t,]+$/.test(text.slice(from, to)), read in place (asked after most cues: a slice and a pattern run each). */
function onlyBlanksOrCommas(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c !== 32 && c !== 9 && c !== 44) return false
  }
  return true
}

/** ASCII without a hyphen: the word is its own last part and its own fold. */
function isPlainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c > 0x7f || c === 45) return false
  }
  return true
}

/** Name spans told by corrections, spelling analogies and relatives named before a pronoun. */
export function detectCorrections(input: DetectInput): Span[] {
  const { lower } = input
  const lang = languages()
  if (lang.corrections.phrases.size === 0) return []
  // The words of /[\p{L}\p{M}][\p{L}\p{M}'’-]*\/gu.
  const toks: Token[] = hyphenatedWordRuns(input)
  // Most texts hold no word any rule below reads: they are not read token by token (see correction-triggers.ts).
  const gateBefore: WordsBefore = { token: -1, words: null }
  if (
    !anyCorrectionTrigger(toks, input.text, lang, CORRECTION_WORDS, {
      phraseAt: (k, set) => phraseAt(toks, k, set),
      nicknameCueBefore: (i) => cueBefore(lower, toks, i, lang.nicknameCues, gateBefore),
      relationCueBefore: (i) => cueBefore(lower, toks, i, lang.relationCues, gateBefore),
      unmarked,
    })
  )
    return []
  const out: Span[] = []
  const before: WordsBefore = { token: -1, words: null }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (!mayStartAt(toks, i, lang)) continue
    // "this is summer i mean summer brown", "it's uh brown no williams", "my husband will i mean bill".
    const introduced = cueBefore(lower, toks, i, lang.selfCues, before)
    // A relation cue's last word must be no function word of another language ("me" is mẹ, mother, in Vietnamese).
    const related = i > 0 && !isClosedClassWord(toks[i - 1]!.w) && cueBefore(lower, toks, i, lang.relationCues, before)
    if (introduced || related) {
      const from = skipFillers(toks, i)
      let to = correctableUntil(toks, from, 2, lang.corrections)
      // "june bug i mean …": before an outright correction the second word may be any word nothing marks as safe.
      if (to === from + 1 && unmarked(toks[to]?.w ?? '') && phraseAt(toks, to + 1, lang.corrections) >= 2) to++
      // The correction follows in the same breath: "fine.No pain today" is two sentences, not a correction.
      const sameBreath =
        to > from && to < toks.length && onlyBlanksOrCommas(input.text, toks[to - 1]!.end, toks[to]!.start)
      const marker = sameBreath ? phraseAt(toks, to, lang.corrections) : 0
      // A name corrects a name: what follows the marker must look like one ("brown no williams"), and what it
      // corrects must too unless the marker says a correction outright ("this is summer i mean summer brown");
      // "im fine no pain today" and "it's bad i mean the pain" are no correction of a name.
      let k = skipFillers(toks, to + marker)
      // The speaker may say the cue again: "from saint agnes no sorry from saint anne's".
      if (from > 0 && toks[k]?.w === toks[from - 1]!.w) k++
      // ... or introduces themself again ("doc no sorry my name is …").
      else k += phraseAt(toks, k, lang.selfCues)
      const start = k
      while (marker > 0 && k < toks.length && k - start < MAX_NAME_WORDS && nameWord(toks[k]!.w)) k++
      // The corrected words look like a name; after an outright correction ("i mean") the second may be any word
      // nothing marks as safe ("june bug i mean …").
      if (marker > 0 && k > start && correctedWords(toks, from, to, marker)) {
        out.push(span(toks, from, to, 'name:correction'), span(toks, start, k, 'name:correction'))
      }
    }
    // "my mother soon-ja": a hyphenated romanised given name right after a cue is a name whatever its halves mean.
    const halves = t.w.includes('-') ? t.w.split('-') : undefined
    if (
      halves?.length === 2 &&
      halves.every((h) => lang.romanizedSyllables.has(h)) &&
      (introduced || cueBefore(lower, toks, i, lang.relationCues, before))
    )
      out.push(span(toks, i, i + 1, 'name:romanized'))
    // "people call me shy", "dígame ale": the name a person goes by, whatever the word means.
    if (cueBefore(lower, toks, i, lang.nicknameCues, before) && unmarked(t.w) && !NOT_NICKNAMES.has(t.w))
      out.push(span(toks, i, i + 1, 'name:nickname'))
    // "Tin po tawag sa akin", "lola Baby po tawag namin", "bubba is what everyone calls me": the name said first.
    else if (
      i + 1 < toks.length &&
      phraseAt(toks, i + 1, lang.nicknameCuesAfter) > 0 &&
      unmarked(t.w) &&
      !NOT_BEFORE_NICKNAME_CUE.has(t.w) &&
      (nameWord(t.w) || /^\p{Lu}\p{Ll}/u.test(input.text.slice(t.start, t.end))) &&
      !NOT_NICKNAMES.has(t.w)
    )
      out.push(span(toks, i, i + 1, 'name:nickname'))
    // "hạnh ơi": a given name of the tables right before a vocative particle is the person called.
    if (
      i + 1 < toks.length &&
      lang.vocativesAfter.has(toks[i + 1]!.w) &&
      lang.givenNames.has(t.w) &&
      !lang.titlesBefore.phrases.has(t.w) &&
      !lang.relationCues.phrases.has(t.w)
    )
      out.push(span(toks, i, i + 1, 'name:vocative'))
    // "rele pou pitit mwen lovely", "calling about my daughter destiny.": after a relation, a last word before the end
    // of the sentence is the relative's name whatever it means.
    if (related && unmarked(t.w) && !NOT_NICKNAMES.has(t.w) && !knownWordOfScript(t.w)) {
      const rest = input.text.slice(t.end, t.end + 3)
      if (/^[ \t]*(?:[.!?]|$)/.test(rest)) out.push(span(toks, i, i + 1, 'name:after-relation'))
    }
    if (introduced) {
      const from = skipFillers(toks, i)
      // "i'm rose his daughter", "soy marta su hija": a speaker introduced by their relation to the patient.
      const to = correctableUntil(toks, from, 2, lang.relationCues)
      const owner = toks[to]
      const relation = toks[to + 1]
      if (to > from && owner && relation && OWNERS.has(owner.w) && lang.relationCues.phrases.has(relation.w))
        out.push(span(toks, from, to, 'name:introduced'))
      // "hey it's autumn um i'm the daughter of…": a first name, maybe a surname, then the speaker starts over on "i",
      // or goes on after a filler ("it's bill uh just letting you know").
      let e = from
      while (e < toks.length && e - from < 2 && isGivenWord(toks[e]!.w) && (isFirstName(toks[e]!.w) || e > from)) e++
      if (e > from + 1 && !isSurname(toks[e - 1]!.w)) e--
      const subject = skipFillers(toks, e)
      if (
        e > from &&
        isFirstName(toks[from]!.w) &&
        !NOT_INTRODUCED.has(toks[from]!.w) &&
        !toks[from]!.w.endsWith('ly') &&
        (FIRST_PERSON.has(toks[subject]?.w ?? '') ||
          (subject > e && GOING_ON.has(toks[subject]?.w ?? '') && !isTimeOfYear(toks[from]!.w))) &&
        !HEDGES.has(toks[subject + 1]?.w ?? '')
      )
        out.push(span(toks, from, e, 'name:before-restart'))
      // "it's drew young calling back": between a self cue and the word that closes the introduction.
      const k = correctableUntil(toks, from, 3, lang.introductionEnds)
      const closes = k > from && phraseAt(toks, k, lang.introductionEnds) > 0
      if (closes && onlyBlanksOrCommas(input.text, toks[k - 1]!.end, toks[k]!.start))
        out.push(span(toks, from, k, 'name:introduced'))
    }
    // "that's park as in parking lot": a word spelled by a better-known one.
    const analogy = phraseAt(toks, i + 1, lang.spellingAnalogies)
    if (analogy > 0 && nameWord(t.w)) out.push(span(toks, i, i + 1, 'name:spelled-by'))
    const about = i > 0 && ABOUT.has(toks[i - 1]!.w)
    if (related || about) {
      // "a prescription for bill hunter date of birth …": the name the birth date belongs to, whatever its words mean.
      let k = i
      while (k < toks.length && k - i < 3 && phraseAt(toks, k, lang.birthCues) === 0 && isListedNamePart(toks[k]!.w))
        k++
      if (k > i && phraseAt(toks, k, lang.birthCues) > 0) out.push(span(toks, i, k, 'name:before-birth-date'))
      // "my mother blessing she had", "a call regarding hyacinth barrow she was": a name before the clause restarts.
      // After a bare preposition only a name the lists hold and no everyday word ("for work they need").
      const accept = related ? nameWord : isListedNameNoWord
      k = i
      while (k < toks.length && k - i < 2 && accept(toks[k]!.w) && !SUBJECT_PRONOUNS.has(toks[k]!.w)) k++
      const next = toks[k]
      // "mi esposo segundo me dijo": after a relation word, an object pronoun before the verb closes the name too.
      // Only listed given names or surnames no English text uses ("my wife made me call" is no name).
      const clitic =
        related &&
        next !== undefined &&
        CLITICS.has(next.w) &&
        toks[k + 1] !== undefined &&
        toks.slice(i, k).every((t) => (isFirstName(t.w) || isSurname(t.w)) && !isEnglishWord(t.w))
      if (
        k > i &&
        next &&
        (SUBJECT_PRONOUNS.has(next.w) || clitic) &&
        /^[ \t]+$/.test(input.text.slice(toks[k - 1]!.end, next.start))
      )
        out.push(span(toks, i, k, 'name:before-pronoun'))
    }
  }
  return out
}
