/**
 * Dictionary look-ups over the generated lexicon (scripts/build-lexicon.mjs; sources in docs/names-and-lexicon.md).
 * All look-ups take lower-case words (or phrases, single-spaced). Accented forms fall back to their unaccented
 * spelling ("josé" -> "jose"). The lists are sorted front-coded strings searched in place, so importing this
 * module costs no parsing or Set building at start-up.
 */
import {
  CITIES,
  CLINICAL,
  ENGLISH,
  FIRST_NAMES_APART,
  FOREIGN,
  NAME_TOKENS,
  NICKNAMES,
  PROPER,
  RARE_ENGLISH,
  SLANG,
  SPANISH,
  SPANISH_VERB_NAMES,
  WORD_SURNAMES,
  WORD_TOWNS,
  BIG_TOWNS,
  TOWNS_ABROAD,
} from './generated/lexicon'
import { isSpaceUnit } from '../detectors/chars'
import { SortedWords } from './sorted-words'
import { DIACRITIC_MARKS as MARKS } from '../marks'

const english = new SortedWords(ENGLISH)
// The basic words are a band of the English list, marked in it (scripts/build-lexicon.mjs).
const basic = new SortedWords(ENGLISH, { marked: true })
const rareEnglish = new SortedWords(RARE_ENGLISH)
const nameTokens = new SortedWords(NAME_TOKENS)
// The first names are a band of the name tokens, marked in it; the few that are no name token ("ed", "iris": names
// the token list leaves to the clinical or stop lists) are listed apart (scripts/build-lexicon.mjs).
const firstNamesAmongTokens = new SortedWords(NAME_TOKENS, { marked: true })
const firstNamesApart = new SortedWords(FIRST_NAMES_APART)
const cities = new SortedWords(CITIES)
// Towns of 3,000 people or more are a band of the cities, marked in it (scripts/build-lexicon.mjs).
const populousCities = new SortedWords(CITIES, { marked: true })
const wordTowns = new SortedWords(WORD_TOWNS)
const bigTowns = new SortedWords(BIG_TOWNS)
const townsAbroad = new SortedWords(TOWNS_ABROAD)
const clinical = new SortedWords(CLINICAL)
const slang = new SortedWords(SLANG)
const spanish = new SortedWords(SPANISH)
const spanishVerbNames = new SortedWords(SPANISH_VERB_NAMES)
const wordSurnames = new SortedWords(WORD_SURNAMES)
const proper = new SortedWords(PROPER)
const foreign = new SortedWords(FOREIGN, { tagged: true })

/** /[^\x00-\x7f]/.test(word) without the regex call (most look-ups miss and ask this). */
function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true
  return false
}

/** The word, then its unaccented spelling when it has accents. */
function lookup(list: SortedWords, word: string): boolean {
  if (word.length === 0 || word.length > 64) return false
  if (!hasNonAscii(word)) return list.has(word)
  return list.hasOrVariant(word, unaccented)
}

// Spellings already computed (normalising costs more than the look-up, and the same words recur); bounded, cleared
// when full (lookup never asks for a word longer than 64).
const UNACCENTED = new Map<string, string>()
const UNACCENTED_MAX = 4096

function unaccented(word: string): string {
  let folded = UNACCENTED.get(word)
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(MARKS, '').replace(/[’‘]/g, "'")
    if (UNACCENTED.size >= UNACCENTED_MAX) UNACCENTED.clear()
    UNACCENTED.set(word, folded)
  }
  return folded
}

/** A common English word (SCOWL bands 10-50; first names that are mostly names removed). */
export function isEnglishWord(word: string): boolean {
  return lookup(english, word)
}

// Letters with accents that English spells without ("éver", "ángel"): such a word is another language's, not the
// English word its bare letters make. Apostrophes still fold.
const ACCENTED_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/u

/**
 * Whether `word` holds accented letters and the English list has it only without them ("éver" is no "ever"): the
 * look-ups fold accents, so a name spelled with them reads as the English word unless this is asked.
 */
export function accentedAway(word: string): boolean {
  return hasNonAscii(word) && ACCENTED_LETTER.test(word) && !english.has(word)
}

/**
 * A US town of 3,000 people or more: of the gazetteer ("corona", "mecca"; not "okay", "tea"), or one whose one-word
 * name is an English word the gazetteer leaves out ("oasis", "sunrise").
 */
export function isPopulousCity(phrase: string): boolean {
  return lookup(populousCities, phrase) || lookup(wordTowns, phrase)
}

/**
 * A town abroad of 15,000 people or more whose name of two words or more holds an everyday word ("santo domingo",
 * "governador valadares", "trois rivières"), in the countries patients most often come from. `phrase`: lower case,
 * single spaces, hyphens as spaces.
 */
export function isTownAbroad(phrase: string): boolean {
  return lookup(townsAbroad, phrase)
}

// The first words of the towns abroad, read from the list once when first asked.
let townAbroadFirsts: ReadonlySet<string> | undefined

/** Whether `word` (lower case) is the first word of a town {@link isTownAbroad} holds: a cheap gate before it. */
export function startsTownAbroad(word: string): boolean {
  townAbroadFirsts ??= new Set([...townsAbroad.words()].map((name) => name.slice(0, name.indexOf(' '))))
  return townAbroadFirsts.has(word) || (hasNonAscii(word) && townAbroadFirsts.has(unaccented(word)))
}

/** A US town of 50,000 people or more ("sunrise", "surprise", "amarillo"), whatever else its name means. */
export function isBigCity(phrase: string): boolean {
  return lookup(bigTowns, phrase)
}

// Every space-separated word of the big towns' names, read from the list once when first asked.
let bigTownWords: ReadonlySet<string> | undefined

/**
 * Whether `word` (lower case) can be one word of a phrase {@link isBigCity} accepts: a word of a listed name as
 * written or unaccented (the look-up folds a phrase word by word, spaces staying spaces). Detectors that try every
 * pair of words ask this first, so a pair with a word no town name holds is never joined or looked up.
 */
export function mayBeBigCityWord(word: string): boolean {
  bigTownWords ??= new Set([...bigTowns.words()].flatMap((name) => name.split(' ')))
  return bigTownWords.has(word) || (hasNonAscii(word) && bigTownWords.has(unaccented(word)))
}

/** A very common word (SCOWL bands 10-20, everyday extras, Spanish function words): "has", "feeling", "not". */
export function isBasicWord(word: string): boolean {
  return lookup(basic, word) || lookup(spanish, word)
}

/** A rare English word (SCOWL bands 55-70) that is not also a name: spared by the out-of-vocabulary backstop. */
export function isRareEnglishWord(word: string): boolean {
  return lookup(rareEnglish, word)
}

/** A known first name (any gender), including those that are also English words (rose, will). */
export function isFirstName(word: string): boolean {
  return lookup(firstNamesAmongTokens, word) || lookup(firstNamesApart, word)
}

/** A known surname or other name token (first or last; noisy list cleaned of clinical words and slang). */
export function isSurname(word: string): boolean {
  return lookup(nameTokens, word)
}

/** A common surname that is also an English word (brown, king, young): part of a name after a first name. */
export function isWordSurname(word: string): boolean {
  return lookup(wordSurnames, word)
}

/** An everyday word usually written capitalised (weekdays, months, holidays, states, languages, brands). */
export function isProperWord(word: string): boolean {
  return lookup(proper, word)
}

/** A US city or town name (one or more words; "st"/"saint", "ft"/"fort", "mt"/"mount" both accepted). */
export function isCity(phrase: string): boolean {
  return lookup(cities, tidyPhrase(phrase) ? phrase : phrase.replace(/\./g, '').replace(/\s+/g, ' ').trim())
}

// The first words of the towns of two words or more, read from the list once when first asked.
let cityFirsts: ReadonlySet<string> | undefined

/**
 * Whether `word` (lower case) is the first word of a town of two words or more that {@link isCity} holds, as written or
 * unaccented (the look-up folds a phrase word by word, spaces staying spaces): a cheap gate before asking it of phrases.
 */
export function startsCityOfWords(word: string): boolean {
  cityFirsts ??= new Set(
    [...cities.words()].filter((name) => name.includes(' ')).map((name) => name.slice(0, name.indexOf(' '))),
  )
  return cityFirsts.has(word) || (hasNonAscii(word) && cityFirsts.has(unaccented(word)))
}

/**
 * Whether `phrase` is already as isCity's clean-up leaves it: no full stop, single ASCII spaces between words and none
 * at either end (most phrases asked are), read in place rather than by two replaces and a trim for every phrase.
 * A control character or another space of \s (and of trim: the same WhiteSpace and LineTerminator units) sends the
 * phrase to the clean-up as before.
 */
function tidyPhrase(phrase: string): boolean {
  const n = phrase.length
  for (let i = 0; i < n; i++) {
    const c = phrase.charCodeAt(i)
    if (c === 32) {
      if (i === 0 || i === n - 1 || phrase.charCodeAt(i - 1) === 32) return false
    } else if (c < 32 || c === 46 || (c > 127 && isSpaceUnit(c))) return false
  }
  return true
}

/** Clinical vocabulary that must survive scrubbing (drugs, symptoms, anatomy, units). */
export function isClinicalTerm(word: string): boolean {
  return lookup(clinical, word)
}

/** SMS/chat slang and abbreviations (tmrw, thx, appt, rx, lol). */
export function isSlang(word: string): boolean {
  return lookup(slang, word)
}

/** A common Spanish word (function words, relations, health and time vocabulary). */
export function isSpanishWord(word: string): boolean {
  return lookup(spanish, word)
}

/** A Spanish verb form that is also a name (arden, leo, marco, tomas): a word in Spanish text unless cued. */
export function isSpanishVerbName(word: string): boolean {
  return lookup(spanishVerbNames, word)
}

/** Any vocabulary that is safe to keep in free text: English, Spanish, clinical or slang. */
export function isCommonWord(word: string): boolean {
  return isEnglishWord(word) || isClinicalTerm(word) || isSlang(word) || isSpanishWord(word)
}

/** A name token that is not also a common word: a name wherever it appears (maria, kowalski, nguyen). */
export function isUnambiguousName(word: string): boolean {
  return (isSurname(word) || isFirstName(word)) && !isCommonWord(word)
}

/** A first name that is also a common word (rose, june, will, hope, mark, bill, grace): a name only with a cue. */
export function isAmbiguousName(word: string): boolean {
  return isFirstName(word) && isCommonWord(word)
}

/**
 * An everyday word of another language patients write in (French, Portuguese, Vietnamese, Russian, Korean,
 * Chinese, Arabic frequency lists, names removed): never a name on its own, so the backstop leaves it in a text of its
 * language (see {@link isForeignWordOf}). Words of the Spanish frequency list alone count only there.
 */
export function isForeignWord(word: string): boolean {
  const tags = foreignTagsOf(word)
  // A word of the Spanish list only is a word of Spanish text only (isForeignWordOf), not of every text.
  return tags !== undefined && tags !== SPANISH_TAG
}

const SPANISH_TAG = 's'

function foreignTagsOf(word: string): string | undefined {
  if (word.length === 0 || word.length > 64) return undefined
  return foreign.tagsOf(word) ?? (hasNonAscii(word) ? foreign.tagsOf(unaccented(word)) : undefined)
}

// The letter each language's frequency list is tagged with (scripts/build-lexicon.mjs).
const LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  f: 'fr',
  p: 'pt',
  v: 'vi',
  r: 'ru',
  k: 'ko',
  c: 'zh',
  a: 'ar',
  s: 'es',
}

/** The languages whose frequency list holds `word` (accents folded as {@link isForeignWord} does). */
export function foreignLanguagesOf(word: string): string[] {
  const tags = foreignTagsOf(word)
  if (tags === undefined) return []
  const out: string[] = []
  for (let i = 0; i < tags.length; i++) {
    const code = LANGUAGE_TAGS[tags[i]!]
    if (code !== undefined) out.push(code)
  }
  return out
}

/**
 * Whether one of the languages `codes` ("es", "fr"…) counts `word` among its everyday words (its frequency list, names
 * removed; accents folded as {@link isForeignWord} does): a word of that language in a text written in it.
 */
export function isForeignWordOf(word: string, codes: ReadonlySet<string>): boolean {
  if (codes.size === 0) return false
  const tags = foreignTagsOf(word)
  if (tags === undefined) return false
  for (let i = 0; i < tags.length; i++) if (codes.has(LANGUAGE_TAGS[tags[i]!] ?? '')) return true
  return false
}

let formalNames: Map<string, string[]> | undefined

/** The given names a short form stands for ("will" → william, willard; "chuy" → jesus), from the same table. */
export function formalNamesOf(nickname: string): readonly string[] {
  if (!formalNames) {
    formalNames = new Map()
    for (const line of NICKNAMES.split('\n')) {
      const colon = line.indexOf(':')
      if (colon <= 0) continue
      const formal = line.slice(0, colon)
      for (const n of line
        .slice(colon + 1)
        .trim()
        .split(' ')) {
        if (n === '') continue
        const list = formalNames.get(n) ?? []
        list.push(formal)
        formalNames.set(n, list)
      }
    }
  }
  return formalNames.get(nickname) ?? []
}

/**
 * The usual short forms of a given name ("dorothy" → dot, dottie, dolly, dora; "ignacio" → nacho), from
 * `data/nicknames.txt`; none for a word that is no formal name there.
 */
export function nicknamesOf(name: string): readonly string[] {
  const at = NICKNAMES.indexOf(`\n${name}:`)
  if (at < 0) return []
  const from = at + name.length + 2
  return NICKNAMES.slice(from, NICKNAMES.indexOf('\n', from)).split(' ')
}
