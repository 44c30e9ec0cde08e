/**
 * The recall backstop and the language views it depends on: a word no dictionary knows is flagged as a name
 * (Philter-style), except Spanish inflections in Spanish text and everyday words of another Latin-script language,
 * which a foreign text sees as ordinary words.
 */
import {
  dominantAndLatinLanguagesOfTimes,
  wordTimes,
  fieldCueLength,
  fieldCueOpenerWords,
  languages,
  mayOpenFieldCue,
  phraseLengthAtEnd,
} from '../../languages'
import { foreignLanguagesOf, isForeignWordOf } from '../../lexicon'
import {
  elidedInLanguages,
  isClinicalWordOf,
  isElidedClinicalWord,
  knownInLanguages,
  wordEndingLanguages,
} from '../../languages/words'
import { CALENDAR_NAMES } from '../../lexicon/name-cues'
import type { WordClass } from '../../lexicon/word-class'
import { isCuedFirst, isFirstBefore, isInitialBefore, isIntroducedAcrossFiller, isIntroducedFirst } from './multiword'
import { type Ctx, SPACE_ONLY, type Tok, gap, holdsLower } from './tokens'
import { SCRIPT, holdsScript } from '../chars'
import { isCountryName } from '../place-names'
import { travelledTo } from './caller-phrases'

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
const HAS_LETTER = /\p{L}/u
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

function isUnknownWord(t: Tok, informative: boolean, spanish: boolean): boolean {
  if (!t.cls.oov || t.glued || t.inLink || t.lower.length < 3) return false
  // Combining marks left over from a symbol ("𝅘𝅥𝅮" decomposes into a note and two marks) are no word at all.
  if (!HAS_LETTER.test(t.lower)) return false
  // Han and Kana are never judged whole (a sentence has no spaces), even glued to a Latin letter ("…号码是m a x").
  if (UNSPACED_SCRIPT.test(t.lower)) return false
  if (informative && t.upper && t.lower.length <= 4) return false
  // Spanish verb and adverb endings no name has ("llamando", "sintiendo", "operación", "rápidamente").
  if (spanish && SPANISH_INFLECTION.test(t.lower)) return false
  // Korean verb endings no name takes ("오후로요", "받으실", "하는데"); not the copula a name takes ("이정훈입니다",
  // "박지훈이에요", "김민수세요", "김민지라고"), nor endings a name may have ("박지만") or digits said with a particle
  // ("공일공공으로"), nor a place's "에서" (a town is read as a name here too).
  if (HANGUL_NOT_NAME_ENDING.test(t.lower)) return false
  return true
}

const HANGUL_NOT_NAME_ENDING = /\p{Script=Hangul}(?:로요|는데|으실|어서|아서)$/u

const SPANISH_INFLECTION =
  /(?:[aei]ndo|ción|ciones|mente|ábamos|aron|ieron|aste|iste|amos|emos|imos|ría|rían|ndome|ndole|ndola|ndolo)$/u
// biome-ignore format: packed list
const SPANISH_MARKERS = new Set([
  'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'por', 'para', 'mi', 'es', 'con', 'una', 'tiene', 'está',
  'estoy', 'tengo', 'necesito', 'soy', 'se', 'me', 'le', 'no', 'su',
])

/** Two or more Spanish function words: Spanish inflections can be told from unknown names. */
export function looksSpanish(toks: Tok[]): boolean {
  let n = 0
  for (const t of toks) if (SPANISH_MARKERS.has(t.lower) && ++n >= 2) return true
  return false
}

/**
 * A text in another Latin-script language (Spanish, French, Portuguese, Vietnamese...): the everyday words of that
 * language are words. Where one language plainly leads the text, only its words count, and those of a second language
 * the text also writes in (two words or more no leading language has: French clauses in Haitian Creole): a Spanish text
 * shares "a", "me" and "lo" with Haitian Creole, yet the Haitian word "santi" stays a name there. Without a clear lead
 * (a short text, an English one with a loanword: "I ate 2 pho bowls") every word of a language other than Spanish it
 * shares two words with counts, as before the lists were tagged. Returns the leading languages (dominantLanguagesOf
 * the words).
 */
export function foreignTextView(
  toks: Tok[],
  lower: readonly string[] = toks.map((t) => t.lower),
  // Each distinct word and how often it occurs, read once for the counts of languages and the second languages.
  times: ReadonlyMap<string, number> = wordTimes(lower),
): ReadonlySet<string> {
  const { dominant: lead, latin } = dominantAndLatinLanguagesOfTimes(times)
  // A word only Vietnamese spells ("thuốc", "cần") that its table holds as a word and not as a name is a word in any
  // text, an English one with a Vietnamese clause too ("my grandma cần refill thuốc").
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.cls.oov && VIETNAMESE_ONLY.test(t.lower) && isVietnameseWordNoName(t.lower) && !afterPersonCue(lower, i))
      t.cls = asEverydayWord(t.cls)
  }
  if (lead.size === 0) {
    const otherLanguage = [...latin].some((code) => code !== 'es')
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!
      if ((otherLanguage && t.cls.foreign) || (t.cls.oov && endsAsWordOf(t.lower, lead))) t.cls = asEverydayWord(t.cls)
      // A clinical word of the text's language ("tengo neumonía", "may pulmonya ako") or one behind an elided article
      // ("de l'hypertension", "maladie d'alzheimer"): those lists hold no name, so even two words may trust them. Right
      // after a self or relation cue the word is what the cue says, as in a longer text.
      else if (
        t.cls.oov &&
        (isClinicalWordOf(t.lower, latin) || isElidedClinicalWord(t.lower)) &&
        !afterPersonCue(lower, i)
      )
        t.cls = asEverydayWord(t.cls)
      else if (t.cls.oov && isSoftWordOf(t.lower, latin) && !beforeNameOpens(lower, i)) t.cls = asEverydayWord(t.cls)
    }
    return lead
  }
  const codes = withSecondLanguages(lead, times)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.cls.foreign) {
      if (knownInLanguages(t.lower, codes)) t.cls = asEverydayWord(t.cls)
      continue
    }
    // An unknown word too: a word of the Spanish list alone is unknown until a Spanish text reads it (no other list or
    // table holds it, or the word would be foreign). Right after a self or relation cue it is what the cue says: a
    // name ("soy saori", "habla aquiles"; the list, made from film subtitles, holds their characters' names).
    if (!t.cls.oov) continue
    // A word of the leading language's own table ("trong" in Vietnamese, which the frequency list leaves out as a
    // name elsewhere) is a word of the text as well.
    if (
      (isForeignWordOf(t.lower, codes) && !afterPersonCue(lower, i)) ||
      elidedInLanguages(t.lower, codes) ||
      endsAsWordOf(t.lower, codes) ||
      (isPlainWordOf(t.lower, lead) && !afterPersonCue(lower, i)) ||
      (isSoftWordOf(t.lower, codes) && !beforeNameOpens(lower, i))
    )
      t.cls = asEverydayWord(t.cls)
  }
  return lead
}

/** A soft everyday word of one of `codes` (LanguageTable.everydayWords). */
function isSoftWordOf(word: string, codes: ReadonlySet<string>): boolean {
  return (
    languages()
      .everydayWordLanguages.get(word)
      ?.some((code) => codes.has(code)) ?? false
  )
}

/**
 * Whether a name may stand at position i: after a self or relation cue, a title ("madame", "senhor", "chị") or a
 * person article ("si", "ni", "kay"). A soft everyday word is a word only elsewhere ("meu nome é dores", "si mali").
 */
function beforeNameOpens(lower: readonly string[], i: number): boolean {
  if (afterPersonCue(lower, i)) return true
  const before = `${lower.slice(Math.max(0, i - 3), i).join(' ')} `
  const { titlesBefore, kinTitles, personArticles } = languages()
  return (
    phraseLengthAtEnd(before, titlesBefore) > 0 ||
    phraseLengthAtEnd(before, kinTitles) > 0 ||
    (i > 0 && personArticles.has(lower[i - 1]!))
  )
}

// Letters of Vietnamese that no other language the tables read writes.
const VIETNAMESE_ONLY = /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u
const VIETNAMESE = new Set(['vi'])

/** A word of the Vietnamese table that is no given or family name of the tables. */
function isVietnameseWordNoName(word: string): boolean {
  const lang = languages()
  return isPlainWordOf(word, VIETNAMESE) && !lang.givenNames.has(word) && !lang.familyNames.has(word)
}

/** A word of the tables of one of `codes`, names that are words too included ("trong": in; also the name Trọng). */
function isPlainWordOf(word: string, codes: ReadonlySet<string>): boolean {
  return (
    languages()
      .plainWordLanguages.get(word)
      ?.some((code) => codes.has(code)) ?? false
  )
}

/** A word ending as only verbs and participles of one of `codes` end ("отекают", "разогнуться"). */
function endsAsWordOf(word: string, codes: ReadonlySet<string>): boolean {
  // A text too short to lead with a language ("ноги отекают"): a word of a script of its own (Cyrillic, Arabic) is
  // read by the endings of the tables of that script anyway; a Latin one only by those of the text's language.
  const endings = wordEndingLanguages(word)
  return endings.length > 0 && (!LATIN_START.test(word) || endings.some((code) => codes.has(code)))
}
const LATIN_START = /^\p{Script=Latin}/u

/** The leading languages and any other with two or more words of the text that no leading language has. */
function withSecondLanguages(lead: ReadonlySet<string>, times: ReadonlyMap<string, number>): ReadonlySet<string> {
  const { languagesOfWord } = languages()
  // Each distinct word read once, in the order of its first occurrence, and counted as often as it occurs (`times`,
  // from wordTimes): a text says the same words many times, and each reading asks the tables and a binary search of
  // the lists.
  let own: Map<string, number> | undefined
  for (const [w, n] of times) {
    const tables = languagesOfWord.get(w)
    const lists = foreignLanguagesOf(w)
    if ((tables === undefined && lists.length === 0) || tables?.some((code) => lead.has(code))) continue
    if (lists.some((code) => lead.has(code))) continue
    own ??= new Map()
    for (const code of new Set([...(tables ?? []), ...lists])) own.set(code, (own.get(code) ?? 0) + n)
  }
  if (own === undefined) return lead
  const codes = new Set(lead)
  for (const [code, n] of own) if (n >= 2 && code !== 'en') codes.add(code)
  return codes
}

/** Whether the words before position i end on a self or relation cue of the tables ("soy", "le habla", "mi hija"). */
export function afterPersonCue(lower: readonly string[], i: number): boolean {
  const before = `${lower.slice(Math.max(0, i - 4), i).join(' ')} `
  const { selfCues, relationCues } = languages()
  return phraseLengthAtEnd(before, selfCues) > 0 || phraseLengthAtEnd(before, relationCues) > 0
}

const HANGUL_OR_KANA = /^[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * A Latin word written onto Korean or Japanese ("Park씨", "Rose에게", "Smithさん") or before a Han honorific ("Mark先生")
 * carries a particle or a title: it is read as a name, as it was when such a run was one unknown word, unless it is a
 * clinical word or a short capital abbreviation ("Tylenol을", "MRI를", "CVS예요").
 */
function isGluedToDenseScript(ctx: Ctx, t: Tok): boolean {
  if (!/^[a-z]/.test(t.lower) || t.lower.length < 2 || t.cls.clinical || (t.upper && t.lower.length <= 4)) return false
  const after = ctx.text.slice(t.end, t.end + 4)
  if (HANGUL_OR_KANA.test(after)) return true
  // Han honorifics and kinship words of the tables written right after a name ("Wong先生", "Rose女士", "Smith医生").
  const { titlesAfter } = languages()
  if (HAN_START.test(after) && titlesAfter.unspaced.some((title) => after.startsWith(title))) return true
  // Or after one space ("Grace 선생님", "Lee 医生"), when the word is no greeting, apology or day ("Sorry 선생님").
  if (after.startsWith(' ') && (t.cap || t.upper) && !NOT_BEFORE_TITLE.has(t.lower) && !CALENDAR_NAMES.has(t.lower)) {
    const spaced = ctx.text.slice(t.end + 1, t.end + 8)
    const word = /^[\p{Script=Hangul}]+/u.exec(spaced)?.[0]
    // With its particle too ("선생님께서", "선생님한테").
    hangulTitles ??= [...titlesAfter.phrases].filter((title) => HANGUL_ONLY.test(title) && title.length >= 2)
    if (word !== undefined && (titlesAfter.phrases.has(word) || hangulTitles.some((title) => word.startsWith(title))))
      return true
    if (DENSE_START.test(spaced) && titlesAfter.unspaced.some((title) => spaced.startsWith(title))) return true
  }
  // After a space, an everyday English word is the sentence going on in English ("我妈妈 needs a …").
  const glued = ctx.text.charCodeAt(t.start - 1) > 0x2e80
  return (glued || !t.cls.basic) && afterHanCue(ctx.text, t.start)
}

const HAN_START = /^\p{Script=Han}/u
// What a message says to a teacher or doctor before the title ("Sorry 선생님", "Thanks 医生"), no name.
// biome-ignore format: packed list
const NOT_BEFORE_TITLE = new Set([
  'sorry', 'hi', 'hello', 'hey', 'thanks', 'thank', 'thx', 'dear', 'morning', 'good', 'please', 'pls', 'ok', 'okay',
  'yes', 'no', 'teacher', 'doctor', 'dr', 'mr', 'mrs', 'ms', 'nurse', 'bye', 'yo', 'sir', 'madam', 'excuse', 'welcome',
])
const HANGUL_ONLY = /^\p{Script=Hangul}+$/u
let hangulTitles: string[] | undefined
const DENSE_START = /^[\p{Script=Han}\p{Script=Hangul}]/u

const HAN_BEFORE = /\p{Script=Han}[ \t]?$/u

/** A Han self or relation cue written right before a Latin word ("我叫Jianguo", "英文名字是Chunhua", "我儿子Kevin"). */
function afterHanCue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  if (!HAN_BEFORE.test(before)) return false
  const head = before.trimEnd()
  const { selfCues, relationCues } = languages()
  return selfCues.unspaced.some((cue) => head.endsWith(cue)) || relationCues.unspaced.some((cue) => head.endsWith(cue))
}

/**
 * Words inside a birth, address or phone cue of two or more words ("ngày sinh", "sinh năm", "địa chỉ nhà"): the
 * cue's words, never a name, although a language's given names include some of them ("sinh").
 */
function fieldCueWords(ctx: Ctx): Uint8Array | undefined {
  const { toks } = ctx
  // Without a word that may open a cue, every length below is 0 (and no array is made for them).
  if (!holdsLower(ctx, fieldCueOpenerWords())) return undefined
  const wordAt = (k: number): string | undefined => toks[k]?.lower
  const joins = (k: number): boolean => SPACE_ONLY.test(gap(ctx, k))
  // The length of the cue starting at each word (0: none).
  const lengths = new Int32Array(toks.length)
  // Most words open no cue: only those that may are read further.
  for (let i = 0; i + 1 < toks.length; i++)
    lengths[i] = mayOpenFieldCue(toks[i]!.lower) ? fieldCueLength(wordAt, i, joins) : 0
  let mask: Uint8Array | undefined
  for (let i = 0; i < toks.length; i++) {
    // "nam sinh năm 1950": a cue read one word later ("sinh năm") leaves the word before it a name (Nam).
    if (!lengths[i] || lengths[i + 1]) continue
    mask ??= new Uint8Array(toks.length)
    mask.fill(1, i, i + lengths[i]!)
  }
  return mask
}

/**
 * A number word of a table next to another ("ciento noventa", "trescientos noventa"): part of a number said in words,
 * no name. A number word alone may be one ("bà Sáu", a Vietnamese name by birth order; "dez").
 */
function inNumberRun(toks: readonly Tok[], i: number): boolean {
  const numbers = languages().numbers
  return numbers.has(toks[i]!.lower) && (numbers.has(toks[i - 1]?.lower ?? '') || numbers.has(toks[i + 1]?.lower ?? ''))
}

/**
 * "my son is in india now", "she flew to india": a country where someone is or goes is the country, no one's name (no
 * PHI either); "la mamá de kenya", "heard back from kenya" name a person.
 */
function countryAfterPreposition(ctx: Ctx, i: number): boolean {
  return isCountryName(ctx.toks[i]!.lower) && travelledTo(ctx, i)
}

/** Flags every word no pass found and no dictionary knows (3), then the first name or surname beside it. */
export function backstopPass(ctx: Ctx): void {
  const { toks, name, informative, spanish } = ctx
  const cueWords = fieldCueWords(ctx)
  // Every way a word is glued to a dense script reads a Han, Hangul or Kana character of the text: without one (most
  // texts), no word is asked.
  const dense = holdsScript(ctx.text, SCRIPT.han | SCRIPT.hangul | SCRIPT.hiragana | SCRIPT.katakana)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (cueWords?.[i]) continue
    if (
      !name[i] &&
      (isUnknownWord(t, informative, spanish) || (dense && isGluedToDenseScript(ctx, t))) &&
      !inNumberRun(toks, i) &&
      !countryAfterPreposition(ctx, i)
    )
      name[i] = 3
  }
  // An unknown word next to a surname or first name makes a name of both ("xochitl brown").
  for (let i = 0; i < toks.length; i++) {
    if (name[i] !== 3) continue
    const next = toks[i + 1]
    if (
      next &&
      !name[i + 1] &&
      SPACE_ONLY.test(gap(ctx, i + 1)) &&
      !next.glued &&
      (next.cls.wordSurname || next.cls.strong)
    )
      name[i + 1] = 3
    const prev = toks[i - 1]
    if (
      prev &&
      !name[i - 1] &&
      SPACE_ONLY.test(gap(ctx, i)) &&
      !prev.glued &&
      (isFirstBefore(prev, toks[i]!) || isCuedFirst(ctx, i - 1) || isIntroducedFirst(ctx, i - 1))
    )
      name[i - 1] = 3
    if (prev && !name[i - 1] && isInitialBefore(ctx, i)) name[i - 1] = 3
    // "soy lucha eh hernández": the first name before a filler and the unknown surname.
    if (isIntroducedAcrossFiller(ctx, i)) name[i - 2] = 3
  }
}
