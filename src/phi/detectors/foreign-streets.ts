/**
 * A street with an English name said inside another language ("vivimos por la monroe street", "trabajo en la french
 * street", "nhà bà ở central avenue"): after a preposition or article of that language, one or two words and an
 * English street type are a street's name, whatever the words mean. English text reads its own cues ("on", "at").
 */
import { languages } from '../languages'
import { isClinicalTerm, isEnglishWord, isSpanishWord } from '../lexicon'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { type Word, words } from '../spoken'
import { SCRIPT, holdsScript } from './chars'
import { AMBIGUOUS_OPENERS, STREET_OPENERS } from './named-streets'
import { spacedGap } from './phrases'
import type { Detector, Span } from './types'

// English street types no other language uses as a word ("dr" is a doctor, "way" and "place" everyday words, "drive"
// a verb Spanglish and Taglish borrow, "lane" a lane of traffic).
// biome-ignore format: packed list
const ENGLISH_TYPES = new Set([
  'street', 'avenue', 'ave', 'boulevard', 'blvd', 'road', 'parkway', 'pkwy', 'highway', 'hwy', 'turnpike',
  'terrace',
])
// Prepositions and articles of the other languages before a place ("por la", "en la", "na", "ở", "sur"); none is
// an English word ("a", "no", "do" are left out).
// biome-ignore format: packed list
const FOREIGN_BEFORE = new Set([
  'la', 'el', 'por', 'en', 'sobre', 'del', 'de', 'na', 'da', 'em', 'pela', 'pelo', 'ao', 'à', 'al', 'cerca', 'ở',
  'tại', 'sur', 'dans', 'sa', 'nan', 'lan', 'nhà', 'sou',
])

/** Finds English-named streets after a preposition or article of another language, or after its street word. */
export const detectForeignStreets: Detector = ({ lower }) => {
  const list = words(lower)
  const out = [...openedEnglishStreets(list, lower), ...scriptStreets(lower)]
  if (!/(?:street|ave|boulevard|blvd|road|parkway|pkwy|highway|hwy|turnpike|terrace)/.test(lower)) return out
  for (let i = 2; i < list.length; i++) {
    if (!ENGLISH_TYPES.has(list[i]!.w)) continue
    const from = nameStart(list, i, lower)
    if (from < 0) continue
    out.push({ start: list[from]!.start, end: list[i]!.end, type: 'STREET', source: 'street:foreign' })
  }
  return out
}

/** The first word of a street's name of one or two words before the type at `i`, or -1 when no foreign cue opens it. */
function nameStart(list: readonly Word[], i: number, text: string): number {
  for (const n of [2, 1]) {
    const from = i - n
    const cue = list[from - 1]
    if (from < 1 || !cue || !FOREIGN_BEFORE.has(cue.w) || !spacedGap(text, cue, list[from]!)) continue
    const name = list.slice(from, i)
    if (name.some((w, k) => k > 0 && !spacedGap(text, list[from + k - 1]!, w))) continue
    if (!spacedGap(text, list[i - 1]!, list[i]!)) continue
    // The name is English or a name: a word of the text's own language is its sentence ("nan klinik …", "na siya").
    if (name.some((w) => isFunctionWordOfAnyLanguage(w.w) || /\d/.test(w.w) || isClinicalTerm(w.w))) continue
    // "sou main street": an English word other tables also hold ("main" is French for hand) names the street.
    if (name.some((w) => (languages().words.has(w.w) && !isEnglishWord(w.w)) || isSpanishWord(w.w))) continue
    return from
  }
  return -1
}

const SUGAR_WORDS = new Set(['đường', 'duong'])
// Where a Vietnamese sentence puts something on a road: at, on, the house, to, across.
const ON_THE_ROAD = new Set(['ở', 'o', 'tại', 'tai', 'trên', 'tren', 'nhà', 'nha', 'đến', 'tới', 'qua'])
// English words that go on with the sentence after a street ("sa kalye near the school").
const AFTER_STREET = new Set(['near', 'by', 'behind', 'across', 'past', 'next', 'beside', 'around'])

/**
 * "cvs ở đường pleasant", "vivo en la calle broadway": after another language's street word, one or two English words
 * that are no word of any other table name the street (fail closed: the sentence's own language would not say an
 * English word there; "đường huyết", "calle principal" stay).
 */
function openedEnglishStreets(list: readonly Word[], text: string): Span[] {
  const out: Span[] = []
  for (let i = 0; i + 1 < list.length; i++) {
    const opener = list[i]!.w
    if (!STREET_OPENERS.has(opener) || AMBIGUOUS_OPENERS.has(opener) || !spacedGap(text, list[i]!, list[i + 1]!))
      continue
    // Vietnamese "đường" is sugar too ("đường fasting", "tiểu đường"): a road only where something is on it.
    if (SUGAR_WORDS.has(opener) && !ON_THE_ROAD.has(list[i - 1]?.w ?? '')) continue
    // "vingt-deux rue pleasant": a house number before the street word; the numbered-street rule reads it whole.
    const before = list[i - 1]?.w ?? ''
    if (/^\d/.test(before) || languages().numbers.has(before)) continue
    let end = i
    for (let k = i + 1; k <= i + 2 && k < list.length; k++) {
      if (k > i + 1 && !spacedGap(text, list[k - 1]!, list[k]!)) break
      const w = list[k]!.w
      // Written as English writes it: "mấy" folds to "may" but is Vietnamese.
      if (!/^[a-z]+$/.test(w) || !isEnglishWord(w) || isFunctionWordOfAnyLanguage(w) || isClinicalTerm(w)) break
      if (AFTER_STREET.has(w)) break
      if (languages().words.has(w)) break
      if (isSpanishWord(w) || /\d/.test(w)) break
      end = k
    }
    if (end > i) out.push({ start: list[i]!.start, end: list[end]!.end, type: 'STREET', source: 'street:foreign' })
  }
  return out
}

// US street types spelled in another script, of the types no word of those languages shares ("драйв", "плейс", "лейн"
// are words in Russian, "رود" a river in Persian, "코트" a coat and "레인" rain in Korean). A text holding none of them
// is not searched (the pattern's look-back is tried at every position of the text).
// biome-ignore format: packed list
const SCRIPT_STREET_TYPES = [
  'авеню', 'стрит', 'ستريت', 'أفنيو', 'افنيو', 'افينيو', '스트리트', '애비뉴', '에비뉴', '애브뉴', '블러바드', '블루바드',
  '불러바드',
]
// A word of another script before one of those types ("بشارع بارك أفنيو", "на Оушен авеню", "유니온 스트리트에", "41번
// 애비뉴"; in Hangul with the house number and compass word before it, "오삼이공 노스 키드지 애비뉴").
const SCRIPT_NAME_BEFORE_TYPE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:[\p{Script=Arabic}\p{Script=Cyrillic}]+|(?:(?:\d+|[일이삼사오육칠팔구십백천만공영]+)[ \t]+)?(?:(?:노스|사우스|이스트|웨스트)[ \t]+)?\d*[\p{Script=Hangul}]+)(?=[ \t]{1,2}(?:${SCRIPT_STREET_TYPES.join('|')})(?:에서|에|으로|로|의|은|는|이|가|을|를)?(?![\p{L}\p{N}]))`,
  'gu',
)
// A Korean word ending in its particle, and everyday words: before a street type they are the sentence's.
const HANGUL_PARTICLE_END = /[\p{Script=Hangul}](?:이|가|은|는|을|를|에|의|로|도|서)$/u
// biome-ignore format: packed list
const HANGUL_EVERYDAY = new Set([
  '그', '이', '저', '어제', '오늘', '내일', '매일', '큰', '작은', '고속', '빠른', '앞', '뒤', '옆', '근처', '우리', '저희', '너무', '집',
  '새', '긴', '넓은', '좁은', '복잡한', '시내',
])

/** A street written in Arabic, Cyrillic or Hangul letters before its US street type: the name, whatever its word is. */
function scriptStreets(text: string): Span[] {
  if (
    !holdsScript(text, SCRIPT.arabic | SCRIPT.cyrillic | SCRIPT.hangul) ||
    !SCRIPT_STREET_TYPES.some((t) => text.includes(t))
  )
    return []
  const out: Span[] = []
  for (const m of text.matchAll(SCRIPT_NAME_BEFORE_TYPE)) {
    // A Korean word with its particle or an everyday word before the type is the sentence's ("그 스트리트에서",
    // "어제 스트리트 푸드"), not a street's name.
    const name = m[0].split(/[ \t]+/).pop()!
    if (HANGUL_PARTICLE_END.test(name) || HANGUL_EVERYDAY.has(name)) continue
    const type = /^[ \t]{1,2}\S+/u.exec(text.slice(m.index + m[0].length))![0]
    out.push({ start: m.index, end: m.index + m[0].length + type.length, type: 'STREET', source: 'street:foreign' })
  }
  return out
}
