/**
 * The language tables (one file per language, see types.ts) compiled once into look-ups the detectors share:
 * number and ordinal words, months and weekdays, "years old" words, clinical quantity contexts, person cues and
 * titles, family and given names, and everyday words. Every look-up takes lower-case text; tables without a
 * prototype, so a word such as "constructor" is only ever a word. The compiling is in compiled.ts, the language
 * counts of a text in counts.ts, reading phrases where they end in phrase-reading.ts; this file gathers them.
 */
export type { LanguageTable } from './types'
export { LANGUAGES } from './all'
export { type PhraseNode, type PhraseSet, fold, isAscii } from './phrase-set'
export * from './compiled'
export * from './counts'
export * from './phrase-reading'
