/**
 * Dictionary look-ups over the generated lexicon (scripts/build-lexicon.mjs). STUB: the names
 * work (issue 3) fills these in; until then every look-up answers false.
 * All look-ups take lower-case words (or phrases, single-spaced).
 */

/** A common English word (names removed from the list). */
export function isEnglishWord(_word: string): boolean {
  return false
}

/** A known first name (any gender). */
export function isFirstName(_word: string): boolean {
  return false
}

/** A known surname. */
export function isSurname(_word: string): boolean {
  return false
}

/** A US city or town name (one or more words). */
export function isCity(_phrase: string): boolean {
  return false
}

/** Clinical vocabulary that must survive scrubbing (drugs, symptoms, anatomy, units). */
export function isClinicalTerm(_word: string): boolean {
  return false
}
