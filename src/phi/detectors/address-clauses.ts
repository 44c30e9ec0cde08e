/**
 * Addresses in any language the tables know, read from their context instead of their shape: after an address cue
 * ("o endereço é", "mi dirección es", "мой адрес", "địa chỉ", "عنواني") the clause up to the next stop is the address
 * when it holds a number or a street word; and a numbered road ("route nine", "highway 101", "ruta 5").
 */
import { LANGUAGES, languages } from '../languages'
import { words, type Word } from '../spoken'
import { isClinicalTerm, isCommonWord } from '../lexicon'
import { knownInSomeLanguage } from '../languages/words'
import { numberPhraseAt } from './spoken-numbers'
import { JOINERS } from './named-streets'
import { phraseFrom, spacedGap } from './phrases'
import { holdsAnyWord } from './word-presence'
import { hasHan } from './chars'
import type { Detector, Span } from './types'

const MAX_CLAUSE_WORDS = 10
const CLAUSE_STOP = /[.;!?\n]|,\s*$/
// biome-ignore format: packed list
const ROADS = new Set([
  'route', 'rte', 'highway', 'hwy', 'interstate', 'ruta', 'carretera', 'autopista', 'rodovia', 'estrada', 'autoroute',
  'шоссе', 'трасса', 'quốc lộ', 'quoc lo', 'tỉnh lộ', 'tinh lo',
])
const TRANSIT = new Set([
  'bus',
  'train',
  'subway',
  'metro',
  'shuttle',
  'tram',
  'autobús',
  'autobus',
  'camión',
  'ônibus',
  'onibus',
])

// Words that end an address clause in a transcript without punctuation ("... 4 elm st i need a refill").
// biome-ignore format: packed list
const CLAUSE_BREAK = new Set([
  'i', 'im', "i'm", 'my', 'and', 'y', 'e', 'et', 'ak', 'at', 'và', 'и', 'و', 'but', 'tiene', 'necesita', 'needs', 'has',
  'cerca', 'near', 'close', 'behind', 'next', 'across', 'junto', 'frente', 'enfrente', 'atrás', 'atras', 'perto',
  'près', 'pres', 'proche', 'kote', 'malapit', 'gần', 'gan', 'около', 'рядом', 'возле', 'قرب', 'بجانب',
  'tem', 'precisa', 'bezwen', 'kailangan', 'cần', 'can', 'нужно', 'нужен', 'please', 'thanks', 'thank', 'also', 'because', 'so', 'call', 'need',
  'yo', 'mi', 'necesito', 'gracias', 'por', 'favor', 'eu', 'meu', 'minha', 'obrigado', 'obrigada', 'je', 'merci',
  'mwen', 'mèsi', 'mesi', 'ako', 'salamat', 'tôi', 'toi', 'cảm', 'cam', 'я', 'мой', 'мне', 'спасибо', 'شكرا',
])
const ROAD_PAIRS = new Set([
  'county road',
  'state road',
  'state route',
  'farm road',
  'us route',
  'quốc lộ',
  'quoc lo',
  'tỉnh lộ',
  'tinh lo',
])

const ROAD_PAIR_FIRST = new Set([...ROAD_PAIRS].map((p) => p.split(' ')[0]!))

function addressEvidence(word: string): boolean {
  const lang = languages()
  return (
    /\d/.test(word) ||
    lang.numbers.has(word) ||
    lang.streetWords.phrases.has(word) ||
    lang.addressUnits.phrases.has(word)
  )
}

function isCommonWordAnywhere(word: string): boolean {
  return knownInSomeLanguage(word) || isCommonWord(word) || languages().words.has(word)
}

let englishCues: ReadonlySet<string> | undefined

function englishCue(cue: string): boolean {
  englishCues ??= new Set(LANGUAGES.find((t) => t.code === 'en')?.addressCues ?? [])
  return englishCues.has(cue)
}

function isNumberAt(list: readonly Word[], i: number, text: string): number {
  const w = list[i]
  if (!w) return 0
  if (/^\d{1,5}[\p{L}]?$/u.test(w.w)) return i + 1
  const spoken = numberPhraseAt(list, i, text)
  return spoken ? i + spoken[0] : 0
}

// After an address cue in a script without spaces ("地址改成浦东新区张杨路1200弄5号602室，上海"): up to the next stop.
const UNSPACED_CLAUSE = /^[：:是改成为為到在 \t]{0,4}([^，。,.;；！!？?\n]{2,40})/u

function unspacedAddresses(text: string, out: Span[]): void {
  const cues = languages().addressCues.unspaced
  if (cues.length === 0 || !hasHan(text)) return
  for (const cue of cues) {
    for (let k = text.indexOf(cue); k >= 0; k = text.indexOf(cue, k + cue.length)) {
      const m = UNSPACED_CLAUSE.exec(text.slice(k + cue.length))
      if (!m || !/[\d路街道巷弄号號区區市县縣楼樓室]/u.test(m[1]!)) continue
      const start = k + cue.length + m[0].length - m[1]!.length
      out.push({ start, end: start + addressLength(m[1]!), type: 'STREET', source: 'street:clause' })
    }
  }
}

// The last address marker of a clause and the number right after it ("…136号四楼", "…路1200"): what follows is the
// message going on ("…四楼麻烦你们回电话"), as no stop separates them in unspaced speech.
const UNSPACED_ADDRESS_END =
  /^.*(?:[\d路街道巷弄号號区區市县縣楼樓室栋棟层層座苑村口]|公寓|大厦|大廈|小区|小區|单元|單元|花园|花園|广场|廣場|中心)[\d〇零一二三四五六七八九十百千]*(?:之[\d〇零一二三四五六七八九十]+)?/u
// What a speaker says after an address in the same breath: the clause ends there only before one of these; anything
// else after the last marker (a building's name: "金城花园") stays in the address.
const ADDRESS_TAIL_STARTS =
  /^[ \t]*(?:麻烦|麻煩|请|請|电话|電話|我|你|您|他|她|谢谢|謝謝|那边|那邊|这边|這邊|附近|旁边|旁邊|的|了|和|跟|是|有|要|想|因为|因為|所以|可以|能不能|现在|現在|今天|明天|昨天|邮编|郵編|[，。,.;；！!？?])/u

function addressLength(clause: string): number {
  const whole = clause.trimEnd().length
  // A street written in Latin letters ("8821 Garvey Ave") ends as the clause does.
  if (/[A-Za-z]/.test(clause)) return whole
  const end = UNSPACED_ADDRESS_END.exec(clause)?.[0].length
  if (end === undefined || end >= whole) return whole
  return ADDRESS_TAIL_STARTS.test(clause.slice(end)) ? end : whole
}

// The words a road or an address cue can open on, for the compiled tables they were read from.
let openers: { lang: ReturnType<typeof languages>; words: ReadonlySet<string> } | undefined

/**
 * Every word the loop below reads anything from (a road, the first word of a road of two words, the first word of an
 * address cue): any other word opens nothing, so it is asked one set instead of five look-ups.
 */
function clauseOpeners(lang: ReturnType<typeof languages>): ReadonlySet<string> {
  if (openers?.lang !== lang)
    openers = { lang, words: new Set([...ROADS, ...ROAD_PAIR_FIRST, ...lang.addressCues.forward.next.keys()]) }
  return openers.words
}

/** Finds address clauses after a cue and numbered roads as STREET spans. */
export const detectAddressClauses: Detector = ({ text, lower }) => {
  const lang = languages()
  const out: Span[] = []
  unspacedAddresses(lower, out)
  const list = words(lower)
  const opens = clauseOpeners(lang)
  // Without a word that opens a road or a cue, the words are not read one by one.
  if (!holdsAnyWord(list, opens)) return out
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!.w
    if (!opens.has(w)) continue
    // The pair is built only after a word that opens one: this runs for every word.
    const pair =
      ROAD_PAIR_FIRST.has(w) && i + 1 < list.length && spacedGap(text, list[i]!, list[i + 1]!)
        ? `${w} ${list[i + 1]!.w}`
        : ''
    const roadEnd = ROAD_PAIRS.has(pair) ? i + 2 : ROADS.has(w) ? i + 1 : 0
    // "bus route 12", "train line 4": a transit route, not a road someone lives on.
    const transit = i > 0 && TRANSIT.has(list[i - 1]!.w)
    if (
      roadEnd > 0 &&
      !transit &&
      roadEnd < list.length &&
      /^[ \t]{1,2}(?:#[ \t]?)?$/.test(text.slice(list[roadEnd - 1]!.end, list[roadEnd]!.start))
    ) {
      const numberEnd = isNumberAt(list, roadEnd, text)
      if (numberEnd > 0)
        out.push({ start: list[i]!.start, end: list[numberEnd - 1]!.end, type: 'STREET', source: 'street:road' })
    }
    const cueEnd = phraseFrom(list, i, text, lang.addressCues)
    // English addresses are read by their shape (streets.ts, location.ts); this reads the languages without a street detector.
    if (
      cueEnd === 0 ||
      cueEnd >= list.length ||
      englishCue(
        list
          .slice(i, cueEnd)
          .map((x) => x.w)
          .join(' '),
      )
    )
      continue
    let end = cueEnd
    let evidence = false
    while (end < list.length && end - cueEnd < MAX_CLAUSE_WORDS) {
      const between = text.slice(list[end - 1]!.end, list[end]!.start)
      // "кв. 4Д", "apt. 5": the dot of an abbreviated unit or street word does not end the clause.
      const abbreviated =
        /^\.[ \t]{0,2}$/.test(between) &&
        (lang.addressUnits.phrases.has(list[end - 1]!.w) || lang.streetWords.phrases.has(list[end - 1]!.w))
      // "Rua Dom Pedro II, 233, ap 41", "ул. Садовая, д. 14, кв. 27": after a comma the address goes on while a number
      // or a unit word follows.
      const goesOn = /^,[ \t]{0,2}$/.test(between) && addressEvidence(list[end]!.w)
      if (end > cueEnd && CLAUSE_STOP.test(between) && !abbreviated && !goesOn) break
      // The address follows its cue directly (a colon allowed): "vivo en [ADDRESS], para la visita" has none left.
      if (end === cueEnd && !/^[ \t]{0,2}(?:[:-][ \t]{0,2})?$/.test(between)) break
      if (phraseFrom(list, end, text, lang.phoneCues) > 0 || phraseFrom(list, end, text, lang.birthCues) > 0) break
      const word = list[end]!.w
      // A number said in words is one piece of the address, joiners included ("oitenta e oito").
      const spoken = numberPhraseAt(list, end, text)
      if (spoken && spoken[0] > 1) {
        evidence = true
        end += spoken[0]
        continue
      }
      // "mil e quinhentos", "two thousand and five": a joiner between two numbers is inside the house number.
      const joinsNumbers =
        JOINERS.has(word) && end > cueEnd && isNumberAt(list, end - 1, text) > 0 && isNumberAt(list, end + 1, text) > 0
      if (end > cueEnd && !joinsNumbers && (CLAUSE_BREAK.has(word) || isClinicalTerm(word))) break
      if (addressEvidence(word)) evidence = true
      end++
    }
    // Skip a verb or article right after the cue ("o endereço é", "es", ":"): the clause starts at its first content word.
    // The address starts at its first word that is a number, a street word or a word no language knows: a verb or
    // article after the cue ("o endereço é", "cambió a", "vivo en el") stays.
    let start = cueEnd
    // A number said in words opens it even when its first word is an everyday word too ("mirongo inani na kabiri").
    while (
      start < end &&
      isCommonWordAnywhere(list[start]!.w) &&
      !addressEvidence(list[start]!.w) &&
      numberPhraseAt(list, start, text) === undefined
    )
      start++
    if (evidence && end > start)
      out.push({ start: list[start]!.start, end: list[end - 1]!.end, type: 'STREET', source: 'street:clause' })
  }
  return out
}
