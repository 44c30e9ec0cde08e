/**
 * Combining marks a fold drops: the diacritics over Latin, Greek, Cyrillic, Hebrew and Arabic letters and the Japanese
 * voicing marks, which writers leave out as often as they write them. The vowel signs and viramas of the abugidas
 * (Devanagari, Bengali, Gurmukhi, Khmer, Burmese, Thai, Lao) are part of the letter they sit on and stay: "पाँच"
 * (five) folded to "पच" would meet other words.
 */
export const DIACRITIC_MARKS =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a class of combining marks alone, no letter in it to combine
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]/gu
