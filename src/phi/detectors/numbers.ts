/**
 * Numbers fail closed. A number the detectors left (digits, or number words of any language the engine reads) is
 * kept only when its context claims it as a clinical or everyday quantity: a unit or count after it, a vital, lab,
 * dose, time or price cue before it, a score or blood pressure, a time of day, a decimal, a percentage, a year alone,
 * an age under 90, a list position. Any other number could be a day, an age of 90+, a house number or part of an ID,
 * and is redacted (never tokenized: see `redactOnly` in deidentify).
 */
import { languages, type PhraseSet } from '../languages'
import { DIGIT_WORDS, TENS_WORDS, words, type Word } from '../spoken'
import { isClinicalTerm, isCommonWord, isSlang } from '../lexicon'
import { isTaper } from './chars'
import { cueBefore } from './cues'
import type { Detector, Span } from './types'

/** The `source` of the spans this pass adds; deidentify redacts them without minting a token. */
export const NUMBER_BACKSTOP = 'number-backstop'

const DIGITS = /^\d+$/
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|ème|o|a|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma|°)$/
// Rank nouns after an ordinal: "the third floor", "2nd dose", not a day.
// biome-ignore format: packed list
const RANK_NOUNS = new Set([
  'floor', 'time', 'times', 'dose', 'doses', 'shot', 'shots', 'round', 'grade', 'place', 'option', 'attempt', 'visit', 'week',
  'weeks', 'month', 'months', 'day', 'trimester', 'baby', 'child', 'kid', 'pregnancy', 'opinion', 'line', 'page', 'step',
  'cycle', 'session', 'refill', 'try', 'one', 'ones', 'degree', 'piso', 'vez', 'dosis', 'semana', 'mes', 'etage', 'étage',
  'fois', 'lan', 'lần', 'andar', 'vez', 'semana', 'trimestre', 'shift', 'percentile', 'birthday', 'bday', 'anniversary',
  'year', 'period', 'class', 'quarter', 'inning', 'lap', 'child', 'grandchild', 'cousin', 'marriage', 'wife', 'husband',
])
// Words that make the number an address or an identifier, whatever follows: never a claim for a count.
// biome-ignore format: packed list
const ADDRESS_BEFORE = new Set([
  'at', 'on', 'apt', 'apartment', 'unit', 'suite', 'ste', 'box', 'lot', 'number', 'no', 'num', 'nr', 'house', 'address',
  'calle', 'avenida', 'rue', 'rua', 'live', 'lives', 'living', 'vivo', 'vive', 'moro', 'mora', 'habite', 'ul', 'dom',
  'zip', 'code', 'id', 'mrn', 'account', 'member', 'policy', 'claim', 'case', 'ticket', 'order', 'ext', 'extension',
])
const MAX_GROUP_WORDS = 12
const CONJUNCTIONS = new Set(['and', 'or', 'y', 'o', 'et', 'ou', 'e', 'at', 'и', 'và'])

/** A number written in the text: digits, or a run of number words read as one. */
interface NumberToken {
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

const has = Object.prototype.hasOwnProperty

const EN_ES: ReadonlySet<string> = new Set(['en', 'es'])

/** The longest number phrase (a language table's number word or words) starting at word i: [words used, value]. */
export function numberPhraseAt(list: readonly Word[], i: number, text: string): [number, number] | undefined {
  const found = numberPhraseWithLanguages(list, i, text)
  return found ? [found[0], found[1]] : undefined
}

type Phrase = [number, number, ReadonlySet<string>] | undefined
// Per word list (one text), the number phrase starting at each word: several passes ask for the same ones. NO_PHRASE
// stands for none found, so one look-up answers.
const NO_PHRASE = null
const phraseMemo = new WeakMap<readonly Word[], Map<number, Phrase | typeof NO_PHRASE>>()

/** {@link numberPhraseAt} with the languages whose tables hold the phrase. */
function numberPhraseWithLanguages(list: readonly Word[], i: number, text: string): Phrase {
  let memo = phraseMemo.get(list)
  if (!memo) phraseMemo.set(list, (memo = new Map()))
  const known = memo.get(i)
  if (known !== undefined) return known === NO_PHRASE ? undefined : known
  const found = findNumberPhrase(list, i, text)
  memo.set(i, found ?? NO_PHRASE)
  return found
}

function findNumberPhrase(list: readonly Word[], i: number, text: string): Phrase {
  const lang = languages()
  const word = list[i]
  if (!word) return undefined
  const first = word.w
  const longest = lang.numberFirstWords.get(first)
  if (longest === undefined) {
    if (has.call(DIGIT_WORDS, first) && first !== 'o') return [1, Number(DIGIT_WORDS[first]), EN_ES]
    if (has.call(TENS_WORDS, first)) return [1, TENS_WORDS[first]!, EN_ES]
    return undefined
  }
  let best: [number, number, ReadonlySet<string>] | undefined
  let phrase = ''
  for (let k = 0; k < longest && i + k < list.length; k++) {
    const w = list[i + k]!
    if (k > 0 && !/^[ \t-]{1,2}$/.test(text.slice(list[i + k - 1]!.end, w.start))) break
    phrase = k === 0 ? w.w : `${phrase} ${w.w}`
    const v = lang.numbers.get(phrase)
    if (v !== undefined) best = [k + 1, v, lang.numberLanguages.get(phrase) ?? EN_ES]
    else if (k === 0) {
      if (has.call(DIGIT_WORDS, w.w) && w.w !== 'o') best = [1, Number(DIGIT_WORDS[w.w]), EN_ES]
      else if (has.call(TENS_WORDS, w.w)) best = [1, TENS_WORDS[w.w]!, EN_ES]
    }
  }
  return best
}

/** A one-word number that is also an everyday word somewhere ("dose" is Tagalog 12, "en" Haitian 1, "sau" Vietnamese 6). */
function ambiguous(list: readonly Word[], i: number, used: number): boolean {
  if (used !== 1) return false
  const w = list[i]!.w
  if (has.call(DIGIT_WORDS, w) || has.call(TENS_WORDS, w)) return false
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
function numberTokensOf(lower: string, text: string): readonly NumberToken[] {
  if (lastTokens !== undefined && lastTokens.text === text && lastTokens.lower === lower) return lastTokens.tokens
  const tokens = Object.freeze(numberTokens(words(lower), text))
  lastTokens = { text, lower, tokens }
  return tokens
}

/** The number tokens of a text: digit words, ordinals, and runs of number words joined by spaces or hyphens. */
function numberTokens(list: readonly Word[], text: string): NumberToken[] {
  const lang = languages()
  const out: NumberToken[] = []
  let i = 0
  while (i < list.length) {
    const w = list[i]!
    if (DIGITS.test(w.w)) {
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
    const ord = ORDINAL_DIGITS.exec(w.w)
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
    const phrase = numberPhraseWithLanguages(list, i, text)
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
    if (!phrase || (ambiguous(list, i, phrase[0]) && !numberPhraseAt(list, i + phrase[0], text))) {
      i++
      continue
    }
    // A run of spoken groups ("twelve oh three fifty five", "ninety one"): one number, said in one language.
    let j = i + phrase[0] - 1
    let groups = 1
    let value: number | undefined = phrase[1]
    let spelled = String(phrase[1])
    let runLanguages: ReadonlySet<string> = phrase[2]
    while (
      j + 1 < list.length &&
      j + 1 - i < MAX_GROUP_WORDS &&
      /^[ \t,-]{1,2}$/.test(text.slice(list[j]!.end, list[j + 1]!.start))
    ) {
      const found = numberPhraseWithLanguages(list, j + 1, text)
      const common = found ? shared(runLanguages, found[2]) : undefined
      // An everyday word ends the run unless another number follows it: "nine one one", not "dos en la noche".
      const next =
        found &&
        common!.size > 0 &&
        !(groups < 2 && ambiguous(list, j + 1, found[0]) && !numberPhraseAt(list, j + 1 + found[0], text))
          ? found
          : undefined
      if (next) runLanguages = common!
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
      j += next[0]
      groups += 1
      value = undefined
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

/** Whether the words right after index `to` form a phrase of `set` (up to its longest phrase). */
function phraseAfter(list: readonly Word[], to: number, text: string, set: PhraseSet): boolean {
  if (!set.firstWords.has(list[to + 1]?.w ?? '')) return false
  let phrase = ''
  for (let k = 1; k <= set.maxWords && to + k < list.length; k++) {
    const w = list[to + k]!
    const gap = text.slice(list[to + k - 1]!.end, w.start)
    if (k === 1 ? !/^[ \t-]{0,2}$/.test(gap) : !/^[ \t'-]{1,2}$/.test(gap)) break
    phrase = k === 1 ? w.w : `${phrase} ${w.w}`
    if (set.phrases.has(phrase)) return true
  }
  return false
}

// Linking words allowed between a cue and its number: "temp was 101", "sugar of 250", "sats fell to 88".
// biome-ignore format: packed list
const LINKS = new Set([
  'is', 'was', 'of', 'at', 'es', 'de', 'around', 'about', 'like', 'are', 'were', 'est', 'é', 'la', 'el', 'fell', 'dropped',
  'went', 'goes', 'running', 'runs', 'reads', 'read', 'came', 'up', 'down', 'to', 'now', 'still', 'only', 'just', 'over',
  'under', 'near', 'almost', 'been', 'stays', 'stayed', 'back', 'in', 'the', 'high', 'low', 'a', 'an', 'with', 'this', 'morning',
])

/** Whether the words right before index `from` form a phrase of `set`, with at most one linking word between. */
function phraseBefore(list: readonly Word[], from: number, text: string, set: PhraseSet): boolean {
  for (const skip of [0, 1, 2]) {
    const last = from - 1 - skip
    if (last < 0) return false
    if (skip > 0 && !LINKS.has(list[from - skip]!.w)) return false
    if (
      !set.lastWords.has(list[last]!.w) ||
      !/^[ \t:=#(-]{0,3}$/.test(text.slice(list[last]!.end, list[last + 1]!.start))
    )
      continue
    let phrase = ''
    for (let k = 0; k < set.maxWords && last - k >= 0; k++) {
      const w = list[last - k]!
      if (k > 0 && !/^[ \t'-]{1,2}$/.test(text.slice(w.end, list[last - k + 1]!.start))) break
      phrase = k === 0 ? w.w : `${w.w} ${phrase}`
      if (set.phrases.has(phrase)) return true
    }
  }
  return false
}

// Closed-class words of the languages the engine reads: a number before one of these is not counting anything
// ("she is ninety two and she…", "91 na po siya", "noventa y uno que…").
// biome-ignore format: packed list
const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'is', 'was', 'are', 'be', 'she', 'he', 'it', 'they',
  'we', 'i', 'you', 'my', 'her', 'his', 'their', 'our', 'your', 'this', 'that', 'so', 'now', 'then', 'and', 'uh', 'um', 'yes',
  'no', 'not', 'already', 'just', 'too', 'also', 'with', 'for', 'from', 'by', 'as', 'if', 'when', 'since', 'last', 'next',
  'y', 'o', 'e', 'de', 'la', 'el', 'los', 'las', 'que', 'en', 'con', 'por', 'para', 'ya', 'es', 'un', 'una', 'se', 'lo',
  'et', 'ou', 'le', 'les', 'du', 'des', 'est', 'il', 'elle', 'ce', 'da', 'do', 'dos', 'das', 'em', 'no', 'na', 'ela', 'ele',
  'ng', 'sa', 'si', 'ang', 'po', 'ay', 'at', 'ko', 'mo', 'niya', 'siya', 'pa', 'lang', 'li', 'mwen', 'm', 'ak', 'nan',
  'và', 'va', 'là', 'la', 'của', 'cua', 'rồi', 'roi', 'và', 'и', 'а', 'но', 'в', 'на', 'с', 'это', 'она', 'он', 'و', 'في',
])

/** A word a count may precede: a known everyday or clinical word, lower case, not a month, weekday or street word. */
// biome-ignore format: packed list
const NOT_COUNTED = new Set([
  'please', 'pls', 'plz', 'thanks', 'thank', 'thx', 'ty', 'ok', 'okay', 'gracias', 'porfa', 'favor', 'again', 'instead',
  'today', 'tomorrow', 'tonight', 'hoy', 'mañana', 'manana', 'entonces', 'también', 'tambien', 'bye', 'obrigado',
  'obrigada', 'merci', 'then', 'works',
])

function isCountNoun(word: Word | undefined, text: string): boolean {
  if (!word) return false
  const lang = languages()
  const w = word.w
  if (FUNCTION_WORDS.has(w) || !/\p{L}/u.test(w)) return false
  // A closing word or an adverb of time after a number counts nothing ("el diecinueve gracias", "the 19th tomorrow").
  if (NOT_COUNTED.has(w) || lang.signOffs.firstWords.has(w)) return false
  if (lang.months.has(w) || lang.weekdays.has(w) || lang.streetWords.phrases.has(w)) return false
  const raw = text.slice(word.start, word.end)
  if (raw !== w && /^\p{Lu}/u.test(raw)) return false
  return isCommonWord(w) || isClinicalTerm(w) || isSlang(w) || lang.words.has(w)
}

/** Characters right after a number that claim it: %, degrees, a decimal part, a time's colon, "x" counts, a unit glued. */
const CLAIMING_AFTER = /^(?:\s?%|\s?°|[.,]\d{1,2}(?![\d.,/-])|:\d{2}|\s?(?:x|×)(?![\p{L}])|\+(?!\d))/u
const CLAIMING_BEFORE = /(?:[$€£¥₱₩₫]\s?|(?:^|[^\p{L}\p{N}])[x×]|\d[.,]|\d:|[<>≤≥~±]\s?)$/u
const LIST_POSITION = /(?:^|\n)[ \t]*$/
// A score out of 10 or 100 with the score first (7/10); "10/4" is a date, so x/4 and x/5 stay unclaimed.
const SCORE = /^\/\s?(10|100)(?![\d/])/
const BLOOD_PRESSURE = /^\/\s?(\d{2,3})(?![\d/])/

const SPOKEN_SCORE = /([\p{L}\p{N}]+)[ \t]+(?:out of|of|de|sobre|sur|em|на|из)[ \t]+$/u
// Cues that make "N of 10" a date or part of an identifier rather than a score.
const NOT_A_SCORE =
  /(?:dob|d\.o\.b|born|birth|birthday|nac|naci|né|née|nasc|fecha|date|data|surgery|cirug|since|desde|policy|number|n[uú]mero|ends|termina|id|card|tarjeta|on the|el d[ií]a)/u

/** The value of one number word or digit group in any language the tables know. */
function numberValue(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word)
  return languages().numbers.get(word)
}
const PAIR_AFTER = /^\/\s?(\d{1,4})(?![\d/])/
const PAIR_BEFORE = /(?<![\d/])(\d{1,2})\s?\/\s?$/

/** The slash pair around a number when it reads as a date (a month, then a day or a year; not 1/2 or 3/4). */
function datePairAround(text: string, token: NumberToken): [number, number] | undefined {
  const after = PAIR_AFTER.exec(text.slice(token.end, token.end + 7))
  const before = after ? null : PAIR_BEFORE.exec(text.slice(Math.max(0, token.start - 6), token.start))
  if (token.value === undefined || (!after && !before)) return undefined
  const [month, rest] = after ? [token.value, Number(after[1])] : [Number(before![1]), token.value]
  const second = after ? after[1]! : String(token.value)
  if (month < 1 || month > 12 || (month < rest && rest <= 8)) return undefined
  if (!((rest >= 1 && rest <= 31) || second.length === 2 || (rest >= 1900 && rest <= 2099))) return undefined
  return after ? [token.start, token.end + after[0].length] : [token.start - before![0].length, token.end]
}

/** Why a number is safe, or undefined when nothing claims it. */
function claim(token: NumberToken, list: readonly Word[], text: string, lower: string): string | undefined {
  const lang = languages()
  // Three or more number groups said in a row are an identifier or a date, never one quantity.
  if (token.groups >= 3) return undefined
  const after = text.slice(token.end, token.end + 12)
  const before = text.slice(Math.max(0, token.start - 6), token.start)
  if (CLAIMING_AFTER.test(after)) return 'notation'
  if (CLAIMING_BEFORE.test(before)) return 'notation'
  // Scores and blood pressure: 7/10, 148/92 (the second half is claimed by the slash before it).
  const score = SCORE.exec(after)
  if (token.digits && score && token.value !== undefined && token.value <= Number(score[1])) return 'score'
  const bp = BLOOD_PRESSURE.exec(after)
  if (
    token.digits &&
    bp &&
    token.value !== undefined &&
    token.value >= 70 &&
    token.value <= 260 &&
    Number(bp[1]) >= 30 &&
    Number(bp[1]) < token.value
  ) {
    return 'blood pressure'
  }
  if (token.digits && /\/\s?$/.test(before)) {
    const m = /(\d{2,3})\s?\/\s?$/.exec(text.slice(Math.max(0, token.start - 8), token.start))
    if (
      m &&
      Number(m[1]) >= 70 &&
      Number(m[1]) <= 260 &&
      token.value !== undefined &&
      token.value >= 30 &&
      token.value < Number(m[1])
    )
      return 'blood pressure'
    const over = /(\d{1,3})\s?\/\s?$/.exec(text.slice(Math.max(0, token.start - 6), token.start))
    if ((token.value === 10 || token.value === 100) && over && Number(over[1]) <= token.value) return 'score'
  }
  // A score said in words: "five out of ten", "cinco de diez", "sept sur dix": a number no larger than the scale
  // before it, and no date, birth or identifier cue in the clause ("dob 3 of 10", "ends in 4 of 100" stay unclaimed).
  if (token.value === 10 || token.value === 100) {
    const head = lower.slice(Math.max(0, token.start - 48), token.start)
    const score = SPOKEN_SCORE.exec(head)
    const points = score ? numberValue(score[1]!) : undefined
    if (points !== undefined && points <= token.value && !NOT_A_SCORE.test(head)) return 'score'
  }
  const ageUnder90 = token.value !== undefined && token.value < 90 && !token.ordinal
  if (phraseAfter(list, token.to, text, lang.yearsOld)) return ageUnder90 ? 'age' : undefined
  if (ageUnder90 && phraseBefore(list, token.from, text, lang.ageBefore)) return 'age'
  if (token.ordinal) {
    // "the fifteenth and sixteenth doses": ordinals joined by and/or/commas share the rank noun after the last one.
    let k = token.to + 1
    while (
      list[k] &&
      (CONJUNCTIONS.has(list[k]!.w) || lang.ordinals.has(list[k]!.w) || ORDINAL_DIGITS.test(list[k]!.w)) &&
      k - token.to < 6
    )
      k++
    const next = list[k]
    if (next && (RANK_NOUNS.has(next.w) || phraseAfter(list, k - 1, text, lang.unitsAfter))) return 'rank'
    return undefined
  }
  if (phraseAfter(list, token.to, text, lang.unitsAfter)) return 'unit'
  // A time of day: "at 930 tomorrow", "at two thirty", "by 1045 tonight".
  const prevWord = list[token.from - 1]?.w
  if (prevWord && TIME_BEFORE.has(prevWord)) {
    const next = list[token.to + 1]?.w
    if (token.digits && token.value !== undefined && isClock(token.value) && (!next || TIME_AFTER.has(next)))
      return 'time'
    if (!token.digits && token.groups === 2 && /^(?:[1-9]|1[0-2])(?:0[0-9]|[1-5][0-9])$/.test(token.spelled))
      return 'time'
  }
  if (phraseBefore(list, token.from, text, lang.cuesBefore)) return 'cue'
  // A month/year or month/day pair ("colonoscopy 8/87", "seen 10/4") is a date whatever clinical word precedes it.
  if (token.digits && datePairAround(text, token)) return undefined
  // A dose right after the drug: "lyrica 75", "metformin 500".
  const drug = list[token.from - 1]
  if (drug && isClinicalTerm(drug.w) && /^[ \t]{1,2}$/.test(text.slice(drug.end, token.start))) return 'dose'
  // A range or a list of quantities sharing one unit: "3-4 days", "2 or 3 times", "40-30-20-10 mg".
  const range = /^\s?(?:-|–|to|or|a|o|y|and|ou|à)\s?(\d{1,4}|[\p{L}]+)/u.exec(after)
  if (range) {
    const idx = list.findIndex((w, k) => k > token.to && w.start >= token.end + range[0].length - range[1]!.length)
    if (idx > 0) {
      const nextNumber = DIGITS.test(list[idx]!.w) || lang.numbers.has(list[idx]!.w)
      if (nextNumber && (phraseAfter(list, idx, text, lang.unitsAfter) || isCountNoun(list[idx + 1], text)))
        return 'range'
    }
  }
  if (
    token.value !== undefined &&
    token.value >= 1900 &&
    token.value <= 2099 &&
    (token.digits ? token.end - token.start === 4 : true)
  ) {
    // A year alone; a year followed by a street or a capitalised word may be a house number.
    const next = list[token.to + 1]
    if (!next || !(lang.streetWords.phrases.has(next.w) || /^\p{Lu}/u.test(text.slice(next.start, next.end))))
      return 'year'
  }
  // A list position opening a line: "1. take with food", "2) call back".
  if (
    token.digits &&
    LIST_POSITION.test(text.slice(Math.max(0, token.start - 20), token.start)) &&
    /^[.)]\s/.test(after)
  )
    return 'list'
  // A count: "2 kids", "three refills", "dos pastillas" — not after an address or ID cue.
  const prev = list[token.from - 1]
  const nextWord = list[token.to + 1]
  if (
    nextWord &&
    /^[ \t]{1,2}$/.test(text.slice(token.end, nextWord.start)) &&
    isCountNoun(nextWord, text) &&
    !(prev && ADDRESS_BEFORE.has(prev.w))
  ) {
    // "the 15 of march" is a day: a count noun, not a date joiner or month.
    if (!lang.dateJoiners.phrases.has(nextWord.w) || !lang.months.has(list[token.to + 2]?.w ?? '')) return 'count'
  }
  void lower
  return undefined
}

const TIME_BEFORE = new Set([
  'at',
  'by',
  'around',
  'before',
  'after',
  'until',
  'til',
  'till',
  'from',
  'a',
  'las',
  'à',
  'vers',
  'às',
])
const TIME_AFTER = new Set([
  'tomorrow',
  'today',
  'tonight',
  'am',
  'pm',
  'this',
  'tmrw',
  'tmr',
  'mañana',
  'hoy',
  'demain',
])

/** 930, 1045: hours and minutes written without the colon. */
function isClock(n: number): boolean {
  const h = Math.floor(n / 100)
  const m = n % 100
  return n >= 100 && h >= 1 && h <= 12 && m < 60
}

// Public service numbers: 911, 988 (crisis line), 411, 311, 211.
const SERVICE_NUMBERS = new Set(['911', '988', '411', '311', '211', '112'])

/** Whether a number token can identify at all: a lone digit ("3", "two") names no day past the 9th, no age, no ID. */
function canIdentify(token: NumberToken, list: readonly Word[]): boolean {
  if (SERVICE_NUMBERS.has(token.spelled)) return false
  if (token.digits && !token.ordinal)
    return token.value === undefined || token.value >= 10 || token.end - token.start > 1
  if (token.ordinal) return true
  if (token.from !== token.to) return true
  return token.value !== undefined && token.value >= 10 && list[token.from]!.w.length > 1
}

/**
 * Number spans nothing claims, outside the given (resolved) spans. `text` and `lower` are the scanned text (placeholders
 * blanked), so an engine placeholder never reads as a number.
 */
export function unclaimedNumbers(text: string, lower: string, spans: readonly Span[]): Span[] {
  if (!/[0-9]|\p{L}/u.test(lower)) return []
  const list = words(lower)
  if (list.length === 0) return []
  const out: Span[] = []
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let s = 0
  // The last number a context claimed: a reading right after it in a list is claimed too ("sugars 110 118 132").
  let lastClaimed: NumberToken | undefined
  let lastUnclaimed: NumberToken | undefined
  for (const token of numberTokensOf(lower, text)) {
    while (s < sorted.length && sorted[s]!.end <= token.start) s++
    const covering = sorted[s]
    if (covering && covering.start < token.end) continue
    const pair = token.digits ? datePairAround(text, token) : undefined
    if (pair && claim(token, list, text, lower) === undefined) {
      out.push({ start: pair[0], end: pair[1], type: 'DATE', source: NUMBER_BACKSTOP })
      continue
    }
    if (!canIdentify(token, list)) continue
    const series =
      lastClaimed &&
      token.digits &&
      lastClaimed.digits &&
      /^[ \t,;-]{1,3}$/.test(text.slice(lastClaimed.end, token.start)) &&
      Math.abs(lastClaimed.spelled.length - token.spelled.length) <= 1
    // A digit group right after an unclaimed one is the next group of the same card or ID ("0019 4471 2280 3311"),
    // whatever follows it.
    const sameId =
      lastUnclaimed &&
      token.digits &&
      lastUnclaimed.digits &&
      /^[ \t.-]$/.test(text.slice(lastUnclaimed.end, token.start))
    if (sameId) {
      lastUnclaimed = token
      out.push({ start: token.start, end: token.end, type: 'OTHER', source: NUMBER_BACKSTOP })
      continue
    }
    lastUnclaimed = undefined
    if (series || inTaper(token, text) || claim(token, list, text, lower) !== undefined) {
      lastClaimed = token
      continue
    }
    lastClaimed = undefined
    lastUnclaimed = token
    out.push({ start: token.start, end: token.end, type: 'OTHER', source: NUMBER_BACKSTOP })
  }
  return out
}

// 幺 is "one" as said in phone numbers and IDs; groups may be spaced ("幺三八 五五五零 一二四七").
const HAN_DIGITS = /[〇零一二三四五六七八九幺](?:[ \t]?[〇零一二三四五六七八九幺]){6,}/gu
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
    out.push(digitRun(m.index, m.index + m[0].length, [...m[0]].map((c) => HAN_DIGIT_VALUE[c] ?? '').join(''), lower))
  }
  for (const m of lower.matchAll(HANGUL_DIGITS)) {
    const digits = [...m[0]].map((c) => HANGUL_DIGIT_VALUE[c] ?? '').join('')
    out.push(digitRun(m.index, m.index + m[0].length, digits, lower))
  }
  for (const token of numberTokensOf(lower, text)) {
    if (!token.digits && token.spelled.length >= 7) out.push(digitRun(token.start, token.end, token.spelled, lower))
  }
  return out
}

/** A number inside a dose taper ("60-45-30-15"): falling steps, not a phone or an ID. */
function inTaper(token: NumberToken, text: string): boolean {
  if (!token.digits) return false
  let a = token.start
  let b = token.end
  while (a > 0 && /[\d-]/.test(text[a - 1]!)) a--
  while (b < text.length && /[\d-]/.test(text[b]!)) b++
  const group = text.slice(a, b)
  return group.split('-').length >= 3 && isTaper(group)
}

// Digits written straight after Han characters ("我住在2150 Stockton St"): the word scanner reads "在2150" as one
// word, so the number contexts above never see it. Three or more digits there, with no unit or clinical cue around.
const HAN_GLUED = /(?<=\p{Script=Han})\d{3,6}(?![\d.,:/%])/gu

/** Numbers glued to Han text that no unit or cue claims: redacted like every other unclaimed number. */
export function hanGluedNumbers(text: string, lower: string, spans: readonly Span[]): Span[] {
  const units = unitNumbers(lower, spans)
  if (!/\p{Script=Han}\d/u.test(text)) return units
  const lang = languages()
  const out: Span[] = []
  for (const m of lower.matchAll(HAN_GLUED)) {
    const start = m.index
    const end = start + m[0].length
    if (spans.some((s) => s.start < end && s.end > start)) continue
    const after = lower.slice(end, end + 8).trimStart()
    const before = lower.slice(Math.max(0, start - 8), start)
    if (
      lang.unitsAfter.unspaced.some((u) => after.startsWith(u)) ||
      lang.cuesBefore.unspaced.some((c) => before.endsWith(c))
    )
      continue
    if (lang.unitsAfter.phrases.has((/^[\p{L}]+/u.exec(after) ?? [''])[0])) continue
    if (/^(?:19|20)\d{2}$/.test(m[0]) && /^年/.test(after)) continue
    out.push({ start, end, type: 'OTHER', source: NUMBER_BACKSTOP })
  }
  return [...out, ...units.filter((u) => !out.some((o) => o.start < u.end && o.end > u.start))]
}

// A flat, room or house number written with its unit character: "301호", "2B室", "4120号" (three digits or more: a
// day of the month written with 号 has two at most).
const UNIT_NUMBER = /(?<![\p{L}\p{N}])(?:\d{1,5}[a-z]?(?=室|호(?!선))|\d{3,5}(?=号|號))/gu

function unitNumbers(lower: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const m of lower.matchAll(UNIT_NUMBER)) {
    const start = m.index
    const end = start + m[0].length
    if (m[0].length < 2 || spans.some((s) => s.start < end && s.end > start)) continue
    out.push({ start, end, type: 'OTHER', source: NUMBER_BACKSTOP })
  }
  return out
}
