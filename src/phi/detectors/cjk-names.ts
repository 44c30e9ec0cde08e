/**
 * Names in the scripts the word lists cannot split: Han names after a cue (我叫, 我妈妈), before an honorific (先生, 医生)
 * or a family name before one, and Korean given names of the tables standing alone. Moved out of multilingual.ts, which
 * reads the spaced scripts; the cue and name lists are the language tables'.
 */
import { languages } from '../languages'
import { boundedMemo } from '../memo'
import type { Word } from '../spoken'
import { hasHan } from './chars'
import { NAME_OPENERS, latinNamesInHan } from './latin-in-han'
import { spelledHanNames } from './han-spelled'
import type { Span } from './types'

const HAN = /\p{Script=Han}/u
const HANGUL_WORD = /^\p{Script=Hangul}/u
const HAN_RUN = /\p{Script=Han}+/gu

/** A node of a tree of Han phrases by UTF-16 code unit: the indices of the phrases that end there, and what follows. */
interface PhraseNode {
  next: Map<number, PhraseNode>
  ends: number[]
}

/** A family name right before position `at` of a Han run, or one and 老/小 ("陈", "陈老"). */
function titledFamilyBefore(r: string, at: number): boolean {
  const { familyNames } = languages()
  if (at >= 1 && familyNames.has(r[at - 1]!)) return true
  return at >= 2 && (r[at - 1] === '老' || r[at - 1] === '小') && familyNames.has(r[at - 2]!)
}

/** The tree of `phrases` (indices as in the list), so the phrases that start at a position are read by one walk. */
function phraseTree(phrases: readonly string[]): PhraseNode {
  const root: PhraseNode = { next: new Map(), ends: [] }
  phrases.forEach((phrase, k) => {
    let node = root
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i)
      let child = node.next.get(c)
      if (!child) node.next.set(c, (child = { next: new Map(), ends: [] }))
      node = child
    }
    node.ends.push(k)
  })
  return root
}

/** Whether a phrase of the tree starts at `at` of `r`: `phrases.some((t) => r.startsWith(t, at))`. */
function startsAt(tree: PhraseNode, r: string, at: number): boolean {
  let node: PhraseNode | undefined = tree
  for (let q = at; ; q++) {
    if (node.ends.length > 0) return true
    if (q >= r.length) return false
    node = node.next.get(r.charCodeAt(q))
    if (!node) return false
  }
}

interface HanCues {
  /** Self, relation and title cues in table order (longest first in each). */
  cues: string[]
  tree: PhraseNode
  titleCues: ReadonlySet<string>
  /** Honorifics after a name (先生, 医生) and title cues of two characters or more (协调员, 翻译), as trees. */
  titlesAfter: PhraseNode
  roleCues: PhraseNode
  /** The relation cues (儿子, 儿媳), as a tree. */
  relations: PhraseNode
  /** A bit for the first code unit of each honorific after a name, by code unit, and that bit by honorific. */
  titleFirstBits: ReadonlyMap<number, number>
  titleBits: readonly number[]
}

let hanCueIndex: HanCues | undefined

/**
 * The Han cue tables, read once: hundreds of relation cues open on 我, and each was compared in turn at every 我 of a
 * text before they were read as a tree.
 */
function hanCues(): HanCues {
  if (hanCueIndex) return hanCueIndex
  const lang = languages()
  const cues = [...lang.selfCues.unspaced, ...lang.relationCues.unspaced, ...lang.titlesBefore.unspaced]
  hanCueIndex = {
    cues,
    // Read from a position by one walk, only what ends a character or more on (an empty cue was never looked up).
    tree: phraseTree(cues),
    titleCues: new Set(lang.titlesBefore.unspaced),
    titlesAfter: phraseTree(lang.titlesAfter.unspaced),
    // The title cues of two characters or more: single ones (小, 老, 阿) open pet names instead.
    roleCues: phraseTree(lang.titlesBefore.unspaced.filter((t) => t.length >= 2)),
    relations: phraseTree(lang.relationCues.unspaced),
    ...firstUnitBits(lang.titlesAfter.unspaced),
  }
  return hanCueIndex
}

/**
 * One of 31 bits for each distinct first code unit of `phrases` (two units may share a bit), by unit and by phrase: a
 * run whose units' bits miss a phrase's bit does not hold that phrase.
 */
function firstUnitBits(phrases: readonly string[]): { titleFirstBits: Map<number, number>; titleBits: number[] } {
  const titleFirstBits = new Map<number, number>()
  for (const t of phrases) {
    const c = t.charCodeAt(0)
    if (!Number.isNaN(c) && !titleFirstBits.has(c)) titleFirstBits.set(c, 1 << (titleFirstBits.size % 31))
  }
  return { titleFirstBits, titleBits: phrases.map((t) => titleFirstBits.get(t.charCodeAt(0)) ?? 0) }
}

// Words of 小 or 老 and a character that is also a family name: no nickname ("老师", "小区", "老公", "小时").
// biome-ignore format: packed list
const OLD_YOUNG_WORDS = new Set([
  '老师', '老師', '老公', '老婆', '老家', '老人', '老年', '老板', '老闆', '老大', '老二', '老三', '老是', '老样', '小区', '小區', '小时', '小時', '小孩',
  '小姐', '小朋', '小学', '小學', '小便', '小心', '小米', '小组', '小組', '小于', '小於', '小康', '小费', '小麦', '小麥', '小黄', '小黃', '小白', '小牛',
  '小马', '小馬', '小叶', '小葉', '小花', '小车', '小車', '小钱', '小錢',
])

/** Introductions after which "… 的 + family name" names the speaker ("我是团队的林美华"). */
const SELF_DE_CUES = new Set(['我是', '我係', '我系', '本人是'])

/** Names in Han script: after a cue (我叫, 我妈妈), before an honorific (先生, 医生), or a family name before an honorific. */
export function hanNames(text: string, out: Span[]): void {
  if (!hasHan(text)) return
  const lang = languages()
  // After a title ("医生", "护士") a name starts with its family name: "医生上门打针" is a doctor visiting, no name.
  const { cues, tree, titleCues, titlesAfter, roleCues, relations, titleFirstBits, titleBits } = hanCues()
  const titles = lang.titlesAfter.unspaced
  // The last characters of the surnames spelled by their parts, by code unit (asked of every character of the text).
  const spelledSurnames = new Set<number>()
  for (const run of text.matchAll(HAN_RUN)) {
    const s = run.index
    const r = run[0]
    // Where each cue occurs in the run, read in one pass over it (a search per cue cost the run's length times the
    // number of cues); the cues are then taken in the table order.
    const found = new Map<number, number[]>()
    // The bits of the honorifics' first characters the run holds, read in the same pass: the search before an
    // honorific (below) runs only for those whose bit is here, not for all 44 in every run (spaced prose is many runs).
    let titleMask = 0
    for (let p = 0; p < r.length; p++) {
      titleMask |= titleFirstBits.get(r.charCodeAt(p)) ?? 0
      let node: PhraseNode | undefined = tree
      for (let q = p; q < r.length; q++) {
        node = node.next.get(r.charCodeAt(q))
        if (!node) break
        for (const k of node.ends) (found.get(k) ?? found.set(k, []).get(k)!).push(p)
      }
    }
    const runCues = [...found].sort((a, b) => a[0] - b[0])
    // After a cue: up to three characters, stopping at a title after or a function character.
    // Cues longest first; a shorter cue inside a longer one ("我妈" in "我妈妈") is not a cue of its own.
    // Positions of the run inside a cue or a name found after one: a mask, so each look-up is O(1) in a long run.
    const covered = new Uint8Array(r.length)
    const cover = (a: number, b: number): void => {
      covered.fill(1, a, b)
    }
    for (const [k, positions] of runCues) {
      const cue = cues[k]!
      for (const at of positions) {
        const from = at + cue.length
        if (covered[at]) continue
        cover(at, from)
        // "阿司匹林", "小心": a word of the tables longer than the cue starts with it (a drug written by its sounds), no
        // title or kin word.
        if (wordStartsAt(r, at, lang.plainWords, cue.length + 1, 6)) continue
        if (
          titleCues.has(cue) &&
          !lang.familyNames.has(r.slice(from, from + 1)) &&
          !lang.familyNames.has(r.slice(from, from + 2))
        )
          continue
        // "陈先生这几天", "陈老先生今天": a title right after a family name is that person's title, not "my husband".
        if (startsAt(titlesAfter, r, at) && titledFamilyBefore(r, at)) continue
        // "先生您好", "阿姨您好，明天见": a greeting or thanks after the address ("先生" is a title and "my husband").
        if (HAN_GREETINGS.some((g) => r.startsWith(g, from))) continue
        // "我儿子叫小明": the cue's verb of naming comes before the name.
        const named = NAMING_VERBS.find((v) => r.startsWith(v, from))
        let start = named ? from + named.length : from
        // "我是团队的林美华", "我是诊所的王芳": a team or a place, 的, then a family name: the person is after 的 (the words
        // before it are what the person belongs to; "我是李明的女儿" keeps its family name first and is read as before).
        // 的 is looked for among the next five characters only (a search to the run's end, for every cue of a long run
        // without 的, was quadratic).
        const near = r.slice(start, start + 5).indexOf('的')
        const of = near < 0 ? -1 : start + near
        if (
          !named &&
          SELF_DE_CUES.has(cue) &&
          of > start &&
          of - start <= 4 &&
          !lang.familyNames.has(r[start] ?? '') &&
          lang.familyNames.has(r[of + 1] ?? '')
        )
          start = of + 1
        // "我阿媽高血壓", "我阿爸頭暈": a word of the tables right after the cue is what the relative has, no name.
        if (!named && wordStartsAt(r, start, lang.plainWords)) continue
        // "我是儿媳赵燕": a relation after a self cue says who the speaker is, the name after it is read from that cue;
        // after a relation ("他的继母孩子") the relation word is who is spoken of, no name.
        if (!named && startsAt(relations, r, start)) continue
        let end = start
        let n = 0
        // A family name and one or two characters, or a given name or pet name (小明, 建国) of two.
        // A family name of two characters (司马, 诸葛) leaves room for a given name of two.
        // So does a married woman's two family names, her husband's before her own (黃陳秀英).
        const family = lang.familyNames.has(r[start] ?? '')
        const twoFamilies = family && lang.familyNames.has(r[start + 1] ?? '')
        // "小李发烧", "老王血压高": 小 or 老 before a family name is a whole nickname; a word of the tables right after it
        // is what that person has, not a given name.
        const nickname =
          (cue === '小' || cue === '老') &&
          family &&
          !OLD_YOUNG_WORDS.has(r.slice(start - 1, start + 1)) &&
          !wordStartsAt(r, start - 1, lang.plainWords) &&
          (wordStartsAt(r, start + 1, lang.plainWords) || STOP_CHARS.has(r[start + 1] ?? ''))
        const most = nickname ? 1 : lang.familyNames.has(r.slice(start, start + 2)) || twoFamilies ? 4 : family ? 3 : 2
        while (
          end < r.length &&
          n < most &&
          // A fourth character that opens a word of the tables starts the next word ("何马丽发烧", "余方华住院").
          !(n === 3 && wordStartsAt(r, end, lang.plainWords)) &&
          !startsAt(titlesAfter, r, end) &&
          // "我是翻译王芳": a role word after the cue is the role; its own name follows it.
          !startsAt(roleCues, r, end) &&
          // 月 ends a name as "month" ("我妈妈每月"), but after a family name it is a given name's ("林月娥").
          !(STOP_CHARS.has(r[end]!) && !(r[end] === '月' && family && n >= 1) && !givenOne(r, end, family, n)) &&
          !isTimeWord(r, end) &&
          !HAN_TIME_WORDS.has(r.slice(end, end + 2))
        ) {
          end += r[end]!.length
          n++
        }
        // A two-character given name or a three-character full name; one character alone only before a title.
        // "我是护理协调员陈静": words right before a role word describe the role ("护理" of 护理协调员), no name.
        // "我妈妈刘现在住院": a family name alone before a time word is still the name.
        if (n === 1 && lang.familyNames.has(r[start]!) && HAN_TIME_WORDS.has(r.slice(end, end + 2))) {
          out.push({ start: s + start, end: s + end, type: 'NAME', source: 'names:han' })
          cover(start, end)
          continue
        }
        if (nickname && n === 1) {
          out.push({ start: s + start - cue.length, end: s + end, type: 'NAME', source: 'names:han' })
          cover(start, end)
          continue
        }
        const beforeRole = startsAt(roleCues, r, end)
        if (!beforeRole && (n >= 2 || (n === 1 && startsAt(titlesAfter, r, end)))) {
          out.push({ start: s + start, end: s + end, type: 'NAME', source: 'names:han' })
          // A title cue inside the name found ("小" of 小明) opens no second name.
          cover(start, end)
        }
      }
    }
    // "大学的学生": the character after 的 opens a word of its own (a role, a word of the tables), told by nothing.
    spelledHanNames(
      r,
      s,
      (told) => startsAt(roleCues, r, told) || wordStartsAt(r, told, lang.plainWords),
      out,
      spelledSurnames,
    )
    // Before an honorific: the family name within three characters before it, through to the title.
    for (let t = 0; t < titles.length; t++) {
      if ((titleMask & titleBits[t]!) === 0) continue
      const title = titles[t]!
      let at = r.indexOf(title)
      while (at > 0) {
        // "李医生": the title is 医生, not the 生 inside it (that left "李医" as the name).
        if (
          titles.some(
            (t) => t.length > title.length && t.endsWith(title) && r.startsWith(t, at + title.length - t.length),
          )
        ) {
          at = r.indexOf(title, at + 1)
          continue
        }
        let from = -1
        // A family name within three characters before the title, with no function character after it ("文的医生").
        for (let k = Math.max(0, at - 3); k < at; k++)
          if (
            lang.familyNames.has(r[k]!) &&
            ![...r.slice(k + 1, at)].some((c) => STOP_CHARS.has(c)) &&
            // "谢谢张生": a family-name character that starts a word (谢谢, thanks) is that word.
            !isWordAt(r, k, lang.words, lang.signOffs.phrases)
          ) {
            from = k
            break
          }
        // No family name: the two characters before the title, unless they are a word or hold a function character
        // ("您好医生", "谢谢医生", "我的医生").
        if (from < 0 && at >= 2) {
          const two = r.slice(at - 2, at)
          // ... and only where a name can start: the run's start or after a word that introduces one ("看医生" is
          // "see a doctor").
          const opens = at === 2 || NAME_OPENERS.has(r[at - 3]!)
          if (
            opens &&
            ![...two].some((c) => STOP_CHARS.has(c)) &&
            !lang.words.has(two) &&
            !lang.signOffs.phrases.has(two)
          )
            from = at - 2
        }
        if (from >= 0) out.push({ start: s + from, end: s + at, type: 'NAME', source: 'names:han' })
        at = r.indexOf(title, at + 1)
      }
    }
  }
  // The surname a speaker spelled, said again elsewhere: alone, before a function character ("刘是…"), or opening a
  // name of two or three characters ("张 嗯 张建国").
  latinNamesInHan(text, out)
  if (spelledSurnames.size > 0) {
    for (const run of text.matchAll(HAN_RUN)) {
      const r = run[0]
      for (let at = 0; at < r.length; at++) {
        // Where a name stands (a run's start, beside a function character) and not inside a word that holds the
        // character ("黄疸", "疗程", "紧张", "发黄").
        if (!spelledSurnames.has(r.charCodeAt(at)) || isWordAt(r, at, lang.words)) continue
        // ... or opening a full name of three characters ("昨天张建国打电话来").
        const fullName = r.length - at >= 3 && !STOP_CHARS.has(r[at + 1]!) && !STOP_CHARS.has(r[at + 2]!)
        if (at > 0 && !STOP_CHARS.has(r[at - 1]!) && !STOP_CHARS.has(r[at + 1] ?? '') && !fullName) continue
        let end = at + 1
        while (
          end < r.length &&
          end - at < 3 &&
          !STOP_CHARS.has(r[end]!) &&
          !startsAt(titlesAfter, r, end) &&
          !lang.words.has(r.slice(end, end + 2))
        )
          end++
        out.push({ start: run.index + at, end: run.index + end, type: 'NAME', source: 'names:han-spelled' })
        at = end - 1
      }
    }
  }
  namesAfterFieldLabels(text, out)
}

// Labels of a form's name fields, written before a colon ("姓名：黄丽", "联系人：王芳"): with the colon they say a name
// follows ("请联系人事部" has none).
// biome-ignore format: packed list
const FIELD_LABELS = [
  '联系人', '聯繫人', '聯絡人', '联络人', '紧急联系人', '緊急聯絡人', '患者', '病人', '病患', '家属', '家屬', '签名',
  '簽名', '署名',
]
const FIELD_COLON = /^[ \t]*[:：][ \t]*/u

/**
 * "姓名：黄丽", "联系人：王芳": after a self cue or a field label and a colon, a family name with one or two characters,
 * or two characters, are the name (the colon ends the Han run the cue reader reads, so it never saw them).
 */
function namesAfterFieldLabels(text: string, out: Span[]): void {
  if (!/[:：]/u.test(text)) return
  const lang = languages()
  for (const label of fieldLabels(lang)) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length)) {
      const colon = FIELD_COLON.exec(text.slice(at + label.length, at + label.length + 8))
      if (!colon) continue
      const start = at + label.length + colon[0].length
      // A name opens on its family name; a word of the language there ("病人：高血压", 高 is a family name too) is
      // what the field holds instead.
      const family = lang.familyNames.has(text.slice(start, start + 2))
        ? 2
        : lang.familyNames.has(text[start] ?? '')
          ? 1
          : 0
      if (family === 0 || lang.words.has(text.slice(start, start + 2)) || lang.words.has(text.slice(start, start + 3)))
        continue
      let end = start
      while (end < text.length && end - start < family + 2 && HAN_CHAR.test(text[end]!) && !STOP_CHARS.has(text[end]!))
        end++
      if (end - start >= 2) out.push({ start, end, type: 'NAME', source: 'names:han' })
    }
  }
}

const HAN_CHAR = /\p{Script=Han}/u

let fieldLabelList: { lang: ReturnType<typeof languages>; labels: readonly string[] } | undefined

/** The Han self cues of the tables and the field labels, read once per compiled tables. */
function fieldLabels(lang: ReturnType<typeof languages>): readonly string[] {
  if (fieldLabelList?.lang !== lang)
    fieldLabelList = { lang, labels: [...lang.selfCues.unspaced.filter((c) => HAN_CHAR.test(c)), ...FIELD_LABELS] }
  return fieldLabelList.labels
}

/** Whether the character at k belongs to a two-character word (谢谢, 麻烦) with the one before or after it. */
// biome-ignore format: packed list
const HAN_GREETINGS = [
  '您好', '你好', '早上好', '晚上好', '下午好', '早安', '晚安', '谢谢', '謝謝', '多谢', '多謝', '唔该', '唔該', '辛苦', '再见',
  '再見', '明天见', '明天見',
]

function isWordAt(run: string, k: number, ...sets: ReadonlyArray<ReadonlySet<string>>): boolean {
  const pairs = [run.slice(k, k + 2), k > 0 ? run.slice(k - 1, k + 1) : '']
  return pairs.some((p) => p.length === 2 && sets.some((set) => set.has(p)))
}

/** A word of two to four characters of `words` starts at `at` in `run`. */
/** Whether a listed word of `shortest` to `longest` characters starts at `at` of `run`. */
function wordStartsAt(run: string, at: number, words: ReadonlySet<string>, shortest = 2, longest = 4): boolean {
  for (let k = shortest; k <= longest && at + k <= run.length; k++) if (words.has(run.slice(at, at + k))) return true
  return false
}

// Function characters that end a Chinese name run: particles, copulas, pronouns, time words.
const STOP_CHARS = new Set([
  ...'的了是在和与跟也都就还说話话要想有没不很吗呢吧啊呀嗯呃额哦喂去请請带帶我你他她它们今昨年月日号岁歲吃喝，。！？、：；（）〇零一二三四五六七八九十百两兩0123456789',
])

/**
 * "张一诺", "王一鸣": 一 right after a family name opens a given name, unless it opens a word ("张一直", "李一下").
 */
function givenOne(r: string, at: number, family: boolean, n: number): boolean {
  if (r[at] !== '一' || !family || n !== 1) return false
  const next = r[at + 1] ?? ''
  return (
    next !== '' &&
    !STOP_CHARS.has(next) &&
    !ONE_WORDS.has(r.slice(at, at + 2)) &&
    !HAN_TIME_WORDS.has(r.slice(at, at + 2))
  )
}
// Words that open on 一: a count, "always", "together", "a little", "a moment".
// biome-ignore format: packed list
const ONE_WORDS = new Set([
  '一直', '一下', '一起', '一点', '一點', '一定', '一样', '一樣', '一次', '一天', '一个', '一個', '一些', '一共', '一般', '一周',
  '一週', '一年', '一会', '一會', '一切', '一边', '一邊', '一半', '一片', '一粒', '一颗', '一顆', '一瓶', '一家', '一位', '一口',
  '一晚', '一夜', '一阵', '一陣', '一趟', '一遍', '一种', '一種', '一支', '一条', '一條', '一只', '一隻', '一张', '一張', '一名',
])

// Time words that follow a person ("我妈妈上周摔倒了"): never part of the name before them.
// biome-ignore format: packed list
const HAN_TIME_WORDS = new Set([
  '上周', '下周', '本周', '这周', '這周', '上个', '上個', '下个', '下個', '今天', '昨天', '前天', '后天', '後天', '今年', '去年',
  '早上', '晚上', '中午', '下午', '上午', '现在', '現在', '刚才', '剛才', '最近', '一直', '已经', '已經', '突然', '每天',
  '周末', '週末',
])

/** Verbs of naming between a cue and the name: 叫 (is called), 名叫, 叫做. */
const NAMING_VERBS = ['名叫', '叫做', '叫']

/** 明 is a common given-name character; it ends a name only as the start of a time word (明天, 明年, 明早). */
function isTimeWord(run: string, at: number): boolean {
  const next = run[at + 1]
  return run[at] === '明' && next !== undefined && '天年早晚儿日'.includes(next)
}

/**
 * A Korean given name of the tables standing alone ("민지 생년월일도", "지호가 열이 나요"): Korean names are two
 * syllables like most Korean words, so the unknown-word backstop cannot see them; a table given name that is no
 * everyday word of any table is the name, with or without its particle.
 */
export function hangulGivenNames(list: readonly Word[], out: Span[]): void {
  for (const w of list) {
    if (isHangulGivenName(w.w)) out.push({ start: w.start, end: w.end, type: 'NAME', source: 'names:hangul-given' })
  }
}

// A property of the word alone (the tables are fixed), asked of every word of a text and again of the same words in
// the next text: remembered per word, bounded like the other per-word memos.
const isHangulGivenName = boundedMemo(hangulGivenName, 4096)

/** A Hangul word of six syllables at most that is a given name, alone or with one of a person's particles. */
function hangulGivenName(word: string): boolean {
  if (!HANGUL_WORD.test(word) || HAN.test(word) || word.length > 6) return false
  const lang = languages()
  const given = (stem: string) => lang.givenNames.has(stem) && !lang.words.has(stem) && !lang.plainWords.has(stem)
  const particle = PERSON_PARTICLES.find((p) => word.length > p.length + 1 && word.endsWith(p))
  return given(word) || (particle !== undefined && given(word.slice(0, word.length - particle.length)))
}

/** A particle a Korean name takes ("이가", "는", "한테"), whole. */
export function isPersonParticle(rest: string): boolean {
  return PERSON_PARTICLES.includes(rest)
}

/** Particles a Korean name takes (subject, topic, object, vocative, "to", "with", "too"), longest first. */
// biome-ignore format: packed list
const PERSON_PARTICLES = [
  '이한테', '이에게', '이랑', '이가', '이는', '이를', '이도', '이의', '한테', '에게', '하고', '이', '가', '는', '은', '를',
  '을', '야', '아', '씨', '님', '도', '랑', '의',
]
