/**
 * The language tables (one file per language, see types.ts) compiled once into look-ups the detectors share:
 * number and ordinal words, months and weekdays, "years old" words, clinical quantity contexts, person cues and
 * titles, family and given names, and everyday words. Every look-up takes lower-case text; tables without a
 * prototype, so a word such as "constructor" is only ever a word.
 */
import { LANGUAGES } from './all'
import { type PhraseSet, fold, foldingOnce, phraseSet } from './phrase-set'
import type { LanguageTable } from './types'

function dictionary<T>(): Map<string, T> {
  return new Map<string, T>()
}

/** A table's self and title cues, and the longer ones again with its clitic prefixes written on ("واسمي" of "اسمي"). */
function withClitics(t: LanguageTable, phrases: readonly string[]): readonly string[] {
  const prefixes = t.cliticPrefixes ?? []
  if (prefixes.length === 0) return phrases
  // Short cues take no clitic ("م" would make "فم", mouth; "أنا" would make every "وأنا …" an introduction), nor do
  // relation words, after which an adjective would read as a name ("وأبي تعبان").
  const relations = new Set(t.relationCues)
  const hosts = phrases.filter((x) => [...x].length >= 4 && !relations.has(x))
  return [...phrases, ...prefixes.flatMap((p) => hosts.map((x) => p + x))]
}

function compile(tables: readonly LanguageTable[]) {
  const numbers = dictionary<number>()
  const numberLanguages = dictionary<Set<string>>()
  const ordinals = dictionary<number>()
  const months = dictionary<number>()
  const datesOnlyMonths = dictionary<number>()
  const weekdays = new Set<string>()
  const familyNames = new Set<string>()
  const givenNames = new Set<string>()
  const words = new Set<string>()
  const suffixes = new Set<string>()
  const add = <T>(map: Map<string, T>, key: string, value: T): void => {
    for (const k of [key, fold(key)]) if (k.length > 0 && !map.has(k)) map.set(k, value)
  }
  let maxNumberWords = 1
  const numberFirstWords = new Map<string, number>()
  for (const t of tables) {
    for (const [raw, v] of Object.entries(t.numbers)) {
      // Hyphens read as spaces: the word scanner splits "quatre-vingt-quinze" into three words.
      const w = raw.replace(/-/g, ' ').replace(/\s+/g, ' ').trim()
      add(numbers, w, v)
      for (const k of [w, fold(w)]) {
        if (!numberLanguages.has(k)) numberLanguages.set(k, new Set())
        numberLanguages.get(k)!.add(t.code)
        const parts = k.split(' ')
        numberFirstWords.set(parts[0]!, Math.max(numberFirstWords.get(parts[0]!) ?? 0, parts.length))
      }
      maxNumberWords = Math.max(maxNumberWords, w.split(' ').length)
    }
    for (const [w, v] of Object.entries(t.ordinals)) add(ordinals, w, v)
    for (const [i, forms] of t.months.entries()) for (const f of forms) add(months, f, i + 1)
    for (const [f, m] of Object.entries(t.monthsInDatesOnly ?? {})) add(datesOnlyMonths, f, m)
    for (const forms of t.weekdays) for (const f of forms) for (const k of [f, fold(f)]) weekdays.add(k)
    for (const n of t.familyNames) for (const k of [n, fold(n)]) familyNames.add(k)
    for (const n of t.givenNames) for (const k of [n, fold(n)]) givenNames.add(k)
    for (const x of t.attachedSuffixes ?? []) suffixes.add(x)
  }
  // The vocabulary a table implies is everyday vocabulary too: number words, months, weekdays and the single words
  // of its cue, title, unit and marker phrases ("merci", "madame", "tuổi"), never its names.
  const byLanguage = new Map<string, Set<string>>()
  // The tables' own everyday words, before the vocabulary their other lists imply is added.
  // word → the languages whose own word lists hold it, names or not ("li" of Haitian Creole is a family name too).
  const plainWordLanguages = new Map<string, string[]>()
  for (const t of tables) {
    for (const k of new Set(
      [...t.words, ...(t.clinicalWords ?? []), ...(t.soundWrittenWords ?? [])].flatMap((w) => [w, fold(w)]),
    )) {
      const codes = plainWordLanguages.get(k) ?? plainWordLanguages.set(k, []).get(k)!
      codes.push(t.code)
    }
  }
  const plainWords: ReadonlySet<string> = new Set(plainWordLanguages.keys())
  for (const t of tables) {
    const own = new Set<string>()
    // Number, month, weekday and marker words are words even when a name is spelled the same ("hai" is two in
    // Vietnamese and the name Hải without its tone): those closed lists are read before any name list.
    // biome-ignore format: packed list
    const closed = [
      Object.keys(t.numbers), Object.keys(t.ordinals), t.months.flat(), t.weekdays.flat(), t.yearsOld, t.unitsAfter,
      Object.values(t.dateMarkers).flat(), t.dateJoiners, t.markerJoiners ?? [],
    ]
    // biome-ignore format: packed list
    const open = [
      t.words, t.clinicalWords ?? [], t.soundWrittenWords ?? [], t.ageBefore, t.selfCues, t.relationCues, t.titlesBefore, t.titlesAfter, t.signOffs,
      t.nameParticles, t.cuesBefore, t.streetWords, t.addressCues, t.birthCues, t.phoneCues, t.addressUnits ?? [],
      t.numericDateBefore ?? [],
    ]
    for (const [list, isClosed] of [
      ...closed.map((l) => [l, true] as const),
      ...open.map((l) => [l, false] as const),
    ]) {
      for (const phrase of list) {
        for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
          if (w.length === 0 || (!isClosed && (givenNames.has(w) || familyNames.has(w)))) continue
          for (const k of [w, fold(w)]) {
            own.add(k)
            words.add(k)
          }
        }
      }
    }
    byLanguage.set(t.code, own)
  }
  // word → the languages whose everyday words hold it: one look-up per word when telling a text's language.
  const languagesOfWord = new Map<string, string[]>()
  for (const [code, set] of byLanguage)
    for (const w of set) (languagesOfWord.get(w) ?? languagesOfWord.set(w, []).get(w)!).push(code)
  // The soft everyday words (see LanguageTable.everydayWords): their own map, and counted with the rest when telling a
  // text's language.
  const everydayWordLanguages = new Map<string, string[]>()
  for (const t of tables)
    for (const phrase of t.everydayWords ?? [])
      for (const w of phrase.toLowerCase().split(/[\s-]+/))
        for (const k of new Set([w, fold(w)])) {
          if (k.length === 0 || byLanguage.get(t.code)!.has(k)) continue
          const codes = everydayWordLanguages.get(k) ?? everydayWordLanguages.set(k, []).get(k)!
          if (!codes.includes(t.code)) codes.push(t.code)
        }
  const countedLanguagesOfWord = new Map<string, string[]>(languagesOfWord)
  for (const [w, codes] of everydayWordLanguages)
    countedLanguagesOfWord.set(w, [...new Set([...(languagesOfWord.get(w) ?? []), ...codes])])
  const all = (pick: (t: LanguageTable) => readonly string[]): PhraseSet => phraseSet(tables.map(pick))
  // biome-ignore format: packed list
  return {
    numbers, numberLanguages, numberFirstWords, plainWords, plainWordLanguages, ordinals, languagesOfWord,
    everydayWordLanguages, countedLanguagesOfWord, months, weekdays, familyNames, givenNames, words, maxNumberWords, byLanguage,
    suffixes: suffixes as ReadonlySet<string>,
    suffixLengths: [...new Set([...suffixes].map((x) => x.length))].sort((a, b) => b - a),
    yearsOld: all((t) => t.yearsOld),
    ageBefore: all((t) => t.ageBefore),
    unitsAfter: all((t) => t.unitsAfter),
    cuesBefore: all((t) => t.cuesBefore),
    selfCues: all((t) => withClitics(t, t.selfCues)),
    relationCues: all((t) => t.relationCues),
    titlesBefore: all((t) => withClitics(t, t.titlesBefore)),
    titlesAfter: all((t) => t.titlesAfter),
    signOffs: all((t) => t.signOffs),
    birthCues: all((t) => t.birthCues),
    addressCues: all((t) => t.addressCues),
    phoneCues: all((t) => t.phoneCues),
    streetWords: all((t) => t.streetWords),
    dayBefore: all((t) => t.dateMarkers.dayBefore),
    daysBefore: all((t) => t.dateMarkers.daysBefore ?? []),
    dayAfter: all((t) => t.dateMarkers.dayAfter),
    monthBefore: all((t) => t.dateMarkers.monthBefore),
    monthAfter: all((t) => t.dateMarkers.monthAfter),
    yearBefore: all((t) => t.dateMarkers.yearBefore),
    yearAfter: all((t) => t.dateMarkers.yearAfter),
    dateJoiners: all((t) => t.dateJoiners),
    monthJoinersOf: new Map(tables.map((t) => [t.code, new Set(t.monthJoiners ?? [])])) as ReadonlyMap<
      string,
      ReadonlySet<string>
    >,
    weekdayPhrases: all((t) => t.weekdays.flat()),
    nameParticles: new Set(tables.flatMap((t) => t.nameParticles)),
    markedSurnames: new Set(tables.flatMap((t) => t.markedSurnames ?? [])),
    compoundGivenNames: new Set(tables.flatMap((t) => (t.compoundGivenNames ?? []).flatMap((w) => [w, fold(w)]))),
    numberAlternatives: new Set(tables.flatMap((t) => t.numberAlternatives ?? [])),
    littlePlaceWords: tables.flatMap((t) => t.littlePlaceWords ?? []),
    holidays: all((t) => t.holidays ?? []),
    numericDateBefore: new Set(tables.flatMap((t) => t.numericDateBefore ?? [])),
    markerJoiners: new Set(tables.flatMap((t) => t.markerJoiners ?? [])),
    nameLinks: new Set(tables.flatMap((t) => (t.nameLinks ?? []).flatMap((w) => [w, fold(w)]))),
    letterNamesOf: new Map(tables.map((t) => [t.code, new Set(Object.keys(t.letterNames ?? {}))])),
    personArticles: wordLanguages(tables, (t) => t.personArticles ?? []),
    cueLanguages: wordLanguages(tables, (t) => [...t.titlesBefore, ...t.relationCues, ...t.selfCues]),
    soundWrittenWords: new Set(tables.flatMap((t) => t.soundWrittenWords ?? [])) as ReadonlySet<string>,
    clinicalWordsOf: new Map(tables.map((t) => [t.code, new Set((t.clinicalWords ?? []).flatMap((w) => [w, fold(w)]))])),
    givenNamesOf: new Map(tables.map((t) => [t.code, new Set(t.givenNames.flatMap((n) => [n, fold(n)]))])),
    vocatives: new Set(tables.flatMap((t) => t.vocatives ?? [])),
    vocativesAfter: new Set(tables.flatMap((t) => t.vocativesAfter ?? [])),
    birthOrderNames: wordLanguages(tables, (t) => t.birthOrderNames ?? []),
    wordEndingsOf: new Map(
      tables.filter((t) => t.wordEndings).map((t) => [t.code, [...t.wordEndings!].sort((a, b) => b.length - a.length)]),
    ),
    birthOrderNotBefore: new Set(tables.flatMap((t) => t.birthOrderNotBefore ?? [])),
    titlesOnlyBeforeNames: new Set(tables.flatMap((t) => (t.titlesOnlyBeforeNames ?? []).flatMap((w) => [w, fold(w)]))),
    subjectPronouns: new Map(tables.flatMap((t) => (t.subjectPronouns ?? []).map((w) => [w, t.code] as const))),
    addressUnits: all((t) => t.addressUnits ?? []),
    romanizedSyllables: new Set(tables.flatMap((t) => t.romanizedSyllables ?? [])),
    corrections: all((t) => t.corrections ?? []),
    nicknameCues: all((t) => t.nicknameCues ?? []),
    kinTitles: all((t) => t.kinTitles ?? []),
    doseUnits: all((t) => t.doseUnits ?? []),
    nicknameCuesAfter: all((t) => t.nicknameCuesAfter ?? []),
    introductionEnds: all((t) => t.introductionEnds ?? []),
    personVerbs: all((t) => t.personVerbs ?? []),
    inflections: tables.flatMap((t) => t.inflections ?? []).sort((a, b) => b.length - a.length),
    /** Each table's endings and bases apart: a stem an ending leaves must be a word of the same table. */
    inflectionTables: tables
      .filter((t) => (t.inflections ?? []).length > 0)
      .map((t) => ({
        code: t.code,
        endings: [...(t.inflections ?? [])].sort((a, b) => b.length - a.length),
        // The stem itself is always tried first ("кардиологу" is кардиолог + у).
        bases: ['', ...(t.inflectionBases ?? []).filter((b) => b !== '')],
        own: byLanguage.get(t.code)!,
      })),
    inflectionBases: [...new Set(['', ...tables.flatMap((t) => t.inflectionBases ?? [])])],
    drugSuffixes: tables.flatMap((t) => t.drugSuffixes ?? []),
    predicateEndings: tables.flatMap((t) => t.predicateEndings ?? []).sort((a, b) => b.length - a.length),
    spellingAnalogies: all((t) => t.spellingAnalogies ?? []),
    periodCues: all((t) => t.periodCues ?? []),
    monthRelatives: all((t) => t.monthRelatives ?? []),
    monthRelativesBefore: all((t) => t.monthRelativesBefore ?? []),
    transliterationChars: new Set(tables.flatMap((t) => [...(t.transliterationChars ?? '')])),
    weekdayRelatives: all((t) => t.weekdayRelatives ?? []),
    monthPhrases: all((t) => t.months.flat()),
    places: all((t) => t.places ?? []),
    residenceCues: all((t) =>
      withClitics(t, [...(t.residenceCues ?? []), ...(t.townOnlyCues ?? []), ...(t.plainTownCues ?? [])]),
    ),
    townOnlyCues: new Set(tables.flatMap((t) => [...(t.townOnlyCues ?? []), ...(t.plainTownCues ?? [])])),
    plainTownCues: new Set(tables.flatMap((t) => t.plainTownCues ?? [])),
    labAnalytes: new Set(tables.flatMap((t) => t.labAnalytes ?? [])),
    datesOnlyMonths: datesOnlyMonths as ReadonlyMap<string, number>,
    runNumbers: new Map(
      tables.flatMap((t) =>
        Object.entries(t.numbersInRuns ?? {}).map(([w, v]) => [w, [v, new Set([t.code])] as const] as const),
      ),
    ) as ReadonlyMap<string, readonly [number, ReadonlySet<string>]>,
    originCues: new Set(tables.flatMap((t) => t.originCues ?? [])),
    originAfterName: wordLanguages(tables, (t) => t.originAfterName ?? []),
    residenceCueLanguages: wordLanguages(tables, (t) => [
      ...(t.residenceCues ?? []),
      ...(t.townOnlyCues ?? []),
      ...(t.plainTownCues ?? []),
    ]),
    residenceVerbsAfter: tables.flatMap((t) => t.residenceVerbsAfter ?? []),
    genericPlaces: all((t) => t.genericPlaces ?? []),
    placeArticles: new Set(tables.flatMap((t) => t.placeArticles ?? [])),
    serviceWords: new Set(tables.flatMap((t) => t.serviceWords ?? [])),
    placeEnds: new Set(tables.flatMap((t) => (t.placeEnds ?? []).flatMap((w) => [w, fold(w)]))),
    letterNames: new Map(tables.flatMap((t) => Object.entries(t.letterNames ?? {}))),
  }
}

/** Every table compiled (built on first use, then shared by every detection in the isolate). */
/** phrase (and its folded form) → the languages whose `pick` list holds it. */
function wordLanguages(
  tables: readonly LanguageTable[],
  pick: (t: LanguageTable) => readonly string[],
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>()
  for (const t of tables)
    for (const w of pick(t))
      for (const k of new Set([w, fold(w)])) {
        const codes = out.get(k) ?? out.set(k, []).get(k)!
        if (!codes.includes(t.code)) codes.push(t.code)
      }
  return out
}

export type CompiledLanguages = ReturnType<typeof compile>

let compiled: CompiledLanguages | undefined

/** The compiled tables of every language the engine reads. */
export function languages(): CompiledLanguages {
  compiled ??= foldingOnce(() => compile(LANGUAGES))
  return compiled
}
