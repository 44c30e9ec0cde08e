/**
 * Titles joined to the names they precede, run by detect.ts on the detectors' spans: "Dr. Esther Kaplan", "Grandma
 * Lou", "doctor van der berg" (particles between), "dr j. okafor" (an initial between), "madame", "доктор", "bà"
 * from the language tables, and "mister and missus abernathy" (a pair of titles on one surname).
 */
import { SCRIPT, holdsScript, isSpaceUnit, letterLength, letterOrNumberLength } from './detectors/chars'
import type { Span } from './detectors/types'
import { languages, phraseLengthAtEnd } from './languages'

// Titles and kinship words that belong to the name they precede ("Dr. Esther Kaplan", "Grandma Lou").
// biome-ignore format: packed list
const TITLE_WORDS = [
  'dr', 'doctor', 'doc', 'nurse', 'np', 'pa', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'pastor',
  'deacon', 'deaconess', 'chaplain', 'bishop', 'imam', 'rabbi', 'father', 'sister', 'brother', 'grandma', 'grandpa',
  'granny', 'gran', 'nana', 'nanna', 'papa', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'tia', 'tía', 'tio', 'tío',
  'aunt', 'auntie', 'aunty', 'uncle', 'sr', 'sra', 'srta', 'señor', 'señora', 'señorita', 'senor', 'senora',
  'senorita', 'don', 'doña', 'dona', 'hermana', 'hermano', 'padre', 'madre', 'coach', 'officer', 'capt', 'captain',
  'sgt', 'sergeant', 'deputy', 'detective', 'trooper', 'lieutenant', 'judge',
]
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${TITLE_WORDS.join('|')})(?:\\.\\s*|\\s+))$`, 'iu')
const OWNED_KIN =
  /(?:^|[^\p{L}\p{N}])(?:my|our|his|her|their|your|mi|su|tu|mis|sus|nuestra|nuestro)\s+(?:grandma|grandpa|granny|gran|nana|nanna|papa|abuela|abuelo|abuelita|abuelito|tia|tía|tio|tío|aunt|auntie|aunty|uncle|hermana|hermano|padre|madre|father|sister|brother)\s+$/iu
// A possessive right before a relation word: the relation is not part of the name ("my uncle", "ma mère", "mi tía").
const OWNER_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:my|our|his|her|their|your|mi|su|tu|mis|sus|nuestra|nuestro|ma|mon|mes|ta|ton|sa|son|notre|meu|minha|seu|sua|nosso|nossa|мой|моя|моё|мое|моего|мою|моей|моему|наш|наша|нашего|нашу|нашей|его|её|ее|их|твой|твоя|ваш|ваша|вашего|вашу|вашей)\s+$/iu
// One initial right before a name: "ms [a] jones", "dr [j.] okafor".
const INITIAL_BEFORE = /(?<![\p{L}\p{N}-])\p{L}\.?[ \t]+$/u
// "ma." for María before a given name, in lower case (written "Ma." the name passes read it as an initial).
// Lower case or capitals ("MA. GUADALUPE"): "Ma." after a surname and a comma is read by the surname-first reading.
const MARIA_BEFORE = /(?<![\p{L}\p{N}])(?:ma|MA)\.[ \t]+$/u
// A courtesy title and a conjunction before a titled name: "mister and [missus abernathy]".
const TITLE_AND_BEFORE =
  /(?:^|[^\p{L}\p{N}])((?:mr|mrs|ms|mister|missus|miss|dr|doctor|sr|sra|señor|señora|senor|senora|don|doña|dona)\.?\s*(?:and|&|y)\s+)$/iu
const TITLE_WORD_START =
  /^(?:mr|mrs|ms|mister|missus|miss|dr|doctor|sr|sra|señor|señora|senor|senora|don|doña|dona)(?![\p{L}])/iu
// Surname particles between a title and a name: "Dr. van der Berg", "doctora de la Cruz".
// biome-ignore format: packed list
const PARTICLE_WORDS = ['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ten', 'ter', 'mac']
const PARTICLES_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:(?:${PARTICLE_WORDS.join('|')}|st\\.?)\\s+){1,3})$`, 'iu')
const TITLE_SET = new Set(TITLE_WORDS)
const PARTICLE_SET = new Set([...PARTICLE_WORDS, 'st'])
// The longest word of either set: a longer run of their letters holds none of them.
const LONGEST_CUE_WORD = Math.max(...[...TITLE_SET, ...PARTICLE_SET].map((w) => w.length))

/**
 * A code unit as the look-backs' i and u flags compare it with the letters of the titles and particles (lower case;
 * ſ folds onto s and K onto k), or 0 when it matches none of them.
 */
function cueLetter(c: number): number {
  if (c >= 97 && c <= 122) return c
  if (c >= 65 && c <= 90) return c + 32
  if (c === 0xed || c === 0xcd) return 0xed
  if (c === 0xf1 || c === 0xd1) return 0xf1
  if (c === 0x17f) return 115
  if (c === 0x212a) return 107
  return 0
}

/**
 * The last word of `text.slice(from, end)` in the shape TITLE_BEFORE and PARTICLES_BEFORE end on: followed by white
 * space, or by a full stop and any white space; its letters as {@link cueLetter} reads them, back to the first code
 * unit that is none of theirs ('' when longer than any title or particle). Those patterns match only where this is
 * one of their words (a word they match follows no letter, so the run is the word): a necessary condition, checked
 * before running them on the look-back.
 */
function cueWordBefore(text: string, from: number, end: number): string {
  let i = end
  while (i > from && isSpaceUnit(text.charCodeAt(i - 1))) i--
  if (i > from && text.charCodeAt(i - 1) === 46) i--
  else if (i === end) return ''
  let start = i
  while (start > from && cueLetter(text.charCodeAt(start - 1)) !== 0) {
    start--
    if (i - start > LONGEST_CUE_WORD) return ''
  }
  let word = ''
  for (let k = start; k < i; k++) word += String.fromCharCode(cueLetter(text.charCodeAt(k)))
  return word
}

/**
 * Whether TITLE_AND_BEFORE may match `text.slice(from, end)`: it ends in white space after "&", or after a word
 * ending in "and" or "y" (read as {@link cueLetter} reads letters). A necessary condition only.
 */
function mayEndTitlePair(text: string, from: number, end: number): boolean {
  let i = end
  while (i > from && isSpaceUnit(text.charCodeAt(i - 1))) i--
  if (i === end || i === from) return false
  const last = text.charCodeAt(i - 1)
  if (last === 38 || cueLetter(last) === 121) return true
  return (
    i - 3 >= from &&
    cueLetter(last) === 100 &&
    cueLetter(text.charCodeAt(i - 2)) === 110 &&
    cueLetter(text.charCodeAt(i - 3)) === 97
  )
}

/**
 * Whether INITIAL_BEFORE may match the four code units before `at`: they end in spaces or tabs, and the unit before
 * those (and a full stop) is no letter standing right after another letter or number, which the look-behind refuses
 * (a name after a word, as every name of a Korean or Arabic sentence, is refused here without the pattern). Only a
 * necessary condition: the pattern decides whatever this lets through.
 */
function mayEndOnInitial(scan: string, at: number): boolean {
  const from = Math.max(0, at - 4)
  let end = at
  while (end > from && (scan.charCodeAt(end - 1) === 32 || scan.charCodeAt(end - 1) === 9)) end--
  if (end === at) return false
  if (end > from && scan.charCodeAt(end - 1) === 46) end--
  // The initial is the code unit before `end`; a letter or number before it (one BMP unit, no surrogate) refuses it.
  return !(end - 2 >= from && oneUnitLetter(scan, end - 1) && letterOrNumberLength(scan, end - 2) === 1)
}

/** Whether the code unit at `i` is a letter by itself (no surrogate). */
function oneUnitLetter(s: string, i: number): boolean {
  return letterLength(s, i) === 1
}

/** A vocative of the tables that is a greeting of its own ("أهلا", "مرحبا"; not the particle "يا"). */
function isGreetingVocative(word: string): boolean {
  return word.length > 2 && languages().vocatives.has(word)
}

/**
 * Where a name starting at `start` starts once the title before it joins it (`start` itself when none does), or -1
 * when an owned relative stands there ("my grandpa Pop Teodor"): a relation, not a title, and the name is left as it
 * is. A function of the start alone: the detectors find most names several times over.
 */
function titledStart(scan: string, start: number): number {
  const particles = PARTICLE_SET.has(cueWordBefore(scan, Math.max(0, start - 24), start))
    ? PARTICLES_BEFORE.exec(scan.slice(Math.max(0, start - 24), start))
    : null
  const at = start - (particles?.[1]?.length ?? 0)
  let m = titleBefore(scan, at)
  // "calling for ms a jones", "dr j. okafor": an initial between the title and the name.
  const initial = m || !mayEndOnInitial(scan, at) ? null : INITIAL_BEFORE.exec(scan.slice(Math.max(0, at - 4), at))
  const titleAt = initial ? at - initial[0].length : at
  if (initial) m = titleBefore(scan, titleAt)
  // "my grandpa Pop Teodor", "mi abuela Chela": an owned relative is a relation, not a title (as the names detector reads it).
  if (m && m[1] && OWNED_KIN.test(scan.slice(Math.max(0, titleAt - m[1].length - 12), titleAt))) return -1
  if (m && m[1]) return titleAt - m[1].length
  if (initial) return start
  // "Ma. Theresa Bautista": Filipino names write María short before the given name.
  const maria =
    scan.charCodeAt(at - 2) === 32 || scan.charCodeAt(at - 2) === 46
      ? MARIA_BEFORE.exec(scan.slice(Math.max(0, at - 6), at))
      : null
  if (maria) return at - maria[0].length
  // Titles and politeness words of the other languages ("madame", "доктор", "bà", "anh"): from the tables.
  const before = scan.slice(Math.max(0, at - 30), at)
  const title = phraseLengthAtEnd(before, languages().titlesBefore)
  // "bonjou se Wideline": a word that is also a self-introduction ("se", "c'est") introduces, it is no title.
  const introduces = title > 0 && phraseLengthAtEnd(before, languages().selfCues) === title
  // "أهلا ريتا", "مرحبا سارة": a greeting said to the person is read as a title to find the name, and stays a greeting.
  if (title > 0 && isGreetingVocative(before.slice(before.length - title).trim())) return -1
  // "my uncle Ignatius", "ma tante Odile": an owned relative is a relation, not a title.
  if (title > 0 && !introduces && !OWNER_BEFORE.test(scan.slice(Math.max(0, at - title - 12), at - title)))
    return at - title
  // "maman Thérèse", "Ti Jean": a kinship word said as a title, right before the name (no particle between), not
  // owned or after an article ("ma maman", "la maman de", "yon ti").
  const kin = title > 0 ? 0 : phraseLengthAtEnd(scan.slice(Math.max(0, start - 16), start), languages().kinTitles)
  // A kinship word is never written short: "Ma. Elena" is María's.
  if (kin === 0 || scan.slice(start - kin, start).includes('.')) return start
  const beforeKin = scan.slice(Math.max(0, start - kin - 12), start - kin)
  // "l'effet de ma pilule": after "de", "ma" is French "my", not an English mother's title.
  const frenchMy = /^ma$/i.test(scan.slice(start - kin, start).trim()) && DE_BEFORE.test(beforeKin)
  // "kounye a ti Carmel": the "a" of "kounye a" (now) is no article of the title.
  const article = ARTICLE_BEFORE.test(beforeKin) && !NOW_BEFORE.test(beforeKin)
  return OWNER_BEFORE.test(beforeKin) || article || frenchMy ? start : start - kin
}

/** TITLE_BEFORE's match in the look-back before `at`, the pattern run only where a title may end. */
function titleBefore(scan: string, at: number): RegExpExecArray | null {
  const from = Math.max(0, at - 16)
  return TITLE_SET.has(cueWordBefore(scan, from, at)) ? TITLE_BEFORE.exec(scan.slice(from, at)) : null
}

// An article (or Haitian "m", "mwen") before a kinship word: a thing or a relation, no title ("yon ti kras").
// "des nouvelles de maman Thérèse": "de" (of) before the title leaves it one.
const DE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:de|d')\s*$/iu
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:la|le|les|une?|des|du|yon|on|m|mwen|votre|leur|the|a|el)\s+$/iu
const NOW_BEFORE = /(?:^|[^\p{L}\p{N}])(?:kounye|konnya|kounya|kounyeya)\s+a\s+$/iu

/** Widens the NAME spans of `spans` (in place) over the titles before them. */
export function joinTitles(scan: string, spans: Span[]): void {
  // By a name's first start: the same name found by several detectors is read once.
  const titled = new Map<number, number>()
  for (const s of spans) {
    if (s.type !== 'NAME') continue
    let start = titled.get(s.start)
    if (start === undefined) titled.set(s.start, (start = titledStart(scan, s.start)))
    if (start < 0) continue
    s.start = start
    // "mister and missus abernathy", "Mr. & Mrs. Cole": the first title belongs to the same surname.
    const from = Math.max(0, s.start - 24)
    const pair = mayEndTitlePair(scan, from, s.start) ? TITLE_AND_BEFORE.exec(scan.slice(from, s.start)) : null
    if (pair && pair[1] && TITLE_WORD_START.test(scan.slice(s.start, s.end))) s.start -= pair[1].length
  }
}

const HAN_END = /\p{Script=Han}$/u
const LATIN_END = /\p{Script=Latin}$/u
const HANGUL = /\p{Script=Hangul}/u
// The characters that join the roles of a list ("医生和护士", "医生与护士", "医生跟护士", "医生及护士").
const LIST_JOINERS = '和与與跟及或'
const HAN_ONLY = /^\p{Script=Han}+$/u
const HANGUL_ONLY = /^\p{Script=Hangul}+$/u
// The Han titles of two characters or more ("先生", "女士", "醫生"): one character ("生", "太") starts other words too.
// The Hangul ones likewise ("선생님", "간호사"; not "씨" or "님", which end other words).
let titlesAfterNames:
  | { lang: ReturnType<typeof languages>; han: readonly string[]; hangul: readonly string[] }
  | undefined

function titlesOf(): NonNullable<typeof titlesAfterNames> {
  const lang = languages()
  if (titlesAfterNames?.lang !== lang) {
    const long = [...lang.titlesAfter.phrases].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length)
    titlesAfterNames = {
      lang,
      han: long.filter((t) => HAN_ONLY.test(t)),
      hangul: long.filter((t) => HANGUL_ONLY.test(t)),
    }
  }
  return titlesAfterNames
}

function titlesOfHan(): readonly string[] {
  return titlesOf().han
}

/**
 * The NAME spans of `spans` widened over the Han or Hangul title right after them ("王先生", "陈小姐", "刘医生",
 * "Patel大夫", "Raman 医生", "Ramanathan 선생님"): the title is said with the name, as a clinic's own labels write it,
 * and as "Dr." joins the name before it. Run last, so no title is ever propagated as a name.
 */
export function hanTitlesAfter(scan: string, spans: Span[]): Span[] {
  // Most texts hold no Han or Hangul: one remembered test instead of a pattern per name.
  if (!holdsScript(scan, SCRIPT.han | SCRIPT.hangul)) return spans
  let out: Span[] | undefined
  spans.forEach((s, i) => {
    // "Whitfield医生": a Latin word read as a town (the gazetteer knows one) is the person a title names after it.
    const latinTown = s.type === 'CITY' && LATIN_END.test(scan.slice(s.end - 1, s.end))
    if (s.type !== 'NAME' && !latinTown) return
    const last = scan.slice(s.end - 1, s.end)
    let title: string | undefined
    let at = s.end
    if (HAN_END.test(last)) {
      title = titlesOfHan().find((t) => scan.startsWith(t, s.end))
      // "黄医生和护士们": one character right after a title is the "and" of a list of roles, no name of its own.
      // A family name there is a second person's ("家庭医生张医生": the family doctor, Dr Zhang).
      if (
        title !== undefined &&
        s.end - s.start === 1 &&
        LIST_JOINERS.includes(scan[s.start]!) &&
        titlesOfHan().some((t) => scan.endsWith(t, s.start))
      )
        return
    } else if (LATIN_END.test(last)) {
      // A Latin name with the title glued on or one space before it ("Patel大夫", "Grace 선생님").
      if (scan.charCodeAt(s.end) === 32) at = s.end + 1
      const { han, hangul } = titlesOf()
      title =
        han.find((t) => scan.startsWith(t, at)) ?? (at > s.end ? hangul.find((t) => scan.startsWith(t, at)) : undefined)
    }
    // "住在Bozeman 医生能不能…": a town, a space, then the doctor of the next clause.
    if (title === undefined || (latinTown && at > s.end)) return
    out ??= [...spans]
    out[i] = { ...s, end: at + title.length, ...(latinTown ? { type: 'NAME' as const } : {}) }
  })
  // The same array when no title follows a name: most texts have none, and need no second resolve.
  return out ?? spans
}

/**
 * A found name without the title `hanTitlesAfter` joined to it: what a sender memory keeps ("王先生" → "王",
 * "Raman 医生" → "Raman").
 */
export function withoutHanTitle(value: string): string {
  const { han, hangul } = titlesOf()
  const title = HAN_END.test(value)
    ? han.find((t) => value.length > t.length && value.endsWith(t))
    : HANGUL.test(value.slice(-1))
      ? hangul.find(
          (t) =>
            value.length > t.length + 1 && value.endsWith(t) && LATIN_END.test(value.slice(0, -t.length).trimEnd()),
        )
      : undefined
  return title === undefined ? value : value.slice(0, value.length - title.length).trimEnd()
}
