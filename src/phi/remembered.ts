/**
 * How a party's remembered name words (sender and conversation memory) are read in its later messages. A roster
 * names every patient of a clinic, so its everyday words count only in name-shaped positions; a memory names the
 * people of one conversation, so there the engine fails closed: a remembered word is redacted wherever it stands,
 * unless it is a function word or auxiliary ("will", "may", "so"), which still needs a name-shaped position. The
 * short forms people sign with are read from the remembered names: a prefix ("ty" of Tyrone, "fer" of Fernando), a
 * prefix with a vowel ending ("Sveta" of Svetlana), a Han given name without its family name (建国 of 王建国) and the
 * doubled or 小/阿 form of a one-character one (娜娜 of 李娜), and the usual nicknames of a given name
 * (`lexicon/data/nicknames.txt`: Dot of Dorothy, Nacho of Ignacio, Саша of Александр).
 */
import { DIACRITIC_MARKS } from './marks'
import { cyrillicNameStem } from './name-words'
import { LANGUAGES, languages } from './languages'
import { formalNamesOf, isClinicalTerm, isCommonWord, isFirstName, isSurname, nicknamesOf } from './lexicon'
import { AUX_NAMES, FUNCTION_WORDS, SPANISH_AUX_NAMES } from './lexicon/name-cues'
import { foldWord } from './known-forms'
import { knownWordsOf } from './known-words'
import { scriptOf, soundKey } from './sound-keys'

// Spanish and Portuguese function words the name lists do not hold (a prefix of "Miguel" is "mi").
// biome-ignore format: packed list
const MORE_FUNCTION_WORDS = new Set([
  'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'lo', 'le', 'en', 'un', 'por', 'para', 'te', 'nos', 'mas', 'pero', 'como',
  'me', 'ma', 'pa', 'ya', 'ni', 'muy', 'os', 'as', 'um', 'uma', 'em', 'na', 'no', 'ao', 'et', 'il', 'je', 'tout',
])

/** A function word of English, Spanish or Portuguese ("the", "mi", "ella", "uma"). */
export function isFunctionWordOfAnyLanguage(word: string): boolean {
  return FUNCTION_WORDS.has(word) || SPANISH_AUX_NAMES.has(word) || MORE_FUNCTION_WORDS.has(word)
}

/**
 * Nouns and adjectives the cue tables treat like auxiliaries ("no chance", "the sky", "in case"): remembered as a
 * party's name they fail closed like any other name word.
 */
// biome-ignore format: packed list
const EVERYDAY_AUX_NAMES = new Set([
  'dot', 'rip', 'tab', 'wake', 'win', 'care', 'case', 'chance', 'free', 'early', 'lock', 'ring', 'link', 'row', 'bear',
  'base', 'car', 'dare', 'glad', 'happy', 'lucky', 'fair', 'keen', 'pet', 'deck', 'fee', 'sky', 'yard', 'ban', 'bat',
  'bay', 'bent', 'bone', 'cam', 'cliff', 'law', 'job', 'worth', 'wash',
])

/** A function word or auxiliary: remembered as a name, it still needs a name-shaped position to count. */
export function isClosedClassWord(word: string): boolean {
  return isFunctionWordOfAnyLanguage(word) || (AUX_NAMES.has(word) && !EVERYDAY_AUX_NAMES.has(word))
}

/**
 * A word, as written (lower case, accents kept), that is an everyday word of the text's own language rather than a
 * name: a word of the language tables' own word lists ("chị", "thì", "em" in Vietnamese, "yon" in Haitian Creole,
 * "меня", "الممرضة"), in a language the text reads as most (`mainLanguages`; a word of another script is of its
 * script's language), unless the tables list it as a given or family name ("hoa"). Such a word inside a found name is
 * the title, pronoun or verb the name ran into: it is never remembered, and a remembered name that folds to it
 * ("Thị" and "thì", "Chi" and "chị") counts there only where a name stands. Words of the frequency lists stay
 * names to remember: people are called by them ("Bảy", "Esperança").
 */
export function isEverydayWordOfText(lowerRaw: string, mainLanguages: ReadonlySet<string>): boolean {
  return everydayWordOfText(lowerRaw, () => mainLanguages)
}

/** {@link isEverydayWordOfText} with the text's languages read only when the word needs them. */
function everydayWordOfText(lowerRaw: string, mainLanguages: () => ReadonlySet<string>): boolean {
  const { givenNames, familyNames, plainWordLanguages } = languages()
  const codes = plainWordLanguages.get(lowerRaw)
  if (!codes || givenNames.has(lowerRaw) || familyNames.has(lowerRaw)) return false
  if (!LATIN_LETTER.test(lowerRaw)) return true
  const main = mainLanguages()
  return codes.some((c) => main.has(c))
}

const LATIN_LETTER = /\p{Script=Latin}/u

/**
 * A word of a found name that the name ran into rather than a name to remember. Written with marks or in another
 * script, an everyday word of the text's language ({@link isEverydayWordOfText}: "chị", "thì", "меня"). Written in
 * plain Latin letters, a title, relation word or subject pronoun of the text's language ("em", "con", "elle"), or,
 * after the name's first word (`opens` false), a word the tables write so that no name list holds ("ang", "nan"):
 * a text is read as a language from a few words, and "Nina", "Dan", "Isa", "Kay", "Jodi" or "Deja" are words of some
 * table too.
 */
function isRunOnWord(lowerRaw: string, mainLanguages: () => ReadonlySet<string>, opens: boolean): boolean {
  if (!LATIN_LETTER.test(lowerRaw) || lowerRaw !== foldWord(lowerRaw))
    return everydayWordOfText(lowerRaw, mainLanguages)
  const lang = languages()
  if (lang.givenNames.has(lowerRaw) || lang.familyNames.has(lowerRaw)) return false
  const cue = writtenCueWords().get(lowerRaw)
  if (cue?.some((c) => mainLanguages().has(c))) return true
  // After the name's first word, a word the tables write so (not only a folded "déjà") that no list holds as a name:
  // a particle the name ran into ("ang", "nan"). The first word is the name the cue gave ("me llamo deja brown").
  if (opens) return false
  const plain = writtenPlainWords().get(lowerRaw)
  return plain?.some((c) => mainLanguages().has(c)) === true && !isFirstName(lowerRaw) && !isSurname(lowerRaw)
}

/** Words of one table list as the tables write them (no folded forms), by language; phrases left out. */
function writtenWords(pick: (t: (typeof LANGUAGES)[number]) => readonly string[]): ReadonlyMap<string, string[]> {
  const out = new Map<string, string[]>()
  for (const t of LANGUAGES)
    for (const w of pick(t)) {
      const word = w.toLowerCase()
      if (!word.includes(' ')) (out.get(word) ?? out.set(word, []).get(word)!).push(t.code)
    }
  return out
}

let plainWordsAsWritten: ReadonlyMap<string, readonly string[]> | undefined
let cueWordsAsWritten: ReadonlyMap<string, readonly string[]> | undefined

/** The tables' own everyday words as they write them. */
function writtenPlainWords(): ReadonlyMap<string, readonly string[]> {
  plainWordsAsWritten ??= writtenWords((t) => t.words)
  return plainWordsAsWritten
}

/** Titles, relation words and subject pronouns of one word as the tables write them. */
function writtenCueWords(): ReadonlyMap<string, readonly string[]> {
  cueWordsAsWritten ??= writtenWords((t) => [...t.titlesBefore, ...t.relationCues, ...(t.subjectPronouns ?? [])])
  return cueWordsAsWritten
}

/**
 * Folded words of a NAME value that are, as written, everyday words of the text (a title, pronoun or verb the name
 * ran into: "chị", "em", "меня"), unless the value also writes a name that folds the same way ("chị Chi").
 * `languagesOfText` answers the text's main languages, read only when a word needs them.
 */
export function everydayWordsOf(
  value: string,
  languagesOfText: () => ReadonlySet<string>,
  mixedCase: boolean,
): ReadonlySet<string> {
  const out = new Set<string>()
  // A name spelled letter by letter (a spelled text is one value of the whole text): every word of it is one letter,
  // and none is read, so the words are not split out one by one.
  if (SPELLED_OUT.test(value) && !SURROGATE.test(value)) return out
  const names = new Set<string>()
  let opens = true
  for (const written of knownWordsOf(value)) {
    // One letter is never remembered (a spelled name is remembered as the word it spells).
    if (written.length < 2) continue
    const raw = written.toLowerCase()
    // Capitalised in a text written in both cases, the word is a name ("mi hija Nina", not "niña").
    const capitalised = mixedCase && written !== raw && LATIN_LETTER.test(written)
    const runOn: boolean = !capitalised && isRunOnWord(raw, languagesOfText, opens)
    ;(runOn ? out : names).add(foldWord(raw))
    // A title before the name ("chị Lan") leaves the next word the name's first.
    opens &&= runOn
  }
  for (const n of names) out.delete(n)
  return out
}

const HANGUL = /\p{Script=Hangul}/u
// Letters of one code unit each (no surrogate), with spaces, full stops or hyphens between them.
const SPELLED_OUT = /^\p{L}(?:[\s.-]+\p{L}){2,}\.?$/u
const SURROGATE = /[\ud800-\udfff]/

/** Russian case endings a name takes in a sentence ("артему", "ольгой", "ивана"): remembered as written, looked up bare. */
const CYRILLIC_CASE_ENDING = /^(\p{Script=Cyrillic}{3,}?)(?:ом|ем|ой|ей|ою|у|ю|а|я|е|ы|и)$/u

/**
 * A Cyrillic name without its case ending, for the nickname table ("артему" → "артем"; "ольгой" → "ольга";
 * "софии" → "софия").
 */
function cyrillicNominative(word: string): string {
  const m = CYRILLIC_CASE_ENDING.exec(word)
  if (!m) return word
  const stem = m[1]!
  // A feminine name in another case: the table holds it with its -а, or -я after и ("ольги" → "ольга", "марии" →
  // "мария"; a folded й is и, so "софьей" and "софией" read the same way).
  const forms = [stem, `${stem}а`, `${stem}я`]
  return forms.find((f) => nicknamesOf(f).length > 0) ?? `${stem}а`
}

// Characters that follow a Han name in a sentence (会 "will", 说 "says", 的 "of"): a remembered three-character word
// that is a family name, one given character and one of these is the two-character name read with its verb.
const HAN_AFTER_NAME = new Set([...'会说是的在也要就还都和跟让叫去来给把被很已没不讲话'])

/**
 * A remembered word that may be a two-character name read with the verb after it ("李娜会"): the name without it.
 * The word itself stays a name too (the character also ends real given names: 王家和), with its given name.
 */
function hanNameWithoutVerb(word: string, familyNames: ReadonlySet<string>): string | undefined {
  return word.length === 3 && familyNames.has(word[0]!) && HAN_AFTER_NAME.has(word[2]!) ? word.slice(0, 2) : undefined
}

/** A Hangul word without the particles and copula endings the tables list ("김민준입니다" → "김민준"). */
export function withoutParticles(word: string): string {
  // Folded words are decomposed (NFKD splits Hangul syllables into jamo); the tables hold composed syllables.
  const composed = word.normalize('NFC')
  const { suffixes, suffixLengths } = languages()
  const n = suffixLengths.find((k) => composed.length > k + 1 && suffixes.has(composed.slice(composed.length - k)))
  if (n === undefined) return word
  const bare = composed.slice(0, composed.length - n)
  return composed === word ? bare : bare.normalize('NFKD')
}

const VOWEL_END = /[aeiouyаеиоуыэюяё]$/u
const HAN = /\p{Script=Han}/u

/** Remembered words of one party, with the short forms a later message may use for them. */
export interface PartyNames {
  /** The remembered words themselves (folded). */
  words: ReadonlySet<string>
  /** A short form of a remembered name: its prefix, a prefix with a vowel ending ("света" of "светлана"), a nickname. */
  isShortForm(word: string): boolean
  /** Han names (family name first) and their two-character given names, to find inside unspaced Han text. */
  han: readonly string[]
  /** A prefix of a remembered name that is an everyday word ("sum" of Summer, "hunt" of Hunter): a name only where a name stands. */
  isWeakShortForm(word: string): boolean
  /**
   * The last three letters of a remembered name of six or more ("cel" of Maricel, "ton" of Clinton): what a
   * patient signs with after a dash, and a name only there (three letters end many words).
   */
  isSignOffForm(word: string): boolean
  /** The usual short form of a remembered given name in the nickname table ("ty" of Tyler, "dot" of Dorothy). */
  isNickname(word: string): boolean
  /** Initials of two names remembered together ("gy" of Grace Young): a name only where a name stands. */
  initials: ReadonlySet<string>
  /**
   * A remembered name written in another script ("Дана" of dana, "마이크" of mike): the length of the consonant
   * skeleton they share (0 when none). Two consonants are a name only where a name stands (many words share them).
   */
  otherScriptForm(word: string): number
}

/** The reading of a party's remembered words (see the module comment). */
export function partyNames(remembered: Iterable<string>): PartyNames {
  const words = new Set(remembered)
  // Only names the lexicon does not know as words give short forms: "completo" must not make "complete" a name.
  const stems = [...words].filter((w) => w.length >= 4 && !HAN.test(w) && !isCommonWord(w))
  // Names that are everyday words ("summer", "hunter") give short forms too, counted only where a name stands.
  const wordStems = [...words].filter((w) => w.length >= 5 && !HAN.test(w) && isCommonWord(w))
  const { familyNames } = languages()
  const han = new Set<string>()
  const hanWords: string[] = []
  const withVerb = new Set<string>()
  for (const w of words) {
    if (!HAN.test(w) || w.length < 2) continue
    hanWords.push(w)
    const name = hanNameWithoutVerb(w, familyNames)
    if (name !== undefined) {
      withVerb.add(w)
      hanWords.push(name)
    }
  }
  const tableWords = languages().words
  // A word read with its verb gives its given name ("家和" of 王家和) and no other short form ("小说" of 王明说).
  const addForm = (form: string, from: string): void => {
    if (!withVerb.has(from) || (form === from.slice(-2) && !tableWords.has(form))) han.add(form)
  }
  for (const w of hanWords) {
    // A pet name taken with the character after it ("小芳会": 小芳 and 会): the pet name alone.
    if (/^[小阿老]/u.test(w) && w.length === 3) han.add(w.slice(0, 2))
    let family = familyNames.has(w.slice(0, 2)) ? 2 : familyNames.has(w.slice(0, 1)) ? 1 : 0
    // A married woman's two family names before her own given name (黄梁淑芬: 黄 and 梁, then 淑芬).
    if (family === 1 && w.length === 4 && familyNames.has(w[1]!)) family = 2
    // A given or pet name remembered alone (小芳, 建国): itself, and a pet name's last character doubled (芳芳).
    if (family === 0) {
      if (w.length <= 3) han.add(w)
      if (/^[小阿]/u.test(w) && w.length === 2) han.add(w[1]! + w[1]!)
      continue
    }
    han.add(w)
    // Colleagues and neighbours call a person by the family name with 小 or 老 ("小李", "老王" of 李伟, 王建国).
    for (const form of [`小${w.slice(0, family)}`, `老${w.slice(0, family)}`]) addForm(form, w)
    const given = w.slice(family)
    // A two-character given name, and what family calls its owner: 阿华 / 小华 / 华华 of 陈美华.
    // A given name that is a pet name already (小明 of 王小明) is also called by its last character doubled (明明).
    if (given.length === 2) {
      for (const form of [given, `阿${given[1]}`, `小${given[1]}`]) addForm(form, w)
      // The last character doubled (然然 of 周浩然), unless the doubled form is an everyday word (天天, 慢慢).
      const doubled = given[1]! + given[1]!
      if (/^[小阿]/u.test(given) || !tableWords.has(doubled)) addForm(doubled, w)
      // Or the first character, doubled or with 小/阿 (浩浩, 小浩 of 王浩然), when the given name is no pet name itself.
      if (!/^[小阿]/u.test(given)) {
        const first = given[0]!
        for (const form of [`阿${first}`, `小${first}`, first + first])
          if (!tableWords.has(form) && !(form.startsWith('小') && w.startsWith(form))) addForm(form, w)
      }
    }
    // A one-character given name is called by its doubled form or with 小/阿 ("李娜" → 娜娜, 小娜, 阿娜).
    if (given.length === 1) for (const form of [given + given, `小${given}`, `阿${given}`]) addForm(form, w)
  }
  // The usual short forms of a remembered given name ("dorothy" → dot, "ignacio" → nacho, "александр" → саша).
  const nicknames = new Set<string>()
  // Short forms reached through a formal name that are everyday words ("bill" of a remembered "will"): only where a
  // name stands.
  const weakNicknames = new Set<string>()
  for (const w of words) {
    const own = nicknamesOf(w)
    for (const n of own.length > 0 ? own : nicknamesOf(cyrillicNominative(w))) {
      const folded = n.normalize('NFKD').replace(DIACRITIC_MARKS, '')
      if (!words.has(folded)) nicknames.add(folded)
    }
    // A short form remembered ("will") stands for its formal names and their other short forms ("william", "billy").
    if (own.length > 0) continue
    for (const n of formalNamesOf(w).flatMap((f) => [f, ...nicknamesOf(f)])) {
      if (words.has(n)) continue
      ;(isCommonWord(n) || isEverydayWord(n) ? weakNicknames : nicknames).add(n)
    }
  }
  const list = [...words]
  const initials = new Set<string>()
  for (let i = 0; i + 1 < list.length; i++) {
    const run = list.slice(i, i + 3).filter((x) => x.length >= 2 && !HAN.test(x) && !HANGUL.test(x))
    if (run.length >= 2) initials.add(run[0]![0]! + run[1]![0]!)
    // Three names, and the first and last of them without the middle one ("A.L." of Aimee Désirée Lavoie).
    if (run.length === 3) initials.add(run.map((x) => x[0]).join('')).add(run[0]![0]! + run[2]![0]!)
  }
  // Hangul names are remembered with what was attached to them ("김민준입니다"): the name, and its given name alone.
  for (const w of [...words]) {
    if (!HANGUL.test(w)) continue
    const bare = withoutParticles(w).normalize('NFC')
    if (bare.length < 2 || bare.length > 4) continue
    const given = familyNames.has(bare.slice(0, 1)) && bare.length === 3 ? [bare.slice(1)] : []
    for (const form of [bare, ...given]) words.add(form).add(form.normalize('NFKD'))
  }
  // Skeletons of the remembered names by script, so a name written later in another script is the same name.
  const skeletons = new Map<string, Set<string>>()
  const strongSkeletons = new Set<string>()
  for (const w of words) {
    const script = scriptOf(w)
    if (!script || w.length < 3 || isFunctionWordOfAnyLanguage(w)) continue
    const key = soundKey(script === 'hangul' ? withoutParticles(w).normalize('NFKD') : w)
    if (key.length < 2) continue
    const scripts = skeletons.get(key) ?? new Set<string>()
    skeletons.set(key, scripts.add(script))
    // A name that is an everyday word ("grace") is read in another script only where a name stands ("класс").
    if (!isCommonWord(w)) strongSkeletons.add(key)
  }
  return {
    words,
    initials,
    otherScriptForm(word) {
      if (skeletons.size === 0) return 0
      const script = scriptOf(word)
      if (!script) return 0
      // Hangul is read without its particles ("목이" is 목), composed, as the tables list it.
      const bare = script === 'hangul' ? withoutParticles(word.normalize('NFC')) : word
      if ([...bare].length < (script === 'hangul' ? 2 : 3)) return 0
      if (
        isCommonWord(bare) ||
        isClinicalTerm(bare) ||
        isFunctionWordOfAnyLanguage(bare) ||
        languages().words.has(bare)
      )
        return 0
      const key = soundKey(bare.normalize('NFKD'))
      const scripts = skeletons.get(key)
      if (scripts === undefined || ![...scripts].some((s) => s !== script)) return 0
      return strongSkeletons.has(key) ? key.length : Math.min(key.length, 2)
    },
    han: [...han].sort((a, b) => b.length - a.length),
    isSignOffForm(word) {
      return word.length === 3 && !words.has(word) && stems.some((s) => s.length >= 6 && s.endsWith(word))
    },
    isWeakShortForm(word) {
      if (word.length < 3 || words.has(word)) return false
      if (weakNicknames.has(word)) return true
      if (wordStems.some((s) => s.length >= word.length + 2 && s.startsWith(word))) return true
      // The end of a name that is a word ("cita" of Pacita is an appointment, "line" of Madeline).
      return (
        (word.length >= 4 &&
          (isCommonWord(word) || isClinicalTerm(word)) &&
          stems.some((s) => s.length >= word.length + 2 && s.endsWith(word))) ||
        // A pet name that is an everyday word ("rosy" of Rosa, "silly" of Silva): only where a name stands.
        (isEverydayWord(word) && stems.some((s) => isDiminutiveOf(word, s)))
      )
    },
    isNickname(word) {
      return nicknames.has(word)
    },
    isShortForm(word) {
      if (word.length < 2 || words.has(word)) return false
      if (nicknames.has(word)) return true
      return stems.some(
        (s) =>
          (s.length >= word.length + 2 && s.startsWith(word)) ||
          // The end of a name is a nickname too ("tina" of Christina), unless it is a word (then weak, above).
          (word.length >= 4 &&
            s.length >= word.length + 2 &&
            s.endsWith(word) &&
            !isCommonWord(word) &&
            !isClinicalTerm(word)) ||
          (word.length >= 4 && word.length < s.length && VOWEL_END.test(word) && s.startsWith(word.slice(0, -1))) ||
          (isDiminutiveOf(word, s) && !isEverydayWord(word)) ||
          // A Russian name remembered in a case ("александра", "ольгу") is the nominative said later ("александр").
          (CYRILLIC_WORD.test(word) && word.length >= 4 && s.length <= word.length + 2 && s.startsWith(word)) ||
          // Or in another case ("алиса" of a remembered "алисе").
          (CYRILLIC_WORD.test(word) && word.length >= 4 && cyrillicNameStem(word) === cyrillicNameStem(s)),
      )
    },
  }
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u

// Pet-name endings put on the first syllable of a given name: Rosy of Rosa, Danny of Daniel, Lupita of Guadalupe's
// Lupe, Pepito, Sashka, Carmencita, Gracinha of Graça, Люся of Людмила, Таня of Татьяна.
const DIMINUTIVE =
  /(?:y|ie|i|ita|ito|cita|cito|ina|ka|sha|inha|inho|zinha|zinho|ся|ша|ня|ля|ка|очка|ечка|енька|уля|уся|юша)$/u
// Russian pet names keep only the first two letters of the name before the ending: Лю-ся, Та-ня, Ма-ша.
const CYRILLIC_PET = /^\p{Script=Cyrillic}{2}(?:ся|ша|ня|ля)$/u

/** An everyday word of English or of a language table: a pet name spelled like one counts only where a name stands. */
function isEverydayWord(word: string): boolean {
  return isCommonWord(word) || languages().words.has(word)
}

/** "rosy" of Rosa, "danny" of Daniel: the name's first three letters or more (two in "люся") with a pet-name ending. */
function isDiminutiveOf(word: string, name: string): boolean {
  const m = DIMINUTIVE.exec(word)
  if (!m || word.length < 4) return false
  let base = word.slice(0, -m[0].length)
  // "danny": a consonant doubled before the ending is one consonant of the name.
  if (base.length >= 4 && base.at(-1) === base.at(-2)) base = base.slice(0, -1)
  const shortest = CYRILLIC_PET.test(word) ? 2 : 3
  return base.length >= shortest && name.length > base.length && name.startsWith(base) && !isClinicalTerm(word)
}

/** Where the party's Han names occur in a text (unspaced Han text has no word boundaries to look at). */
export function hanNameSpans(text: string, party: PartyNames): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  if (party.han.length === 0 || !HAN.test(text)) return out
  const taken = new Uint8Array(text.length)
  for (const name of party.han) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (taken.subarray(at, at + name.length).some((x) => x === 1)) continue
      taken.fill(1, at, at + name.length)
      out.push({ start: at, end: at + name.length })
    }
  }
  return out
}
