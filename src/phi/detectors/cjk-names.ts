/**
 * Names in the scripts the word lists cannot split: Han names after a cue (我叫, 我妈妈), before an honorific (先生, 医生)
 * or a family name before one, and Korean given names of the tables standing alone. Moved out of multilingual.ts, which
 * reads the spaced scripts; the cue and name lists are the language tables'.
 */
import { languages } from '../languages'
import { boundedMemo } from '../memo'
import type { Word } from '../spoken'
import type { Span } from './types'

const HAN = /\p{Script=Han}/u
const HANGUL_WORD = /^\p{Script=Hangul}/u
const HAN_RUN = /\p{Script=Han}+/gu

let hanCueIndex: { cues: string[]; byFirst: Map<string, number[]> } | undefined

/** The Han cues in table order (self, relation, title; longest first in each) and their indices by first character. */
function hanCues(): { cues: string[]; byFirst: Map<string, number[]> } {
  if (hanCueIndex) return hanCueIndex
  const lang = languages()
  const cues = [...lang.selfCues.unspaced, ...lang.relationCues.unspaced, ...lang.titlesBefore.unspaced]
  const byFirst = new Map<string, number[]>()
  cues.forEach((cue, k) => {
    const first = [...cue][0]!
    byFirst.set(first, [...(byFirst.get(first) ?? []), k])
  })
  hanCueIndex = { cues, byFirst }
  return hanCueIndex
}

/** Names in Han script: after a cue (我叫, 我妈妈), before an honorific (先生, 医生), or a family name before an honorific. */
export function hanNames(text: string, lower: string, out: Span[]): void {
  if (!HAN.test(text)) return
  const lang = languages()
  const { cues, byFirst } = hanCues()
  // After a title ("医生", "护士") a name starts with its family name: "医生上门打针" is a doctor visiting, no name.
  const titleCues = new Set(lang.titlesBefore.unspaced)
  const titles = lang.titlesAfter.unspaced
  for (const run of text.matchAll(HAN_RUN)) {
    const s = run.index
    const r = run[0]
    const chars = [...r]
    // Only the cues that start with a character of the run can occur in it, taken in the table order.
    const candidates = new Set<number>()
    for (const c of chars) for (const k of byFirst.get(c) ?? []) candidates.add(k)
    const runCues = [...candidates].sort((a, b) => a - b).map((k) => cues[k]!)
    // After a cue: up to three characters, stopping at a title after or a function character.
    // Cues longest first; a shorter cue inside a longer one ("我妈" in "我妈妈") is not a cue of its own.
    const cueSpans: Array<[number, number]> = []
    for (const cue of runCues) {
      let at = r.indexOf(cue)
      while (at >= 0) {
        const from = at + cue.length
        if (cueSpans.some(([a, b]) => at >= a && at < b)) {
          at = r.indexOf(cue, at + 1)
          continue
        }
        cueSpans.push([at, from])
        if (
          titleCues.has(cue) &&
          !lang.familyNames.has(r.slice(from, from + 1)) &&
          !lang.familyNames.has(r.slice(from, from + 2))
        ) {
          at = r.indexOf(cue, at + 1)
          continue
        }
        // "我儿子叫小明": the cue's verb of naming comes before the name.
        const named = NAMING_VERBS.find((v) => r.startsWith(v, from))
        const start = named ? from + named.length : from
        let end = start
        let n = 0
        // A family name and one or two characters, or a given name or pet name (小明, 建国) of two.
        const most = lang.familyNames.has(r[start] ?? '') ? 3 : 2
        while (
          end < r.length &&
          n < most &&
          !titles.some((t) => r.startsWith(t, end)) &&
          !STOP_CHARS.has(r[end]!) &&
          !isTimeWord(r, end)
        ) {
          end += r[end]!.length
          n++
        }
        // A two-character given name or a three-character full name; one character alone only before a title.
        if (n >= 2 || (n === 1 && titles.some((t) => r.startsWith(t, end)))) {
          out.push({ start: s + start, end: s + end, type: 'NAME', source: 'names:han' })
          // A title cue inside the name found ("小" of 小明) opens no second name.
          cueSpans.push([start, end])
        }
        at = r.indexOf(cue, at + 1)
      }
    }
    // Before an honorific: the family name within three characters before it, through to the title.
    for (const title of titles) {
      let at = r.indexOf(title)
      while (at > 0) {
        let from = -1
        for (let k = Math.max(0, at - 3); k < at; k++)
          if (lang.familyNames.has(r[k]!)) {
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
    void chars
  }
  void lower
}

// Characters after which a Chinese name may start before a title: "是", "的", "给", "和", "跟", "与", "找", "问", "请", "叫".
const NAME_OPENERS = new Set([...'是的给和跟与找问请叫'])

// Function characters that end a Chinese name run: particles, copulas, pronouns, time words.
const STOP_CHARS = new Set([
  ...'的了是在和与跟也都就还说要想有没不很吗呢吧啊呀嗯呃额哦喂我你他她它们今昨年月日号岁歲，。！？、：；（）〇零一二三四五六七八九十百两兩0123456789',
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

/** Particles a Korean name takes (subject, topic, object, vocative, "to", "with", "too"), longest first. */
// biome-ignore format: packed list
const PERSON_PARTICLES = [
  '이한테', '이에게', '이랑', '이가', '이는', '이를', '이도', '이의', '한테', '에게', '하고', '이', '가', '는', '은', '를',
  '을', '야', '아', '씨', '님', '도', '랑', '의',
]
