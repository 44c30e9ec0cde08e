/**
 * US streets and districts written in Han characters, where no space or cue tells where they start: a street word
 * with a house number and 号 ("格兰街88号2B", "史托顿街一百二十号") is a street wherever it stands, and a district
 * (区) named after a place word or before a clinic ("从日落区诊所打来", "住在列治文区") is a locality. Chinese
 * writers transliterate US names (格兰 Grant, 日落 Sunset), so no list can hold them: the shape is what tells. Korean
 * writers spell US street types in Hangul ("노스 오크 스트리트 삼백이십일 번지"): the words before such a type that are
 * no Korean everyday word are the street's name, the number after it the house number.
 */
import { languages } from '../languages'
import { withoutParticles } from '../remembered'
import type { Detector, Span } from './types'

// A street: a name of two to four characters, a street word, a house number with 号 and a unit after it.
const HAN_STREET =
  /\p{Script=Han}{2,4}?(?:大道|大街|街|路|巷|弄)(?:\d{1,6}|[一二三四五六七八九十百千零〇两]{1,8})(?:号|號)(?:[A-Za-z0-9]{1,4}(?![A-Za-z0-9])|(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})(?:室|楼|樓))?/gu
// What a street's name does not start with: the verb or preposition before it ("住格兰街", "改成北京路").
// biome-ignore format: packed list
const BEFORE_A_NAME = [
  '改成', '改为', '改為', '换成', '換成', '搬到', '住在', '地址', '住', '在', '到', '从', '從', '于', '於', '是', '的',
  '去', '往', '搬', '：', ':',
]

// A district: two or three characters and 区, after a place word or before a facility.
const HAN_DISTRICT =
  /(?<=(?:从|從|在|住|来自|來自|到|去)\p{Script=Han}{0,1}?)(\p{Script=Han}{2,3})(?:区|區)(?=诊所|診所|医院|醫院|医疗|醫療|附近|那边|那邊|[的,，。.!！?？、\s]|$)/gu
// A district noun made with 区 that names no place ("社区", "小区", "病区").
// biome-ignore format: packed list
const NOT_A_DISTRICT = new Set([
  '社', '地', '病', '小', '市', '郊', '城', '景', '学', '學', '灾', '災', '山', '禁', '辖', '轄', '园', '園', '街', '校',
  '商', '住', '老', '新', '工', '开', '開', '特', '该', '該', '这', '這', '那', '本', '各', '全', '诊', '診', '离', '離',
])
// Hospital areas named with 区 by two characters ("手术区", "儿科区"): a transliterated town may end on one of them
// alone ("诺科区", Norco).
// biome-ignore format: packed list
const WARD_ENDINGS = [
  '门诊', '門診', '候诊', '候診', '隔离', '隔離', '检查', '檢查', '手术', '手術', '儿科', '兒科', '康复', '康復', '治疗',
  '治療', '监护', '監護', '病房', '待产', '待產', '取药', '取藥', '等候', '急诊', '急診', '内科', '內科', '外科', '妇科',
  '婦科', '产科', '產科', '药房', '藥房', '化验', '化驗', '抽血', '护理', '護理',
]

// A US street type spelled in Hangul, then an optional house number (digits or Sino-Korean numerals) and 번지/호, or a
// particle or copula written onto it ("로드 천이백에"); the type itself may carry one ("블러바드이고요").
const HANGUL_STREET_TYPE =
  /(?<![가-힣])(?:스트리트|애비뉴|에비뉴|로드|드라이브|블러바드|블루바드|레인|플레이스|파크웨이|하이웨이)(?=(?:이고요|이고|이구요|이에요|예요|입니다|이요|에서|에|이|가|는|은|를|을)?(?![가-힣]))(?<number>[ \t]*(?:\d{1,6}|[일이삼사오육칠팔구십백천]{1,8}(?=[ \t]*(?:번지|호)|(?:에서|에|이에요|예요|입니다)(?![가-힣])|[^가-힣]|$))(?:[ \t]*(?:번지|호))?(?!\d))?/gu
const HANGUL_WORD_BEFORE = /([가-힣]+)[ \t]+$/u
// The house number said before the street ("삼천사백 웨스트 올림픽 블러바드", "3400 웨스트 …").
// Two syllables at least, or one of 십/백/천: a lone 일 or 이 is "work" or "this" ("일 끝나고 드라이브 했어요").
const HANGUL_NUMBER_BEFORE = /(?<![가-힣\d])(?:\d{1,6}|[일이삼사오육칠팔구십백천]{2,8}|[십백천])[ \t]+$/u

// The house number said before the name, in Sino-Korean numerals: the same shape HANGUL_NUMBER_BEFORE reads.
const SINO_KOREAN_NUMBER = /^[일이삼사오육칠팔구십백천]{2,8}$/u

/** Hangul streets: up to three name words before a Hangul street type, and the house number after or before it. */
function hangulStreets(text: string, out: Span[]): void {
  const words = languages().words
  for (const m of text.matchAll(HANGUL_STREET_TYPE)) {
    let start = m.index
    for (let k = 0; k < 3; k++) {
      const w = HANGUL_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
      // A house number said before the name ends the name ("사천이백 베테랑스 블러바드").
      if (!w || words.has(w[1]!) || withoutParticles(w[1]!) !== w[1] || SINO_KOREAN_NUMBER.test(w[1]!)) break
      start -= w[0].length
    }
    if (start === m.index) continue
    const before = HANGUL_NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 20), start))
    if (before) start -= before[0].length
    else if (!m.groups?.number) continue
    out.push({ start, end: m.index + m[0].length, type: 'STREET', source: 'street:hangul' })
  }
}

/** The length of a verb or preposition from BEFORE_A_NAME at `at`, or 0. */
function leadLength(text: string, at: number): number {
  return BEFORE_A_NAME.find((w) => text.startsWith(w, at))?.length ?? 0
}

/** Finds Han streets with a house number and Han districts, as STREET and CITY spans. */
export const detectHanAddresses: Detector = ({ text }) => {
  const out: Span[] = []
  if (/[가-힣]/u.test(text)) hangulStreets(text, out)
  if (!/[号號区區]/u.test(text)) return out
  for (const m of text.includes('号') || text.includes('號') ? text.matchAll(HAN_STREET) : []) {
    let start = m.index
    for (let lead = leadLength(text, start); lead > 0 && m.index + m[0].length - start - lead >= 4; ) {
      start += lead
      lead = leadLength(text, start)
    }
    out.push({ start, end: m.index + m[0].length, type: 'STREET', source: 'street:han' })
  }
  // Each pattern is tried at every Han character: one is run only where its own marker occurs.
  for (const m of text.includes('区') || text.includes('區') ? text.matchAll(HAN_DISTRICT) : []) {
    const name = m[1]!
    if (NOT_A_DISTRICT.has(name[name.length - 1]!) || languages().words.has(name)) continue
    if (WARD_ENDINGS.some((w) => name.endsWith(w))) continue
    out.push({ start: m.index, end: m.index + m[0].length, type: 'CITY', source: 'city:han-district' })
  }
  return out
}
