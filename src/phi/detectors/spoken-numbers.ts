/**
 * Reading numbers out of words: the number tokens of a text (digits, ordinals, and runs of number words of every
 * language the tables know, read as one number) and the detector for long digit runs said aloud. Kept apart from the
 * backstop in numbers.ts and the claiming contexts in number-claims.ts, which both read these tokens.
 */
import { languages } from '../languages'
import { DIGIT_VALUES, TENS_VALUES, words, type Word } from '../spoken'
import { isCommonWord } from '../lexicon'
import { isShortGap } from './chars'
import { cueBefore } from './cues'
import type { Detector, Span } from './types'

/**
 * A word of digits only: /^\d+$/.test, read by its code units (asked of words one by one in several detectors, where the
 * pattern cost more than the loop). Only `test` is ever asked of it.
 */
export const DIGITS: { test(word: string): boolean } = {
  test(word) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      if (c < 48 || c > 57) return false
    }
    return word.length > 0
  },
}
/** One or two digits with an ordinal ending of a language the engine reads ("8th", "1er", "2do"): digits in group 1. */
export const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|ème|o|a|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma|°)$/
const MAX_GROUP_WORDS = 12

/** A number written in the text: digits, or a run of number words read as one. */
export interface NumberToken {
  /** First and last word index in the word list (inclusive). */
  from: number
  to: number
  start: number
  end: number
  /** The value when known (digits, a single number phrase); undefined for a run of several groups. */
  value: number | undefined
  /** Digits written as digits (not number words). */
  digits: boolean
  /** An ordinal ("8th", "the eighth", "premier"). */
  ordinal: boolean
  /** Groups in a run of number words, and the digits they spell ("nine oh two fifty five" → 4 groups, "902" + "55"). */
  groups: number
  spelled: string
}

const EN_ES: ReadonlySet<string> = new Set(['en', 'es'])

/** The longest number phrase (a language table's number word or words) starting at word i: [words used, value]. */
export function numberPhraseAt(list: readonly Word[], i: number, text: string): [number, number] | undefined {
  const found = numberPhraseWithLanguages(list, i, text)
  return found ? [found[0], found[1]] : undefined
}

type Phrase = [number, number, ReadonlySet<string>] | undefined
// Per word list (one text), the number phrase starting at each word: several passes ask for the same ones. NO_PHRASE
// stands for none found, so one look-up answers. An array by word index, not a Map: most words start no phrase, and
// a Map's look-up and growth cost more than finding that out again.
const NO_PHRASE = null
const phraseMemo = new WeakMap<readonly Word[], Array<Phrase | typeof NO_PHRASE>>()

/** {@link numberPhraseAt} with the languages whose tables hold the phrase. */
function numberPhraseWithLanguages(list: readonly Word[], i: number, text: string): Phrase {
  let memo = phraseMemo.get(list)
  if (!memo) phraseMemo.set(list, (memo = []))
  const known = memo[i]
  if (known !== undefined) return known === NO_PHRASE ? undefined : known
  const found = findNumberPhrase(list, i, text)
  memo[i] = found ?? NO_PHRASE
  return found
}

function findNumberPhrase(list: readonly Word[], i: number, text: string): Phrase {
  const lang = languages()
  const word = list[i]
  if (!word) return undefined
  const first = word.w
  const longest = lang.numberFirstWords.get(first)
  if (longest === undefined) {
    if (DIGIT_VALUES.has(first) && first !== 'o') return [1, Number(DIGIT_VALUES.get(first)), EN_ES]
    if (TENS_VALUES.has(first)) return [1, TENS_VALUES.get(first)!, EN_ES]
    return hangulNumberWithParticle(first) ?? arabicNumberAfterAnd(first)
  }
  let best: [number, number, ReadonlySet<string>] | undefined
  let phrase = ''
  for (let k = 0; k < longest && i + k < list.length; k++) {
    const w = list[i + k]!
    if (k > 0 && !isShortGap(text, list[i + k - 1]!.end, w.start, true)) break
    phrase = k === 0 ? w.w : `${phrase} ${w.w}`
    const v = lang.numbers.get(phrase)
    if (v !== undefined) best = [k + 1, v, lang.numberLanguages.get(phrase) ?? EN_ES]
    else if (k === 0) {
      if (DIGIT_VALUES.has(w.w) && w.w !== 'o') best = [1, Number(DIGIT_VALUES.get(w.w)), EN_ES]
      else if (TENS_VALUES.has(w.w)) best = [1, TENS_VALUES.get(w.w)!, EN_ES]
    }
  }
  return best && best[0] > 1 ? yieldingLastWord(list, i, text, best) : best
}

/**
 * "một chín ba mươi" is 1, 9, 30, not 1, 93, then "mươi": when the word after a phrase only continues a number (it
 * opens none) and joins the phrase's last word into one, the phrase gives that word up.
 */
function yieldingLastWord(
  list: readonly Word[],
  i: number,
  text: string,
  best: [number, number, ReadonlySet<string>],
): Phrase {
  const lang = languages()
  const after = list[i + best[0]]
  if (!after || lang.numberFirstWords.has(after.w) || !isShortGap(text, list[i + best[0] - 1]!.end, after.start))
    return best
  const last = list[i + best[0] - 1]!.w
  if (!lang.numbers.has(`${last} ${after.w}`)) return best
  const shorter = list
    .slice(i, i + best[0] - 1)
    .map((w) => w.w)
    .join(' ')
  const v = lang.numbers.get(shorter)
  return v === undefined ? best : [best[0] - 1, v, lang.numberLanguages.get(shorter) ?? EN_ES]
}

// A native Korean ninety (아흔, 아흔둘 …) with a particle: an age of 90+ whatever the particle (younger ages said so
// stay words); Sino-Korean numbers spell 이 (two) and 일 (one) themselves, and a copula is left to the age readers.
const HANGUL_WORD = /^아흔\p{Script=Hangul}*$/u
// Particles a Korean number takes when it stands for an age or a count ("아흔이 넘으셨어요", "아흔에", "아흔쯤").
const NUMBER_PARTICLES = ['이', '은', '을', '에', '도', '쯤', '까지', '이나', '밖에']
const KO: ReadonlySet<string> = new Set(['ko'])

/** 아흔 (ninety), or 아흔 and a unit, with a particle written onto it: the number. */
function hangulNumberWithParticle(word: string): Phrase {
  // The pattern opens on 아흔: asked of every word that opens no number, most of which do not start so.
  if (word.length < 3 || !word.startsWith('아흔') || !HANGUL_WORD.test(word)) return undefined
  for (const particle of NUMBER_PARTICLES) {
    if (!word.endsWith(particle) || word.length - particle.length < 2) continue
    const v = languages().numbers.get(word.slice(0, -particle.length))
    if (v !== undefined) return [1, v, KO]
  }
  return undefined
}

const AR: ReadonlySet<string> = new Set(['ar'])

/** An Arabic number with "and" written onto it, as the parts of a compound number are joined ("وخمسمية", "وستة"). */
function arabicNumberAfterAnd(word: string): Phrase {
  if (word.length < 3 || word.charCodeAt(0) !== 0x648) return undefined
  const v = languages().numbers.get(word.slice(1))
  return v === undefined ? undefined : [1, v, AR]
}

/** Another number at `k`, or, after hundreds, "and" and another number ("cento e trinta"). */
function numberFollows(list: readonly Word[], k: number, text: string, phrase: NonNullable<Phrase>): boolean {
  return (
    numberPhraseAt(list, k, text) !== undefined || numberAfterJoiner(list, k, text, phrase[1], phrase[2]) !== undefined
  )
}

// "And" between the parts of a number said in words, in the languages of the tables.
const NUMBER_JOINERS = new Set(['and', 'y', 'e', 'et', 'at', 'i', 'и', 'và'])

/** The number phrase after a joiner at `k` that continues a run whose last group is a multiple of 100. */
function numberAfterJoiner(
  list: readonly Word[],
  k: number,
  text: string,
  lastGroup: number,
  runLanguages: ReadonlySet<string>,
): Phrase {
  if (lastGroup < 100 || lastGroup % 100 !== 0 || !NUMBER_JOINERS.has(list[k]?.w ?? '')) return undefined
  const after = list[k + 1]
  if (!after || !isShortGap(text, list[k]!.end, after.start)) return undefined
  const found = numberPhraseWithLanguages(list, k + 1, text)
  return found && shared(runLanguages, found[2]).size > 0 ? found : undefined
}

/** A one-word number that is also an everyday word somewhere ("dose" is Tagalog 12, "en" Haitian 1, "sau" Vietnamese 6). */
/**
 * Articles Romance languages put before a day of the month said alone ("le 22", "el treinta", "dia nove", "rendez-vous
 * du vingt-six"), with the language each is read in (Spanish "del" is also a dose's: "dos pastillas del cinco").
 */
export const DAY_ARTICLE_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['le', 'fr'],
  ['el', 'es'],
  ['dia', 'pt'],
  ['du', 'fr'],
])

function ambiguous(list: readonly Word[], i: number, used: number): boolean {
  if (used !== 1) return false
  const w = list[i]!.w
  if (DIGIT_VALUES.has(w) || TENS_VALUES.has(w)) return false
  // "le cinq", "el ocho": after a day article of its own language the word is read as the number; whether it is a
  // day is the backstop's question (a date spoken of nearby), so "le cinq" alone stays.
  const article = DAY_ARTICLE_LANGUAGES.get(list[i - 1]?.w ?? '')
  if (article && (languages().numberLanguages.get(w)?.has(article) ?? false)) return false
  return FUNCTION_WORDS.has(w) || isCommonWord(w) || languages().plainWords.has(w)
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  for (const x of a) if (b.has(x)) out.add(x)
  return out
}

// The last text's number tokens: the detector and the backstop read the same text one after the other.
let lastTokens: { text: string; lower: string; tokens: readonly NumberToken[] } | undefined

/** {@link numberTokens} of `words(lower)`, computed once for the same text asked twice in a row (one entry kept). */
export function numberTokensOf(lower: string, text: string): readonly NumberToken[] {
  if (lastTokens !== undefined && lastTokens.text === text && lastTokens.lower === lower) return lastTokens.tokens
  const tokens = numberTokens(words(lower), text)
  lastTokens = { text, lower, tokens }
  return tokens
}

/** A word a table reads as a number only inside a run of its numbers ("sita", Swahili six, is the name Sita too). */
function runNumber(word: string): Phrase {
  const found = languages().runNumbers.get(word)
  return found ? [1, found[0], found[1]] : undefined
}

/** {@link runNumber} at word i when a number of the same language follows it: the first word of a run. */
function runNumberOpening(list: readonly Word[], i: number, text: string): Phrase {
  const own = runNumber(list[i]!.w)
  const next = list[i + 1]
  if (!own || !next || !/^[ \t,-]{1,2}$/.test(text.slice(list[i]!.end, next.start))) return undefined
  // Another run-only word after it opens a run only with a table's number after both ("sat sat shunya…"; "bees sat
  // on the flower" is no number).
  let k = i + 1
  while (
    k < i + 4 &&
    k < list.length &&
    numberPhraseWithLanguages(list, k, text) === undefined &&
    runNumber(list[k]!.w)
  )
    k++
  const after = numberPhraseWithLanguages(list, k, text)
  return after && shared(own[2], after[2]).size > 0 ? own : undefined
}

/** The number tokens of a text: digit words, ordinals, and runs of number words joined by spaces or hyphens. */
function numberTokens(list: readonly Word[], text: string): NumberToken[] {
  const lang = languages()
  const out: NumberToken[] = []
  let i = 0
  while (i < list.length) {
    const w = list[i]!
    // Both digit patterns open with an ASCII digit: a word starting otherwise asks neither.
    const c0 = w.w.charCodeAt(0)
    const digitStart = c0 >= 48 && c0 <= 57
    if (digitStart && DIGITS.test(w.w)) {
      out.push({
        from: i,
        to: i,
        start: w.start,
        end: w.end,
        value: w.w.length <= 6 ? Number(w.w) : undefined,
        digits: true,
        ordinal: false,
        groups: 1,
        spelled: w.w,
      })
      i++
      continue
    }
    const ord = digitStart ? ORDINAL_DIGITS.exec(w.w) : null
    if (ord) {
      out.push({
        from: i,
        to: i,
        start: w.start,
        end: w.end,
        value: Number(ord[1]),
        digits: true,
        ordinal: true,
        groups: 1,
        spelled: ord[1]!,
      })
      i++
      continue
    }
    const ordinalWord = lang.ordinals.get(w.w)
    const tablePhrase = numberPhraseWithLanguages(list, i, text)
    const phrase = tablePhrase ?? runNumberOpening(list, i, text)
    if (!phrase && ordinalWord !== undefined && !ambiguous(list, i, 1)) {
      out.push({
        from: i,
        to: i,
        start: w.start,
        end: w.end,
        value: ordinalWord,
        digits: false,
        ordinal: true,
        groups: 1,
        spelled: String(ordinalWord),
      })
      i++
      continue
    }
    // An everyday word that is also a number ("dose", "en", "nam") starts a number only with another number after it.
    // (A word read only inside runs opens one only with a number after it already.)
    if (
      !phrase ||
      (tablePhrase && ambiguous(list, i, phrase[0]) && !numberFollows(list, i + phrase[0], text, phrase))
    ) {
      i++
      continue
    }
    // A run of spoken groups ("twelve oh three fifty five", "ninety one"): one number, said in one language.
    let j = i + phrase[0] - 1
    let groups = 1
    let value: number | undefined = phrase[1]
    let spelled = String(phrase[1])
    let runLanguages: ReadonlySet<string> = phrase[2]
    let lastGroup = phrase[1]
    while (
      j + 1 < list.length &&
      j + 1 - i < MAX_GROUP_WORDS &&
      /^[ \t,-]{1,2}$/.test(text.slice(list[j]!.end, list[j + 1]!.start))
    ) {
      const found =
        numberPhraseWithLanguages(list, j + 1, text) ??
        (groups >= 2 || numberPhraseAt(list, j + 2, text) || runNumber(list[j + 2]?.w ?? '')
          ? runNumber(list[j + 1]!.w)
          : undefined)
      const common = found ? shared(runLanguages, found[2]) : undefined
      // An everyday word ends the run unless another number follows it: "nine one one", not "dos en la noche".
      const next =
        found &&
        common!.size > 0 &&
        !(groups < 2 && ambiguous(list, j + 1, found[0]) && !numberPhraseAt(list, j + 1 + found[0], text))
          ? found
          : undefined
      if (next) runLanguages = common!
      // "isandaan at labing dalawa", "mil cien y dos": "and" after hundreds or thousands joins the rest of the number.
      const joined = next ? undefined : numberAfterJoiner(list, j + 1, text, lastGroup, runLanguages)
      if (joined) {
        // One number said with its "and": "a hundred and two" is 102, not two groups.
        j += 1 + joined[0]
        value = value !== undefined && joined[1] < lastGroup ? value + joined[1] : undefined
        lastGroup = joined[1]
        spelled = value !== undefined && groups === 1 ? String(value) : spelled + String(joined[1])
        continue
      }
      if (!next) {
        // "the twenty third": a trailing ordinal joins the run.
        const o = lang.ordinals.get(list[j + 1]!.w)
        if (o !== undefined && groups === 1 && value !== undefined && value >= 20 && value % 10 === 0 && o < 10) {
          value += o
          j += 1
          out.push({
            from: i,
            to: j,
            start: w.start,
            end: list[j]!.end,
            value,
            digits: false,
            ordinal: true,
            groups: 1,
            spelled: String(value),
          })
          groups = -1
        }
        break
      }
      // "ciento treinta", "сто сорок": hundreds, then the tens and units said after them, are one number.
      if (
        value !== undefined &&
        groups === 1 &&
        lastGroup >= 100 &&
        lastGroup < 1000 &&
        lastGroup % 100 === 0 &&
        next[1] < 100
      ) {
        j += next[0]
        value += next[1]
        lastGroup = next[1]
        spelled = String(value)
        continue
      }
      // Arabic writes "and" onto each part of one number: "ألف وتسعمائة واثنين وستين" is 1962 (units before tens).
      if (next[2] === AR && value !== undefined) {
        j += next[0]
        value += next[1]
        lastGroup = next[1]
        spelled = String(value)
        continue
      }
      j += next[0]
      groups += 1
      value = undefined
      lastGroup = next[1]
      spelled += String(next[1])
    }
    if (groups !== -1)
      out.push({
        from: i,
        to: j,
        start: w.start,
        end: list[j]!.end,
        value,
        digits: false,
        ordinal: false,
        groups,
        spelled,
      })
    i = j + 1
  }
  return out
}

/**
 * Closed-class words of the languages the engine reads: a number before one of these is not counting anything
 * ("she is ninety two and she…", "91 na po siya", "noventa y uno que…").
 */
// biome-ignore format: packed list
export const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'is', 'was', 'are', 'be', 'she', 'he', 'it', 'they',
  'we', 'i', 'you', 'my', 'her', 'his', 'their', 'our', 'your', 'this', 'that', 'so', 'now', 'then', 'and', 'uh', 'um', 'yes',
  'no', 'not', 'already', 'just', 'too', 'also', 'with', 'for', 'from', 'by', 'as', 'if', 'when', 'since', 'last', 'next',
  'y', 'o', 'e', 'de', 'la', 'el', 'los', 'las', 'que', 'en', 'con', 'por', 'para', 'ya', 'es', 'un', 'una', 'se', 'lo',
  'et', 'ou', 'le', 'les', 'du', 'des', 'est', 'il', 'elle', 'ce', 'da', 'do', 'dos', 'das', 'em', 'no', 'na', 'ela', 'ele',
  'ng', 'sa', 'si', 'ang', 'po', 'ay', 'at', 'ko', 'mo', 'niya', 'siya', 'pa', 'lang', 'li', 'mwen', 'm', 'ak', 'nan',
  'và', 'va', 'là', 'la', 'của', 'cua', 'rồi', 'roi', 'và', 'и', 'а', 'но', 'в', 'на', 'с', 'это', 'она', 'он', 'و', 'في',
])

// 幺 is "one" as said in phone numbers and IDs; groups may be spaced ("幺三八 五五五零 一二四七") or parted by commas
// ("五一五，二七八，四四零九": groups of three or four, seven digits or more in all).
const HAN_DIGITS =
  /[〇零一二三四五六七八九幺](?:[ \t]?[〇零一二三四五六七八九幺]){6,}|[〇零一二三四五六七八九幺]{3,4}(?:[，,、-][ \t]?[〇零一二三四五六七八九幺]{3,4}){1,3}/gu
const HAN_DIGIT_VALUE: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}

const HAN_ZIP =
  /(?:邮编|邮政编码|郵編|郵政編碼|郵遞區號)[：:是为為 \t]{0,3}([〇零一二三四五六七八九幺](?:[ \t]?[〇零一二三四五六七八九幺]){4,8})(?![〇零一二三四五六七八九幺])/gu

// Sino-Korean digits said as syllables, grouped like a phone number ("오오오 공일 삼칠 칠칠"): whole words only, with
// a copula or a particle allowed after the last group ("칠칠이에요").
const HANGUL_DIGITS =
  /(?<!\p{Script=Hangul})[영공일이삼사오육칠팔구](?:[ \t]?[영공일이삼사오육칠팔구]){6,}(?=$|[^\p{Script=Hangul}]|이에요|입니다|이고|이요|예요|이에|이라|이니|이지|요|번)/gu
const HANGUL_DIGIT_VALUE: Readonly<Record<string, string>> = {
  영: '0',
  공: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  칠: '7',
  팔: '8',
  구: '9',
}

/** A run of seven or more digits: a phone number by length or cue, else the identifier its cue announces. */
function digitRun(start: number, end: number, digits: string, lower: string): Span {
  const cue = cueBefore(lower, start)
  const phoneShaped = digits.length === 10 || (digits.length === 11 && digits.startsWith('1'))
  const type = cue && cue !== 'PHONE' ? cue : phoneShaped || cue === 'PHONE' ? 'PHONE' : 'OTHER'
  return { start, end, type, source: 'spoken-digits', canonical: digits }
}

/**
 * Seven or more digits said as number words in any language the engine reads ("six quatre six cinq cinq cinq…",
 * "bốn không tám…", "девять один семь…", 六二六五五五零一四八): a phone number or an identifier, typed by its cue and
 * kept for the vault. A detector, so it outranks the dates and ages read inside the same words ("sept", "chín hai").
 */
export const detectSpokenNumbers: Detector = ({ text, lower }) => {
  const out: Span[] = []
  for (const m of lower.matchAll(HAN_DIGITS)) {
    const digits = [...m[0]].map((c) => HAN_DIGIT_VALUE[c] ?? '').join('')
    if (digits.length >= 7) out.push(digitRun(m.index, m.index + m[0].length, digits, lower))
  }
  // "邮编 一一三五四": five to nine Han digits after a postal-code cue are a ZIP code (a run needs seven otherwise).
  for (const m of lower.matchAll(HAN_ZIP)) {
    const start = m.index + m[0].length - m[1]!.length
    const digits = [...m[1]!].map((c) => HAN_DIGIT_VALUE[c] ?? '').join('')
    out.push({ start, end: m.index + m[0].length, type: 'ZIP', source: 'spoken-digits', canonical: digits })
  }
  for (const m of lower.matchAll(HANGUL_DIGITS)) {
    const digits = [...m[0]].map((c) => HANGUL_DIGIT_VALUE[c] ?? '').join('')
    out.push(digitRun(m.index, m.index + m[0].length, digits, lower))
  }
  for (const token of numberTokensOf(lower, text)) {
    // Seven digits said aloud, or four or more said one by one ("سبعة ثلاثة اثنين واحد تسعة"): nobody counts digit by
    // digit, so such a run is an identifier read out whatever its length.
    const oneByOne = token.groups >= 4 && token.spelled.length === token.groups
    if (!token.digits && (token.spelled.length >= 7 || oneByOne))
      out.push(digitRun(token.start, token.end, token.spelled, lower))
  }
  return out
}
