/**
 * The Latin letters as Hindi and Nepali speakers say and write them in Devanagari when they spell an ID (a Medicare
 * number "चार एच आर सात जे के …"), each with its letter. Written here; "के", "जी", "ए" are everyday words too, which
 * join a spelled run but never start one (see LanguageTable.letterNames).
 */
// biome-ignore format: packed table
export const DEVANAGARI_LETTER_NAMES: Readonly<Record<string, string>> = {
  'ए': 'a', 'बी': 'b', 'सी': 'c', 'डी': 'd', 'ई': 'e', 'एफ': 'f', 'जी': 'g', 'एच': 'h', 'आई': 'i', 'जे': 'j',
  'के': 'k', 'एल': 'l', 'एम': 'm', 'एन': 'n', 'ओ': 'o', 'पी': 'p', 'क्यू': 'q', 'आर': 'r', 'एस': 's', 'टी': 't',
  'यू': 'u', 'वी': 'v', 'भी': 'v', 'डब्ल्यू': 'w', 'डबल्यू': 'w', 'एक्स': 'x', 'वाई': 'y', 'जेड': 'z', 'ज़ेड': 'z',
}
