/**
 * Han names the cue tables cannot see because nothing spaces them: a name that signs the message (a family name and
 * one to three characters alone after the last sentence mark: "…手机[PHONE]。黄美玲") and a name before 的 and a kin
 * word ("我是李明的女儿", I am Li Ming's daughter). The kin words are the tables' relation cues without their
 * possessive ("我妈妈" → "妈妈").
 */
import { languages } from '../languages'
import { isClinicalTerm, isForeignWord } from '../lexicon'
import { SCRIPT, classLengthBefore, hanScriptLength, hasHan, holdsScript, isHangulUnit, lastTexts } from './chars'
import { isPersonParticle } from './cjk-names'
import type { DetectInput, Span } from './types'

const HAN_RUN = /\p{Script=Han}+/gu
const SIGN_OFF = /(?:^|[。！？!?，,.\n—–-])[ \t]*(\p{Script=Han}{2,4})[ \t]*[。！!.]?[ \t]*$/u
const OWNERS = /^(?:帮|幫)?我(?:的|地|哋)?/u

let kinWords: readonly string[] | undefined

function kin(): readonly string[] {
  if (kinWords) return kinWords
  const out = new Set<string>()
  for (const phrase of languages().relationCues.unspaced) {
    const bare = phrase.replace(OWNERS, '')
    if (bare.length >= 1 && bare !== phrase) out.add(bare)
  }
  kinWords = [...out].sort((a, b) => b.length - a.length)
  return kinWords
}

function familyLength(run: string, at: number): number {
  const { familyNames } = languages()
  if (at + 2 <= run.length && familyNames.has(run.slice(at, at + 2))) return 2
  return familyNames.has(run.slice(at, at + 1)) ? 1 : 0
}

/**
 * The given name of a Han name found in the message, wherever else the message uses it ("我是他女儿陈小雨 … 小雨"):
 * a family name of one character and a given name of two. Run on resolved spans.
 */
export function hanGivenNames(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = []
  if (holdsScript(text, SCRIPT.hangul)) hangulGivenNamesOfFound(text, spans, out)
  if (!hasHan(text)) return out
  const { familyNames } = languages()
  // Each given name once (a long text repeats the same names), and no occurrence inside a name already found.
  const givens = new Set<string>()
  const inName = new Uint8Array(text.length)
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    inName.fill(1, s.start, s.end)
    if (s.end - s.start !== 3) continue
    const name = text.slice(s.start, s.end)
    if (/^\p{Script=Han}{3}$/u.test(name) && familyNames.has(name[0]!)) givens.add(name.slice(1))
  }
  for (const given of givens) {
    for (let at = text.indexOf(given); at >= 0 && out.length < MAX_GIVEN_SPANS; at = text.indexOf(given, at + 2))
      if (inName[at] === 0) out.push({ start: at, end: at + 2, type: 'NAME', source: 'han:given' })
  }
  return out
}

/**
 * The end of the run of Hangul code units from `i` (a Hangul unit): the matches of /\p{Script=Hangul}+/gu are these
 * runs (every Hangul code point is in the BMP), read by the code unit table. A match object per word of a Korean text
 * was most of the cost of reading its given names.
 */
function hangulRunEnd(s: string, i: number): number {
  let e = i + 1
  while (e < s.length && isHangulUnit(s.charCodeAt(e))) e++
  return e
}

/**
 * `word.normalize('NFC')`, without the runtime call when every code unit is a precomposed syllable (U+AC00-U+D7A3):
 * such a word has no jamo to compose and is its own NFC. Asked of every name value of a Korean text.
 */
function composed(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 0xac00 || c > 0xd7a3) return word.normalize('NFC')
  }
  return word
}

/**
 * The same for Hangul: a family name and a given name of two syllables found as a name ("김하늘 엄마") makes the given
 * name a name wherever the message uses it, with the "-이" children's names take and any particle ("하늘이가", "하늘이는").
 */
function hangulGivenNamesOfFound(text: string, spans: readonly Span[], out: Span[]): void {
  const { familyNames, givenNames } = languages()
  const givens = new Set<string>()
  // A text names the same people many times over: each name value is read once.
  const values = new Set<string>()
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    const value = text.slice(s.start, s.end)
    if (values.has(value)) continue
    values.add(value)
    for (let i = 0; i < value.length; i++) {
      if (!isHangulUnit(value.charCodeAt(i))) continue
      const end = hangulRunEnd(value, i)
      const w = composed(value.slice(i, end))
      if (w.length >= 3 && familyNames.has(w[0]!) && !familyNames.has(w.slice(0, 2))) givens.add(w.slice(1, 3))
      i = end
    }
  }
  if (givens.size === 0) return
  // The text is composed already (normalize.ts reads it as NFKC): its syllables are looked up as they stand.
  for (let at = 0; at < text.length; at++) {
    if (!isHangulUnit(text.charCodeAt(at))) continue
    const e = hangulRunEnd(text, at)
    const start = at
    at = e
    // Only the word's first two syllables are read until they are a given name found (most words are not).
    const given = e - start >= 2 ? text.slice(start, start + 2) : ''
    if (given === '' || !givens.has(given)) continue
    const rest = text.slice(start + 2, e)
    if (rest !== '' && !isPersonParticle(rest)) continue
    // A given name that is an everyday word ("나라", country; "하늘", sky) only in a child's "-이" form ("하늘이가").
    if (isForeignWord(given) && !givenNames.has(given) && !(rest.startsWith('이') && rest !== '이')) continue
    const end = start + 2 + (rest.startsWith('이') && rest !== '이' && isPersonParticle(rest.slice(1)) ? 1 : 0)
    out.push({ start, end, type: 'NAME', source: 'hangul:given' })
  }
}

/** NAME spans for Han sign-offs and names before 的 + a kin word. */
export function detectHanNames(input: DetectInput): Span[] {
  if (!hasHan(input.text)) return []
  const compact = withoutHanSpaces(input.text)
  if (compact) return onOriginal(hanNamesIn(compact.text), compact.offsets)
  return hanNamesIn(input.text)
}

function hanNamesIn(text: string): Span[] {
  const out: Span[] = []
  const sign = SIGN_OFF.exec(text)
  if (sign) {
    // "谢谢丽" (spaces dropped): the thanks, then the name; "谢谢你们" thanks people, no one named.
    const thanks = languages().signOffs.unspaced.find((p) => sign[1]!.startsWith(p))
    const rest = thanks ? sign[1]!.slice(thanks.length) : ''
    // The rest is a name when it opens with a family name or a pet-name prefix, or is one character and no particle.
    const named =
      familyLength(rest, 0) > 0 || /^[小阿]/u.test(rest) || (rest.length === 1 && !/[啦了啊呀哦喔哈嘛呢吧]/u.test(rest))
    if (rest.length > 0 && named && !/[你您我他她它们們]/u.test(rest) && !languages().words.has(rest)) {
      const start = sign.index + sign[0].lastIndexOf(rest)
      out.push({ start, end: start + rest.length, type: 'NAME', source: 'han:sign-off' })
    }
    const name = sign[1]!
    // A family name first, or a pet name (小雨, 阿华) of two characters.
    const pet = name.length === 2 && /^[小阿]/u.test(name)
    if (
      (familyLength(name, 0) > 0 || (pet && !languages().words.has(name))) &&
      // "朴硝外敷", "洪水": a word of the tables opens with the family name's character.
      !languages().words.has(name.slice(0, 2)) &&
      // "谢谢你们": thanks, whatever family name its first character is.
      !languages().signOffs.unspaced.some((thanks) => name.startsWith(thanks))
    ) {
      const start = sign.index + sign[0].indexOf(name)
      out.push({ start, end: start + name.length, type: 'NAME', source: 'han:sign-off' })
    }
  }
  surnameNames(text, out)
  standingNames(text, out)
  surnamesAddressed(text, out)
  givenPairNames(text, out)
  greetedNames(text, out)
  const kinList = kin()
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0]
    // 的, and Cantonese 嘅 ("陳大文嘅老婆").
    for (let at = nextPossessive(run, 0); at > 0; at = nextPossessive(run, at + 1)) {
      const rest = run.slice(at + 1)
      if (!kinList.some((k) => rest.startsWith(k))) continue
      // "陳伯嘅老婆": a family name and an address of respect (uncle, aunt, elder sister…): the family name alone.
      if (ADDRESS_AFTER_FAMILY.has(run[at - 1] ?? '') && at >= 2 && familyLength(run, at - 2) === 1) {
        out.push({ start: m.index + at - 2, end: m.index + at - 1, type: 'NAME', source: 'han:before-kin' })
        continue
      }
      // The name: a family name and one or two characters right before 的.
      for (const len of [3, 2]) {
        const from = at - len
        if (from < 0) continue
        const family = familyLength(run, from)
        if (family > 0 && len - family >= 1) {
          out.push({ start: m.index + from, end: m.index + at, type: 'NAME', source: 'han:before-kin' })
          break
        }
      }
    }
  }
  return out
}

// Addresses of respect written after a family name ("陳伯", "李姨", "黃太").
const ADDRESS_AFTER_FAMILY = new Set([...'伯叔姨姐哥婆公嫂太'])

/** The next 的 or 嘅 of `run` from `from`, or -1. */
function nextPossessive(run: string, from: number): number {
  const a = run.indexOf('的', from)
  const b = run.indexOf('嘅', from)
  return a < 0 ? b : b < 0 ? a : Math.min(a, b)
}

// "我姓陈", "他姓王": a family name said with 姓 (the word 姓名, "full name", is no such cue: 名 is no family name;
// 老百姓 is "ordinary people").
const SURNAME_CUE = /(?<!百)姓(?=\p{Script=Han})/gu
const HAN_BEFORE = /\p{Script=Han}$/u
const STANDALONE_GIVEN = /^(\p{Script=Han}{1,2})(?!\p{Script=Han})/u

/**
 * A family name said with 姓 ("我姓陈") is a name, and so is that family name with one or two characters standing
 * alone between punctuation elsewhere in the message ("我姓陈,陈建国,…"), unless the whole is a word or a clinical term
 * ("我姓高。高血压"). Each family name is looked for once, and the spans are capped: a text of many cues stays linear.
 */
function surnameNames(text: string, out: Span[]): void {
  if (!text.includes('姓')) return
  const lang = languages()
  const families = new Set<string>()
  for (const m of text.matchAll(SURNAME_CUE)) {
    const family = familyLength(text, m.index + 1)
    if (family === 0) continue
    out.push({ start: m.index + 1, end: m.index + 1 + family, type: 'NAME', source: 'han:surname' })
    families.add(text.slice(m.index + 1, m.index + 1 + family))
  }
  let spans = 0
  for (const name of families) {
    for (let at = text.indexOf(name); at >= 0 && spans < MAX_GIVEN_SPANS; at = text.indexOf(name, at + name.length)) {
      if (at > 0 && (text[at - 1] === '姓' || HAN_BEFORE.test(text.slice(at - 1, at)))) continue
      const given = STANDALONE_GIVEN.exec(text.slice(at + name.length, at + name.length + 3))
      if (!given) continue
      const whole = name + given[1]!
      if (lang.words.has(whole) || isClinicalTerm(whole)) continue
      out.push({ start: at, end: at + whole.length, type: 'NAME', source: 'han:surname' })
      spans++
    }
  }
}

const SENTENCE_PARTICLES = new Set([...'了吗嗎呢吧的啊呀么麼过過着著是在有不没沒很也都就要会會能可'])
// Three Han characters standing alone between spaces or punctuation.
const STANDING_THREE = /(?<!\p{Script=Han})\p{Script=Han}{3}(?!\p{Script=Han})/gu

/**
 * A family name and a given name of two characters standing alone between spaces or punctuation ("张 嗯 张建国 弓长张",
 * "我姓陈,陈建国,…"), when neither the three characters nor the last two are a word or a clinical term of the tables.
 */
function standingNames(text: string, out: Span[]): void {
  const { familyNames, words } = languages()
  for (const m of text.matchAll(STANDING_THREE)) {
    const w = m[0]
    if (!familyNames.has(w[0]!) || words.has(w) || words.has(w.slice(1)) || words.has(w.slice(0, 2))) continue
    // A sentence ending on a particle is no name ("查到了", "方便吗").
    if (SENTENCE_PARTICLES.has(w[2]!) || SENTENCE_PARTICLES.has(w[1]!)) continue
    if (isClinicalTerm(w)) continue
    out.push({ start: m.index, end: m.index + 3, type: 'NAME', source: 'han:standing' })
  }
}

// "小周", "老王": 小 or 老 and a family name is how a person is called by surname; what may follow it (the end of the
// run, or a word a person does or is addressed with).
const ADDRESSED_SURNAME = /[小老](?=\p{Script=Han})/gu
const AFTER_ADDRESSED =
  /^(?:$|[^\p{Script=Han}\p{N}]|说|說|你好|您好|在|来|來|去|了|也|今天|明天|昨天|已经|已經|问|問|帮|幫|给|給|让|讓|会|會|要|刚|剛|呢|啊|吗|嗎)/u
// What is eaten, used or spent is no person ("对小麦过敏", "吃了小米", "用老姜", "花了小钱").
const THING_BEFORE = new Set('吃喝用花买買对對煮加放')

/**
 * "翻译小周。", "老王说他明天来": 小 or 老 before a family name of one character, ending there, names that person
 * (fail closed on a family name; "小时", "老师" are words of the table, "小于5" a comparison).
 */
function surnamesAddressed(text: string, out: Span[]): void {
  const { words } = languages()
  for (const m of text.matchAll(ADDRESSED_SURNAME)) {
    const at = m.index + 1
    // 小于/小於 is "less than" before a number, whatever family name 于 also is.
    if (familyLength(text, at) !== 1 || text[at] === '于' || text[at] === '於') continue
    const pair = text.slice(m.index, at + 1)
    if (words.has(pair) || isClinicalTerm(pair) || !AFTER_ADDRESSED.test(text.slice(at + 1, at + 3))) continue
    // The pair inside a longer word of the table ("大小王…"): the character before makes the word.
    if (m.index > 0 && words.has(text.slice(m.index - 1, at + 1))) continue
    if (THING_BEFORE.has(text[m.index - 1] ?? '') || THING_BEFORE.has(text[m.index - 2] ?? '')) continue
    out.push({ start: m.index, end: at + 1, type: 'NAME', source: 'han:addressed' })
  }
}

// Where a sentence opens on the person it speaks to: the start, a space or punctuation, or the "hello" of a call.
const GREETED_START = /(?:^|[^\p{Script=Han}]|喂|嗨|哈喽|哈囉)$/u
// What follows a person greeted by name: a greeting, or the caller saying who they are ("喂李慧我是…").
// The greeting ends there or on a particle ("雷雨你好大" is "the storm is so big").
const AFTER_GREETED = /^(?:(?:你好|您好|早上好|下午好|晚上好|早安)(?:[啊呀]|(?!\p{Script=Han}))|我是|我叫)/u

/**
 * "李慧你好", "喂李慧我是…": a family name and one or two given-name characters that open a sentence, followed by a
 * greeting or a self-introduction, name the person greeted (the given characters from the table, the whole no word).
 */
function greetedNames(text: string, out: Span[]): void {
  const lang = languages()
  const given = lang.givenNamesOf.get('zh')
  if (!given) return
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0]
    for (let at = 0; at < Math.min(run.length, 3); at++) {
      if (!GREETED_START.test(text.slice(Math.max(0, m.index + at - 2), m.index + at))) continue
      const family = familyLength(run, at)
      if (family === 0 || FUNCTION_FAMILY.has(run[at]!)) continue
      for (const length of [2, 1]) {
        const end = at + family + length
        const name = run.slice(at, end)
        if (end > run.length || !AFTER_GREETED.test(run.slice(end))) continue
        if (![...run.slice(at + family, end)].every((c) => given.has(c))) continue
        if (lang.words.has(name) || isClinicalTerm(name)) continue
        out.push({ start: m.index + at, end: m.index + end, type: 'NAME', source: 'han:greeted' })
        break
      }
    }
  }
}

// Family names that are also everyday function characters ("和" and, "向" towards, "于" at): not read from this alone.
const FUNCTION_FAMILY = new Set([...'和向于於时時应應全常成区區连連从'])

/**
 * A family name and two characters that both give names ("请问张丽华的预约", "王建国来了"): a full name wherever it
 * stands in a run, no cue needed, unless the three characters are a word or a clinical term of the tables. Given-name
 * characters pair into words rarely enough that this fails closed at little cost.
 */
function givenPairNames(text: string, out: Span[]): void {
  const lang = languages()
  const given = lang.givenNamesOf.get('zh')
  if (!given) return
  const families = oneUnitMembers(lang.familyNames)
  const givens = oneUnitMembers(given)
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0]
    for (let at = 0; at + 3 <= run.length; at++) {
      if (!families.has(run.charCodeAt(at)) || FUNCTION_FAMILY.has(run[at]!)) continue
      if (!givens.has(run.charCodeAt(at + 1)) || !givens.has(run.charCodeAt(at + 2))) continue
      const name = run.slice(at, at + 3)
      if (lang.words.has(name) || isClinicalTerm(name)) continue
      out.push({ start: m.index + at, end: m.index + at + 3, type: 'NAME', source: 'han:given-pair' })
      at += 2
    }
  }
}

// The members of one code unit of a table's set, by code unit, per set.
const oneUnitSets = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>()

/**
 * `set`'s members of one code unit, as code units: `units.has(run.charCodeAt(at))` is `set.has(run[at])` without
 * the string of one character made for every character of a run (a lone surrogate is no member of either).
 */
function oneUnitMembers(set: ReadonlySet<string>): ReadonlySet<number> {
  let units = oneUnitSets.get(set)
  if (units === undefined) {
    units = new Set([...set].filter((w) => w.length === 1).map((w) => w.charCodeAt(0)))
    oneUnitSets.set(set, units)
  }
  return units
}

/** Most given-name spans one text yields (past it the text is a list of names, redacted by the other passes). */
const MAX_GIVEN_SPANS = 2048

/**
 * Han text with the spaces between Han characters removed ("我是 李建国 的儿子", as speech-to-text writes it) and the
 * offset in the original of each of its characters, so that detectors reading unspaced runs see one run; undefined
 * when the text has no such space. The runs of /(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu, found by the code
 * unit tables (the pattern's look-back was tried at every position: some 0.8 ms per 16 KB of Han), remembered for
 * the last two texts (the Han names of the detectors and of the multilingual pass read the same text).
 */
export const withoutHanSpaces = lastTexts((text: string): { text: string; offsets: readonly number[] } | undefined => {
  if (!hasHan(text)) return undefined
  let offsets: number[] | undefined
  let out = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) continue
    const start = i
    while (c === 32 || c === 9) c = text.charCodeAt(++i)
    // A run of spaces and tabs between two Han code points (a surrogate pair read whole on either side).
    if (classLengthBefore(hanScriptLength, text, start) === 0 || hanScriptLength(text, i) === 0) continue
    offsets ??= []
    for (let k = last; k < start; k++) offsets.push(k)
    out += text.slice(last, start)
    last = i
  }
  if (offsets === undefined) return undefined
  for (let k = last; k < text.length; k++) offsets.push(k)
  out += text.slice(last)
  offsets.push(text.length)
  return { text: out, offsets }
}, 2)

/** Spans found on the text without Han spaces, moved back onto the original. */
export function onOriginal(spans: readonly Span[], offsets: readonly number[]): Span[] {
  return spans.map((s) => ({ ...s, start: offsets[s.start]!, end: offsets[s.end - 1]! + 1 }))
}
