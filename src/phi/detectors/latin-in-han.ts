/**
 * Names in Latin letters inside Chinese text ("我是前台的Annie", "谢谢Annie!", "医生Liu会…", "看Patel大夫"): a capitalised
 * word where a name stands (before a Han title, after a title or relation word, after a character that opens a name,
 * closing a sentence), or a lower-case first name that is no word in those places.
 */
import { isClinicalTerm, isCommonWord, isEnglishWord, isFirstName, isSurname } from '../lexicon'
import { hasLowerCase, hasUpperCase } from './chars'
import { languages } from '../languages'
import type { Span } from './types'

// Characters after which a Chinese name may start before a title: "是", "的", "给", "和", "跟", "与", "找", "问", "请", "叫".
export const NAME_OPENERS: ReadonlySet<string> = new Set([
  ...'是的给和跟与找问请叫醒诉訴让讓帮幫陪带帶知送顾顧望接看约約',
])

const FACILITY_NOUNS = new Set(['clinic', 'hospital', 'pharmacy', 'medical', 'center', 'centre', 'health', 'lab'])
// One or two capitalised Latin words ("Teresa", "Ruth Ann") between Han characters, sentence marks or brackets.
const LATIN_NAME_IN_HAN =
  /(?<=(?:\p{Script=Han}|^|[。！？\n])[ \t]?)(\p{Lu}\p{Ll}{1,14}(?:[ \t]\p{Lu}\p{Ll}{1,14})?)(?=[ \t]?(?:\p{Script=Han}|[!！。，,?？~(（:：]|$))/gu
// The same in lower case ("我们的社工kelly周五…"): read only as a first name that is no word, where a name stands.
const LOWER_LATIN_NAME_IN_HAN = /(?<=\p{Script=Han}[ \t]?)(\p{Ll}{3,15})(?=[ \t]?(?:\p{Script=Han}|[!！。，,?？~]))/gu

// Titles of address written after a surname ("Patel大夫", "Smith先生").
const HAN_TITLE_AFTER = /^[ \t]?(?:医生|醫生|大夫|先生|女士|小姐|太太|护士|護士|医师|醫師|老师|老師)/u

/** Adds the names in Latin letters of a Chinese text to `out`. */
export function latinNamesInHan(text: string, out: Span[]): void {
  // "我是前台的Annie", "谢谢Annie!": a first name in Latin letters inside Chinese text is a person's.
  // A match opens on a capital (below: a small letter): Chinese prose without one is not scanned by the look-behind.
  for (const m of hasUpperCase(text) ? text.matchAll(LATIN_NAME_IN_HAN) : []) {
    const [first, next] = m[1]!.split(/[ \t]/) as [string, string | undefined]
    const w = first.toLowerCase()
    const second = next?.toLowerCase()
    // "看Patel大夫", "Nguyen医生": any capitalised word right before a Han title of address is a surname.
    if (HAN_TITLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && !isClinicalTerm(w)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'NAME', source: 'names:latin-in-han' })
      continue
    }
    // "医生Liu会…", "护士Grace": after a title or relation word a capitalised word is the person's name, a family name
    // as well as a given one (not a clinical word: "医生MRI").
    const cued = cuedByHanWord(text, m.index)
    if (cued && !isClinicalTerm(w) && (isFirstName(w) || isSurname(w) || !isCommonWord(w))) {
      const whole =
        second !== undefined &&
        !isClinicalTerm(second) &&
        (isSurname(second) || isFirstName(second) || !isCommonWord(second))
      out.push({
        start: m.index,
        end: m.index + (whole ? m[1]! : first).length,
        type: 'NAME',
        source: 'names:latin-in-han',
      })
      continue
    }
    if (!isFirstName(w) || isClinicalTerm(w)) continue
    // Two everyday words are a service's name ("Hope Clinic"); a first name that is no word takes the word after it
    // as its surname whatever it means ("Tom Bone", "Linda Rash").
    const serviceAfter =
      second !== undefined &&
      (isClinicalTerm(second) || isCommonWord(second)) &&
      !isFirstName(second) &&
      !isSurname(second)
    if (serviceAfter && isCommonWord(w)) continue
    // A place of care named after a person ("Kennedy Clinic", "Ross Pharmacy"): the person's name only.
    const named = second !== undefined && FACILITY_NOUNS.has(second) ? first : m[1]!
    // A name that is also a word ("Hope", "Pat") only where a name stands: after 是/叫/的… or closing the sentence
    // ("护士是Pat。"), not inside one ("我有Hope保险").
    const before = text
      .slice(Math.max(0, m.index - 2), m.index)
      .replace(/[ \t]+$/, '')
      .slice(-1)
    const after = text.slice(m.index + named.length).trimStart()[0] ?? ''
    // After a title or relation word of two characters or more ("護理師Grace").
    const placed = NAME_OPENERS.has(before) || after === '' || /[。！!？?，,~]/u.test(after) || cued
    if (!isCommonWord(w) || placed)
      out.push({ start: m.index, end: m.index + named.length, type: 'NAME', source: 'names:latin-in-han' })
  }
  for (const m of hasLowerCase(text) && /\p{Script=Han}[ \t]?\p{Ll}/u.test(text)
    ? text.matchAll(LOWER_LATIN_NAME_IN_HAN)
    : []) {
    const w = m[1]!
    if (!isFirstName(w) || isCommonWord(w) || isClinicalTerm(w) || isEnglishWord(w)) continue
    const before = text
      .slice(Math.max(0, m.index - 2), m.index)
      .trimEnd()
      .slice(-1)
    if (NAME_OPENERS.has(before) || cuedByHanWord(text, m.index))
      out.push({ start: m.index, end: m.index + w.length, type: 'NAME', source: 'names:latin-in-han' })
  }
}

let personCueList: readonly string[] | undefined

/** A Han title or relation cue of two characters or more ends right before `at` (blanks between allowed). */
function cuedByHanWord(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 6), at).trimEnd()
  return personCuesOfHan().some((c) => head.endsWith(c))
}

/** The Han title and relation cues of two characters or more, read once ("護理師Grace", "我妈妈Linda"). */
function personCuesOfHan(): readonly string[] {
  const lang = languages()
  personCueList ??= [...lang.titlesBefore.unspaced, ...lang.relationCues.unspaced].filter((c) => c.length >= 2)
  return personCueList
}
