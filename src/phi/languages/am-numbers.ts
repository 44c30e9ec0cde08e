/**
 * Amharic and Tigrinya number words and their values (the `numbers` field of am.ts, kept apart for its size): the
 * units, tens and spelling variants below are written by hand (ሶስት and ሦስት, አስር and አሥር, ሃያ and ሀያ: Amharic
 * writes the same sound with several letters); the compounds 11-99 are built from them, spaced as patients write
 * them ("ሃያ አንድ", "አስራ ሁለት", and the teens written joined, "አስራሁለት"), and with the prepositions Amharic writes
 * onto them ("የሰባት", "በሁለት"). Tigrinya joins tens and units with -ን ("ዕስራን ሓደን", twenty-one). The Ethiopic numerals (፩ … ፺፱, ፻), rare in messages, are listed too.
 */

// biome-ignore format: packed table
const AM_UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['አንድ']], [2, ['ሁለት']], [3, ['ሶስት', 'ሦስት', 'ሶሥት']], [4, ['አራት']], [5, ['አምስት']], [6, ['ስድስት']],
  [7, ['ሰባት']], [8, ['ስምንት']], [9, ['ዘጠኝ']],
]
// biome-ignore format: packed table
const AM_TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['ሃያ', 'ሀያ', 'ኻያ']], [30, ['ሰላሳ', 'ሠላሳ', 'ሰላሣ', 'ሠላሣ']], [40, ['አርባ']], [50, ['ሃምሳ', 'ሀምሳ', 'ኀምሳ', 'ሃምሣ']],
  [60, ['ስልሳ', 'ስድሳ', 'ስልሣ', 'ስድሣ']], [70, ['ሰባ']], [80, ['ሰማንያ', 'ሰማኒያ']], [90, ['ዘጠና']],
]
const AM_TEN = ['አስር', 'አሥር', 'ዐሥር', 'ዓሥር', 'ዓስር']
const AM_TEEN = ['አስራ', 'አሥራ', 'ዐሥራ', 'ዓሥራ', 'ዓስራ']

// biome-ignore format: packed table
const TI_UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['ሓደ', 'ሐደ']], [2, ['ክልተ']], [3, ['ሰለስተ']], [4, ['ኣርባዕተ', 'አርባዕተ']], [5, ['ሓሙሽተ', 'ሐሙሽተ']],
  [6, ['ሽዱሽተ']], [7, ['ሸውዓተ']], [8, ['ሸሞንተ']], [9, ['ትሽዓተ']],
]
// biome-ignore format: packed table
const TI_TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['ዕስራ']], [30, ['ሰላሳ']], [40, ['ኣርብዓ', 'አርብዓ']], [50, ['ሓምሳ']], [60, ['ስሳ']], [70, ['ሰብዓ']],
  [80, ['ሰማንያ']], [90, ['ቴስዓ', 'ተስዓ']],
]

const AM_PREFIXES = ['የ', 'በ', 'ለ', 'ከ']

const ETHIOPIC_UNITS = '፩፪፫፬፭፮፯፰፱'
const ETHIOPIC_TENS = '፲፳፴፵፶፷፸፹፺'

function build(): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (w: string, v: number): void => {
    if (!(w in out)) out[w] = v
  }
  for (const w of ['ዜሮ', 'ዜሮ', 'ዝሮ', 'ባዶ']) put(w, 0)
  // Amharic.
  for (const [v, forms] of AM_UNITS) for (const f of forms) put(f, v)
  for (const f of AM_TEN) put(f, 10)
  for (const teen of AM_TEEN)
    for (const [v, forms] of AM_UNITS)
      for (const f of forms) {
        put(`${teen} ${f}`, 10 + v)
        put(`${teen}${f}`, 10 + v)
      }
  for (const [t, tens] of AM_TENS)
    for (const ten of tens) {
      put(ten, t)
      for (const [v, forms] of AM_UNITS) for (const f of forms) put(`${ten} ${f}`, t + v)
    }
  // "of", "in", "for", "from" written onto the first word ("የሰባት ዓመት ልጅ", a child of seven; "ለሁለት ሳምንት").
  for (const [w, v] of Object.entries(out)) for (const p of AM_PREFIXES) put(p + w, v)
  // Tigrinya: "ዓሰርተ ሓደ" (11), "ዕስራን ሓደን" and "ዕስራ ሓደ" (21).
  put('ዓሰርተ', 10)
  put('ዐሰርተ', 10)
  for (const [v, forms] of TI_UNITS)
    for (const f of forms) {
      put(f, v)
      put(`ዓሰርተ ${f}`, 10 + v)
      put(`ዓሰርተን ${f}ን`, 10 + v)
    }
  for (const [t, tens] of TI_TENS)
    for (const ten of tens) {
      put(ten, t)
      for (const [v, forms] of TI_UNITS)
        for (const f of forms) {
          put(`${ten}ን ${f}ን`, t + v)
          put(`${ten} ${f}`, t + v)
        }
    }
  // Hundreds, thousands and the years said in words ("አንድ ሺህ ዘጠኝ መቶ", "አስራ ዘጠኝ መቶ").
  for (const w of ['መቶ', 'አንድ መቶ', 'ሚእቲ', 'ሓደ ሚእቲ']) put(w, 100)
  for (const [v, forms] of AM_UNITS) for (const f of forms) if (v > 1) put(`${f} መቶ`, v * 100)
  for (const [v, forms] of TI_UNITS) for (const f of forms) if (v > 1) put(`${f} ሚእቲ`, v * 100)
  for (const w of ['ሺህ', 'ሺ', 'አንድ ሺህ', 'አንድ ሺ', 'ሽሕ', 'ሓደ ሽሕ']) put(w, 1000)
  for (const w of ['ሁለት ሺህ', 'ሁለት ሺ', 'ክልተ ሽሕ']) put(w, 2000)
  for (const k of ['ሺህ', 'ሺ', 'አንድ ሺህ', 'አንድ ሺ']) {
    put(`${k} ዘጠኝ መቶ`, 1900)
    put(`${k} ስምንት መቶ`, 1800)
  }
  for (const teen of AM_TEEN) {
    put(`${teen} ዘጠኝ መቶ`, 1900)
    put(`${teen} ስምንት መቶ`, 1800)
  }
  put('ሽሕ ትሽዓተ ሚእቲ', 1900)
  put('ሓደ ሽሕ ትሽዓተ ሚእቲ', 1900)
  put('ሚሊዮን', 1_000_000)
  // Ethiopic numerals: units, tens, the tens with a unit written after them, a hundred.
  for (let u = 0; u < 9; u++) put(ETHIOPIC_UNITS[u]!, u + 1)
  for (let t = 0; t < 9; t++) {
    put(ETHIOPIC_TENS[t]!, (t + 1) * 10)
    for (let u = 0; u < 9; u++) put(ETHIOPIC_TENS[t]! + ETHIOPIC_UNITS[u]!, (t + 1) * 10 + u + 1)
  }
  put('፻', 100)
  return out
}

export const AM_NUMBERS: Readonly<Record<string, number>> = build()
