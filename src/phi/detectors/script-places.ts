/**
 * US towns and neighbourhoods written in a patient's own script ("我们住在法拉盛", "플러싱에 살아요", "живу в Бруклине",
 * "أسكن في ديربورن"): the gazetteer holds them only in Latin letters, so the language tables list them (`places`).
 * Han text is searched as characters; Hangul words may carry a particle.
 */
import { hasAttachedSuffix, languages, mainLatinLanguagesOfWords } from '../languages'
import { isCity, isClinicalTerm, isEnglishWord, isFirstName, isSpanishWord } from '../lexicon'
import { classify } from '../lexicon/word-class'
import { isFunctionWordOfAnyLanguage } from '../remembered'
import { isCountryOrState } from './place-names'
import { boundedMemo } from '../memo'
import { type Word, words } from '../spoken'
import { phraseFrom } from './phrases'
import { matchesOf } from './matches'
import { holdsAnyWord } from './word-presence'
import { SCRIPT, hasHan, hasUpperCase, holdsScript, wordHoldsScript } from './chars'
import type { Detector, Span } from './types'

// /[\p{Script=Han}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}]/u, read by the code unit tables (asked of
// every word of a text in those scripts).
const NON_LATIN_SCRIPTS = SCRIPT.han | SCRIPT.hangul | SCRIPT.cyrillic | SCRIPT.arabic
const isNonLatin = (s: string): boolean => wordHoldsScript(s, NON_LATIN_SCRIPTS)
const HANGUL = /\p{Script=Hangul}/u

// A Hangul word that is a listed place with a particle ("플러싱에"): a property of the word alone, remembered.
const isHangulPlace = boundedMemo(
  (w) => HANGUL.test(w) && hasAttachedSuffix(w, (stem) => languages().places.phrases.has(stem), 2),
  4096,
)

/** Finds places the tables list in Han, Hangul, Cyrillic and Arabic script, as CITY spans. */
export const detectScriptPlaces: Detector = ({ text, lower }) => {
  const out: Span[] = []
  englishTownsInOtherLanguages(lower, out)
  if (!holdsScript(text, SCRIPT.han | SCRIPT.hangul | SCRIPT.cyrillic | SCRIPT.arabic)) return out
  const places = languages().places
  // Every unspaced form holds Han or Kana (that is what makes it unspaced): a Korean, Russian or Arabic text holds none.
  if (holdsScript(text, SCRIPT.han | SCRIPT.hiragana | SCRIPT.katakana)) unspacedPlaces(text, places.unspaced, out)
  transliteratedTowns(text, out)
  latinTowns(text, out)
  const list = words(lower)
  citiesByTheirSuffix(list, text, out)
  citiesByTheirPrefix(list, text, out)
  // No word opens a place of the table: each word is asked only whether it is a Hangul place.
  const anyPlace = holdsAnyWord(list, places.forward.next)
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!
    if (!isNonLatin(w.w)) continue
    const end = anyPlace ? phraseFrom(list, i, text, places) : 0
    if (end > 0) {
      out.push({ start: w.start, end: list[end - 1]!.end, type: 'CITY', source: 'city:script' })
      i = end - 1
    } else if (isHangulPlace(w.w)) {
      out.push({ start: w.start, end: w.end, type: 'CITY', source: 'city:script' })
    }
  }
  return out
}

let placeOpeners: { places: readonly string[]; units: Uint8Array } | undefined

/**
 * Every occurrence of each unspaced place, as `text.indexOf` finds them one after another (place by place, in the
 * list's order; an occurrence starts after the one before it ends). Read from the positions of the characters that
 * open some place, found in one pass: 355 searches of the whole text cost a Chinese text more than any detector.
 */
function unspacedPlaces(text: string, places: readonly string[], out: Span[]): void {
  if (placeOpeners?.places !== places) {
    const units = new Uint8Array(65536)
    for (const place of places) units[place.charCodeAt(0)] = 1
    placeOpeners = { places, units }
  }
  const { units } = placeOpeners
  const at = new Map<number, number[]>()
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (units[c] === 1) (at.get(c) ?? at.set(c, []).get(c)!).push(i)
  }
  if (at.size === 0) return
  for (const place of places) {
    const starts = at.get(place.charCodeAt(0))
    if (starts === undefined) continue
    let next = 0
    for (const start of starts)
      if (start >= next && text.startsWith(place, start)) {
        next = start + place.length
        // "福州话", "台山話": the town's speech, a language the patient speaks, is no place they are.
        if (!SPEECH_AFTER.has(text[next] ?? ''))
          out.push({ start, end: start + place.length, type: 'CITY', source: 'city:script' })
      }
  }
}

// Characters that make a town's name the name of its speech (话 / 話 "speech", 语 / 語 "language", 腔 "accent").
const SPEECH_AFTER = new Set([...'话話语語腔'])

// The words that put a place after them in Cyrillic and Arabic script ("возле", "من"): one list for a word of these
// scripts and for a Latin town after them.
// biome-ignore format: packed list
const SCRIPT_PLACE_WORDS: readonly string[] = [
  'в', 'во', 'из', 'из-под', 'возле', 'около', 'у', 'под', 'до', 'в районе', 'في', 'من', 'قرب', 'عند', 'الى', 'إلى', 'بـ',
]
const SCRIPT_PLACE_WORD_SET: ReadonlySet<string> = new Set(SCRIPT_PLACE_WORDS)
// "City" written in Cyrillic, Arabic or Hangul letters as the last word of a town's name ("гарден сити", "دودج سيتي").
const CITY_WORDS = new Set(['сити', 'ситі', 'سيتي', 'سيتى', '시티'])

// "New" written in Arabic or Cyrillic letters as the first word of a town's name ("نيو هافن", "Нью-Хейвен"), and the
// states it also opens (no PHI: "نيو جيرسي", "Нью-Йорк").
const NEW_WORDS = new Set(['نيو', 'нью'])
// biome-ignore format: packed list
const NEW_STATES = new Set([
  'جيرسي', 'جرسي', 'يورك', 'مكسيكو', 'ميكسيكو', 'هامبشير', 'هامبشاير', 'هامشير', 'йорк', 'джерси',
  'мексико', 'гэмпшир', 'хэмпшир',
])

/**
 * "من عيادة نيو هافن", "в Нью-Хейвене": "New" in the same script, then a word no table knows, is a town however the
 * gazetteer spells it; the states it opens stay.
 */
function citiesByTheirPrefix(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 0; i + 1 < list.length; i++) {
    if (!NEW_WORDS.has(list[i]!.w)) continue
    const next = list[i + 1]!
    if (!/^[ \t-]$/.test(text.slice(list[i]!.end, next.start)) || !isNonLatin(next.w)) continue
    if (lang.words.has(next.w) || isFunctionWordOfAnyLanguage(next.w) || NEW_STATES.has(stateStem(next.w))) continue
    out.push({ start: list[i]!.start, end: next.end, type: 'CITY', source: 'city:script' })
  }
}

/** The word without a Russian case ending ("Йорке" → "йорк"). */
function stateStem(w: string): string {
  return NEW_STATES.has(w) ? w : w.replace(/(?:е|а|у|ом)$/u, '')
}

/**
 * "возле гарден сити", "من دودج سيتي": a word that is no everyday word of the tables, then "city" in the same script,
 * after a word that puts a place there or written with a capital, is a town however the gazetteer spells it.
 */
function citiesByTheirSuffix(list: readonly Word[], text: string, out: Span[]): void {
  const lang = languages()
  for (let i = 1; i < list.length; i++) {
    if (!CITY_WORDS.has(list[i]!.w)) continue
    const prev = list[i - 1]!
    const gap = text.slice(prev.end, list[i]!.start)
    if (!/^[ \t-]$/.test(gap) || !isNonLatin(prev.w) || lang.words.has(prev.w) || isFunctionWordOfAnyLanguage(prev.w))
      continue
    // Only where a place is said: after "в/из/возле/في/من…" or written with a capital ("мне делали кт сити" is a scan).
    const before = list[i - 2]
    const placed = before !== undefined && SCRIPT_PLACE_WORD_SET.has(before.w)
    if (!placed && !/^\p{Lu}/u.test(text.slice(prev.start, prev.end))) continue
    out.push({ start: prev.start, end: list[i]!.end, type: 'CITY', source: 'city:script' })
  }
}

const ASCII_WORD = /^[a-z]{3,}$/

/**
 * "lo mandan con el urólogo de twin falls", "elle est à salt lake": a town of the gazetteer of two or three English
 * words inside a sentence of another Latin-script language. No word of the sentence's own language is English, so the
 * phrase names the town wherever it stands; a phrase that holds a word of the text's language ("san jose", "las
 * cruces") is left to the place cues.
 */
function englishTownsInOtherLanguages(lower: string, out: Span[]): void {
  // The text's shared word list and language count (other detectors read the same, counted once).
  const list = words(lower)
  if (list.length < 4) return
  const main = mainLatinLanguagesOfWords(list)
  if (main.size === 0) return
  // Each word once: English, of three letters or more, and no word of any table, the Spanish list or the numbers.
  const english = list.map((x) => ASCII_WORD.test(x.w) && isEnglishWord(x.w) && !notEnglishOnly(x.w))
  const spaced = (j: number) => /^[ \t]+$/.test(lower.slice(list[j - 1]!.end, list[j]!.start))
  for (let i = 0; i + 1 < list.length; i++) {
    if (!english[i] || !english[i + 1] || !spaced(i + 1)) continue
    for (let k = Math.min(3, list.length - i); k >= 2; k--) {
      if (k === 3 && (!english[i + 2] || !spaced(i + 2))) continue
      const phrase = list
        .slice(i, i + k)
        .map((x) => x.w)
        .join(' ')
      if (!isCity(phrase) || isCountryOrState(phrase) || isClinicalTerm(phrase)) continue
      out.push({ start: list[i]!.start, end: list[i + k - 1]!.end, type: 'CITY', source: 'city:english-town' })
      i += k - 1
      break
    }
  }
}

/** A word some table or the Spanish list knows, or a number word: the sentence's own ("la vista", "eighty eight"). */
function notEnglishOnly(w: string): boolean {
  const lang = languages()
  return lang.plainWordLanguages.has(w) || lang.numbers.has(w) || isSpanishWord(w) || isFunctionWordOfAnyLanguage(w)
}

const HAN_CHAR = /\p{Script=Han}/u
// "那" as in "阿莫西林那个", not "那边" (over there: a place).
const DRUG_AFTER = /^(?:药|藥|片|那(?!边|邊|里|裡|裏|一带|一帶)|錠|胶|膠)/u
// The address cues written in Han, read once from the tables.
let hanAddressCues: readonly string[] | undefined

// One to three capitalised Latin words, the way a town is written inside a sentence of another script.
const LATIN_CAPITALISED =
  /(?<![\p{Script=Latin}\p{N}'’-])\p{Lu}[\p{Script=Latin}'’-]*(?:[ \t]+\p{Lu}[\p{Script=Latin}'’-]*){0,2}/gu
// What is mailed or delivered ("寄到", "送到") may go to a place that is no town ("请把药送到home").
const SENT_TO = new Set(['寄到', '送到'])
const DESTINATION_WORDS = new Set(['home', 'office', 'work', 'clinic', 'pharmacy', 'school', 'hospital', 'house'])
// 在 (at, in), 去 and 到 (to), 从 and 從 (from) right before a capitalised Latin word, a space between at most.
const HAN_PLACE_BEFORE = /[在去到从從][ \t]?$/u
// "Billings西边那个沃尔玛": a side of a town or what is near it, said right after the town.
const HAN_SIDE_AFTER = /^[ \t]?(?:[东西南北東][边邊部区區]|附近|一带|一帶|市区|市區|市中心)/u
// "живу в Independence", "أسكن في Liberal": "in", "from", "near" of Cyrillic and Arabic script before a Latin word.
const SCRIPT_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SCRIPT_PLACE_WORDS.join('|')})[ \\t]+$`, 'u')
// ... unless a facility word follows it: "在Hope诊所" is at the Hope clinic.
const HAN_FACILITY_AFTER =
  /^[ \t]?(?:诊所|診所|医院|醫院|药房|藥房|药店|藥店|超市|公司|餐厅|餐廳|中心|学校|學校|教会|教會|银行|銀行)/u
const LOWER_LATIN_IN_HAN =
  /(?<=\p{Script=Han}[ \t]?)[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2}(?=[ \t]?\p{Script=Han})/gu
// "Florin诊所", "Kalihi那个诊所" (a demonstrative between), "…那边" (over there): a place named in Latin letters.
const CLINIC_AFTER =
  /^[ \t]?(?:(?:那个|那個|这个|這個|那家|这家|這家|的)?(?:诊所|診所|医院|醫院)|那边|那邊|클리닉|병원|phòng khám)/u
// A place of care or trade named in Latin letters ("Ross Pharmacy"): its first word is no town.
const FACILITY_WORD =
  /[ \t](?:pharmacy|clinic|hospital|center|centre|market|store|church|school|medical|health|dental)$/iu
// One to three Latin words in any case, right after an address cue of Han script ("我住在mcallen", "搬到 Flushing").
const LATIN_WORDS = /^[ \t]?([\p{Script=Latin}'’-]+(?:[ \t]+[\p{Script=Latin}'’-]+){0,2})/u

/**
 * "我在McAllen开餐馆", "我们住在Salt Lake City", "живём в Salt Lake": a town of the gazetteer written in Latin
 * capitals inside a sentence of Han, Hangul, Cyrillic or Arabic script. Nothing of the sentence's own language says
 * what the word is, so a gazetteer town counts unless it is an English word or a first name alone ("Target" and
 * "Mission" stay; "我儿子 Kevin" is a name, which the name passes find). Right after a Han address cue ("住在",
 * "搬到") the cue says it: any gazetteer town counts, in any case ("住在Flushing", "我住在mcallen").
 */
function latinTowns(text: string, out: Span[]): void {
  if (hasUpperCase(text)) {
    for (const m of matchesOf(LATIN_CAPITALISED, text)) {
      // Only where the sentence around it is written in another script.
      const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12)
      // Asked first: most capitals of a Latin or Cyrillic text stand among Latin or Cyrillic words.
      if (isNonLatin(around)) {
        // "在Garner一间餐馆", "去Cary": a Han word of place right before it says a place stands there. Read only for
        // a lone word the gazetteer holds (pushTown asks): every capital of a Cyrillic text is a match here ("О").
        const placed = (): boolean =>
          (HAN_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
            SCRIPT_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) ||
            HAN_SIDE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) &&
          !HAN_FACILITY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
          !FACILITY_WORD.test(m[0])
        // "你们Florin诊所": a clinic or hospital named in Latin letters is named for a town or a person, whichever
        // the gazetteer knows (a neighbourhood is often missing from it); an everyday word only when it is a town and no
        // given name ("Reading诊所"; "Hope诊所" stays).
        if (
          CLINIC_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
          !FACILITY_WORD.test(m[0]) &&
          (!classify(m[0].toLowerCase()).basic || (isCity(m[0].toLowerCase()) && !isFirstName(m[0].toLowerCase()))) &&
          !isClinicalTerm(m[0].toLowerCase()) &&
          !/^\p{Lu}{2,5}$/u.test(m[0])
        )
          out.push({ start: m.index, end: m.index + m[0].length, type: 'CITY', source: 'city:latin-in-script' })
        else pushTown(m[0], m.index, placed, out)
      }
    }
  }
  if (!hasHan(text)) return
  // "离pawtucket近不近": a town in lower-case Latin letters between Han characters, when no English word.
  for (const m of text.matchAll(LOWER_LATIN_IN_HAN)) pushTown(m[0], m.index, NOT_CUED, out)
  for (const cue of hanAddressCueList()) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const m = LATIN_WORDS.exec(text.slice(at + cue.length, at + cue.length + 60))
      if (m && !(SENT_TO.has(cue) && DESTINATION_WORDS.has(m[1]!.split(/[ \t]/)[0]!.toLowerCase())))
        pushTown(m[1]!, at + cue.length + m[0].length - m[1]!.length, CUED, out)
    }
  }
}

const CUED = (): boolean => true
const NOT_CUED = (): boolean => false
const NON_SPACE_RUN = /\S+/gu

/**
 * The longest run of the words of `run` from its first that the gazetteer holds, as a CITY span; `cued` (whether a
 * cue says a place stands there) is asked only of a lone word the gazetteer holds.
 */
function pushTown(run: string, at: number, cued: () => boolean, out: Span[]): void {
  const parts = matchesOf(NON_SPACE_RUN, run)
  for (let k = parts.length; k >= 1; k--) {
    const last = parts[k - 1]!
    const end = last.index + last[0].length
    const phrase = run.slice(0, end).toLowerCase()
    if (!isCity(phrase) || isCountryOrState(phrase)) continue
    if (k === 1 && !cued() && (isEnglishWord(phrase) || isClinicalTerm(phrase) || isFirstName(phrase))) continue
    out.push({ start: at, end: at + end, type: 'CITY', source: 'city:latin-in-script' })
    return
  }
}

/** The address cues written in Han, read once from the tables. */
function hanAddressCueList(): readonly string[] {
  hanAddressCues ??= languages().addressCues.unspaced.filter((c) => HAN_CHAR.test(c))
  return hanAddressCues
}

/**
 * "我们住在沃森维尔": after an address cue of Han script, three or more characters that write foreign sounds, up to
 * the next other character, are a town the tables do not list (failing closed on the cue's own context).
 */
function transliteratedTowns(text: string, out: Span[]): void {
  const lang = languages()
  if (lang.transliterationChars.size === 0 || !hasHan(text)) return
  const sounds = soundUnits(lang)
  for (const cue of hanAddressCueList()) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const start = at + cue.length
      let end = start
      while (end < text.length && end - start < 8 && sounds[text.charCodeAt(end)] === 1) end++
      // A drug ("华法林", "阿莫西林药房") or a state or country the table lists as a word is no town.
      const run = text.slice(start, end)
      if (end - start >= 3 && !DRUG_AFTER.test(text.slice(end, end + 2)) && !lang.words.has(run))
        out.push({ start, end, type: 'CITY', source: 'city:transliterated' })
    }
  }
  soundWrittenRuns(text, lang, sounds, out)
  twoSoundTowns(text, lang, sounds, out)
  for (const m of text.matchAll(PLACE_AFTER)) {
    // "贝莱尔诊所", "理查森診所": three or more sound-writing characters right before a clinic, hospital or town word
    // are the town it is named for (a clinic named for a person is a name all the same). Two are as often a word of
    // the language ("普通诊所", "特约医院").
    let start = m.index
    while (start > 0 && m.index - start < 8 && sounds[text.charCodeAt(start - 1)] === 1) start--
    const run = text.slice(start, m.index)
    if (run.length >= 3 && !lang.words.has(run) && !lang.places.phrases.has(run))
      out.push({ start, end: m.index, type: 'CITY', source: 'city:transliterated' })
  }
}

// How a drug written by its sounds ends ("阿莫西林", "布洛芬", "美托洛尔", "赖诺普利", "氯沙坦", "阿托伐他汀", "阿司匹林").
const DRUG_ENDING = /(?:西林|法林|诺林|匹林|洛芬|洛尔|普利|沙坦|他汀|米松|霉素|司特|奈德|格列|双胍)$/u

// Where a name written by its sounds stands: after "live" (住: "住杜魯斯"), before a kind of place ("在韦纳奇果园",
// "…那边") or before what a person does or is ("布伦达刚走", "凯瑟琳说", "…的妈妈"). Anywhere else a run of such
// characters is as often a drug, a disease, a country or a store ("从帕金森", "从乌克兰回来", "在沃尔玛买药").
const SOUND_PLACE_BEFORE = new Set('住')
// "在克拉克斯代尔", "去 格林维尔 看专科", "来自…": after "at/in", "go to", "to", "from", "back to" the run is a place
// unless the table lists it among its words (states, countries, stores, diseases written by their sounds).
const SOUND_PLACE_PREPOSITIONS = new Set('在去到从從回自')
const SOUND_PLACE_AFTER = /^的?(?:果园|果園|农场|農場|工厂|工廠|那边|那邊|这边|這邊|附近|一带|一帶|市|镇|鎮|县|縣)/u
const SOUND_PERSON_AFTER =
  /^(?:刚|剛|说|說|来了|來了|走了|打电话|打電話|医生|醫生|护士|護士|大夫|的妈妈|的媽媽|的爸爸|的女儿|的女兒|的儿子|的兒子|的太太|的先生|她|他)/u

/**
 * "布伦达刚走", "我是在韦纳奇果园打工": three or more characters that write foreign sounds, after "live", before a kind
 * of place or before what a person does, are a person's or a place's name (the tables list the Han words of the language). A drug
 * written by its sounds says so by its ending or by the word after it, and a run that holds a listed word ("查谢谢") is
 * the language's own.
 */
function soundWrittenRuns(text: string, lang: ReturnType<typeof languages>, sounds: Uint8Array, out: Span[]): void {
  for (let i = 0; i < text.length; ) {
    if (sounds[text.charCodeAt(i)] !== 1) {
      i++
      continue
    }
    let end = i + 1
    while (end < text.length && sounds[text.charCodeAt(end)] === 1) end++
    const run = text.slice(i, end)
    const before = text[i - 1] ?? ''
    const after = text.slice(end, end + 4)
    const placed = SOUND_PLACE_PREPOSITIONS.has(before === ' ' ? (text[i - 2] ?? '') : before)
    if (
      (placed || SOUND_PLACE_BEFORE.has(before) || SOUND_PLACE_AFTER.test(after) || SOUND_PERSON_AFTER.test(after)) &&
      run.length >= 3 &&
      run.length <= 10 &&
      !lang.words.has(run) &&
      !DRUG_ENDING.test(text.slice(i, end + 2)) &&
      !DRUG_ENDING.test(run) &&
      !DRUG_AFTER.test(after) &&
      !holdsListedWord(run, lang) &&
      !listedWordRunsOn(text, i, end, lang)
    )
      out.push(
        placed
          ? { start: i, end, type: 'CITY', source: 'city:transliterated' }
          : { start: i, end, type: 'NAME', source: 'names:transliterated' },
      )
    i = end
  }
}

// Two sound-writing characters are as often a word of the language ("普通", "福利", "基本") as a town ("卡里",
// "康威"): only where the sentence says someone lives there, runs a business or works there, or a clinic introduces
// itself by it. The cue before, then what must follow the two characters.
const TWO_SOUND_FRAMES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?:住在|住喺|住)$/u, /^(?:[，。,.!?！？、；;\s]|$|那边|那邊|附近|一带|一帶)/u],
  [/在$/u, /^(?:开|開|一家|的?\p{Script=Han}{0,4}?(?:上班|工作|打工|做工))/u],
  [/(?:这里是|這裡是|你们|你們)$/u, /^的?(?:诊所|診所|医院|醫院)/u],
]

/** "我们住在卡里", "在康威开餐馆", "这里是肯特诊所": a town of two sound-writing characters in the frames above. */
function twoSoundTowns(text: string, lang: ReturnType<typeof languages>, sounds: Uint8Array, out: Span[]): void {
  for (let i = 1; i + 2 <= text.length; i++) {
    if (sounds[text.charCodeAt(i)] !== 1 || sounds[text.charCodeAt(i + 1)] !== 1) continue
    // Exactly two: a longer run is soundWrittenRuns' to read, and the run must open here.
    if (sounds[text.charCodeAt(i - 1)] === 1 || (i + 2 < text.length && sounds[text.charCodeAt(i + 2)] === 1)) continue
    const run = text.slice(i, i + 2)
    if (lang.words.has(run) || lang.places.phrases.has(run) || listedWordRunsOn(text, i, i + 2, lang)) continue
    const before = text.slice(Math.max(0, i - 3), i)
    const after = text.slice(i + 2, i + 10)
    if (TWO_SOUND_FRAMES.some(([cue, next]) => cue.test(before) && next.test(after)))
      out.push({ start: i, end: i + 2, type: 'CITY', source: 'city:transliterated' })
  }
}

let soundTable: { lang: ReturnType<typeof languages>; units: Uint8Array } | undefined

/**
 * The tables' sound-writing characters by code unit (1 for each): read per character of a Han text, where a look-up
 * of `text[i]` in the set made a string of each character first. Every such character is one code unit (Han of the
 * basic plane); one that was not could never equal a single code unit of the text, so it is left out.
 */
function soundUnits(lang: ReturnType<typeof languages>): Uint8Array {
  if (soundTable?.lang !== lang) {
    const units = new Uint8Array(65536)
    for (const c of lang.transliterationChars) if (c.length === 1) units[c.charCodeAt(0)] = 1
    soundTable = { lang, units }
  }
  return soundTable.units
}

/**
 * Whether a listed word holds the run and more: ends past `end` ("威斯康星": the run "威斯康" is a state's opening) or
 * starts before `start`.
 */
function listedWordRunsOn(text: string, start: number, end: number, lang: ReturnType<typeof languages>): boolean {
  // "在哥伦比亚那边": the listed word may open one or two characters before the run (哥 writes no sound here).
  for (let from = Math.max(0, start - 2); from <= start; from++)
    for (let k = end; k <= end + 3 && k <= text.length; k++)
      if ((from < start || k > end) && lang.words.has(text.slice(from, k))) return true
  return false
}

/** Whether a listed Han word of two to four characters stands inside `run`. */
function holdsListedWord(run: string, lang: ReturnType<typeof languages>): boolean {
  for (let n = 2; n <= 4; n++)
    for (let k = 0; k + n <= run.length; k++) {
      const part = run.slice(k, k + n)
      // "马里" (Mali) inside "马里奥" (Mario): a country written by its sounds is no sign the run is the language's own.
      if (lang.words.has(part) && !lang.soundWrittenWords.has(part)) return true
    }
  return false
}

// What follows a town's name in Han: its clinic, hospital, or the word for city, town or county, the clinic also
// after a demonstrative or "of" ("卡顿斯维尔那个诊所", "…的医院").
const PLACE_AFTER = /(?:那个|那個|这个|這個|那家|这家|這家|的)?(?:诊所|診所|医院|醫院)|市|镇|鎮|县|縣/gu
