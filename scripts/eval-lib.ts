/**
 * Scoring rule for the PHI engine (docs/evaluation.md, Scoring rule), pure and I/O-free so the eval script,
 * the benchmark and the tests (Node or workerd) share one implementation.
 *
 * A PHI value has leaked when, after scrubbing, any of its words (letters or digits, 2+ characters,
 * case-insensitive) is still a whole word of the output, or 7+ of its digits in a row still appear in
 * the output's digits. Spoken numbers and spelled letters count as what they spell, on both sides.
 * A 4-digit year 1900-2099 inside a DATE value may stay. See docs/evaluation.md for the details.
 */

/** Label types of the corpora (same list as src/phi/types.ts PHI_TYPES, kept local so this file stays standalone). */
// biome-ignore format: packed list
export const LABEL_TYPES = [
  'NAME', 'PHONE', 'FAX', 'EMAIL', 'STREET', 'CITY', 'ZIP', 'DATE', 'AGE', 'SSN', 'MRN',
  'HEALTHPLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'OTHER',
] as const

/** One label type. */
export type LabelType = (typeof LABEL_TYPES)[number]

/** Channels of the team corpus lines. */
export const CORPUS_CHANNELS = ['sms', 'voice', 'chat'] as const

/** One labelled PHI value inside a message's plain text. */
export interface LabelledSpan {
  type: LabelType
  value: string
  start: number
  end: number
  /** Words of the value that are not PHI (a state or country at the end of an address). */
  exempt?: readonly string[]
}

/** One labelled message: plain text plus the PHI spans in it. */
export interface LabelledMessage {
  /** `file:line` or another stable reference (never printed for holdout data). */
  ref: string
  channel: string
  /** Language tag from the nearest `# lang: xx` comment above the line, when present. */
  lang?: string
  text: string
  spans: LabelledSpan[]
}

const MARKER = /\[([A-Z]+):([^\]]*)\]/g
const LABEL_SET: ReadonlySet<string> = new Set(LABEL_TYPES)

/** Turns `text with [TYPE:value] markers` into plain text and spans; throws on an unknown type or empty value. */
export function parseMarkedText(marked: string): { text: string; spans: LabelledSpan[] } {
  const spans: LabelledSpan[] = []
  let text = ''
  let last = 0
  for (const m of marked.matchAll(MARKER)) {
    const [whole, type = '', value = ''] = m
    if (!LABEL_SET.has(type)) throw new Error(`unknown label type ${type}`)
    if (value.trim() === '') throw new Error(`empty ${type} value`)
    text += marked.slice(last, m.index)
    spans.push({ type: type as LabelType, value, start: text.length, end: text.length + value.length })
    text += value
    last = m.index + whole.length
  }
  text += marked.slice(last)
  if (/\[[A-Z]+:/.test(text)) throw new Error('unclosed label marker')
  return { text, spans }
}

/**
 * Parses a corpus in the `channel<TAB>text` format. Lines starting with `#` are comments; a comment
 * `# lang: es` sets the language of the lines that follow. Throws with the line number on bad lines.
 */
export function parseLabelledCorpus(content: string, source: string): LabelledMessage[] {
  const out: LabelledMessage[] = []
  let lang: string | undefined
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    if (line.startsWith('#')) {
      const tag = /^#\s*lang\s*[:=]\s*([a-z-]+)/i.exec(line)
      if (tag) lang = tag[1]!.toLowerCase()
      return
    }
    const tab = line.indexOf('\t')
    if (tab < 1) throw new Error(`${source}:${i + 1}: expected channel<TAB>text`)
    const channel = line.slice(0, tab).trim()
    try {
      const { text, spans } = parseMarkedText(line.slice(tab + 1))
      out.push({ ref: `${source}:${i + 1}`, channel, ...(lang ? { lang } : {}), text, spans })
    } catch (err) {
      throw new Error(`${source}:${i + 1}: ${(err as Error).message}`)
    }
  })
  return out
}

// ---------------------------------------------------------------- words and spoken forms

const FORMAT_CHARS = /\p{Cf}/gu
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * Canonical form for matching: NFKC (full-width digits, ligatures), format characters such as
 * zero-width spaces and bidi marks removed (a name split by U+200B still reads as the name), lower case.
 */
export function canonical(text: string): string {
  return text.normalize('NFKC').replace(FORMAT_CHARS, '').toLowerCase()
}

/** All words (maximal runs of letters, marks or digits) of a text, canonical, any length. */
export function allWords(text: string): string[] {
  return canonical(text).match(WORD) ?? []
}

/**
 * Scripts written without spaces between words (Chinese, Japanese): each of their characters is a unit of
 * meaning, so for utility a run of them counts character by character (1-character units included), and a
 * value written in them is matched as a substring of the output (see {@link findLeak}).
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
/** Han, Kana or Hangul: scripts whose words carry attached particles or no spaces; values match as substrings. */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const DENSE_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u
const LATIN_RUN = /\p{Script=Latin}+/gu

/** Words of 2+ characters, canonical: the unit of the scoring rule; Han and Kana characters count one by one. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const w of allWords(text)) {
    if (!UNSPACED.test(w)) {
      if ([...w].length >= 2) out.push(w)
      continue
    }
    out.push(...(w.match(UNSPACED_CHAR) ?? []))
    for (const rest of w.split(UNSPACED_CHAR)) if ([...rest].length >= 2) out.push(rest)
  }
  return out
}

// biome-ignore format: packed list
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
}
// biome-ignore format: packed list
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, dieciséis: 16,
  diecisiete: 17, dieciocho: 18, diecinueve: 19, veintiuno: 21, veintidos: 22, veintidós: 22,
  veintitres: 23, veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintiséis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29,
}
// biome-ignore format: packed list
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
}
// biome-ignore format: packed list
const HUNDREDS_ES: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500,
  seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
}
/**
 * Digit words of the other languages patients write in (French, Portuguese, Haitian Creole, Tagalog, Vietnamese,
 * Russian, Arabic). Many are also everyday words ("de", "en", "ba", "năm", "hai"), so they read as digits only
 * inside a run of four or more digit words: a phone or an ID said digit by digit, never a date or a phrase.
 */
// biome-ignore format: packed list
const OTHER_DIGITS: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9,
  zewo: 0, en: 1, youn: 1, de: 2, twa: 3, kat: 4, senk: 5, sis: 6, sèt: 7, uit: 8, nèf: 9,
  sero: 0, isa: 1, dalawa: 2, tatlo: 3, apat: 4, lima: 5, anim: 6, pito: 7, walo: 8, siyam: 9,
  không: 0, linh: 0, một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
  ноль: 0, нуль: 0, один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8,
  девять: 9,
  صفر: 0, واحد: 1, اثنين: 2, اتنين: 2, اثنان: 2, ثلاثة: 3, تلاتة: 3, أربعة: 4, اربعة: 4, خمسة: 5, ستة: 6, سبعة: 7,
  ثمانية: 8, تمانية: 8, تسعة: 9,
}
const OTHER_DIGIT_RUN = 4

/** Positions of other-language digit words that stand in a run of {@link OTHER_DIGIT_RUN}+ digit words. */
function otherDigitPositions(w: readonly string[]): Set<number> {
  const marked = new Set<number>()
  const isDigitWord = (x: string | undefined): boolean => has(OTHER_DIGITS, x) || has(UNITS, x)
  let i = 0
  while (i < w.length) {
    if (!isDigitWord(w[i])) {
      i++
      continue
    }
    let j = i
    while (isDigitWord(w[j])) j++
    if (j - i >= OTHER_DIGIT_RUN) for (let k = i; k < j; k++) if (!has(UNITS, w[k])) marked.add(k)
    i = j
  }
  return marked
}

const REPEAT: Record<string, number> = { double: 2, doble: 2, triple: 3 }
/** "once" is eleven in Spanish but "once a day" in English: only a number next to other numbers. */
const WEAK_NUMBERS = new Set(['once', 'oh', 'o'])

const has = (table: Record<string, number>, w: string | undefined): w is string =>
  w !== undefined && Object.hasOwn(table, w)

/** One token after spoken-form normalisation. */
export interface SpokenToken {
  text: string
  /** True when built from spoken number words or spelled single letters. */
  spoken: boolean
}

/** Parses a number below 100 at i (tens [y] unit, teen, unit). */
function below100(w: readonly string[], i: number): { value: number; next: number } | null {
  const a = w[i]
  if (has(TENS, a)) {
    if (has(UNITS, w[i + 1]) && UNITS[w[i + 1]!]! > 0) return { value: TENS[a]! + UNITS[w[i + 1]!]!, next: i + 2 }
    if (w[i + 1] === 'y' && has(UNITS, w[i + 2])) return { value: TENS[a]! + UNITS[w[i + 2]!]!, next: i + 3 }
    // "noventa y un años"
    if (w[i + 1] === 'y' && (w[i + 2] === 'un' || w[i + 2] === 'una')) return { value: TENS[a]! + 1, next: i + 3 }
    return { value: TENS[a]!, next: i + 1 }
  }
  if (has(TEENS, a)) return { value: TEENS[a]!, next: i + 1 }
  if (has(UNITS, a)) return { value: UNITS[a]!, next: i + 1 }
  return null
}

/** Parses one spoken number group at i and returns its digits (a year, a pair, a single digit...). */
function numberGroup(
  w: readonly string[],
  i: number,
  inRun: boolean,
  otherDigits: ReadonlySet<number>,
): { digits: string; next: number } | null {
  const a = w[i]
  if (a === undefined) return null
  if (otherDigits.has(i)) return { digits: String(OTHER_DIGITS[a]), next: i + 1 }
  // "double five" -> 55
  if (has(REPEAT, a) && has(UNITS, w[i + 1]))
    return { digits: String(UNITS[w[i + 1]!]).repeat(REPEAT[a]!), next: i + 2 }
  // "two thousand (and) five" -> 2005
  if (has(UNITS, a) && w[i + 1] === 'thousand') {
    let j = i + 2
    if (w[j] === 'and') j++
    const rest = below100(w, j)
    const n = UNITS[a]! * 1000 + (rest ? rest.value : 0)
    return { digits: String(n), next: rest ? rest.next : i + 2 }
  }
  // Spanish years and thousands: "(dos) mil (novecientos) (ochenta y dos)"
  if (a === 'mil' || (has(UNITS, a) && w[i + 1] === 'mil')) {
    let j = a === 'mil' ? i + 1 : i + 2
    let n = (a === 'mil' ? 1 : UNITS[a]!) * 1000
    if (has(HUNDREDS_ES, w[j])) n += HUNDREDS_ES[w[j++]!]!
    const rest = below100(w, j)
    if (rest) {
      n += rest.value
      j = rest.next
    }
    return { digits: String(n), next: j }
  }
  // "eight hundred", "nineteen hundred", "three hundred twelve", "a hundred and one"
  if ((has(UNITS, a) || has(TEENS, a) || a === 'a') && w[i + 1] === 'hundred') {
    let j = i + 2
    if (w[j] === 'and') j++
    const rest = below100(w, j)
    const n = (a === 'a' ? 1 : has(UNITS, a) ? UNITS[a]! : TEENS[a]!) * 100 + (rest ? rest.value : 0)
    return { digits: String(n), next: rest ? rest.next : i + 2 }
  }
  // "novecientos veinte" -> 920
  if (has(HUNDREDS_ES, a)) {
    const rest = below100(w, i + 1)
    return { digits: String(HUNDREDS_ES[a]! + (rest ? rest.value : 0)), next: rest ? rest.next : i + 1 }
  }
  if (WEAK_NUMBERS.has(a)) {
    // "oh"/"o" are zero and "once" is eleven only inside a run of numbers or right before one.
    const nextIsNumber = has(UNITS, w[i + 1]) || has(TEENS, w[i + 1]) || has(TENS, w[i + 1])
    if (!inRun && !nextIsNumber) return null
    if (a === 'once') return { digits: '11', next: i + 1 }
    return { digits: '0', next: i + 1 }
  }
  const n = below100(w, i)
  if (!n) return null
  // Tens and teens say two digits ("seventy eight" -> 78); units say one.
  return { digits: String(n.value), next: n.next }
}

const isSingleLetter = (w: string | undefined): boolean => w !== undefined && [...w].length === 1 && /\p{L}/u.test(w)

/**
 * Rewrites a word sequence so spoken values read as what they spell: runs of number words become one
 * digit token ("four one five" -> 415, "nineteen eighty two" -> 1982, "ochenta y dos" -> 82) and runs of
 * 2+ single letters become one word ("k o w a l s k i" -> kowalski). Digit words of the other languages count in
 * runs of four or more ("không chín một năm" -> 0915, "de twa kat senk" -> 2345). Other words pass through.
 */
export function spokenTokens(w: readonly string[]): SpokenToken[] {
  const out: SpokenToken[] = []
  const otherDigits = otherDigitPositions(w)
  let i = 0
  while (i < w.length) {
    const word = w[i]!
    // Spelled letters first, so the "o" of "k o w a l s k i" stays a letter.
    if (isSingleLetter(word) && !/\p{N}/u.test(word)) {
      let j = i
      while (
        isSingleLetter(w[j]) &&
        !(w[j] === 'o' && j > i && !isSingleLetter(w[j + 1]) && numberGroup(w, j + 1, true, otherDigits))
      )
        j++
      if (j - i >= 2) {
        out.push({ text: w.slice(i, j).join(''), spoken: true })
        i = j
        continue
      }
    }
    let digits = ''
    let j = i
    for (;;) {
      const g = numberGroup(w, j, digits !== '', otherDigits)
      if (!g) break
      digits += g.digits
      j = g.next
    }
    if (digits !== '') {
      out.push({ text: digits, spoken: true })
      i = j
      continue
    }
    out.push({ text: word, spoken: false })
    i++
  }
  return out
}

// ---------------------------------------------------------------- leak rule

/** Function words and spoken separators inside a value: they identify no one and occur in any text. */
// biome-ignore format: packed list
export const VALUE_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'on', 'in', 'at', 'and', 'de', 'del', 'la', 'las', 'los', 'el', 'en', 'al', 'ng',
  'dot', 'punto', 'arroba', 'underscore', 'dash', 'hyphen', 'guion', 'guión', 'bajo', 'slash', 'colon',
])

const YEAR = /^(19|20)\d\d$/

/** How strictly to read the rule. */
export interface ScoreOptions {
  /**
   * `spoken` (default): spoken runs are matched as what they spell; value stopwords (`the`, `de`, `dot`, `at`)
   * are not checked on their own. `literal`: additionally every raw word of the value is checked,
   * stopwords and number words included (worst case of a reader who takes the rule word for word).
   */
  mode?: 'spoken' | 'literal'
  /** Canonical words of the value that are not PHI and need not be removed. */
  exempt?: readonly string[]
}

/** What a scorer needs to know about one output text, computed once per message. */
export interface OutputIndex {
  /** Raw canonical words (2+ chars) and spoken-normalised tokens. */
  words: Set<string>
  /** All digits of the output, spoken digits included, in order. */
  digits: string
  /** Raw canonical words (2+ chars) as a multiset, for utility. */
  bag: Map<string, number>
  /** The canonical output, for values in dense scripts (matched as substrings). */
  text: string
}

/** Indexes an output text for leak and utility checks. */
export function indexOutput(output: string): OutputIndex {
  const raw = allWords(output)
  const tokens = spokenTokens(raw)
  const set = new Set<string>()
  const bag = new Map<string, number>()
  for (const w of raw) {
    if ([...w].length >= 2) set.add(w)
    // "92岁", "91세에": digits and Latin letters glued to a dense script are words of their own.
    if (DENSE.test(w)) for (const part of w.split(DENSE_SPLIT)) if ([...part].length >= 2) set.add(part)
  }
  for (const w of words(output)) bag.set(w, (bag.get(w) ?? 0) + 1)
  for (const t of tokens) if ([...t.text].length >= 2) set.add(t.text)
  const digits = tokens.map((t) => t.text.replace(/\D/gu, '')).join('')
  return { words: set, digits, bag, text: canonical(output).replace(/\s+/gu, '') }
}

/**
 * The checkable parts of a value word written in a dense script: a number with its marker ("12月", "3일") or a run
 * of letters; for names, every two-character window of a run of three or more (a given name kept alone, "小明"
 * of "王小明", still identifies).
 */
function denseKeys(word: string, type: string): string[] {
  const out: string[] = []
  for (const m of word.match(/\p{N}+[^\p{N}]?|[^\p{N}]+/gu) ?? []) {
    const letters = m.replace(/\p{N}+/gu, '')
    const digits = m.replace(/\P{N}+/gu, '')
    if (type === 'DATE' && YEAR.test(digits)) continue
    if ([...m].length >= 2) out.push(m)
    const chars = [...letters]
    if (type === 'NAME' && digits === '' && chars.length >= 3)
      for (let i = 0; i + 2 <= chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  }
  return out
}

/** The checkable parts of one PHI value. */
export interface ValueKeys {
  /** Words (2+ chars) that must not remain as whole words. */
  words: string[]
  /** Parts of words in dense scripts (Han, Kana, Hangul) that must not remain anywhere in the output. */
  dense: string[]
  /** All digits of the value (spoken ones included); checked only when 7+ long. */
  digits: string
}

/** Computes the words and digits of a PHI value that must not survive scrubbing. */
export function valueKeys(type: string, value: string, options: ScoreOptions = {}): ValueKeys {
  const raw = allWords(value)
  const tokens = spokenTokens(raw)
  const keys = new Set<string>()
  const dense = new Set<string>()
  const isYear = (w: string): boolean => type === 'DATE' && YEAR.test(w)
  for (const t of tokens) {
    if (DENSE.test(t.text)) {
      // A Latin name written onto a dense script ("Raman医生", "Grace에게") is a word of its own, matched whole: its
      // letter pairs would otherwise match inside any other word of the output ("am" in the placeholder "[NAME]").
      for (const w of t.text.match(LATIN_RUN) ?? []) if ([...w].length >= 2 && !options.exempt?.includes(w)) keys.add(w)
      for (const part of t.text.split(LATIN_RUN))
        if (part !== '') for (const k of denseKeys(part, type)) if (!options.exempt?.includes(k)) dense.add(k)
      continue
    }
    if ([...t.text].length < 2 || isYear(t.text)) continue
    if (VALUE_STOPWORDS.has(t.text) && tokens.length > 1) continue
    if (options.exempt?.includes(t.text)) continue
    keys.add(t.text)
  }
  if (options.mode === 'literal') {
    for (const w of raw) if ([...w].length >= 2 && !isYear(w) && !options.exempt?.includes(w)) keys.add(w)
  }
  const digits = tokens.map((t) => t.text.replace(/\D/gu, '')).join('')
  return { words: [...keys], dense: [...dense], digits }
}

/** Why a value counts as leaked. */
export interface Leak {
  by: 'word' | 'digits'
  /** The surviving word or digit run (printed only for development corpora). */
  what: string
}

/** The leak rule: the first surviving word, or 7 consecutive digits of the value found in the output's digits. */
export function findLeak(keys: ValueKeys, out: OutputIndex): Leak | null {
  for (const w of keys.words) if (out.words.has(w)) return { by: 'word', what: w }
  for (const w of keys.dense) if (out.text.includes(w)) return { by: 'word', what: w }
  if (keys.digits.length >= 7) {
    for (let i = 0; i + 7 <= keys.digits.length; i++) {
      const run = keys.digits.slice(i, i + 7)
      if (out.digits.includes(run)) return { by: 'digits', what: run }
    }
  }
  return null
}

/** True when the value leaked into the output (convenience over {@link valueKeys} + {@link findLeak}). */
export function leaked(type: string, value: string, output: string, options: ScoreOptions = {}): boolean {
  return findLeak(valueKeys(type, value, options), indexOutput(output)) !== null
}

/** Non-PHI words (2+ chars, canonical) of a message: the text outside its spans. */
export function nonPhiWords(message: Pick<LabelledMessage, 'text' | 'spans'>): string[] {
  const spans = [...message.spans].sort((a, b) => a.start - b.start)
  const out: string[] = []
  let at = 0
  for (const s of spans) {
    if (s.start > at) out.push(...words(message.text.slice(at, s.start)))
    at = Math.max(at, s.end)
  }
  out.push(...words(message.text.slice(at)))
  return out
}

/** How many of the given words survive in the output, each output word used once. */
export function keptCount(inputWords: readonly string[], out: OutputIndex): number {
  const bag = new Map(out.bag)
  let kept = 0
  for (const w of inputWords) {
    const n = bag.get(w) ?? 0
    if (n > 0) {
      kept++
      bag.set(w, n - 1)
    }
  }
  return kept
}

/** Result for one PHI value. */
export interface ValueResult {
  type: string
  value: string
  leak: Leak | null
  /** Leak under the literal reading of the rule (see {@link ScoreOptions}). */
  literalLeak: boolean
}

/** Result for one message. */
export interface MessageResult {
  values: ValueResult[]
  nonPhi: number
  kept: number
}

/** Scores one scrubbed message against its labels. */
export function scoreMessage(message: Pick<LabelledMessage, 'text' | 'spans'>, output: string): MessageResult {
  const out = indexOutput(output)
  const values = message.spans.map((s) => {
    const exempt = s.exempt ?? []
    return {
      type: s.type,
      value: s.value,
      leak: findLeak(valueKeys(s.type, s.value, { exempt }), out),
      literalLeak: findLeak(valueKeys(s.type, s.value, { mode: 'literal', exempt }), out) !== null,
    }
  })
  const inputWords = nonPhiWords(message)
  return { values, nonPhi: inputWords.length, kept: keptCount(inputWords, out) }
}

// ---------------------------------------------------------------- aggregation

/** Leaked / total counter. */
export interface Tally {
  total: number
  leaked: number
}

/** Recall of a tally (1 when empty). */
export function recall(t: Tally): number {
  return t.total === 0 ? 1 : 1 - t.leaked / t.total
}

/** Aggregated scores of one corpus. */
export interface CorpusScore {
  messages: number
  values: Tally
  /** Leaks under the literal reading, for information. */
  literalLeaked: number
  byChannel: Record<string, Tally>
  byType: Record<string, Tally>
  byLang: Record<string, Tally>
  /** Non-PHI words and how many were kept, per language tag. */
  utilityByLang: Record<string, { nonPhi: number; kept: number }>
  nonPhi: number
  kept: number
  /** Messages where the engine threw (scored as an empty output: nothing forwarded). */
  errors: number
}

/** An empty corpus score. */
export function emptyScore(): CorpusScore {
  return {
    messages: 0,
    values: { total: 0, leaked: 0 },
    literalLeaked: 0,
    byChannel: {},
    byType: {},
    byLang: {},
    utilityByLang: {},
    nonPhi: 0,
    kept: 0,
    errors: 0,
  }
}

function bump(map: Record<string, Tally>, key: string, leak: boolean): void {
  const t = (map[key] ??= { total: 0, leaked: 0 })
  t.total++
  if (leak) t.leaked++
}

/** Adds one message result to a corpus score. */
export function addResult(
  score: CorpusScore,
  message: Pick<LabelledMessage, 'channel' | 'lang'>,
  result: MessageResult,
): void {
  score.messages++
  score.nonPhi += result.nonPhi
  score.kept += result.kept
  const u = (score.utilityByLang[message.lang ?? 'en'] ??= { nonPhi: 0, kept: 0 })
  u.nonPhi += result.nonPhi
  u.kept += result.kept
  for (const v of result.values) {
    const leak = v.leak !== null
    score.values.total++
    if (leak) score.values.leaked++
    if (v.literalLeak) score.literalLeaked++
    bump(score.byChannel, message.channel, leak)
    bump(score.byType, v.type, leak)
    bump(score.byLang, message.lang ?? 'en', leak)
  }
}

/** Utility of a corpus score: share of non-PHI input words still in the output (1 when none). */
export function utility(score: Pick<CorpusScore, 'nonPhi' | 'kept'>): number {
  return score.nonPhi === 0 ? 1 : score.kept / score.nonPhi
}

// ---------------------------------------------------------------- external data sets

/** Countries and US states (names and USPS codes): not PHI under Safe Harbor. */
export const STATES_AND_COUNTRIES: ReadonlySet<string> = new Set(
  // biome-ignore format: packed list
  [
    // US states, DC and territories
    'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
    'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
    'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
    'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio',
    'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
    'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
    'puerto rico', 'guam',
    'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me',
    'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa',
    'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'dc', 'pr',
    // countries
    'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
    'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin',
    'bhutan', 'bolivia', 'bosnia and herzegovina', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso',
    'burundi', 'cambodia', 'cameroon', 'canada', 'cape verde', 'chad', 'chile', 'china', 'colombia', 'comoros',
    'congo', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'djibouti',
    'dominica', 'dominican republic', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini',
    'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'germany', 'ghana', 'greece', 'greenland',
    'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia',
    'iran', 'iraq', 'ireland', 'israel', 'italy', 'ivory coast', 'jamaica', 'japan', 'jordan', 'kazakhstan',
    'kenya', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya',
    'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta',
    'mauritania', 'mauritius', 'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique',
    'myanmar', 'namibia', 'nepal', 'netherlands', 'the netherlands', 'new zealand', 'nicaragua', 'niger',
    'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'panama', 'papua new guinea',
    'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa',
    'san marino', 'saudi arabia', 'senegal', 'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia',
    'slovenia', 'somalia', 'south africa', 'south korea', 'korea', 'south sudan', 'spain', 'sri lanka', 'sudan',
    'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo',
    'tonga', 'trinidad and tobago', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine',
    'united arab emirates', 'united kingdom', 'uk', 'great britain', 'england', 'scotland', 'wales',
    'united states', 'united states of america', 'usa', 'us', 'uruguay', 'uzbekistan', 'vanuatu', 'venezuela',
    'vietnam', 'viet nam', 'yemen', 'zambia', 'zimbabwe', 'hong kong', 'macau',
  ],
)

/** True when a place value is a US state or a country (canonical words compared). */
export function isStateOrCountry(value: string): boolean {
  return STATES_AND_COUNTRIES.has(allWords(value).join(' '))
}

/**
 * Words of an address that name a state or country: full names in any case, two-letter codes only
 * when written in capitals (so "in", "me", "or" inside a street stay PHI).
 */
export function placeWords(value: string): string[] {
  const rawWords = value.normalize('NFKC').match(WORD) ?? []
  const lower = rawWords.map((w) => w.toLowerCase())
  const out: string[] = []
  for (let i = 0; i < lower.length; i++) {
    for (let n = 4; n >= 1; n--) {
      if (i + n > lower.length) continue
      const phrase = lower.slice(i, i + n).join(' ')
      if (!STATES_AND_COUNTRIES.has(phrase)) continue
      if (n === 1 && phrase.length === 2 && rawWords[i] !== rawWords[i]!.toUpperCase()) continue
      out.push(...lower.slice(i, i + n))
      i += n - 1
      break
    }
  }
  return out
}

/** Words of a time of day inside a timestamp ("2000-04-16 11:34:35" -> 11, 34, 35) that are not also date words. */
export function timeOfDayWords(value: string): string[] {
  const times = value.match(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g) ?? []
  const dateWords = new Set(words(value.replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')))
  return times.flatMap((t) => words(t)).filter((w) => !dateWords.has(w))
}

/** Presidio entity types mapped to ours; absent types are not PHI. AGE and DATE_TIME are decided per value. */
export const PRESIDIO_TYPE_MAP: Readonly<Record<string, LabelType>> = {
  PERSON: 'NAME',
  STREET_ADDRESS: 'STREET',
  GPE: 'CITY',
  PHONE_NUMBER: 'PHONE',
  DATE_TIME: 'DATE',
  EMAIL_ADDRESS: 'EMAIL',
  US_SSN: 'SSN',
  ZIP_CODE: 'ZIP',
  IP_ADDRESS: 'IP',
  US_DRIVER_LICENSE: 'LICENSE',
  CREDIT_CARD: 'ACCOUNT',
  IBAN_CODE: 'ACCOUNT',
  DOMAIN_NAME: 'URL',
  AGE: 'AGE',
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Our type for one Presidio span, or null when the span is not PHI under our rules. */
export function mapPresidioSpan(entityType: string, value: string): LabelType | null {
  const type = PRESIDIO_TYPE_MAP[entityType]
  if (!type) return null
  const w = allWords(value)
  if (w.length === 0) return null
  if (type === 'AGE') {
    const n = Number.parseInt(w.find((x) => /^\d+$/.test(x)) ?? '', 10)
    return Number.isFinite(n) && n >= 90 ? 'AGE' : null
  }
  if (type === 'CITY' && isStateOrCountry(value)) return null
  // A bare year or weekday names no day of a person's life.
  if (type === 'DATE' && w.every((x) => YEAR.test(x) || WEEKDAYS.has(x))) return null
  return type
}

/** One Presidio synthetic record (presidio-research synth_dataset_v2.json). */
export interface PresidioRecord {
  full_text: string
  spans: { entity_type: string; entity_value: string; start_position: number; end_position: number }[]
}

/** Converts Presidio records to labelled messages with our types. */
export function presidioMessages(records: readonly PresidioRecord[], channel = 'chat'): LabelledMessage[] {
  return records.map((r, i) => ({
    ref: `presidio:${i}`,
    channel,
    text: r.full_text,
    spans: r.spans.flatMap((s) => {
      const type = mapPresidioSpan(s.entity_type, s.entity_value)
      if (!type) return []
      // Street addresses often end in a state or country; timestamps end in a time of day: neither is PHI.
      const exempt =
        type === 'STREET' ? placeWords(s.entity_value) : type === 'DATE' ? timeOfDayWords(s.entity_value) : []
      return [
        {
          type,
          value: s.entity_value,
          start: s.start_position,
          end: s.end_position,
          ...(exempt.length ? { exempt } : {}),
        },
      ]
    }),
  }))
}

/** One WNUT-17 sentence: tokens and which of them are person tokens. */
export interface WnutSentence {
  tokens: string[]
  person: boolean[]
}

/** Parses CoNLL (token<TAB>tag, blank line between sentences). */
export function parseConll(content: string): WnutSentence[] {
  const out: WnutSentence[] = []
  let cur: WnutSentence = { tokens: [], person: [] }
  const flush = (): void => {
    if (cur.tokens.length) out.push(cur)
    cur = { tokens: [], person: [] }
  }
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush()
      continue
    }
    const parts = line.split('\t')
    const token = parts[0] ?? ''
    const tag = (parts[parts.length - 1] ?? 'O').trim()
    cur.tokens.push(token)
    cur.person.push(/^[BI]-person$/.test(tag))
  }
  flush()
  return out
}

/** Person-token recall of one scrubbed WNUT sentence; tokens without a 2+ character word are not counted. */
export function scoreWnutSentence(
  sentence: WnutSentence,
  output: string,
): { total: number; leaked: number; leakedTokens: string[] } {
  const out = indexOutput(output)
  let total = 0
  const leakedTokens: string[] = []
  sentence.tokens.forEach((token, i) => {
    if (!sentence.person[i]) return
    const w = words(token)
    if (w.length === 0) return
    total++
    if (w.some((x) => out.words.has(x))) leakedTokens.push(token)
  })
  return { total, leaked: leakedTokens.length, leakedTokens }
}

/** Median of numbers (0 when empty). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** One line of scripts/eval-dump.ts: a message, what the engine forwarded, the labelled values that leaked. */
export interface DumpRow {
  key: string
  in: string
  out: string
  leaked: string[]
  n: number
  kept: number
  nonPhi: number
}
