/**
 * Nepali number words and their values (the `numbers` field of ne.ts, kept apart for its size): written by hand, in
 * Devanagari (each 0-100 as one word, as Nepali says them) and romanised as Nepali SMS writes them (ek dui tin,
 * unanabbe). {@link devanagariNumbers} adds the written variants of the long vowels and the nasal marks (बीस/बिस,
 * पाँच/पांच/पाच); the table reads the romanised words only (see there).
 */
// biome-ignore format: packed table
const DEVANAGARI: ReadonlyArray<readonly [string, number]> = [
  ["शून्य", 0], ["शुन्य", 0], ["सुन्य", 0], ["सून्य", 0], ["जिरो", 0], ["एक", 1], ["दुई", 2], ["दुइ", 2], ["तीन", 3], ["चार", 4],
  ["पाँच", 5], ["छ", 6], ["छः", 6], ["सात", 7], ["आठ", 8], ["नौ", 9], ["दश", 10], ["दस", 10], ["एघार", 11], ["बाह्र", 12],
  ["बार्ह", 12], ["तेह्र", 13], ["चौध", 14], ["पन्ध्र", 15], ["सोह्र", 16], ["सत्र", 17], ["अठार", 18], ["उन्नाइस", 19],
  ["बीस", 20], ["एक्काइस", 21], ["बाइस", 22], ["तेइस", 23], ["चौबीस", 24], ["पच्चीस", 25], ["छब्बीस", 26],
  ["सत्ताइस", 27], ["अट्ठाइस", 28], ["अठ्ठाइस", 28], ["उनन्तीस", 29], ["तीस", 30], ["एकतीस", 31], ["बत्तीस", 32],
  ["तेत्तीस", 33], ["चौँतीस", 34], ["पैँतीस", 35], ["छत्तीस", 36], ["सैँतीस", 37], ["अठतीस", 38], ["उनन्चालीस", 39],
  ["चालीस", 40], ["एकचालीस", 41], ["बयालीस", 42], ["त्रिचालीस", 43], ["चवालीस", 44], ["पैँतालीस", 45],
  ["छयालीस", 46], ["सतचालीस", 47], ["अठचालीस", 48], ["उनन्पचास", 49], ["पचास", 50], ["एकाउन्न", 51], ["बाउन्न", 52],
  ["त्रिपन्न", 53], ["चवन्न", 54], ["पचपन्न", 55], ["छपन्न", 56], ["सन्ताउन्न", 57], ["अन्ठाउन्न", 58],
  ["उनन्साठी", 59], ["साठी", 60], ["एकसट्ठी", 61], ["बयसट्ठी", 62], ["त्रिसट्ठी", 63], ["चौसट्ठी", 64],
  ["पैँसट्ठी", 65], ["छयसट्ठी", 66], ["सतसट्ठी", 67], ["अठसट्ठी", 68], ["उनन्सत्तरी", 69], ["सत्तरी", 70],
  ["एकहत्तर", 71], ["बहत्तर", 72], ["त्रिहत्तर", 73], ["चौहत्तर", 74], ["पचहत्तर", 75], ["छयहत्तर", 76],
  ["सतहत्तर", 77], ["अठहत्तर", 78], ["उनासी", 79], ["असी", 80], ["एकासी", 81], ["बयासी", 82], ["त्रियासी", 83],
  ["चौरासी", 84], ["पचासी", 85], ["छयासी", 86], ["सतासी", 87], ["अठासी", 88], ["उनान्नब्बे", 89], ["उनानब्बे", 89],
  ["नब्बे", 90], ["एकानब्बे", 91], ["बयानब्बे", 92], ["त्रियानब्बे", 93], ["चौरानब्बे", 94], ["पन्चानब्बे", 95],
  ["पञ्चानब्बे", 95], ["छयानब्बे", 96], ["सन्तानब्बे", 97], ["अन्ठानब्बे", 98], ["उनान्सय", 99], ["सय", 100],
  ["एक सय", 100], ["हजार", 1000], ["एक हजार", 1000], ["लाख", 100000],
]

// biome-ignore format: packed table
const ROMANISED: ReadonlyArray<readonly [string, number]> = [
  ["sunya", 0], ["shunya", 0], ["sunna", 0], ["ek", 1], ["dui", 2], ["duee", 2], ["tiin", 3], ["teen", 3], ["char", 4],
  ["chaar", 4], ["panch", 5], ["paanch", 5], ["paach", 5], ["chha", 6], ["chhah", 6], ["chhaa", 6], ["saat", 7],
  ["sat", 7], ["aath", 8], ["ath", 8], ["nau", 9], ["das", 10], ["dash", 10], ["eghara", 11], ["eghaara", 11],
  ["egara", 11], ["bahra", 12], ["baahra", 12], ["barha", 12], ["tehra", 13], ["terha", 13], ["chaudha", 14],
  ["chaudah", 14], ["pandhra", 15], ["pandra", 15], ["sohra", 16], ["sorha", 16], ["satra", 17], ["athara", 18],
  ["athaara", 18], ["unnais", 19], ["unnaish", 19], ["bis", 20], ["bees", 20], ["ekkais", 21], ["ekkaish", 21],
  ["bais", 22], ["baais", 22], ["teis", 23], ["teish", 23], ["chaubis", 24], ["pachchis", 25], ["pachis", 25],
  ["chhabbis", 26], ["chabbis", 26], ["sattais", 27], ["atthais", 28], ["athais", 28], ["unantis", 29], ["tis", 30],
  ["tees", 30], ["ektis", 31], ["battis", 32], ["tettis", 33], ["chauntis", 34], ["chautis", 34], ["paitis", 35],
  ["paintis", 35], ["chhattis", 36], ["chattis", 36], ["saitis", 37], ["saintis", 37], ["athtis", 38], ["unanchalis", 39],
  ["chalis", 40], ["ekchalis", 41], ["bayalis", 42], ["trichalis", 43], ["chawalis", 44], ["chauwalis", 44],
  ["paitalis", 45], ["paintalis", 45], ["chhayalis", 46], ["chayalis", 46], ["satchalis", 47], ["athchalis", 48],
  ["unanpachas", 49], ["pachas", 50], ["ekaunna", 51], ["ekauna", 51], ["baunna", 52], ["bauna", 52],
  ["tripanna", 53], ["chaunna", 54], ["chauanna", 54], ["pachpanna", 55], ["chhapanna", 56], ["chapanna", 56],
  ["santaunna", 57], ["anthaunna", 58], ["unansathi", 59], ["saathi", 60], ["eksatthi", 61], ["bayasatthi", 62],
  ["trisatthi", 63], ["chausatthi", 64], ["paisatthi", 65], ["painsatthi", 65], ["chhayasatthi", 66],
  ["satsatthi", 67], ["athsatthi", 68], ["unansattari", 69], ["sattari", 70], ["ekhattar", 71], ["bahattar", 72],
  ["trihattar", 73], ["chauhattar", 74], ["pachahattar", 75], ["pachhattar", 75], ["chhayahattar", 76],
  ["sathattar", 77], ["athahattar", 78], ["unasi", 79], ["asi", 80], ["assi", 80], ["ekasi", 81], ["bayasi", 82],
  ["triyasi", 83], ["chaurasi", 84], ["pachasi", 85], ["chhayasi", 86], ["satasi", 87], ["athasi", 88],
  ["unanabbe", 89], ["unannabbe", 89], ["nabbe", 90], ["ekanabbe", 91], ["bayanabbe", 92], ["triyanabbe", 93],
  ["chauranabbe", 94], ["panchanabbe", 95], ["chhayanabbe", 96], ["santanabbe", 97], ["anthanabbe", 98],
  ["unansaya", 99], ["saya", 100], ["sae", 100], ["ek saya", 100], ["hajar", 1000], ["hajaar", 1000],
  ["ek hajar", 1000], ["lakh", 100000],
]

/** The spellings a writer uses for one Devanagari word: long and short i and u, chandrabindu, anusvara or neither. */
function spellings(word: string): string[] {
  const out = new Set([word])
  for (const w of [...out]) out.add(w.replace(/ी/g, 'ि')).add(w.replace(/ि/g, 'ी'))
  for (const w of [...out]) out.add(w.replace(/ू/g, 'ु'))
  for (const w of [...out]) out.add(w.replace(/ँ/g, 'ं')).add(w.replace(/ँ/g, ''))
  for (const w of [...out]) out.add(w.replace(/श/g, 'स'))
  return [...out]
}

/** Every romanised number word, the hundreds and thousands, and the years said by hundreds ("unnais saya"). */
// biome-ignore format: packed list
const WORDS_ELSEWHERE = new Set(['teen', 'sat', 'das', 'dash', 'bis', 'bees', 'tees', 'asi'])

function romanised(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    if (!(w in out)) out[w] = v
  }
  for (const [w, v] of ROMANISED.filter(([, v]) => v >= 1 && v <= 99 && v !== 10)) {
    if (v <= 9) put(`${w} saya`, v * 100)
    if (v <= 20) put(`${w} hajar`, v * 1000)
  }
  // Alone, a romanised number that is an English, Spanish or Portuguese word stays a word ("sat", "teen", "das"); "char" (four) stays a number, which no English message needs.
  for (const [w, v] of ROMANISED) if (!WORDS_ELSEWHERE.has(w)) put(w, v)
  // Years said by hundreds: "unnais saya" 1900.
  for (const [w, v] of ROMANISED.filter(([, v]) => v >= 11 && v <= 20)) put(`${w} saya`, v * 100)
  return out
}

/**
 * The Devanagari number words with their spellings. The word splitter keeps a Devanagari word whole with its vowel
 * signs and viramas, and the fold keeps them too (marks.ts), so "पाँच" is read whole and meets no piece of another word.
 */
function devanagariNumbers(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [w, v] of DEVANAGARI) for (const s of spellings(w)) if (!(s in out)) out[s] = v
  return out
}

/** The number words of the table, romanised and in Devanagari, with their values. */
export const NE_NUMBERS: Readonly<Record<string, number>> = { ...romanised(), ...devanagariNumbers() }

/** The romanised numbers that are English or Spanish words too, and "tin" (three): numbers inside a run only. */
export const NE_RUN_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ROMANISED.filter(([w]) => WORDS_ELSEWHERE.has(w)),
  ['tin', 3],
])
