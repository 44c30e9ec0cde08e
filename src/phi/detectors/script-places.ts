/**
 * US towns and neighbourhoods written in a patient's own script ("我们住在法拉盛", "플러싱에 살아요", "живу в Бруклине",
 * "أسكن في ديربورن"): the gazetteer holds them only in Latin letters, so the language tables list them (`places`).
 * Han text is searched as characters; Hangul words may carry a particle.
 */
import { hasAttachedSuffix, languages } from '../languages'
import { isCity, isClinicalTerm, isEnglishWord, isFirstName } from '../lexicon'
import { isCountryOrState } from './place-names'
import { boundedMemo } from '../memo'
import { words } from '../spoken'
import { phraseFrom } from './phrases'
import type { Detector, Span } from './types'

const NON_LATIN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}]/u
const HANGUL = /\p{Script=Hangul}/u

// A Hangul word that is a listed place with a particle ("플러싱에"): a property of the word alone, remembered.
const isHangulPlace = boundedMemo(
  (w) => HANGUL.test(w) && hasAttachedSuffix(w, (stem) => languages().places.phrases.has(stem)),
  4096,
)

/** Finds places the tables list in Han, Hangul, Cyrillic and Arabic script, as CITY spans. */
export const detectScriptPlaces: Detector = ({ text, lower }) => {
  if (!NON_LATIN.test(text)) return []
  const places = languages().places
  const out: Span[] = []
  for (const place of places.unspaced) {
    for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + place.length))
      out.push({ start: at, end: at + place.length, type: 'CITY', source: 'city:script' })
  }
  transliteratedTowns(text, out)
  latinTowns(text, out)
  const list = words(lower)
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!
    if (!NON_LATIN.test(w.w)) continue
    const end = phraseFrom(list, i, text, places)
    if (end > 0) {
      out.push({ start: w.start, end: list[end - 1]!.end, type: 'CITY', source: 'city:script' })
      i = end - 1
    } else if (isHangulPlace(w.w)) {
      out.push({ start: w.start, end: w.end, type: 'CITY', source: 'city:script' })
    }
  }
  return out
}

// One to three capitalised Latin words, the way a town is written inside a sentence of another script.
const LATIN_CAPITALISED =
  /(?<![\p{Script=Latin}\p{N}'’-])\p{Lu}[\p{Script=Latin}'’-]*(?:[ \t]+\p{Lu}[\p{Script=Latin}'’-]*){0,2}/gu

/**
 * "我在McAllen开餐馆", "我们住在Salt Lake City", "живём в Salt Lake": a town of the gazetteer written in Latin
 * capitals inside a sentence of Han, Hangul, Cyrillic or Arabic script. Nothing of the sentence's own language says
 * what the word is, so a gazetteer town counts unless it is an English word or a first name alone ("Target" and
 * "Mission" stay; "我儿子 Kevin" is a name, which the name passes find).
 */
function latinTowns(text: string, out: Span[]): void {
  if (!/\p{Lu}/u.test(text)) return
  for (const m of text.matchAll(LATIN_CAPITALISED)) {
    const words = m[0].split(/[ \t]+/)
    // The longest run of words from the first that the gazetteer holds.
    for (let k = words.length; k >= 1; k--) {
      const phrase = words.slice(0, k).join(' ')
      const lower = phrase.toLowerCase()
      if (
        !isCity(lower) ||
        isCountryOrState(lower) ||
        (k === 1 && (isEnglishWord(lower) || isClinicalTerm(lower) || isFirstName(lower)))
      )
        continue
      const start = m.index
      const end = start + text.slice(start).indexOf(words[k - 1]!) + words[k - 1]!.length
      // Only where the sentence around it is written in another script.
      const around = text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12))
      if (NON_LATIN.test(around)) out.push({ start, end, type: 'CITY', source: 'city:latin-in-script' })
      break
    }
  }
}

const HAN_CHAR = /\p{Script=Han}/u
const DRUG_AFTER = /^(?:药|藥|片|那|錠|胶|膠)/u
// The address cues written in Han, read once from the tables.
let hanAddressCues: readonly string[] | undefined

/**
 * "我们住在沃森维尔": after an address cue of Han script, three or more characters that write foreign sounds, up to
 * the next other character, are a town the tables do not list (failing closed on the cue's own context).
 */
function transliteratedTowns(text: string, out: Span[]): void {
  const lang = languages()
  if (lang.transliterationChars.size === 0 || !HAN_CHAR.test(text)) return
  hanAddressCues ??= lang.addressCues.unspaced.filter((c) => HAN_CHAR.test(c))
  for (const cue of hanAddressCues) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) {
      const start = at + cue.length
      let end = start
      while (end < text.length && end - start < 8 && lang.transliterationChars.has(text[end]!)) end++
      // A drug ("华法林", "阿莫西林药房") or a state or country the table lists as a word is no town.
      const run = text.slice(start, end)
      if (end - start >= 3 && !DRUG_AFTER.test(text.slice(end, end + 2)) && !lang.words.has(run))
        out.push({ start, end, type: 'CITY', source: 'city:transliterated' })
    }
  }
}
