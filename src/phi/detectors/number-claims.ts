/**
 * The contexts that claim a number as a clinical or everyday quantity (a unit or count after it, a cue before it, a
 * score, a blood pressure, a time, a year, a rank, a list position) and the word tables they weigh. Kept apart from
 * the backstop in numbers.ts, which redacts whatever none of these claims.
 */
import { languages, mainLatinLanguagesOfWords, type PhraseSet } from '../languages'
import type { Word } from '../spoken'
import { isClinicalTerm, isCommonWord, isSlang } from '../lexicon'
import { DAY_ARTICLE_LANGUAGES, DIGITS, FUNCTION_WORDS, type NumberToken, ORDINAL_DIGITS } from './spoken-numbers'

export { DAY_ARTICLE_LANGUAGES }
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isShortGap } from './chars'

const ENGLISH_HOMOGRAPH_CUES = new Set(['as'])
// Nouns after the digits of an identifier read out in part ("the 0148 number", "ending 0183 line").
const IDENTIFIER_NOUNS = new Set(['number', 'numbers', 'line', 'ext', 'extension', 'número', 'numero', 'numéro'])
// Rank nouns after an ordinal: "the third floor", "2nd dose", not a day.
// biome-ignore format: packed list
const RANK_NOUNS = new Set([
  'floor', 'time', 'times', 'dose', 'doses', 'shot', 'shots', 'round', 'grade', 'place', 'option', 'attempt', 'visit', 'week',
  'weeks', 'month', 'months', 'day', 'trimester', 'baby', 'child', 'kid', 'pregnancy', 'opinion', 'line', 'page', 'step',
  'cycle', 'session', 'refill', 'try', 'one', 'ones', 'degree', 'piso', 'vez', 'dosis', 'semana', 'mes', 'etage', 'étage',
  'fois', 'lan', 'lần', 'andar', 'vez', 'semana', 'trimestre', 'shift', 'percentile', 'birthday', 'bday', 'anniversary',
  'year', 'period', 'class', 'quarter', 'inning', 'lap', 'child', 'grandchild', 'cousin', 'marriage', 'wife', 'husband',
])
// Words that make the number after them a code or an identifier, even one that reads as a year ("gate code 1947").
// biome-ignore format: packed list
const IDENTIFIER_BEFORE = new Set([
  'code', 'codes', 'id', 'number', 'no', 'num', 'nr', 'apt', 'apartment', 'unit', 'suite', 'ste', 'box', 'lot', 'room',
  'rm', 'mrn', 'account', 'member', 'policy', 'claim', 'case', 'ticket', 'order', 'ext', 'extension', 'pin', 'password',
  'passcode', 'zip', 'código', 'codigo', 'número', 'numero', 'numéro', 'clave', 'contraseña', 'senha', 'код', 'номер',
  'mã', 'số', 'kòd', 'nimewo', 'numéro', 'رمز', 'رقم', 'كود', 'الرمز', 'الرقم', 'الكود', '비밀번호', '번호', '코드',
  '암호', 'квартира', 'квартиры', 'кв', 'شقة', 'شقه', 'apartamento', 'apto', 'depto', 'departamento', 'appartement',
  'appt',
])
// A Korean identifier word takes a particle ("비밀번호는 1952"); a Han one is written onto its verb ("密码是1952").
const HANGUL_PARTICLE_AT_END = /(?:는|은|이|가|도)$/u
const HAN_IDENTIFIER_AT_END = /(?:密码|密碼|号码|號碼|编号|編號|代码|代碼)(?:是|为|為)?$/u
// Words that make the number an address or an identifier, whatever follows: never a claim for a count.
// biome-ignore format: packed list
const ADDRESS_BEFORE = new Set([
  ...IDENTIFIER_BEFORE, 'at', 'on', 'house', 'address', 'calle', 'avenida', 'rue', 'rua', 'live', 'lives', 'living',
  'vivo', 'vive', 'moro', 'mora', 'habite', 'ul', 'dom',
])

// "is", "was", and the adverbs that leave a value as it was: "the gate code is still 1946", "código sigue siendo".
// biome-ignore format: packed list
const VALUE_LINKS = new Set([
  'is', 'was', 'es', 'est', 'é', 'still', 'now', 'also', 'just', 'always', 'sigue', 'todavía', 'todavia', 'toujours',
  'ainda', 'siendo',
])

/** The word before index `from`, past up to two of "is", "was", "still", "es". */
function wordBefore(list: readonly Word[], from: number): string {
  let k = from - 1
  while (k >= from - 2 && VALUE_LINKS.has(list[k]?.w ?? '')) k--
  return list[k]?.w ?? ''
}

/** The word before index `from` (past up to two of "is", "was", "still", "es") is a code or identifier word. */
function identifierBefore(list: readonly Word[], from: number): boolean {
  let k = from - 1
  while (k >= from - 2 && VALUE_LINKS.has(list[k]?.w ?? '')) k--
  const w = list[k]?.w ?? ''
  return (
    IDENTIFIER_BEFORE.has(w) ||
    IDENTIFIER_BEFORE.has(w.replace(HANGUL_PARTICLE_AT_END, '')) ||
    HAN_IDENTIFIER_AT_END.test(w)
  )
}

const CONJUNCTIONS = new Set(['and', 'or', 'y', 'o', 'et', 'ou', 'e', 'at', 'и', 'và'])

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
  // The same links in the other languages of the tables: "sáng nay là", "tá dando", "اليوم الصبح", "сейчас", "ngayon ay".
  'today', 'tonight', 'hoy', 'estaba', 'está', 'esta', 'salió', 'dio', 'tá', 'dando', 'deu', 'estava', 'foi', 'hoje',
  'sáng', 'nay', 'là', 'hôm', 'được', 'сейчас', 'сегодня', 'утром', 'было', 'был', 'была', 'اليوم', 'الصبح', 'الصباح',
  'النهارده', 'كان', 'كانت', 'ngayon', 'ay', 'kanina', 'kaninang', 'umaga', 'po', 'jodi', 'te', 'se', 'était',
  "aujourd'hui", 'ce', 'matin',
  // Spanish and Portuguese readings said with their verb: "el azúcar me salió en 190", "amaneció en", "subiu pra".
  'en', 'me', 'le', 'sale', 'salio', 'marca', 'marcó', 'marco', 'amaneció', 'amanecio', 'subió', 'subio', 'bajó', 'sigue',
  'anda', 'andaba', 'em', 'pra', 'para', 'subiu', 'baixou',
])
// How many link words may stand between a cue and its number ("đường huyết sáng nay là 312").
const MAX_LINKS = 4

/** Whether the words right before index `from` form a phrase of `set`, with at most one linking word between. */
function phraseBefore(list: readonly Word[], from: number, text: string, set: PhraseSet): boolean {
  for (let skip = 0; skip <= MAX_LINKS; skip++) {
    const last = from - 1 - skip
    if (last < 0) return false
    if (skip > 0 && !LINKS.has(list[from - skip]!.w)) return false
    // Arabic writes "and" onto the cue: "والسكر" is "and the sugar".
    const cue = list[last]!.w
    const bare = cue.charCodeAt(0) === 0x648 && set.phrases.has(cue.slice(1)) ? cue.slice(1) : undefined
    if (bare !== undefined && /^[ \t:=#(-]{0,3}$/.test(text.slice(list[last]!.end, list[last + 1]!.start))) return true
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

/** A word a count may precede: a known everyday or clinical word, lower case, not a month, weekday or street word. */
// biome-ignore format: packed list
const NOT_COUNTED = new Set([
  'please', 'pls', 'plz', 'thanks', 'thank', 'thx', 'ty', 'ok', 'okay', 'gracias', 'porfa', 'favor', 'again', 'instead',
  'today', 'tomorrow', 'tonight', 'hoy', 'mañana', 'manana', 'entonces', 'también', 'tambien', 'bye', 'obrigado',
  'obrigada', 'merci', 'then', 'works',
  // Hedges and adverbs go on about the number itself ("maybe ninety maybe more", "ninety probably"), counting nothing.
  'maybe', 'probably', 'perhaps', 'quizás', 'quizas', 'talvez',
  // Possessives and pronouns open the next clause, they count nothing ("квартира сто восемь мой номер").
  'мой', 'моя', 'моё', 'мои', 'наш', 'наша', 'я', 'mon', 'ma', 'mes', 'notre', 'meu', 'minha', 'meus', 'minhas', 'nosso',
  'nossa', 'eu', 'mwen', 'tôi', 'ko', 'ako', 'kasi', 'din', 'rin', 'lang', 'naman',
  // Tagalog's "not", politeness, "already", "still" and times of day ("sa twenty two hindi po ako…"; not "ba", a
  // Vietnamese count word too).
  // (Asked of a word after a number in any language: none of these counts anything in another language either.)
  // (Not "na", "pa", "pero", "yung": after a dose said in Spanish or Tagalog they follow what the number counts.)
  'hindi', 'di', 'po', 'opo', 'sana', 'bukas', 'ngayon', 'kahapon', 'mamaya',
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
const CLAIMING_BEFORE = /(?:[$€£¥₱₩₫]\s?|(?:^|[^\p{L}\p{N}])[x×]|\d[.,]|[<>≤≥~±]\s?)$/u
// A time's minutes after its colon: two digits, as the hour before it is claimed only by ":" and two digits ("05:5a"
// is no time, and both its numbers stay unclaimed).
const HOUR_BEFORE = /\d:$/
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
export function datePairAround(text: string, token: NumberToken): [number, number] | undefined {
  const after = PAIR_AFTER.exec(text.slice(token.end, token.end + 7))
  const before = after ? null : PAIR_BEFORE.exec(text.slice(Math.max(0, token.start - 6), token.start))
  if (token.value === undefined || (!after && !before)) return undefined
  const [month, rest] = after ? [token.value, Number(after[1])] : [Number(before![1]), token.value]
  const second = after ? after[1]! : String(token.value)
  if (month < 1 || month > 12 || (month < rest && rest <= 8)) return undefined
  if (!((rest >= 1 && rest <= 31) || second.length === 2 || (rest >= 1900 && rest <= 2099))) return undefined
  return after ? [token.start, token.end + after[0].length] : [token.start - before![0].length, token.end]
}

/**
 * Route and frequency abbreviations follow a dose, never stand before it as the drug ("500 mg po bid"); "po" is also the
 * Tagalog politeness word ("po ninety eight na po siya").
 */
// biome-ignore format: packed list
const ROUTES_AND_FREQUENCIES = new Set([
  'po', 'pr', 'iv', 'im', 'sc', 'sq', 'sl', 'prn', 'bid', 'tid', 'qid', 'qd', 'qhs', 'hs', 'ac', 'pc', 'od', 'os', 'ou',
])

/** Words that say a date is spoken of: an appointment, a birth, a day. */
export const DATE_SPOKEN_OF =
  /(?<!\p{L})(?:cita|consulta|turno|fecha|nací|naci|nació|nacio|cumpleaños|rendez-vous|rdv|consultation|né|née|anniversaire|nasci|aniversário|aniversario|dia|día|jour)(?!\p{L})/iu
// Conjunctions and prepositions the function-word lists lack that end a day's clause ("le vingt-deux mais…").
// biome-ignore format: packed list
const DAY_CLOSERS: ReadonlySet<string> = new Set([
  'mais', 'porque', 'parce', 'ou', 'e', 'et', "s'il", 'pour', 'à', 'no', 'au', 'vers', 'dans', 'matin', 'soir', 'prochain',
  'às', 'pela', 'temprano', 'próximo', 'proximo', 'mañana', 'tarde', 'noche',
  // Where and whether one will be there on that day ("el quince ahí estaremos", "el veinte voy").
  'ahí', 'ahi', 'allí', 'alli', 'allá', 'alla', 'aquí', 'aqui', 'entonces', 'estaremos', 'estaré', 'estare', 'voy',
  'vamos', 'vengo', 'venimos', 'llego', 'llegamos', 'paso', 'pasamos',
])

/** Whether what follows a number after a day article ends the phrase: punctuation, the end, a function word. */
function closesADay(next: Word | undefined, after: string): boolean {
  if (!next || /^[ \t]*[.,;:!?]/.test(after)) return true
  return DAY_CLOSERS.has(next.w) || isFunctionWordOfAnyLanguage(next.w)
}

/** Why a number is safe, or undefined when nothing claims it. */
export function claim(token: NumberToken, list: readonly Word[], text: string, lower: string): string | undefined {
  const lang = languages()
  // Three or more number groups said in a row are an identifier or a date, never one quantity.
  if (token.groups >= 3) return undefined
  // "gate 22" is where to board; "gate 5526", "is the gate still 4412?" is the code that opens it.
  if (token.digits && token.spelled.length >= 4 && wordBefore(list, token.from) === 'gate') return undefined
  const after = text.slice(token.end, token.end + 12)
  const before = text.slice(Math.max(0, token.start - 6), token.start)
  if (CLAIMING_AFTER.test(after)) return 'notation'
  if (CLAIMING_BEFORE.test(before)) return 'notation'
  if (HOUR_BEFORE.test(before) && /^\d{2}(?!\d)/.test(text.slice(token.start, token.end))) return 'notation'
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
  // A day of the month after the article French, Spanish and Portuguese put before it ("le vingt-deux", "el treinta",
  // "dia nove"): no count, cue or time claims it, as nothing but a unit after it makes it a quantity.
  const article = list[token.from - 1]
  if (
    article &&
    DAY_ARTICLE_LANGUAGES.has(article.w) &&
    // "du" is also "of the" ("un score du vingt sur trente"): a day only where a date is spoken of.
    (article.w !== 'du' || DATE_SPOKEN_OF.test(text.slice(Math.max(0, token.start - 48), token.start))) &&
    token.value !== undefined &&
    token.value >= 2 &&
    token.value <= 31 &&
    isShortGap(text, article.end, token.start) &&
    closesADay(list[token.to + 1], text.slice(token.end, token.end + 2))
  )
    return undefined
  // A time of day: "at 930 tomorrow", "at two thirty", "by 1045 tonight".
  const prevWord = list[token.from - 1]?.w
  if (prevWord && TIME_BEFORE.has(prevWord)) {
    const next = list[token.to + 1]?.w
    if (token.digits && token.value !== undefined && isClock(token.value) && (!next || TIME_AFTER.has(next)))
      return 'time'
    if (!token.digits && token.groups === 2 && /^(?:[1-9]|1[0-2])(?:0[0-9]|[1-5][0-9])$/.test(token.spelled))
      return 'time'
  }
  // A cue of one table that is an English word elsewhere ("as" of Portuguese "as 10h"): no cue in an English text
  // ("we have you listed as ninety three").
  if (
    phraseBefore(list, token.from, text, lang.cuesBefore) &&
    !(ENGLISH_HOMOGRAPH_CUES.has(prevWord ?? '') && !mainLatinLanguagesOfWords(list).size)
  )
    return 'cue'
  // A month/year or month/day pair ("colonoscopy 8/87", "seen 10/4") is a date whatever clinical word precedes it.
  if (token.digits && datePairAround(text, token)) return undefined
  // A dose right after the drug: "lyrica 75", "metformin 500".
  const drug = list[token.from - 1]
  if (drug && isClinicalTerm(drug.w) && !ROUTES_AND_FREQUENCIES.has(drug.w) && isShortGap(text, drug.end, token.start))
    return 'dose'
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
    // A year alone; a year followed by a street or a capitalised word may be a house number, and one after a code
    // or identifier word ("gate code 1947", "apt 2010") is that code.
    const next = list[token.to + 1]
    const houseNumber =
      next && (lang.streetWords.phrases.has(next.w) || /^\p{Lu}/u.test(text.slice(next.start, next.end)))
    if (!houseNumber && !identifierBefore(list, token.from)) return 'year'
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
    isShortGap(text, token.end, nextWord.start) &&
    isCountNoun(nextWord, text) &&
    !(prev && ADDRESS_BEFORE.has(prev.w)) &&
    // "the 0148 number": a leading zero before "number" is the end of a phone number, not a count.
    !(token.digits && token.spelled.startsWith('0') && IDENTIFIER_NOUNS.has(nextWord.w))
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
