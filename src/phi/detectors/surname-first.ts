/**
 * Surnames written first, as charts and staff notes write them: "DUBE, Sipho", "VANG, Kia", "RODRIGUEZ, ANA". The
 * checks here are shared with name-neighbours.ts, which widens a found name over a surname written before it.
 */
import { fold, languages } from '../languages'
import { isDrug, knownInSomeLanguage } from '../languages/words'
import {
  isBasicWord,
  isClinicalTerm,
  isCommonWord,
  isEnglishWord,
  isFirstName,
  isProperWord,
  isSpanishWord,
  isSurname,
} from '../lexicon'
import { FUNCTION_WORDS, NOT_AFTER_LABEL } from '../lexicon/name-cues'
import { classify } from '../lexicon/word-class'
import { boundedMemo } from '../memo'
import { isClosedClassWord, isFunctionWordOfAnyLanguage } from '../remembered'
import { NAME_BREAKERS, ROLE_TITLES } from './breakers'
import { classLengthBefore, hasLowerCase, letterOrMarkLength } from './chars'
import { matchesOf } from './matches'
import type { DetectInput, Span } from './types'

/**
 * A function, cue, title or clinical word: never a name word beside a name. A pure test of a word, asked of the words
 * around every name: remembered per word (bounded).
 */
export const isSafeBesideName = boundedMemo(
  (w: string): boolean =>
    FUNCTION_WORDS.has(w) ||
    NOT_AFTER_LABEL.has(w) ||
    NAME_BREAKERS.has(w) ||
    ROLE_TITLES.has(w) ||
    isClinicalTerm(w) ||
    isClosedClassWord(w),
  4096,
)

// Abbreviations a chart or a staff note writes in capitals before a comma.
// biome-ignore format: packed list
const CHART_ABBREVIATIONS = new Set([
  'npo', 'tka', 'tha', 'cabg', 'mrsa', 'vre', 'orif', 'pacu', 'chf', 'copd', 'icu', 'nicu', 'picu', 'ccu', 'dnr', 'dni',
  'stat', 'prn', 'bid', 'tid', 'qid', 'cbc', 'bmp', 'cmp', 'ekg', 'ecg', 'eeg', 'mri', 'cxr', 'uti', 'uri', 'dvt', 'cva',
  'tia', 'afib', 'gerd', 'htn', 'ckd', 'esrd', 'hiv', 'hcv', 'hbv', 'nkda', 'sob', 'doe', 'abd', 'rom', 'lmp', 'edd',
  'gbs', 'fyi', 'asap', 'eta', 'omg', 'lol', 'btw', 'pcp', 'obgyn', 'ent', 'pt', 'ot', 'slp', 'snf', 'ltc', 'alf', 'rn',
  'lpn', 'cna', 'np', 'pa', 'md', 'do', 'dds', 'pharmd', 'dob', 'mrn', 'ssn', 'ama', 'lwbs', 'loc', 'nad', 'wnl', 'rrr',
  'cta', 'perrla', 'heent', 'ros', 'hpi', 'pmh', 'psh', 'fhx', 'shx', 'meds', 'all', 'nka', 'vss', 'afvss', 'nsr', 'ivf',
  'tpn', 'ngt', 'peg', 'picc', 'cvc', 'art', 'abg', 'vbg', 'ua', 'ucx', 'bcx', 'inr', 'ptt', 'bnp', 'tsh', 'psa', 'ldl',
  'hdl', 'bun', 'gfr', 'wbc', 'rbc', 'hgb', 'hct', 'plt', 'esr', 'crp', 'ana', 'rsv', 'ards', 'aki', 'dka', 'hhs', 'sbp',
  'dbp', 'map', 'bmi', 'yo', 'wk', 'wks', 'mo', 'yr', 'yrs', 'hx', 'dx', 'tx', 'rx', 'sx', 'fx', 'bx', 'cc', 'ed', 'er',
  'or', 'ir', 'gi', 'gu', 'ob', 'cp', 'ha', 'n/v', 'ams', 'ekgs', 'covid', 'flu', 'ppd', 'tb', 'std', 'sti', 'hpv',
  'leep', 'aaa', 'ivig', 'iud', 'avr', 'egd', 'ercp', 'tee', 'tte', 'echo', 'appy', 'chole',
])

// A capitalised word, a comma, then the name: "DUBE, Sipho", "Okafor, Adaeze" (not after a letter or apostrophe).
const SURNAME_FIRST = /(?<![\p{L}\p{M}'’])(\p{Lu}[\p{L}\p{M}'’-]{1,})(,[ \t]{1,2})$/u

/**
 * SURNAME_FIRST's match in `s`, tried only where it can be: `s` must end with a comma and one or two spaces or tabs,
 * and the surname is the run of its characters ([\p{L}\p{M}'’-]) before that comma. The pattern is handed `s` from
 * that run's start: its look-behind forbids a letter before the surname, so it cannot match earlier, and it was tried
 * at every position of the look-back (a Unicode class test at each).
 */
export function surnameBeforeComma(s: string): RegExpExecArray | null {
  let end = s.length
  while (end > 0 && end > s.length - 2 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--
  if (end === s.length || end === 0 || s.charCodeAt(end - 1) !== 44) return null
  let runStart = end - 1
  while (runStart > 0) {
    const c = s.charCodeAt(runStart - 1)
    // ' ’ -
    if (c === 39 || c === 0x2019 || c === 45) runStart--
    else {
      const n = classLengthBefore(letterOrMarkLength, s, runStart)
      if (n === 0) break
      runStart -= n
    }
  }
  // Two letters after a slash or a plus are a test's ("nitrites/LE, culture pending"), no surname.
  if (end - 1 - runStart === 2 && runStart > 0 && /[/+]/.test(s[runStart - 1]!)) return null
  return SURNAME_FIRST.exec(runStart > 0 ? s.slice(runStart) : s)
}

/**
 * A word written before a comma and a name that is a surname, not a word the sentence says ("Thanks", "COPD").
 * `opensLine`: the word opens the text or a line of it, as a chart's list writes a patient ("OO, Lwin Lwin").
 */
export function isSurnameFirst(word: string, name = '', opensLine = false): boolean {
  const w = word.toLowerCase()
  if (word.length === 2)
    return isShortFamilyNameFirst(word, w, name) || (opensLine && isTwoCapitalsOpeningLine(word, w))
  if (isSafeBesideName(w) || isCommonWord(w) || isProperWord(w) || knownInSomeLanguage(w) || isFirstName(w))
    return false
  // Capitals only: any word of three letters or more but the abbreviations charts write before a comma ("MRSA, John…",
  // "NPO, Maria…"); "DUBE", "HSU", "TSE" are surnames.
  if (!/^\p{Lu}+$/u.test(word)) return true
  return word.length >= 3 && !isClinicalTerm(w) && !CHART_ABBREVIATIONS.has(w)
}

/**
 * Two capitals before a comma and a name: a family name of the language tables when the name after it is a given name
 * of a language that writes such family names ("LE, Van Minh", "VU, Thanh"); a chart's "LE, Maria" is the lower
 * extremity or leukocyte esterase, "VO, Maria" a verbal order.
 */
function isShortFamilyNameFirst(word: string, w: string, name: string): boolean {
  if (!/^\p{Lu}{2}$/u.test(word) || !languages().familyNames.has(w) || CHART_ABBREVIATIONS.has(w) || ROLE_TITLES.has(w))
    return false
  const given = languages().givenNamesOf
  return name
    .toLowerCase()
    .split(/[ \t]+/u, 3)
    .some((part) => SHORT_FAMILY_LANGUAGES.some((code) => given.get(code)?.has(fold(part))))
}
const SHORT_FAMILY_LANGUAGES = ['vi', 'zh', 'ko']

// Two letters a line opens with before a comma that are no surname ("NO, Maria is not home", "OK, Maria will call",
// "VO, Maria to give 2 tabs": a verbal order).
// biome-ignore format: packed list
const OPENING_WORDS = new Set([
  'no', 'ok', 'hi', 'so', 'am', 'pm', 'us', 'tt', 'na', 'oh', 'ah', 'eh', 'uh', 'um', 'ya', 'ye', 'yo', 'hm', 'mm', 'ty',
  'np', 'nm', 'jk', 'fy', 'ps', 'cc', 're', 'vo', 'to',
])

/**
 * Two capitals opening a line before a comma and a name ("LE, Sunny 67F", "OO, Lwin Lwin"): a chart's line names its
 * patient first; an abbreviation there is one of the chart's own ("UA, culture…", "PT, OT…").
 */
function isTwoCapitalsOpeningLine(word: string, w: string): boolean {
  return (
    /^\p{Lu}{2}$/u.test(word) &&
    !CHART_ABBREVIATIONS.has(w) &&
    !ROLE_TITLES.has(w) &&
    !isClinicalTerm(w) &&
    !OPENING_WORDS.has(w) &&
    !isFunctionWordOfAnyLanguage(w)
  )
}

/** In capitals before a comma and a name, a word the surname lists hold and no basic word is a surname ("REEVES", not "NOTE"). */
export function isCapitalSurnameFirst(word: string): boolean {
  const w = word.toLowerCase()
  if (!/^\p{Lu}{3,}$/u.test(word) || !isSurname(w) || isSafeBesideName(w) || isFirstName(w) || isBasicWord(w))
    return false
  return !isClinicalTerm(w) && !CHART_ABBREVIATIONS.has(w)
}

// A chart's "SURNAME, Given" or "SURNAME, GIVEN" with neither part found yet: capitals, a comma, a capitalised word.
const CHART_ORDER =
  /(?<![\p{L}\p{M}'’])(\p{Lu}{3,})(,[ \t]{0,2})(\p{Lu}(?:\p{Ll}[\p{Ll}\p{M}'’-]*|\p{Lu}+))(?![\p{L}\p{M}])/gu
/** A word written in capitals only. */
export const ALL_CAPITALS = /^\p{Lu}+$/u
const UPPER_AT_END = /\p{Lu}$/u

/** A given name of the English lists or of a language table ("HAI" of "TRAN, HAI V": Vietnamese Hải). */
export function isListedGivenName(lower: string): boolean {
  if (isFirstName(lower)) return true
  // Only a language table's: no word a chart writes in capitals ("LOC", "MY PHONE", "AN HOUR", "SON").
  return (
    languages().givenNames.has(lower) &&
    !isClinicalTerm(lower) &&
    !CHART_ABBREVIATIONS.has(lower) &&
    !isEnglishWord(lower) &&
    !isSafeBesideName(lower) &&
    !isFunctionWordOfAnyLanguage(lower)
  )
}

/**
 * "ABSHIR, HAWO seen 3/2": after a surname found in capitals and a comma, a word in capitals no list of any language
 * knows (no abbreviation a chart writes, no clinical term) and said as a word is the given name, in a text that writes
 * lower case too.
 */
export function isUnknownGivenInCapitals(lower: string): boolean {
  return (
    // Said as a word, not spelled as an abbreviation ("PCN", "EGD", "LVEF", "TAVR"): four letters or more, two vowels,
    // no three consonants in a row.
    lower.length >= 4 &&
    (lower.match(/[aeiou]/g) ?? []).length >= 2 &&
    !/[^aeiou]{3}/.test(lower) &&
    ((classify(lower).oov && !knownInSomeLanguage(lower)) || isForeignWordOnly(lower)) &&
    !CHART_ABBREVIATIONS.has(lower) &&
    !isClinicalTerm(lower)
  )
}

/**
 * "FEDORCHUK, OLHA": a word only another language's table holds ("olha", Portuguese "look"), no word of English or
 * Spanish, no function word of any language and no drug, is no word an English or Spanish chart writes in capitals.
 */
function isForeignWordOnly(lower: string): boolean {
  return (
    !isEnglishWord(lower) &&
    !isSpanishWord(lower) &&
    !isFunctionWordOfAnyLanguage(lower) &&
    !isDrug(lower) &&
    knownInSomeLanguage(lower)
  )
}

/** Whether a capital letter stands right before some comma: CHART_ORDER matches nowhere else (most texts have none). */
function capitalBeforeComma(text: string): boolean {
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    const c = i > 0 ? text.charCodeAt(i - 1) : 0
    if ((c >= 65 && c <= 90) || (c >= 128 && UPPER_AT_END.test(text.slice(Math.max(0, i - 2), i)))) return true
  }
  return false
}

/**
 * "F/u note: VANG, Kia TSH 8.2": in cased text, a surname of the lists in capitals, a comma and a capitalised word no
 * function or clinical word is a patient written surname first, as charts write them ("Kia" is a word too); so is a
 * given name of the lists in capitals ("RODRIGUEZ, ANA").
 */
export function detectChartOrderNames({ text }: DetectInput): Span[] {
  if (!hasLowerCase(text) || !capitalBeforeComma(text)) return []
  const out: Span[] = []
  for (const m of matchesOf(CHART_ORDER, text)) {
    const given = m[3]!.toLowerCase()
    if (!isCapitalSurnameFirst(m[1]!)) continue
    // A given name in capitals too ("RODRIGUEZ, ANA") must be a listed given name, and is one even where it is also a
    // test or an abbreviation (ANA, the antinuclear antibody test): the surname before the comma says so.
    if (ALL_CAPITALS.test(m[3]!) ? !isListedGivenName(given) : isSafeBesideName(given) || isClinicalTerm(given))
      continue
    // "TRAN, HAI V": a middle initial after a given name in capitals is the name's too (not "A" or "I", words in
    // capitals, nor a vital's letter before its value: "VANG, Kia T 101.2").
    const end = m.index + m[0].length
    const initial = ALL_CAPITALS.test(m[3]!) ? MIDDLE_INITIAL.exec(text.slice(end, end + 4)) : null
    out.push({ start: m.index, end: end + (initial?.[0].length ?? 0), type: 'NAME', source: 'name:surname-first' })
  }
  return out
}
const MIDDLE_INITIAL = /^[ \t][B-HJ-Z]\.?(?![\p{L}\p{M}\p{N}]|[ \t]*\d)/u
